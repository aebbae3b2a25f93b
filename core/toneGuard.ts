// The tone guard: reads what the agent is about to send and points at what would make a complaint
// worse (domain §6–§7): forbidden or dismissive phrases, blame on the customer or the courier, no
// apology / action / time, money beyond the role's authority, shouting, the wrong language.
// Words the agent quotes back ("you said “this is normal”…", 您说“这是正常现象”) are the customer's,
// not the agent's, and are never a finding.
import * as z from './zod.ts';
import { buildKeywordMatcher, type KeywordMatcher } from './ahoCorasick.ts';
import { findAmounts, type CurrencyMark } from './amounts.ts';
import { isWithin, type Role } from './authority.ts';
import { detectLanguage } from './language.ts';
import type { ComplaintContext, UiLanguage } from './model.ts';
import { countScriptMarkers, normalise } from './normalise.ts';
import type { Policy } from './policy.ts';
import { customerTexts } from './scan.ts';
import {
  ACRONYMS,
  CUES,
  LANGUAGE_NAMES,
  NEGATIONS,
  PHRASE_GROUPS,
  SUGGESTIONS,
  TIME_CUES,
  WRONG_LANGUAGE,
  type PhraseGroup,
} from './tonePhrases.ts';

export const FindingRule = z.enum([
  'forbidden_phrase',
  'blame_shifting',
  'missing_apology',
  'missing_action',
  'missing_time_commitment',
  'over_authority',
  'shouting',
  'wrong_language',
]);
export type FindingRule = z.infer<typeof FindingRule>;

export const Finding = z.object({
  rule: FindingRule,
  severity: z.enum(['error', 'warning', 'info']),
  /** UTF-16 offsets into the draft; `text` is `draft.slice(start, end)` (empty for something missing). */
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  text: z.string(),
  /** A better wording, in the draft's language. */
  suggestion: z.string(),
});
export type Finding = z.infer<typeof Finding>;

// ── Phrases ─────────────────────────────────────────────────────────────────────────────────────
interface Phrase {
  group: PhraseGroup;
  english: boolean;
}
let phraseMatcher: { matcher: KeywordMatcher; phrases: Phrase[] } | undefined;

function phrases() {
  if (!phraseMatcher) {
    const list: Phrase[] = [];
    const words: string[] = [];
    for (const group of PHRASE_GROUPS) {
      for (const p of group.en) (words.push(p), list.push({ group, english: true }));
      for (const p of group.zh) (words.push(p), list.push({ group, english: false }));
    }
    phraseMatcher = { matcher: buildKeywordMatcher(words), phrases: list };
  }
  return phraseMatcher;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

function negated(norm: string, start: number, english: boolean): boolean {
  if (!english) {
    const before = norm.slice(Math.max(0, start - 2), start);
    return [...before].some((c) => NEGATIONS.zh.includes(c));
  }
  const words = norm.slice(Math.max(0, start - 24), start).split(/[^a-z']+/).filter(Boolean).slice(-2);
  return words.some((w) => NEGATIONS.en.some((n) => w === n || (n.startsWith("n'") && w.endsWith(n))));
}

// ── Cues ────────────────────────────────────────────────────────────────────────────────────────
type Cue = keyof typeof CUES;
const cueRegexes = new Map<Cue, { en: RegExp; zh: RegExp }>();

function cue(name: Cue): { en: RegExp; zh: RegExp } {
  let re = cueRegexes.get(name);
  if (!re) {
    const lists = CUES[name];
    re = { en: new RegExp(`(?<![a-z])(?:${lists.en.join('|')})`), zh: new RegExp(lists.zh.join('|')) };
    cueRegexes.set(name, re);
  }
  return re;
}

const has = (name: Cue, text: string) => {
  const re = cue(name);
  return re.en.test(text) || re.zh.test(text);
};

// ── Quotation ───────────────────────────────────────────────────────────────────────────────────
const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '«': '»' };
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Spans [start, end) of quoted text, quotation marks included. */
export function quoteSpans(draft: string): [number, number][] {
  const spans: [number, number][] = [];
  const open = new Map<string, number>();
  let straightDouble: number | undefined;
  let single: number | undefined;
  for (let i = 0; i < draft.length; i++) {
    const c = draft[i]!;
    if (c in PAIRS) {
      if (!open.has(c)) open.set(c, i);
    } else if (c === '”' || c === '」' || c === '』' || c === '»') {
      const opener = Object.keys(PAIRS).find((o) => PAIRS[o] === c)!;
      const at = open.get(opener);
      if (at !== undefined) (spans.push([at, i + 1]), open.delete(opener));
    } else if (c === '"') {
      if (straightDouble === undefined) straightDouble = i;
      else (spans.push([straightDouble, i + 1]), (straightDouble = undefined));
    } else if (c === "'" || c === '‘' || c === '’') {
      // An apostrophe sits between letters (that’s, customers’ is closed by what follows).
      const before = draft[i - 1];
      const after = draft[i + 1];
      if (single === undefined && !isLetter(before) && isLetter(after) && c !== '’') single = i;
      else if (single !== undefined && isLetter(before) && !isLetter(after)) (spans.push([single, i + 1]), (single = undefined));
    }
    if (c === '\n' && draft[i + 1] === '\n') {
      // A quotation does not run across paragraphs: an unclosed mark is a typo, not a quote.
      open.clear();
      straightDouble = undefined;
      single = undefined;
    }
  }
  return spans;
}

/** Reported speech without quotation marks: "you said this is normal", 您说这是正常现象. */
const REPORTED = /(?:you (?:said|mentioned|wrote|were told|told us)|you've been told|(?<![跟和给对])(?:您|你)(?:说|提到|表示)|被告知)[^.!?。！？\n]*$/;

// ── Languages ───────────────────────────────────────────────────────────────────────────────────
/** The customer's language as far as the context tells it; undefined when it does not. */
export function customerLanguage(context: ComplaintContext): UiLanguage | undefined {
  const detected = detectLanguage(customerTexts(context.ticket).map((t) => t.text).join('\n'));
  if (detected !== 'other') return detected;
  const tag = context.ticket.requester?.locale ?? context.ticket.locale;
  if (!tag) return undefined;
  try {
    const locale = new Intl.Locale(tag.replace('_', '-')).maximize();
    if (locale.language === 'zh') return locale.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
    if (locale.language === 'en') return 'en';
  } catch {
    // not a locale tag
  }
  return undefined;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[a-z]+/gi;

// ── Money ───────────────────────────────────────────────────────────────────────────────────────
const DOLLARS = new Set(['USD', 'HKD', 'TWD', 'SGD', 'AUD', 'CAD', 'NZD']);
const YEN = new Set(['CNY', 'JPY']);
const YUAN = new Set(['CNY', 'TWD', 'HKD', 'MOP']);

/** "$", "¥" and "元" mean the shop's own currency when it is one of theirs. */
function currencyOf(mark: CurrencyMark, context: ComplaintContext, policy: Policy): string {
  const family = mark === '$' ? DOLLARS : mark === '¥' ? YEN : mark === '元' ? YUAN : undefined;
  if (!family) return mark;
  const order = context.order?.total?.currency;
  if (order && family.has(order)) return order;
  if (family.has(policy.authority.currency)) return policy.authority.currency;
  return mark === '$' ? 'USD' : 'CNY';
}

/** Farthest a sentence is read from an amount: a text without full stops is not one sentence. */
const SENTENCE_REACH = 200;

/** The sentence around [start, end): a "." ends one only before a space, so "189.00" holds. */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < SENTENCE_REACH && !isSentenceEnd(text, a - 1)) a--;
  let b = end;
  while (b < text.length && b - end < SENTENCE_REACH && !isSentenceEnd(text, b)) b++;
  return text.slice(a, b);
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === '.') return i + 1 >= text.length || /\s/.test(text[i + 1]!);
  return '!?。！？；;\n'.includes(c);
}

// ── The guard ───────────────────────────────────────────────────────────────────────────────────
export function lintReply(draft: string, context: ComplaintContext, policy: Policy, role: Role): Finding[] {
  const norm = normalise(draft);
  // covered[i]: how many of the first i characters are inside quotation marks.
  const covered = new Int32Array(draft.length + 1);
  const inQuote = new Uint8Array(draft.length);
  for (const [a, b] of quoteSpans(draft)) inQuote.fill(1, a, b);
  for (let i = 0; i < draft.length; i++) covered[i + 1] = covered[i]! + inQuote[i]!;
  const quoted = (s: number, e: number) => covered[e]! - covered[s]! === e - s || REPORTED.test(norm.slice(Math.max(0, s - 80), s));
  // The agent's own words: what is quoted is blanked (same length, so offsets hold). `own` is
  // normalised for matching; `ownText` keeps the script, which tells Traditional from Simplified.
  const blank = (text: string) => (covered[draft.length] === 0 ? text : text.split('').map((c, i) => (inQuote[i] ? ' ' : c)).join(''));
  const own = blank(norm);
  const ownText = blank(draft);

  const customer = customerLanguage(context);
  const han = ownText.match(HAN)?.length ?? 0;
  const words = ownText.match(LATIN_WORD)?.length ?? 0;
  const detected = han + words === 0 ? 'other' : detectLanguage(ownText);
  const markers = countScriptMarkers(ownText);
  const draftLanguage: UiLanguage | undefined = detected === 'other' ? undefined : detected;
  const chinese: UiLanguage = draftLanguage === 'zh-Hant' || (draftLanguage !== 'zh-Hans' && customer === 'zh-Hant') ? 'zh-Hant' : 'zh-Hans';
  const lang: UiLanguage = draftLanguage ?? customer ?? 'en';

  const findings: Finding[] = [];
  const add = (rule: FindingRule, severity: Finding['severity'], start: number, end: number, suggestion: string) =>
    findings.push({ rule, severity, start, end, text: draft.slice(start, end), suggestion });

  // Forbidden phrases and blame, longest first where they overlap.
  const { matcher, phrases: list } = phrases();
  const hits: { phrase: Phrase; start: number; end: number }[] = [];
  const matches = matcher.scan(norm);
  for (let m = 0; m < matches.length; m += 3) {
    const phrase = list[matches[m]!]!;
    const start = matches[m + 1]!;
    const end = matches[m + 2]!;
    if (phrase.english && (isWordChar(norm[start - 1]) || isWordChar(norm[end]))) continue;
    if (phrase.group.negatable && negated(norm, start, phrase.english)) continue;
    if (phrase.group.unlessFollowedBy?.test(norm.slice(end, end + 12))) continue;
    if (quoted(start, end)) continue;
    hits.push({ phrase, start, end });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  let reached = -1;
  for (const h of hits) {
    if (h.start < reached) continue;
    reached = h.end;
    add(h.phrase.group.rule, 'error', h.start, h.end, h.phrase.group.suggestion[h.phrase.english ? 'en' : chinese]);
  }

  // Money beyond the role's authority, in figures or in words.
  const authority = policy.authority;
  const approvalWording = SUGGESTIONS[role === 'agent' ? 'approval' : 'seniorApproval'][lang];
  for (const amount of findAmounts(norm)) {
    if (quoted(amount.start, amount.end)) continue;
    const sentence = sentenceAround(own, amount.start, amount.end);
    if (!has('promise', sentence) || has('approval', sentence)) continue;
    const within = isWithin({ amount: amount.value, currency: currencyOf(amount.currency, context, policy) }, role, authority);
    if (within === false) add('over_authority', 'error', amount.start, amount.end, approvalWording);
    else if (within === undefined) add('over_authority', 'info', amount.start, amount.end, approvalWording);
  }
  const total = context.order?.total;
  if (total && total.amount > 0 && isWithin(total, role, authority) === false) {
    const re = cue('fullRefund');
    for (const pattern of [new RegExp(re.en.source, 'g'), new RegExp(re.zh.source, 'g')]) {
      for (const m of own.matchAll(pattern)) {
        const start = m.index;
        const end = start + m[0].length;
        if (has('approval', sentenceAround(own, start, end))) continue;
        if (findings.some((f) => f.rule === 'over_authority' && f.start < end + 40 && f.end > start - 40)) continue;
        add('over_authority', 'error', start, end, approvalWording);
      }
    }
  }

  // The empathy formula: an apology, a concrete action, a time.
  if (!has('apology', own)) add('missing_apology', 'warning', 0, 0, SUGGESTIONS.apology[lang]);
  if (!has('action', own)) add('missing_action', 'warning', 0, 0, SUGGESTIONS.action[lang]);
  if (!TIME_CUES.en.test(own) && !TIME_CUES.zh.test(own)) add('missing_time_commitment', 'warning', 0, 0, SUGGESTIONS.time[lang]);

  // Shouting: a run of capitals, or a volley of exclamation marks.
  for (const m of draft.matchAll(/\b[A-Z][A-Z'’]*\b(?:[\s,.;:&/–—-]+\b[A-Z][A-Z'’]*\b)*[!?]*/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const shouted = m[0].match(/[A-Z][A-Z'’]*/g)!.filter((w) => w.length > 1 && !ACRONYMS.has(w.replace(/['’]/g, '')));
    // Two capitalised words are often a name ("JOHN SMITH", "CHINA POST"); three, or a long pair, is shouting.
    if (shouted.length < 2 || (shouted.length < 3 && shouted.join('').length < 12) || quoted(start, end)) continue;
    add('shouting', 'warning', start, end, sentenceCase(m[0]));
  }
  for (const m of draft.matchAll(/[!！]{3,}/g)) {
    if (!quoted(m.index, m.index + m[0].length)) add('shouting', 'warning', m.index, m.index + m[0].length, SUGGESTIONS.calmPunctuation[lang]);
  }

  // The customer's language, and for Chinese the customer's script.
  if (customer && draftLanguage && han + words >= 3) {
    const scriptOnly = customer !== 'en' && draftLanguage !== 'en';
    const mismatch = scriptOnly
      ? customer === 'zh-Hant'
        ? markers.simplified > markers.traditional
        : markers.traditional > markers.simplified
      : customer !== draftLanguage;
    if (mismatch) {
      add('wrong_language', scriptOnly ? 'warning' : 'error', 0, draft.length, WRONG_LANGUAGE[lang].replace('{language}', LANGUAGE_NAMES[customer][lang]));
    }
  }

  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

function sentenceCase(text: string): string {
  const lower = text.toLowerCase().replace(/\bi\b/g, 'I').replace(/[!?]+$/, (p) => p[0]!);
  const restored = lower.replace(/\b[a-z]+\b/g, (w) => (ACRONYMS.has(w.toUpperCase()) ? w.toUpperCase() : w));
  return restored.charAt(0).toUpperCase() + restored.slice(1);
}
