// Finds every lexicon term in a normalised text in one pass (Aho-Corasick over all terms of all
// languages), then applies the rules a loop of `includes` could not: word boundaries, gapped
// terms, longest match within a kind, and negation.
import { AhoCorasick } from '@monyone/aho-corasick/fast';
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
const CLAUSE_END = /[.!?;:,。！？；：，、\n\r]|\bbut\b|\bhowever\b|\bthough\b|但是?|可是|不过|然而|却/g;
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
  const uses = new Map<string, { term: number; part: number }[]>();
  terms.forEach((term, t) =>
    term.parts.forEach((part, p) => {
      const list = uses.get(part) ?? [];
      list.push({ term: t, part: p });
      uses.set(part, list);
    }),
  );
  const automaton = new AhoCorasick([...uses.keys()]);

  const boundaryOk = (text: string, start: number, end: number, word: string, openEnd: boolean) =>
    (!isWordCode(word.charCodeAt(0)) || start === 0 || !isWordCode(text.charCodeAt(start - 1))) &&
    (openEnd || !isWordCode(word.charCodeAt(word.length - 1)) || end === text.length || !isWordCode(text.charCodeAt(end)));

  // Both families are asked for every term: "12315" written in a Chinese sentence is negated by
  // 不会, and a Chinese term in an English sentence by "not".
  const latinNegation = (words: string[]) => words.some((w) => negators.latin.has(w) || w.endsWith("n't"));
  const hanNegationEndsNear = (before: string) =>
    negators.han.some((n) => {
      const at = before.lastIndexOf(n);
      return at >= 0 && before.length - (at + n.length) <= HAN_NEGATION_REACH;
    });
  const negated = (text: string, hit: Hit): boolean =>
    latinNegation(latinWords(clauseBefore(text, hit.start, 48)).slice(-LATIN_NEGATION_WORDS)) ||
    hanNegationEndsNear(clauseBefore(text, hit.start, HAN_NEGATION_REACH + 6));
  /** "物流不慢" must not match 物流…慢: a negator inside the gap denies the part after it. */
  const gapNegated = (gap: string) => latinNegation(latinWords(gap)) || negators.han.some((n) => gap.includes(n));

  return {
    find(text) {
      const singles: Hit[] = [];
      const partsSeen = new Map<number, { start: number; end: number }[][]>();
      for (const m of automaton.matchInText(text)) {
        for (const use of uses.get(m.keyword) ?? []) {
          const term = terms[use.term]!;
          const last = use.part === term.parts.length - 1;
          const open = last && term.prefix;
          if (!boundaryOk(text, m.begin, m.end, m.keyword, open)) continue;
          // Evidence shows the whole word a "refund*" term matched: "refunded", not "refund".
          const end = open ? wordEnd(text, m.end) : m.end;
          if (term.parts.length === 1) {
            singles.push({ term, start: m.begin, end });
            continue;
          }
          let seen = partsSeen.get(use.term);
          if (!seen) partsSeen.set(use.term, (seen = term.parts.map(() => [])));
          seen[use.part]!.push({ start: m.begin, end });
        }
      }
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

function latinWords(text: string): string[] {
  return text.match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
}

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  return end;
}

/** Up to `reach` characters before `at`, cut at the start of the clause `at` is in. */
function clauseBefore(text: string, at: number, reach: number): string {
  const window = text.slice(Math.max(0, at - reach), at);
  let cut = 0;
  for (const m of window.matchAll(CLAUSE_END)) cut = m.index + m[0].length;
  return window.slice(cut);
}
