// The tone guard: reads what the agent is about to send and points at what would make a complaint
// worse (domain §6–§7): forbidden or dismissive phrases, blame on the customer or the courier, no
// apology / action / time, money beyond the role's authority, shouting, the wrong language.
// Words the agent quotes back ("you said “this is normal”…", 您说“这是正常现象”) are the customer's,
// not the agent's, and are never a finding.
//
// Its phrases (tonePhrases.ts, 4 KB brotli) are data that the host provides once, not an import of this
// module, as the Han tables are (hanTables.ts): toneGuard.ts imports the built-in ones, which provide
// themselves, so whatever imports the guard from there has them, while the Shopify action, which cannot
// carry them in its 64 KB bundle, imports this module and provides them from its locale data. Linting
// before either is a programming error, said loudly.
import * as z from './zod.ts';
import { buildKeywordMatcher, type KeywordMatcher } from './ahoCorasick.ts';
import { findAmounts, type CurrencyMark } from './amounts.ts';
import { isWithin, type Role } from './authority.ts';
import { detectLanguage } from './language.ts';
import { UiLanguage, type ComplaintContext } from './model.ts';
import { orderValue } from './orderFacts.ts';
import { countScriptMarkers, normalise } from './normalise.ts';
import type { Policy } from './policy.ts';
import { customerTexts } from './scan.ts';

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
const PerLanguage = z.record(UiLanguage, z.string().check(z.minLength(1)));
export type PerLanguage = z.infer<typeof PerLanguage>;
// A list may not be empty: an emptied one would turn its part of the guard off without a word.
const Words = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));

const compiles = (source: string) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};
/** A regular expression's source, as a string so that the phrases can travel as JSON. */
const Pattern = z.string().check(z.minLength(1), z.refine(compiles, 'not a regular expression'));
/** The alternatives of one expression per language, each checked alone so a damaged one is named. */
const CueLists = z.object({ en: z.array(Pattern).check(z.minLength(1)), zh: z.array(Pattern).check(z.minLength(1)) });

export const PhraseGroup = z.object({
  id: z.string().check(z.minLength(1)),
  rule: z.enum(['forbidden_phrase', 'blame_shifting']),
  /** A negation just before the phrase ("不是您理解错了", "not because you…") turns it into a good one. */
  negatable: z.boolean(),
  /** What after the phrase makes it a kind one ("it's normal to feel upset"). */
  unlessFollowedBy: z.optional(Pattern),
  en: Words,
  zh: Words,
  suggestion: PerLanguage,
});
export type PhraseGroup = z.infer<typeof PhraseGroup>;

/** What the guard looks for and what it suggests; tonePhrases.ts holds the built-in ones and says what each part is. */
export const TonePhrases = z.object({
  groups: z.array(PhraseGroup).check(z.minLength(1)),
  negations: z.object({ en: Words, zh: z.string().check(z.minLength(1)) }),
  cues: z.object({ apology: CueLists, action: CueLists, promise: CueLists, approval: CueLists, fullRefund: CueLists }),
  timeCues: z.object({ en: Pattern, zh: Pattern }),
  acronyms: Words,
  suggestions: z.object({
    apology: PerLanguage,
    action: PerLanguage,
    time: PerLanguage,
    approval: PerLanguage,
    seniorApproval: PerLanguage,
    calmPunctuation: PerLanguage,
  }),
  languageNames: z.record(UiLanguage, PerLanguage),
  wrongLanguage: z.record(UiLanguage, z.string().check(z.includes('{language}'))),
});
export type TonePhrases = z.infer<typeof TonePhrases>;

type CueName = keyof TonePhrases['cues'];
interface Phrase {
  group: PhraseGroup;
  english: boolean;
  unless: RegExp | undefined;
}
interface Compiled {
  phrases: TonePhrases;
  matcher: KeywordMatcher;
  list: Phrase[];
  cues: Record<CueName, { en: RegExp; zh: RegExp }>;
  time: { en: RegExp; zh: RegExp };
  acronyms: ReadonlySet<string>;
}

let provided: TonePhrases | undefined;
let compiled: Compiled | undefined;

/** Sets the phrases every later call uses. */
export function provideTonePhrases(phrases: TonePhrases): void {
  provided = phrases;
  compiled = undefined;
}

export function tonePhrases(): TonePhrases {
  if (!provided) throw new Error('Tone phrases were not provided: import core/toneGuard.ts (the built-in phrases) or call provideTonePhrases first');
  return provided;
}

/** The provided phrases as matchers and expressions, built on the first lint after they were provided. */
function compiledPhrases(): Compiled {
  if (!compiled) {
    const phrases = tonePhrases();
    const list: Phrase[] = [];
    const words: string[] = [];
    for (const group of phrases.groups) {
      const unless = group.unlessFollowedBy === undefined ? undefined : new RegExp(group.unlessFollowedBy);
      for (const p of group.en) (words.push(p), list.push({ group, english: true, unless }));
      for (const p of group.zh) (words.push(p), list.push({ group, english: false, unless }));
    }
    const cue = (lists: { en: string[]; zh: string[] }) => ({ en: new RegExp(`(?<![a-z])(?:${lists.en.join('|')})`), zh: new RegExp(lists.zh.join('|')) });
    const { apology, action, promise, approval, fullRefund } = phrases.cues;
    compiled = {
      phrases,
      matcher: buildKeywordMatcher(words),
      list,
      cues: { apology: cue(apology), action: cue(action), promise: cue(promise), approval: cue(approval), fullRefund: cue(fullRefund) },
      time: { en: new RegExp(phrases.timeCues.en), zh: new RegExp(phrases.timeCues.zh) },
      acronyms: new Set(phrases.acronyms),
    };
  }
  return compiled;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

function negated(negations: TonePhrases['negations'], norm: string, start: number, english: boolean): boolean {
  if (!english) {
    const before = norm.slice(Math.max(0, start - 2), start);
    return [...before].some((c) => negations.zh.includes(c));
  }
  const words = norm.slice(Math.max(0, start - 24), start).split(/[^a-z']+/).filter(Boolean).slice(-2);
  return words.some((w) => negations.en.some((n) => w === n || (n.startsWith("n'") && w.endsWith(n))));
}

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
  const tone = compiledPhrases();
  const { suggestions } = tone.phrases;
  const has = (name: CueName, text: string) => tone.cues[name].en.test(text) || tone.cues[name].zh.test(text);
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
  const hits: { phrase: Phrase; start: number; end: number }[] = [];
  const matches = tone.matcher.scan(norm);
  for (let m = 0; m < matches.length; m += 3) {
    const phrase = tone.list[matches[m]!]!;
    const start = matches[m + 1]!;
    const end = matches[m + 2]!;
    if (phrase.english && (isWordChar(norm[start - 1]) || isWordChar(norm[end]))) continue;
    if (phrase.group.negatable && negated(tone.phrases.negations, norm, start, phrase.english)) continue;
    if (phrase.unless?.test(norm.slice(end, end + 12))) continue;
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
  const approvalWording = suggestions[role === 'agent' ? 'approval' : 'seniorApproval'][lang];
  for (const amount of findAmounts(norm)) {
    if (quoted(amount.start, amount.end)) continue;
    const sentence = sentenceAround(own, amount.start, amount.end);
    if (!has('promise', sentence) || has('approval', sentence)) continue;
    const within = isWithin({ amount: amount.value, currency: currencyOf(amount.currency, context, policy) }, role, authority);
    if (within === false) add('over_authority', 'error', amount.start, amount.end, approvalWording);
    else if (within === undefined) add('over_authority', 'info', amount.start, amount.end, approvalWording);
  }
  // A full refund gives back what is left of the order, as the remedies size it: after CN¥1 of a CN¥500
  // order was refunded, "full refund" means CN¥499, within a CN¥500 authority.
  const order = orderValue(context);
  if (order && order.left > 0 && isWithin({ amount: order.left, currency: order.value.currency }, role, authority) === false) {
    const re = tone.cues.fullRefund;
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
  if (!has('apology', own)) add('missing_apology', 'warning', 0, 0, suggestions.apology[lang]);
  if (!has('action', own)) add('missing_action', 'warning', 0, 0, suggestions.action[lang]);
  if (!tone.time.en.test(own) && !tone.time.zh.test(own)) add('missing_time_commitment', 'warning', 0, 0, suggestions.time[lang]);

  // Shouting: a run of capitals, or a volley of exclamation marks.
  for (const m of draft.matchAll(/\b[A-Z][A-Z'’]*\b(?:[\s,.;:&/–—-]+\b[A-Z][A-Z'’]*\b)*[!?]*/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const shouted = m[0].match(/[A-Z][A-Z'’]*/g)!.filter((w) => w.length > 1 && !tone.acronyms.has(w.replace(/['’]/g, '')));
    // Two capitalised words are often a name ("JOHN SMITH", "CHINA POST"); three, or a long pair, is shouting.
    if (shouted.length < 2 || (shouted.length < 3 && shouted.join('').length < 12) || quoted(start, end)) continue;
    add('shouting', 'warning', start, end, sentenceCase(m[0], tone.acronyms));
  }
  for (const m of draft.matchAll(/[!！]{3,}/g)) {
    if (!quoted(m.index, m.index + m[0].length)) add('shouting', 'warning', m.index, m.index + m[0].length, suggestions.calmPunctuation[lang]);
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
      add('wrong_language', scriptOnly ? 'warning' : 'error', 0, draft.length, tone.phrases.wrongLanguage[lang].replace('{language}', tone.phrases.languageNames[customer][lang]));
    }
  }

  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

function sentenceCase(text: string, acronyms: ReadonlySet<string>): string {
  const lower = text.toLowerCase().replace(/\bi\b/g, 'I').replace(/[!?]+$/, (p) => p[0]!);
  const restored = lower.replace(/\b[a-z]+\b/g, (w) => (acronyms.has(w.toUpperCase()) ? w.toUpperCase() : w));
  return restored.charAt(0).toUpperCase() + restored.slice(1);
}
