// Finds every lexicon term in a normalised text in one pass (Aho-Corasick over all terms of all
// languages), then applies the rules a loop of `includes` could not: word boundaries, gapped
// terms, longest match within a kind, and negation.
import { buildKeywordMatcher } from './ahoCorasick.ts';
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
const SENTENCE_END = /[.!?;。！？；\n\r]/;
const CLAUSE_PUNCTUATION = new Set(Array.from('.!?;:,。！？；：，、\n\r', (c) => c.charCodeAt(0)));
const HAN_CONJUNCTIONS = ['但', '可是', '不过', '然而', '却'];
const LATIN_CONJUNCTIONS = ['but', 'however', 'though'];
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

  // One keyword may serve several terms and several parts of one term.
  const usesByKeyword = new Map<string, { term: number; part: number }[]>();
  terms.forEach((term, t) =>
    term.parts.forEach((part, p) => {
      const list = usesByKeyword.get(part) ?? [];
      list.push({ term: t, part: p });
      usesByKeyword.set(part, list);
    }),
  );
  const keywords = [...usesByKeyword.keys()];
  const uses = keywords.map((k) => usesByKeyword.get(k)!);
  const automaton = buildKeywordMatcher(keywords);
  const hanNegators = new Set(negators.han);
  const longestHanNegator = Math.max(0, ...negators.han.map((n) => n.length));

  const boundaryOk = (text: string, start: number, end: number, word: string, openEnd: boolean) =>
    (!isWordCode(word.charCodeAt(0)) || start === 0 || !isWordCode(text.charCodeAt(start - 1))) &&
    (openEnd || !isWordCode(word.charCodeAt(word.length - 1)) || end === text.length || !isWordCode(text.charCodeAt(end)));

  // Both families are asked for every term: "12315" written in a Chinese sentence is negated by
  // 不会, and a Chinese term in an English sentence by "not".
  const latinNegation = (words: string[]) => words.some((w) => negators.latin.has(w) || w.endsWith("n't"));
  /** Does a negator end at most HAN_NEGATION_REACH characters before the end of `before`? */
  const hanNegationEndsNear = (before: string) => {
    for (let end = before.length; end >= 0 && end >= before.length - HAN_NEGATION_REACH; end--) {
      for (let length = 1; length <= longestHanNegator && length <= end; length++) {
        if (hanNegators.has(before.slice(end - length, end))) return true;
      }
    }
    return false;
  };
  const negated = (text: string, hit: Hit): boolean => {
    const before = clauseBefore(text, hit.start, 48);
    return (
      hanNegationEndsNear(before.slice(-(HAN_NEGATION_REACH + longestHanNegator))) ||
      latinNegation(latinWords(before).slice(-LATIN_NEGATION_WORDS))
    );
  };
  /** "物流不慢" must not match 物流…慢: a negator inside the gap denies the part after it. */
  const anyNegator = new RegExp(
    [...[...negators.latin].map((w) => `\\b${escapeRegExp(w)}\\b`), "n't\\b", ...negators.han.map(escapeRegExp)].join('|'),
  );
  const gapNegated = (gap: string) => gap !== '' && anyNegator.test(gap);

  return {
    find(text) {
      const singles: Hit[] = [];
      const partsSeen = new Map<number, { start: number; end: number }[][]>();
      automaton.scan(text, (keyword, start, matchEnd) => {
        for (const use of uses[keyword]!) {
          const term = terms[use.term]!;
          const last = use.part === term.parts.length - 1;
          const open = last && term.prefix;
          if (!boundaryOk(text, start, matchEnd, keywords[keyword]!, open)) continue;
          // Evidence shows the whole word a "refund*" term matched: "refunded", not "refund".
          const end = open ? wordEnd(text, matchEnd) : matchEnd;
          if (term.parts.length === 1) {
            singles.push({ term, start, end });
            continue;
          }
          let seen = partsSeen.get(use.term);
          if (!seen) partsSeen.set(use.term, (seen = term.parts.map(() => [])));
          seen[use.part]!.push({ start, end });
        }
      });
      const candidates = singles.concat(chainGappedTerms(text, terms, partsSeen, gapNegated));
      return dropContained(dropExcluded(candidates)).filter((hit) => !negated(text, hit));
    },
  };
}

/** A gapped term matches when its parts follow each other closely within one sentence. */
function chainGappedTerms(
  text: string,
  terms: Term[],
  partsSeen: Map<number, { start: number; end: number }[][]>,
  gapNegated: (gap: string) => boolean,
): Hit[] {
  const hits: Hit[] = [];
  for (const [index, occurrences] of partsSeen) {
    const term = terms[index]!;
    if (occurrences.some((o) => o.length === 0)) continue;
    const maxGap = term.latin ? MAX_GAP.latin : MAX_GAP.han;
    let lastEnd = -1;
    for (const first of occurrences[0]!) {
      if (first.start < lastEnd) continue; // one hit per stretch of text
      let end = first.end;
      let complete = true;
      for (let p = 1; p < occurrences.length && complete; p++) {
        const next = occurrences[p]!.find(
          (o) => {
            if (o.start < end || o.start - end > maxGap) return false;
            const gap = text.slice(end, o.start);
            return !SENTENCE_END.test(gap) && !gapNegated(gap);
          },
        );
        if (next) end = next.end;
        else complete = false;
      }
      if (complete) {
        hits.push({ term, start: first.start, end });
        lastEnd = end;
      }
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

function latinWords(text: string): string[] {
  return /[a-z]/.test(text) ? (text.match(/[a-z]+(?:'[a-z]+)?/g) ?? []) : [];
}

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  return end;
}

/** Up to `reach` characters before `at`, cut at the start of the clause `at` is in. */
function clauseBefore(text: string, at: number, reach: number): string {
  const from = Math.max(0, at - reach);
  let cut = from;
  for (let i = at - 1; i >= from; i--) {
    if (CLAUSE_PUNCTUATION.has(text.charCodeAt(i))) {
      cut = i + 1;
      break;
    }
  }
  let window = text.slice(cut, at);
  for (const c of HAN_CONJUNCTIONS) {
    const k = window.lastIndexOf(c);
    if (k >= 0) window = window.slice(k + c.length);
  }
  for (const c of LATIN_CONJUNCTIONS) {
    const k = window.lastIndexOf(c);
    const bounded = k >= 0 && !isWordCode(window.charCodeAt(k - 1)) && !isWordCode(window.charCodeAt(k + c.length));
    if (bounded) window = window.slice(k + c.length);
  }
  return window;
}
