// How upset the customer is, 0 calm · 1 unhappy · 2 angry · 3 furious, from anger words, insults,
// shouting, runs of "!!!" and "???", and threats. Furious is kept for abuse on top of anger:
// it alone makes a complaint severe.
import type { Emotion, Evidence, RiskFinding } from './model.ts';
import type { CustomerText, ScanHit } from './scan.ts';

export interface EmotionReading {
  level: Emotion;
  evidence: Evidence[];
}

const EXCLAMATION_RUN = /[!！]{3,}/g;
const QUESTION_RUN = /[?？]{2,}|[?？][!！]+[?？]?|[!！][?？]/g;
const SHOUTED_WORD = /\b[A-Z]{3,}\b/g;
const LATIN_WORD = /\b[A-Za-z]{3,}\b/g;
const ACRONYMS = /^(?:USPS|UPS|DHL|SKU|USA|EMS|COD|VIP|ASAP|FAQ|ETA|OMG|TNT|GPS|LOL)$/;
const THREATS = new Set(['legal_threat', 'media_exposure', 'churn_threat']);

export function readEmotion(texts: CustomerText[], hits: ScanHit[], risks: RiskFinding[], complained: boolean): EmotionReading {
  const evidence: Evidence[] = [];
  let points = 0;
  let strongest = 0;
  for (const hit of hits) {
    if (hit.target.kind !== 'emotion' || hit.weight === 0) continue;
    points += hit.weight;
    strongest = Math.max(strongest, hit.weight);
    evidence.push(hit.evidence);
  }
  for (const field of texts) {
    const spans = (re: RegExp) => Array.from(field.text.matchAll(re), (m) => ({ source: field.source, text: m[0], start: m.index, end: m.index + m[0].length }));
    // A run of "!" needs a "!" and every question run a "?": most messages have neither, and a
    // search for one character is far cheaper than the regex.
    const exclamations = field.text.includes('!') || field.text.includes('！') ? spans(EXCLAMATION_RUN) : [];
    const questions = field.text.includes('?') || field.text.includes('？') ? spans(QUESTION_RUN) : [];
    // Capitals are rare in calm text; only then are the words worth counting.
    const shouted = /[A-Z]{3}/.test(field.text) ? spans(SHOUTED_WORD).filter((s) => !ACRONYMS.test(s.text)) : [];
    const words = shouted.length >= 3 ? (field.text.match(LATIN_WORD)?.length ?? 0) : 0;
    if (exclamations.length) points += exclamations.length > 1 ? 2 : 1;
    if (questions.length) points += 1;
    const shouting = shouted.length >= 3 && shouted.length * 3 >= words;
    if (shouting) points += 2;
    evidence.push(...exclamations, ...questions, ...(shouting ? shouted.slice(0, 5) : []));
  }
  if (risks.some((r) => THREATS.has(r.id))) points += 1;

  let level: Emotion = points === 0 ? (complained ? 1 : 0) : points < 2 ? 1 : 2;
  // Furious needs abuse (a weight-3 word) with more anger on top, or an overwhelming pile of it.
  if ((strongest >= 3 && points >= 5) || points >= 8) level = 3;
  return { level, evidence };
}
