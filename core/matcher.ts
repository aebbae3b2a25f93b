// Finds every lexicon term in a text, read as normalised (normalise.ts), in one pass (Aho-Corasick over
// all terms of all languages), then applies the rules a loop of `includes` could not: word boundaries,
// gapped terms, longest match within a kind, and negation.
import { buildKeywordTables, keywordMatcher, type KeywordMatcher } from './ahoCorasick.ts';
import type { LanguageLexicon, LexiconsInput } from './lexicon.ts';
import type { MatcherData, Target } from './matcherData.ts';
import type { CategoryId, RiskId } from './model.ts';
import { isAscii, normalisationTable, normalise, normalisedAt } from './normalise.ts';

export type { MatcherData, Target };

export interface Term {
  /** As written in the lexicon. */
  source: string;
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
  /** Finds the terms in `text` as written, reading it as normalise() would write it (normalisedAt). */
  find(text: string): Hit[];
  /** What it was compiled into, for matcherFrom. */
  readonly data: MatcherData;
}

const GAP_SEPARATOR = /\s*(?:…|\.\.\.)\s*/;
const MAX_GAP = { latin: 32, han: 10 };
const HAN_NEGATION_REACH = 2; // "没有任何破损": at most two characters between negator and term
const LATIN_NEGATION_WORDS = 3;
/** How far back from a hit its clause, and so a negator of it, may begin. */
const NEGATION_REACH = 48;
/** Matches per text whose scratch list `candidates` keeps between calls (three numbers each). */
const MAX_KEPT_MATCHES = 3 << 14;
/** By character: 1 where a sentence ends, which a gapped term may not reach across. */
const SENTENCE_ENDS = new Uint8Array(0x10000);
for (const c of '.!?;。！？；\n\r') SENTENCE_ENDS[c.charCodeAt(0)] = 1;
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
/** A hit's kind as a number, so dropContained keeps the widest hit of each in a small array. */
const KINDS = { category: 0, risk: 1, emotion: 2, exclusion: 3 } as const;
const EXCLUSION = KINDS.exclusion;
/** Scratch for dropContained: the (start, end) of the widest hit so far of each kind (-1: none). */
const widestStart = new Int32Array(4);
const widestEnd = new Int32Array(4);
// What a keyword is, by keyword, read once per automaton match.
const NEGATOR = 1;
const SINGLE_USE = 2; // some one-part term is this keyword
const IN_GAPPED = 4; // a part of some gapped term
// Where in Compiled.lists each keyword's per-call list of matches is noted.
const STAMP = 0;
const FIRST = 1;
const LAST = 2;
const isLetterCode = (c: number) => c >= 0x61 && c <= 0x7a;
const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

const PREFIX = 1;
const LATIN = 2;

export function compileMatcher(lexicons: LexiconsInput): Matcher {
  return matcherFrom(compileMatcherData(lexicons));
}

export function compileMatcherData(lexicons: LexiconsInput): MatcherData {
  const sources: string[] = [];
  const weights: number[] = [];
  const termFlags: number[] = [];
  const targetOf: number[] = [];
  const targets: Target[] = [];
  const termParts: string[][] = [];
  const addTerms = (entries: Record<string, number> | undefined, target: Target) => {
    const targetIndex = targets.push(target) - 1;
    // for…in rather than Object.entries: no [term, weight] array for each of ~19,000 terms.
    for (const source in entries) {
      const weight = entries[source]!;
      if (weight <= 0) continue;
      const trimmed = source.trim();
      const prefix = trimmed.endsWith('*');
      const text = normalise(prefix ? trimmed.slice(0, -1) : trimmed);
      // Most terms have no gap: the regex split, map and filter ran ~10,000 times a compile.
      const gapped = text.includes('…') || text.includes('...');
      const whole = gapped ? '' : text.trim();
      const parts = gapped ? text.split(GAP_SEPARATOR).map((p) => p.trim()).filter(Boolean) : whole === '' ? [] : [whole];
      if (parts.length === 0) continue;
      sources.push(source);
      weights.push(weight);
      termFlags.push((prefix ? PREFIX : 0) | (isAscii(gapped ? parts.join('') : whole) ? LATIN : 0));
      targetOf.push(targetIndex);
      termParts.push(parts);
    }
  };
  const latinNegators = new Set<string>();
  const hanNegators: string[] = [];
  for (const lexicon of [lexicons.en, lexicons.zh] as LanguageLexicon[]) {
    for (const [id, entries] of Object.entries(lexicon.categories)) addTerms(entries, { kind: 'category', id: id as CategoryId });
    for (const [id, entries] of Object.entries(lexicon.risks)) addTerms(entries, { kind: 'risk', id: id as RiskId });
    addTerms(lexicon.emotion, { kind: 'emotion' });
    addTerms(Object.fromEntries((lexicon.exclusions ?? []).map((e) => [e, 1])), { kind: 'exclusion' });
    for (const n of lexicon.negators) {
      const word = normalise(n.trim());
      if (isAscii(word)) latinNegators.add(word);
      else hanNegators.push(word);
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
  const singleUses: number[][] = [];
  const partKeywords: number[][] = [];
  const sharedBy: number[] = []; // by keyword: how many gapped terms have it as a part
  termParts.forEach((termParts, t) => {
    const parts = termParts.map(keywordOf);
    partKeywords.push(parts);
    for (const k of parts) {
      singleUses[k] ??= [];
      sharedBy[k] ??= 0;
    }
    if (parts.length === 1) singleUses[parts[0]!]!.push(t);
    else for (const k of new Set(parts)) sharedBy[k]!++;
  });
  // The negators (and "n't") are keywords too, only to show where none occurs: a hit with no
  // negator in its clause cannot be negated and skips the check, which reads the clause twice
  // (English story text rarely has one); a gap with none needs no regex.
  const negatorKeywords = new Set<number>();
  for (const word of [...latinNegators, ...hanNegators, "n't"]) {
    if (word === '') continue;
    const k = keywordOf(word);
    singleUses[k] ??= [];
    sharedBy[k] ??= 0;
    negatorKeywords.add(k);
  }
  const anchored: number[][] = keywords.map(() => []);
  partKeywords.forEach((parts, t) => {
    if (parts.length === 1) return;
    const anchor = parts.reduce((a, b) => (sharedBy[b]! < sharedBy[a]! ? b : a));
    const others = [...new Set(parts)].filter((k) => k !== anchor);
    anchored[anchor]!.push(t, others.length, ...others);
  });
  const singleTerms = flatten(singleUses);
  const anchoredTerms = flatten(anchored);
  const parts = flatten(partKeywords);

  return {
    sources: sources.join(''),
    sourceEnds: new Int32Array(runningTotal(sources)),
    weights: new Float64Array(weights),
    termFlags: new Uint8Array(termFlags),
    targetOf: new Uint16Array(targetOf),
    targets,
    kinds: bytesOf(targetOf, (i) => KINDS[targets[i]!.kind]),
    partStart: parts.start,
    partKeyword: parts.items,
    roles: bytesOf(
      keywords,
      (_, k) => (negatorKeywords.has(k) ? NEGATOR : 0) | (singleUses[k]!.length > 0 ? SINGLE_USE : 0) | (sharedBy[k]! > 0 ? IN_GAPPED : 0),
    ),
    singleStart: singleTerms.start,
    singleTerm: singleTerms.items,
    singleOpen: bytesOf(singleTerms.items, (t) => termFlags[t]! & PREFIX),
    anchoredStart: anchoredTerms.start,
    anchored: anchoredTerms.items,
    boundedStart: bytesOf(keywords, (w) => (isWordCode(w.charCodeAt(0)) ? 1 : 0)),
    boundedEnd: bytesOf(keywords, (w) => (isWordCode(w.charCodeAt(w.length - 1)) ? 1 : 0)),
    latinNegators: [...latinNegators],
    hanNegators,
    automaton: buildKeywordTables(keywords),
  };
}

/** The matcher of compiled data, from compileMatcherData here or read back from storage. */
export function matcherFrom(data: MatcherData): Matcher {
  const { sources, sourceEnds, weights, termFlags, targetOf, targets } = data;
  // Term objects are made as hits need them, once each (scan tells repeats by identity): a
  // complaint meets a few dozen of the 19,000.
  const terms: (Term | undefined)[] = new Array(sourceEnds.length);
  const termAt = (t: number): Term =>
    (terms[t] ??= {
      source: sources.slice(t === 0 ? 0 : sourceEnds[t - 1]!, sourceEnds[t]!),
      prefix: (termFlags[t]! & PREFIX) !== 0,
      latin: (termFlags[t]! & LATIN) !== 0,
      weight: weights[t]!,
      target: targets[targetOf[t]!]!,
    });

  const hanNegators = new Set(data.hanNegators);
  const longestHanNegator = Math.max(0, ...data.hanNegators.map((n) => n.length));
  // A table rather than a Set of the characters a Han negator ends with: asked up to three times per hit.
  const hanNegatorEnds = new Uint8Array(0x10000);
  for (const n of data.hanNegators) hanNegatorEnds[n.charCodeAt(n.length - 1)] = 1;
  /** Does a negator end at most HAN_NEGATION_REACH characters before `at`, inside [from, at)? */
  const hanNegationEndsNear = (text: string, from: number, at: number) => {
    for (let end = at; end - 1 >= from && end >= at - HAN_NEGATION_REACH; end--) {
      if (hanNegatorEnds[normalisedAt(text, end - 1, compiled.fold)] === 0) continue; // no negator ends here
      for (let length = 1; length <= longestHanNegator && end - length >= from; length++) {
        if (hanNegators.has(foldedSlice(text, end - length, end, compiled.fold))) return true;
      }
    }
    return false;
  };
  // The Latin negators by first letter, so a word of the text is compared in place rather than cut
  // out as a string for a Set lookup (which cost more than the rest of the check).
  const latinNegators: string[][] = Array.from({ length: 0x80 }, () => []);
  for (const word of data.latinNegators) if (word !== '') latinNegators[word.charCodeAt(0)]!.push(word);
  const isLatinNegation = (text: string, start: number, end: number) => {
    const fold = compiled.fold;
    if (
      end - start >= 3 &&
      normalisedAt(text, end - 3, fold) === 0x6e && // n't
      normalisedAt(text, end - 2, fold) === 0x27 &&
      normalisedAt(text, end - 1, fold) === 0x74
    ) {
      return true;
    }
    // A word that readLatinWords read is ASCII letters (and an apostrophe) as normalised.
    for (const word of latinNegators[normalisedAt(text, start, fold)]!) {
      if (word.length === end - start && foldedStartsWith(text, word, start, fold)) return true;
    }
    return false;
  };
  // Both families are asked for every term: "12315" written in a Chinese sentence is negated by
  // 不会, and a Chinese term in an English sentence by "not". The clause before the hit is read in
  // place, as offsets into the text: this runs for every hit.
  const negated = (text: string, at: number): boolean => {
    if (!negatorWithin(compiled, at - NEGATION_REACH, at)) return false;
    const from = clauseStart(text, at, NEGATION_REACH, compiled.fold);
    // Nor without one inside the clause: most negators near a hit are in the sentence before it.
    if (from > at - NEGATION_REACH && !negatorWithin(compiled, from, at)) return false;
    if (hanNegationEndsNear(text, Math.max(from, at - HAN_NEGATION_REACH - longestHanNegator), at)) return true;
    const words = Math.min(readLatinWords(text, from, at, compiled.fold), LATIN_NEGATION_WORDS);
    for (let w = 0; w < words; w++) if (isLatinNegation(text, lastWords[2 * w]!, lastWords[2 * w + 1]!)) return true;
    return false;
  };

  const compiled: Compiled = {
    ...data,
    automaton: keywordMatcher(data.automaton),
    /** "物流不慢" must not match 物流…慢: a negator inside the gap denies the part after it. */
    anyNegator: new RegExp(
      [...data.latinNegators.map((w) => `\\b${escapeRegExp(w)}\\b`), "n't\\b", ...data.hanNegators.map(escapeRegExp)].join('|'),
    ),
    // An empty negator is no keyword, so the negators the automaton saw cannot clear a gap of it.
    gapsNeedRegex: [...data.latinNegators, ...data.hanNegators].includes(''),
    lists: new Int32Array(3 * data.roles.length),
    call: 0,
    next: new Int32Array(0),
    negatorMatches: [],
    fold: new Uint16Array(0), // set by each find
  };
  // The candidates stay (term, start, end) numbers through the filters: only the hits reported
  // become objects.
  return {
    data,
    find: (text) => {
      compiled.fold = normalisationTable(); // the provided Han tables' (hanTables.ts)
      const found = candidates(compiled, text);
      const hits: Hit[] = [];
      let lastStart = -1;
      let lastNegated = false;
      for (const h of dropContained(compiled, dropExcluded(compiled, found), found)) {
        const start = found[h + 1]!;
        // Hits that start together (one phrase in two kinds: "chargeback") share a clause: ask once.
        if (start !== lastStart) {
          lastStart = start;
          lastNegated = negated(text, start);
        }
        if (!lastNegated) hits.push({ term: termAt(found[h]!), start, end: found[h + 2]! });
      }
      return hits;
    },
  };
}

/** Lists as one flat list, each starting in it at `start[i]` and ending at `start[i + 1]`. */
function flatten(lists: readonly number[][]): { start: Int32Array<ArrayBuffer>; items: Int32Array<ArrayBuffer> } {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
  const items = new Int32Array(start[lists.length]!);
  // A loop rather than items.set(list, at), which reads a plain array through a slow generic path:
  // ~9 ms of a compile in Chromium for ~50,000 short lists.
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i]!;
    for (let j = 0, at = start[i]!; j < list.length; j++) items[at + j] = list[j]!;
  }
  return { start, items };
}

/** Where each string ends when they are joined. */
function runningTotal(strings: readonly string[]): number[] {
  let total = 0;
  return strings.map((s) => (total += s.length));
}

/** A compiled lexicon: its data and what a matcher adds, so the hot loop in `candidates` reads locals, not closures. */
interface Compiled extends Omit<MatcherData, 'automaton'> {
  automaton: KeywordMatcher;
  anyNegator: RegExp;
  gapsNeedRegex: boolean;
  // Per call, the matches of keywords that belong to gapped terms, as one list per keyword
  // (first → next[…] → last), stamped with the call's number so nothing needs clearing. The
  // three numbers of keyword k sit together, at lists[3k + STAMP / FIRST / LAST]: one cache
  // line per match instead of three (Chinese text: 250 matches of such keywords per 2 KB).
  lists: Int32Array;
  call: number;
  next: Int32Array;
  /** Per call, the (start, end) of every negator match, in the order of their ends. */
  negatorMatches: number[];
  /** How the text is read (normalise.ts's table), as of the last call. */
  fold: Uint16Array;
}

/**
 * Every hit of a one-part term, then every hit of a gapped term, before exclusions and negation:
 * a flat list of (term index, start, end).
 */
function candidates(c: Compiled, text: string): number[] {
  const { roles, singleStart, singleTerm, singleOpen, anchoredStart, anchored, partStart, partKeyword, termFlags, lists } = c;
  const call = ++c.call;
  const matches = c.automaton.scan(text, c.fold);
  const negatorMatches = c.negatorMatches;
  negatorMatches.length = 0;
  const found: number[] = [];
  // The keywords of gapped terms that matched, in the order of their first match: the anchors
  // are looked up once per keyword, not once per match (Chinese text repeats 个, 天, 页面…).
  const matched: number[] = [];
  // For each match of a keyword of gapped terms, the next match of the same keyword (-1: none,
  // written once per keyword after the loop rather than once per match).
  // Allocating a typed array costs more than filling it: one is kept for texts of usual length.
  if (c.next.length < matches.length && matches.length <= MAX_KEPT_MATCHES) c.next = new Int32Array(matches.length);
  const next = c.next.length >= matches.length ? c.next : new Int32Array(matches.length);
  for (let m = 0; m < matches.length; m += 3) {
    const k = matches[m]!;
    const role = roles[k]!;
    const start = matches[m + 1]!;
    const end = matches[m + 2]!;
    if ((role & NEGATOR) !== 0) negatorMatches.push(start, end);
    if ((role & SINGLE_USE) !== 0 && startOk(c, text, start, k)) {
      for (let u = singleStart[k]!, last = singleStart[k + 1]!; u < last; u++) {
        const open = singleOpen[u] === 1;
        // Evidence shows the whole word a "refund*" term matched: "refunded", not "refund".
        if (endOk(c, text, end, k, open)) found.push(singleTerm[u]!, start, open ? wordEnd(text, end, c.fold) : end);
      }
    }
    if ((role & IN_GAPPED) === 0) continue;
    if (lists[3 * k + STAMP] !== call) {
      lists[3 * k + STAMP] = call;
      lists[3 * k + FIRST] = m;
      matched.push(k);
    } else next[lists[3 * k + LAST]!] = m;
    lists[3 * k + LAST] = m;
  }
  for (const k of matched) next[lists[3 * k + LAST]!] = -1;

  // Gapped terms whose every part matched on word boundaries, ordered by where the term first
  // matched (the order the hits are reported in): as from * terms + term, so a sort of numbers.
  const termCount = c.sourceEnds.length;
  const complete: number[] = [];
  for (const k of matched) {
    for (let i = anchoredStart[k]!, last = anchoredStart[k + 1]!; i < last; ) {
      const t = anchored[i]!;
      const end = i + 2 + anchored[i + 1]!;
      for (i += 2; i < end && lists[3 * anchored[i]! + STAMP] === call; i++);
      if (i < end) {
        i = end; // a part that never matched
        continue;
      }
      const prefix = (termFlags[t]! & PREFIX) !== 0;
      const lastPart = partStart[t + 1]! - 1;
      let from = matches.length;
      let seen = true;
      for (let p = partStart[t]!; p <= lastPart && seen; p++) {
        const o = firstOnBoundaries(c, text, matches, next, partKeyword[p]!, prefix && p === lastPart);
        if (o < from) from = o;
        seen = o !== -1;
      }
      if (seen) complete.push(from * termCount + t);
    }
  }
  sortNearlySorted(complete);
  for (const key of complete) chainGappedTerm(c, text, matches, next, key % termCount, found);
  return found;
}

const startOk = (c: Compiled, text: string, start: number, k: number) =>
  c.boundedStart[k] === 0 || start === 0 || !isWordCode(normalisedAt(text, start - 1, c.fold));
const endOk = (c: Compiled, text: string, end: number, k: number, openEnd: boolean) =>
  openEnd || c.boundedEnd[k] === 0 || end === text.length || !isWordCode(normalisedAt(text, end, c.fold));
/** The match at offset `o` of the automaton's list is of a keyword `k` that is a whole word there. */
const onBoundaries = (c: Compiled, text: string, matches: number[], o: number, k: number, openEnd: boolean) =>
  startOk(c, text, matches[o + 1]!, k) && endOk(c, text, matches[o + 2]!, k, openEnd);

/** The first match of keyword `k` on word boundaries (-1: none), from the per-call lists. */
function firstOnBoundaries(c: Compiled, text: string, matches: number[], next: Int32Array, k: number, openEnd: boolean): number {
  for (let o = c.lists[3 * k + FIRST]!; o !== -1; o = next[o]!) if (onBoundaries(c, text, matches, o, k, openEnd)) return o;
  return -1;
}

/**
 * A gapped term matches when its parts follow each other closely within one sentence. Each part's
 * matches are walked in the per-call list of its keyword, in the order of their ends, which for
 * one keyword is the order of their starts too.
 */
function chainGappedTerm(c: Compiled, text: string, matches: number[], next: Int32Array, t: number, found: number[]): void {
  const flags = c.termFlags[t]!;
  const first = c.partStart[t]!;
  const lastPart = c.partStart[t + 1]! - 1;
  const maxGap = (flags & LATIN) !== 0 ? MAX_GAP.latin : MAX_GAP.han;
  let lastEnd = -1;
  for (let o = c.lists[3 * c.partKeyword[first]! + FIRST]!; o !== -1; o = next[o]!) {
    if (!onBoundaries(c, text, matches, o, c.partKeyword[first]!, false)) continue;
    const start = matches[o + 1]!;
    if (start < lastEnd) continue; // one hit per stretch of text
    let end = matches[o + 2]!;
    let p = first + 1;
    for (; p <= lastPart; p++) {
      const open = (flags & PREFIX) !== 0 && p === lastPart;
      const after = nextPart(c, text, matches, next, c.partKeyword[p]!, open, end, maxGap);
      if (after === -1) break;
      end = open ? wordEnd(text, matches[after + 2]!, c.fold) : matches[after + 2]!;
    }
    if (p > lastPart) {
      found.push(t, start, end);
      lastEnd = end;
    }
  }
}

/** The first match of keyword `k` on word boundaries that can follow a part ending at `end` (-1: none). */
function nextPart(
  c: Compiled,
  text: string,
  matches: number[],
  next: Int32Array,
  k: number,
  openEnd: boolean,
  end: number,
  maxGap: number,
): number {
  for (let o = c.lists[3 * k + FIRST]!; o !== -1; o = next[o]!) {
    const start = matches[o + 1]!;
    if (start < end) continue;
    if (start - end > maxGap) return -1; // and so are all later ones
    if (onBoundaries(c, text, matches, o, k, openEnd) && gapJoins(c, text, end, start)) return o;
  }
  return -1;
}

/** May text[from, to) join two parts of a gapped term? Not across a sentence end or a negator. */
function gapJoins(c: Compiled, text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_ENDS[normalisedAt(text, i, c.fold)] === 1) return false;
  // "物流不慢" must not match 物流…慢. The regex decides, but it can only match where the
  // automaton saw a negator inside the gap, and most gaps have none.
  if (from === to || (!c.gapsNeedRegex && !negatorWithin(c, from, to))) return true;
  return !c.anyNegator.test(foldedSlice(text, from, to, c.fold));
}

/** Did the last `candidates` call see a negator inside [from, to)? */
function negatorWithin(c: Compiled, from: number, to: number): boolean {
  const found = c.negatorMatches;
  // The first match ending after `from`, then on through those that end by `to`.
  let low = 0;
  let high = found.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (found[2 * mid + 1]! <= from) low = mid + 1;
    else high = mid;
  }
  for (let m = low; m < found.length / 2 && found[2 * m + 1]! <= to; m++) if (found[2 * m]! >= from) return true;
  return false;
}

/**
 * Matches inside an exclusion ("质量差不多" around 质量差) are not complaints; nor is the exclusion.
 * Takes and returns the offsets in `found` of the candidates still in play.
 */
function dropExcluded(c: Compiled, found: number[]): number[] {
  const all: number[] = [];
  let exclusions = 0;
  for (let h = 0; h < found.length; h += 3) {
    all.push(h);
    if (c.kinds[found[h]!] === EXCLUSION) exclusions++;
  }
  if (exclusions === 0) return all;
  const excluded = (h: number) => {
    for (let x = 0; x < found.length; x += 3) {
      if (c.kinds[found[x]!] === EXCLUSION && found[x + 1]! <= found[h + 1]! && found[x + 2]! >= found[h + 2]!) return true;
    }
    return false;
  };
  return all.filter((h) => c.kinds[found[h]!] !== EXCLUSION && !excluded(h));
}

/**
 * Within one kind, a hit inside a longer hit is the same words read less precisely: drop it.
 * Orders the candidates (offsets in `found`) by start, the longest first, and returns those kept.
 */
function dropContained(c: Compiled, candidates: number[], found: number[]): number[] {
  // By start, then the longest first, then as found. The candidates come nearly in that order
  // (in the order of their ends; gapped terms last), so an insertion sort moves each a step or two.
  const limit = 8 * candidates.length;
  let moves = 0;
  for (let i = 1; i < candidates.length && moves <= limit; i++) {
    const h = candidates[i]!;
    const start = found[h + 1]!;
    const end = found[h + 2]!;
    let j = i;
    for (; j > 0; j--) {
      const g = candidates[j - 1]!;
      if (found[g + 1]! < start || (found[g + 1] === start && found[g + 2]! >= end)) break;
      candidates[j] = g;
    }
    candidates[j] = h;
    moves += i - j;
  }
  // Far from sorted after all (a long text with many gapped hits): a sort that does not go quadratic.
  if (moves > limit) candidates.sort((a, b) => found[a + 1]! - found[b + 1]! || found[b + 2]! - found[a + 2]! || a - b);
  widestStart.fill(-1);
  widestEnd.fill(-1);
  const kept: number[] = [];
  for (const h of candidates) {
    const kind = c.kinds[found[h]!]!;
    const start = found[h + 1]!;
    const end = found[h + 2]!;
    const widest = widestEnd[kind]!;
    if (widest !== -1 && widest >= end && (widestStart[kind]! < start || widest > end)) continue;
    if (widest === -1 || end > widest) {
      widestStart[kind] = start;
      widestEnd[kind] = end;
    }
    kept.push(h);
  }
  return kept;
}

/** Sorts distinct numbers that are mostly in order already. */
function sortNearlySorted(list: number[]): void {
  if (list.length > 64) {
    list.sort((a, b) => a - b);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const v = list[i]!;
    let j = i;
    for (; j > 0 && list[j - 1]! > v; j--) list[j] = list[j - 1]!;
    list[j] = v;
  }
}

/**
 * `Uint8Array.from(list, byte)`, which reads the list through its iterator: a lexicon compiles
 * before a sidebar's first triage, in code not yet optimised, where that took ~10 ms a list.
 */
function bytesOf<T>(list: readonly T[] | ArrayLike<T>, byte: (item: T, index: number) => number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(list.length);
  for (let i = 0; i < list.length; i++) bytes[i] = byte(list[i]!, i);
  return bytes;
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
function readLatinWords(text: string, from: number, to: number, fold: Uint16Array): number {
  let count = 0;
  for (let i = from; i < to; ) {
    if (!isLetterCode(normalisedAt(text, i, fold))) {
      i++;
      continue;
    }
    const start = i;
    while (++i < to && isLetterCode(normalisedAt(text, i, fold)));
    if (i + 1 < to && normalisedAt(text, i, fold) === 0x27 && isLetterCode(normalisedAt(text, i + 1, fold))) {
      i++;
      while (++i < to && isLetterCode(normalisedAt(text, i, fold)));
    }
    const slot = 2 * (count++ % LATIN_NEGATION_WORDS);
    lastWords[slot] = start;
    lastWords[slot + 1] = i;
  }
  return count;
}

function wordEnd(text: string, from: number, fold: Uint16Array): number {
  let end = from;
  while (end < text.length && isWordCode(normalisedAt(text, end, fold))) end++;
  return end;
}

/** `normalise(text).slice(from, to)`, read from the text itself. */
function foldedSlice(text: string, from: number, to: number, fold: Uint16Array): string {
  let slice = '';
  for (let i = from; i < to; i++) slice += String.fromCharCode(normalisedAt(text, i, fold));
  return slice;
}

/** `normalise(text).startsWith(word, at)`, read from the text itself. */
function foldedStartsWith(text: string, word: string, at: number, fold: Uint16Array): boolean {
  if (at + word.length > text.length) return false;
  for (let j = 0; j < word.length; j++) if (normalisedAt(text, at + j, fold) !== word.charCodeAt(j)) return false;
  return true;
}

/**
 * Where the clause before `at` starts, looking back at most `reach` characters: after the last
 * clause punctuation, and after the last conjunction ("…但是", "…, but").
 */
function clauseStart(text: string, at: number, reach: number, fold: Uint16Array): number {
  const from = Math.max(0, at - reach);
  // One pass back to the punctuation that opens the clause, noting on the way where each
  // conjunction last occurs: a search of the clause per conjunction read it eight more times.
  for (let j = 0; j < CONJUNCTIONS.length; j++) lastConjunction[j] = -1;
  let cut = from;
  for (let i = at - 1; i >= from; i--) {
    const mark = CLAUSE_MARKS[normalisedAt(text, i, fold)]!;
    if (mark === 0) continue;
    if (mark === CLAUSE_PUNCTUATION) {
      cut = i + 1;
      break;
    }
    const j = mark - 2;
    const c = CONJUNCTIONS[j]!;
    if (lastConjunction[j] === -1 && i + c.length <= at && foldedStartsWith(text, c, i, fold)) lastConjunction[j] = i;
  }
  let start = cut;
  for (let j = 0; j < HAN_CONJUNCTIONS.length; j++) {
    const k = lastConjunction[j]!;
    if (k >= start) start = k + CONJUNCTIONS[j]!.length;
  }
  for (let j = HAN_CONJUNCTIONS.length; j < CONJUNCTIONS.length; j++) {
    const k = lastConjunction[j]!;
    const after = k + CONJUNCTIONS[j]!.length;
    const bounded =
      k >= start && (k === start || !isWordCode(normalisedAt(text, k - 1, fold))) && (after === at || !isWordCode(normalisedAt(text, after, fold)));
    if (bounded) start = after;
  }
  return start;
}
