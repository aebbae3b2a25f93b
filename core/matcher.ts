// Finds every lexicon term in a normalised text in one pass (Aho-Corasick over all terms of all
// languages), then applies the rules a loop of `includes` could not: word boundaries, gapped
// terms, longest match within a kind, and negation.
import { buildKeywordMatcher, type KeywordMatcher } from './ahoCorasick.ts';
import type { LanguageLexicon, LexiconsInput } from './lexicon.ts';
import type { CategoryId, RiskId } from './model.ts';
import { normalise } from './normalise.ts';

export type Target =
  | { kind: 'category'; id: CategoryId }
  | { kind: 'risk'; id: RiskId }
  | { kind: 'emotion' }
  /** A phrase that is not a complaint: it cancels every match inside it, then goes. */
  | { kind: 'exclusion' };

export interface Term {
  /** As written in the lexicon. */
  source: string;
  parts: string[];
  /** The last part may end inside a word ("refund*"). */
  prefix: boolean;
  /** Latin-script terms are bounded by words and negated by words; Chinese ones by characters. */
  latin: boolean;
  weight: number;
  target: Target;
}

export interface Hit {
  term: Term;
  start: number;
  end: number;
}

export interface Matcher {
  /** `text` must already be normalised; offsets are valid in the original too. */
  find(text: string): Hit[];
}

const GAP_SEPARATOR = /\s*(?:…|\.\.\.)\s*/;
const MAX_GAP = { latin: 32, han: 10 };
const HAN_NEGATION_REACH = 2; // "没有任何破损": at most two characters between negator and term
const LATIN_NEGATION_WORDS = 3;
/** How far back from a hit its clause, and so a negator of it, may begin. */
const NEGATION_REACH = 48;
/** Matches per text whose scratch list `candidates` keeps between calls (three numbers each). */
const MAX_KEPT_MATCHES = 3 << 14;
const SENTENCE_END = /[.!?;。！？；\n\r]/;
const HAN_CONJUNCTIONS = ['但', '可是', '不过', '然而', '却'];
const LATIN_CONJUNCTIONS = ['but', 'however', 'though'];
const CONJUNCTIONS = [...HAN_CONJUNCTIONS, ...LATIN_CONJUNCTIONS];
// What each character is to clauseStart, which reads up to 48 characters back from every hit: 1 a
// clause punctuation, 2 + j the first character of CONJUNCTIONS[j]. A table rather than Sets and
// a search per conjunction, which cost more than the rest of the negation check.
const CLAUSE_PUNCTUATION = 1;
const CLAUSE_MARKS = new Uint8Array(0x10000);
for (const c of '.!?;:,。！？；：，、\n\r') CLAUSE_MARKS[c.charCodeAt(0)] = CLAUSE_PUNCTUATION;
CONJUNCTIONS.forEach((c, j) => {
  if (CLAUSE_MARKS[c.charCodeAt(0)] !== 0) throw new Error(`conjunction ${c} begins like another mark`);
  CLAUSE_MARKS[c.charCodeAt(0)] = 2 + j;
});
/** Scratch for clauseStart: where each conjunction last occurs in the clause (-1: nowhere). */
const lastConjunction = new Int32Array(CONJUNCTIONS.length);
const isLetterCode = (c: number) => c >= 0x61 && c <= 0x7a;
const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

export function compileMatcher(lexicons: LexiconsInput): Matcher {
  const terms: Term[] = [];
  const addTerms = (entries: Record<string, number> | undefined, target: Target) => {
    for (const [source, weight] of Object.entries(entries ?? {})) {
      if (weight <= 0) continue;
      const prefix = source.trimEnd().endsWith('*');
      const parts = normalise(source.trim().replace(/\*$/, ''))
        .split(GAP_SEPARATOR)
        .map((p) => p.trim())
        .filter(Boolean);
      if (parts.length === 0) continue;
      terms.push({ source, parts, prefix, latin: /^[\x00-\x7f]*$/.test(parts.join('')), weight, target });
    }
  };
  const negators = { latin: new Set<string>(), han: [] as string[] };
  for (const lexicon of [lexicons.en, lexicons.zh] as LanguageLexicon[]) {
    for (const [id, entries] of Object.entries(lexicon.categories)) addTerms(entries, { kind: 'category', id: id as CategoryId });
    for (const [id, entries] of Object.entries(lexicon.risks)) addTerms(entries, { kind: 'risk', id: id as RiskId });
    addTerms(lexicon.emotion, { kind: 'emotion' });
    addTerms(Object.fromEntries((lexicon.exclusions ?? []).map((e) => [e, 1])), { kind: 'exclusion' });
    for (const n of lexicon.negators) {
      const word = normalise(n.trim());
      if (/^[\x00-\x7f]*$/.test(word)) negators.latin.add(word);
      else negators.han.push(word);
    }
  }

  // One keyword may serve several terms and several parts of one term. A one-part term becomes a
  // hit as soon as its keyword matches. A gapped term is looked at only when its anchor matched —
  // the part fewest other gapped terms share — and kept only once every part has: common words
  // ("快递", "ordered") begin dozens of gapped terms that a given complaint never completes.
  const keywordIndex = new Map<string, number>();
  const keywords: string[] = [];
  const keywordOf = (part: string) => {
    let k = keywordIndex.get(part);
    if (k === undefined) {
      keywordIndex.set(part, (k = keywords.length));
      keywords.push(part);
    }
    return k;
  };
  const singleUses: SingleUse[][] = [];
  const partKeywords: number[][] = [];
  const sharedBy: number[] = []; // by keyword: how many gapped terms have it as a part
  terms.forEach((term) => {
    const parts = term.parts.map(keywordOf);
    partKeywords.push(parts);
    for (const k of parts) {
      singleUses[k] ??= [];
      sharedBy[k] ??= 0;
    }
    if (parts.length === 1) singleUses[parts[0]!]!.push({ term, open: term.prefix });
    else for (const k of new Set(parts)) sharedBy[k]!++;
  });
  // The negators (and "n't") are keywords too, only to show where none occurs: a hit with no
  // negator in the NEGATION_REACH characters before it cannot be negated and skips the check,
  // which reads those characters twice (English story text rarely has one).
  const negatorKeywords = new Set<number>();
  for (const word of [...negators.latin, ...negators.han, "n't"]) {
    if (word === '') continue;
    const k = keywordOf(word);
    singleUses[k] ??= [];
    sharedBy[k] ??= 0;
    negatorKeywords.add(k);
  }
  const anchored: number[][] = keywords.map(() => []);
  partKeywords.forEach((parts, t) => {
    if (parts.length > 1) anchored[parts.reduce((a, b) => (sharedBy[b]! < sharedBy[a]! ? b : a))]!.push(t);
  });

  const hanNegators = new Set(negators.han);
  const longestHanNegator = Math.max(0, ...negators.han.map((n) => n.length));
  // A table rather than a Set of the characters a Han negator ends with: asked up to three times per hit.
  const hanNegatorEnds = new Uint8Array(0x10000);
  for (const n of negators.han) hanNegatorEnds[n.charCodeAt(n.length - 1)] = 1;
  /** Does a negator end at most HAN_NEGATION_REACH characters before `at`, inside [from, at)? */
  const hanNegationEndsNear = (text: string, from: number, at: number) => {
    for (let end = at; end - 1 >= from && end >= at - HAN_NEGATION_REACH; end--) {
      if (hanNegatorEnds[text.charCodeAt(end - 1)] === 0) continue; // no negator ends here
      for (let length = 1; length <= longestHanNegator && end - length >= from; length++) {
        if (hanNegators.has(text.slice(end - length, end))) return true;
      }
    }
    return false;
  };
  // The Latin negators by first letter, so a word of the text is compared in place rather than cut
  // out as a string for a Set lookup (which cost more than the rest of the check).
  const latinNegators: string[][] = Array.from({ length: 0x80 }, () => []);
  for (const word of negators.latin) if (word !== '') latinNegators[word.charCodeAt(0)]!.push(word);
  const isLatinNegation = (text: string, start: number, end: number) => {
    if (
      end - start >= 3 &&
      text.charCodeAt(end - 3) === 0x6e && // n't
      text.charCodeAt(end - 2) === 0x27 &&
      text.charCodeAt(end - 1) === 0x74
    ) {
      return true;
    }
    for (const word of latinNegators[text.charCodeAt(start)]!) {
      if (word.length === end - start && text.startsWith(word, start)) return true;
    }
    return false;
  };
  // Both families are asked for every term: "12315" written in a Chinese sentence is negated by
  // 不会, and a Chinese term in an English sentence by "not". The clause before the hit is read in
  // place, as offsets into the text: this runs for every hit.
  const negated = (text: string, hit: Hit): boolean => {
    const at = hit.start;
    if (!negatorNear(compiled, at)) return false;
    const from = clauseStart(text, at, NEGATION_REACH);
    if (hanNegationEndsNear(text, Math.max(from, at - HAN_NEGATION_REACH - longestHanNegator), at)) return true;
    const words = Math.min(readLatinWords(text, from, at), LATIN_NEGATION_WORDS);
    for (let w = 0; w < words; w++) if (isLatinNegation(text, lastWords[2 * w]!, lastWords[2 * w + 1]!)) return true;
    return false;
  };
  /** "物流不慢" must not match 物流…慢: a negator inside the gap denies the part after it. */
  const anyNegator = new RegExp(
    [...[...negators.latin].map((w) => `\\b${escapeRegExp(w)}\\b`), "n't\\b", ...negators.han.map(escapeRegExp)].join('|'),
  );

  const compiled: Compiled = {
    terms,
    automaton: buildKeywordMatcher(keywords),
    singleUses,
    inGapped: Uint8Array.from(sharedBy, (n) => (n > 0 ? 1 : 0)),
    anchored,
    partKeywords,
    // Whether a keyword starts or ends with a word character, so needs a word boundary there.
    boundedStart: Uint8Array.from(keywords, (w) => (isWordCode(w.charCodeAt(0)) ? 1 : 0)),
    boundedEnd: Uint8Array.from(keywords, (w) => (isWordCode(w.charCodeAt(w.length - 1)) ? 1 : 0)),
    gapNegated: (gap) => gap !== '' && anyNegator.test(gap),
    stamp: new Int32Array(keywords.length),
    first: new Int32Array(keywords.length),
    last: new Int32Array(keywords.length),
    call: 0,
    next: new Int32Array(0),
    isNegator: Uint8Array.from(keywords, (_, k) => (negatorKeywords.has(k) ? 1 : 0)),
    negatorMatches: [],
  };
  return {
    find: (text) => dropContained(dropExcluded(candidates(compiled, text))).filter((hit) => !negated(text, hit)),
  };
}

interface SingleUse {
  term: Term;
  /** The last part of a "refund*" term: it may end inside a word. */
  open: boolean;
}

interface Span {
  start: number;
  end: number;
}

/** A compiled lexicon: plain data, so the hot loop in `candidates` reads locals, not closures. */
interface Compiled {
  terms: Term[];
  automaton: KeywordMatcher;
  /** By keyword: the one-part terms it is. */
  singleUses: SingleUse[][];
  /** By keyword: 1 when it is a part of some gapped term. */
  inGapped: Uint8Array;
  /** By keyword: the gapped terms it is the anchor of. */
  anchored: number[][];
  /** By term: the keyword of each part. */
  partKeywords: number[][];
  boundedStart: Uint8Array;
  boundedEnd: Uint8Array;
  gapNegated: (gap: string) => boolean;
  // Per call, the matches of keywords that belong to gapped terms, as one list per keyword
  // (first[k] → next[…] → last[k]), stamped with the call's number so nothing needs clearing.
  stamp: Int32Array;
  first: Int32Array;
  last: Int32Array;
  call: number;
  next: Int32Array;
  /** By keyword: 1 when it is a negator. */
  isNegator: Uint8Array;
  /** Per call, the (start, end) of every negator match, in the order of their ends. */
  negatorMatches: number[];
}

const startOk = (c: Compiled, text: string, start: number, k: number) =>
  c.boundedStart[k] === 0 || start === 0 || !isWordCode(text.charCodeAt(start - 1));
const endOk = (c: Compiled, text: string, end: number, k: number, openEnd: boolean) =>
  openEnd || c.boundedEnd[k] === 0 || end === text.length || !isWordCode(text.charCodeAt(end));

/** Did the last `candidates` call see a negator inside [at - NEGATION_REACH, at)? */
function negatorNear(c: Compiled, at: number): boolean {
  const found = c.negatorMatches;
  // The last match ending at or before `at` (they are in the order of their ends), then back
  // through those that end late enough to start inside the reach.
  let low = 0;
  let high = found.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (found[2 * mid + 1]! <= at) low = mid + 1;
    else high = mid;
  }
  for (let m = low - 1; m >= 0 && found[2 * m + 1]! > at - NEGATION_REACH; m--) {
    if (found[2 * m]! >= at - NEGATION_REACH) return true;
  }
  return false;
}

/** Every hit of a one-part term, then every hit of a gapped term, before exclusions and negation. */
function candidates(c: Compiled, text: string): Hit[] {
  const { terms, singleUses, inGapped, anchored, partKeywords, stamp, first, last } = c;
  const call = ++c.call;
  const matches = c.automaton.scan(text);
  const negatorMatches = c.negatorMatches;
  negatorMatches.length = 0;
  const singles: Hit[] = [];
  // The keywords of gapped terms that matched, in the order of their first match: the anchors
  // are looked up once per keyword, not once per match (Chinese text repeats 个, 天, 页面…).
  const matched: number[] = [];
  // For each match of a keyword of gapped terms, the next match of the same keyword (-1: none).
  // Allocating a typed array costs more than filling it: one is kept for texts of usual length.
  if (c.next.length < matches.length && matches.length <= MAX_KEPT_MATCHES) c.next = new Int32Array(matches.length);
  const next = c.next.length >= matches.length ? c.next : new Int32Array(matches.length);
  for (let m = 0; m < matches.length; m += 3) {
    const k = matches[m]!;
    const start = matches[m + 1]!;
    const end = matches[m + 2]!;
    if (c.isNegator[k] === 1) negatorMatches.push(start, end);
    const uses = singleUses[k]!;
    if (uses.length > 0 && startOk(c, text, start, k)) {
      for (const { term, open } of uses) {
        // Evidence shows the whole word a "refund*" term matched: "refunded", not "refund".
        if (endOk(c, text, end, k, open)) singles.push({ term, start, end: open ? wordEnd(text, end) : end });
      }
    }
    if (inGapped[k] === 0) continue;
    next[m] = -1;
    if (stamp[k] !== call) {
      stamp[k] = call;
      first[k] = m;
      matched.push(k);
    } else next[last[k]!] = m;
    last[k] = m;
  }

  // Gapped terms whose every part matched; each with the matches of each part that pass the word
  // boundaries, ordered by where the term first matched (the order the hits are reported in).
  const complete: { term: number; from: number; occurrences: Span[][] }[] = [];
  for (const k of matched) {
    for (const t of anchored[k]!) {
      const parts = partKeywords[t]!;
      let seen = true;
      for (const part of parts) seen &&= stamp[part] === call;
      if (!seen) continue;
      const prefix = terms[t]!.prefix;
      let from = Infinity;
      const occurrences: Span[][] = [];
      for (let p = 0; p < parts.length && seen; p++) {
        const part = parts[p]!;
        const open = prefix && p === parts.length - 1;
        const found: Span[] = [];
        for (let o = first[part]!; o !== -1; o = next[o]!) {
          const start = matches[o + 1]!;
          const end = matches[o + 2]!;
          if (!startOk(c, text, start, part) || !endOk(c, text, end, part, open)) continue;
          if (found.length === 0 && o < from) from = o;
          found.push({ start, end: open ? wordEnd(text, end) : end });
        }
        occurrences.push(found);
        seen = found.length > 0;
      }
      if (seen) complete.push({ term: t, from, occurrences });
    }
  }
  complete.sort((a, b) => a.from - b.from || a.term - b.term);
  for (const { term, occurrences } of complete) singles.push(...chainGappedTerm(text, terms[term]!, occurrences, c.gapNegated));
  return singles;
}

/** A gapped term matches when its parts follow each other closely within one sentence. */
function chainGappedTerm(
  text: string,
  term: Term,
  occurrences: { start: number; end: number }[][],
  gapNegated: (gap: string) => boolean,
): Hit[] {
  const hits: Hit[] = [];
  const maxGap = term.latin ? MAX_GAP.latin : MAX_GAP.han;
  let lastEnd = -1;
  for (const first of occurrences[0]!) {
    if (first.start < lastEnd) continue; // one hit per stretch of text
    let end = first.end;
    let complete = true;
    for (let p = 1; p < occurrences.length && complete; p++) {
      const next = occurrences[p]!.find((o) => {
        if (o.start < end || o.start - end > maxGap) return false;
        const gap = text.slice(end, o.start);
        return !SENTENCE_END.test(gap) && !gapNegated(gap);
      });
      if (next) end = next.end;
      else complete = false;
    }
    if (complete) {
      hits.push({ term, start: first.start, end });
      lastEnd = end;
    }
  }
  return hits;
}

/** Matches inside an exclusion ("质量差不多" around 质量差) are not complaints; nor is the exclusion. */
function dropExcluded(hits: Hit[]): Hit[] {
  const exclusions = hits.filter((h) => h.term.target.kind === 'exclusion');
  if (exclusions.length === 0) return hits;
  return hits.filter(
    (h) => h.term.target.kind !== 'exclusion' && !exclusions.some((x) => x.start <= h.start && x.end >= h.end),
  );
}

/** Within one kind, a hit inside a longer hit is the same words read less precisely: drop it. */
function dropContained(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const widest = new Map<string, { start: number; end: number }>();
  return hits.filter((hit) => {
    const kind = hit.term.target.kind;
    const w = widest.get(kind);
    if (w && w.end >= hit.end && (w.start < hit.start || w.end > hit.end)) return false;
    if (!w || hit.end > w.end) widest.set(kind, hit);
    return true;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The (start, end) of the last LATIN_NEGATION_WORDS words readLatinWords read, in any order. */
const lastWords = new Int32Array(2 * LATIN_NEGATION_WORDS);

/**
 * Reads the words of text[from, to) as /[a-z]+(?:'[a-z]+)?/g would ("don't" is one word), keeping
 * the bounds of the last few in `lastWords` rather than cutting them out as strings; returns how
 * many words there were.
 */
function readLatinWords(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; ) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (++i < to && isLetterCode(text.charCodeAt(i)));
    if (i + 1 < to && text.charCodeAt(i) === 0x27 && isLetterCode(text.charCodeAt(i + 1))) {
      i++;
      while (++i < to && isLetterCode(text.charCodeAt(i)));
    }
    const slot = 2 * (count++ % LATIN_NEGATION_WORDS);
    lastWords[slot] = start;
    lastWords[slot + 1] = i;
  }
  return count;
}

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Where the clause before `at` starts, looking back at most `reach` characters: after the last
 * clause punctuation, and after the last conjunction ("…但是", "…, but").
 */
function clauseStart(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  // One pass back to the punctuation that opens the clause, noting on the way where each
  // conjunction last occurs: a search of the clause per conjunction read it eight more times.
  for (let j = 0; j < CONJUNCTIONS.length; j++) lastConjunction[j] = -1;
  let cut = from;
  for (let i = at - 1; i >= from; i--) {
    const mark = CLAUSE_MARKS[text.charCodeAt(i)]!;
    if (mark === 0) continue;
    if (mark === CLAUSE_PUNCTUATION) {
      cut = i + 1;
      break;
    }
    const j = mark - 2;
    const c = CONJUNCTIONS[j]!;
    if (lastConjunction[j] === -1 && i + c.length <= at && text.startsWith(c, i)) lastConjunction[j] = i;
  }
  let start = cut;
  for (let j = 0; j < HAN_CONJUNCTIONS.length; j++) {
    const k = lastConjunction[j]!;
    if (k >= start) start = k + CONJUNCTIONS[j]!.length;
  }
  for (let j = HAN_CONJUNCTIONS.length; j < CONJUNCTIONS.length; j++) {
    const k = lastConjunction[j]!;
    const after = k + CONJUNCTIONS[j]!.length;
    const bounded = k >= start && (k === start || !isWordCode(text.charCodeAt(k - 1))) && (after === at || !isWordCode(text.charCodeAt(after)));
    if (bounded) start = after;
  }
  return start;
}
