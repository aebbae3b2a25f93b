// A compiled lexicon as data: what compileMatcherData builds and matcherFrom scans with. Typed
// arrays, a few strings and numbers, no object per term or keyword, so a sidebar can keep it in
// the browser's storage (structured clone) and have its matcher back in a few milliseconds instead
// of compiling the lexicons again (~200 ms in Chromium; design.md §4: the first triage of an open
// is painted within 300 ms). Lists by keyword or by term are flat: entity i's stretch starts at
// `…Start[i]` and ends where entity i + 1's starts.
//
// The schema is for data read back from storage: it checks the types, that the lengths agree with
// one another, and that the scan's hash probes stop, which is cheap. It does not read 7 MB of
// indices to check each is in range; the data was written by the same build (the cache keys it by
// the build) and stays in this browser.
import { CategoryId, RiskId } from './model.ts';
import * as z from './zod.ts';

const ints = z.instanceof(Int32Array);
const bytes = z.instanceof(Uint8Array);
const shorts = z.instanceof(Uint16Array);
const count = z.number().check(z.int(), z.nonnegative());

export const Target = z.union([
  z.object({ kind: z.literal('category'), id: CategoryId }),
  z.object({ kind: z.literal('risk'), id: RiskId }),
  z.object({ kind: z.literal('emotion') }),
  /** A phrase that is not a complaint: it cancels every match inside it, then goes. */
  z.object({ kind: z.literal('exclusion') }),
]);
export type Target = z.infer<typeof Target>;

/** The Aho-Corasick automaton over the keywords (ahoCorasick.ts). */
export const KeywordTables = z
  .object({
    /** By character, the root's child (0: none). */
    root: ints,
    /** The hash table of steps with the failure links followed: key state, key character, target. */
    stepState: ints,
    stepChar: shorts,
    stepTarget: ints,
    /** By state: its anchor, then the mask of the characters it has steps for. */
    links: ints,
    /** The dense rows, `width` entries each, of the first `denseStates` states. */
    dense: shorts,
    /** By ASCII character, its column in the dense rows. */
    classOf: bytes,
    width: count,
    denseStates: count,
    /** The most characters of an all-ASCII state's path. */
    asciiDepth: count,
    /** By state, where its keywords start in outKeyword. */
    outStart: ints,
    outKeyword: ints,
    /** By keyword, its length. */
    lengths: ints,
  })
  .check(
    z.refine((t) => {
      const states = t.links.length / 2;
      const slots = t.stepState.length;
      return (
        t.root.length === 0x10000 &&
        t.classOf.length === 0x80 &&
        slots > 0 &&
        (slots & (slots - 1)) === 0 &&
        // A probe of the hash table stops at an empty slot: a table without one would never stop.
        t.stepState.indexOf(0) !== -1 &&
        t.stepChar.length === slots &&
        t.stepTarget.length === slots &&
        Number.isInteger(states) &&
        t.outStart.length === states + 1 &&
        t.outKeyword.length === t.outStart[states] &&
        t.denseStates <= states &&
        t.dense.length === t.denseStates * t.width
      );
    }, 'the automaton\'s tables do not fit together'),
  );
export type KeywordTables = z.infer<typeof KeywordTables>;

export const MatcherData = z
  .object({
    /** The terms' sources one after another, term t ending at sourceEnds[t]. */
    sources: z.string(),
    sourceEnds: ints,
    /** By term. */
    weights: z.instanceof(Float64Array),
    /** By term: PREFIX | LATIN (matcher.ts). */
    termFlags: bytes,
    /** By term, its target's index in `targets`. */
    targetOf: shorts,
    targets: z.array(Target),
    /** By term: the index in matcher.ts's KINDS of its target's kind. */
    kinds: bytes,
    /** By term: the keyword of each of its parts. */
    partStart: ints,
    partKeyword: ints,
    /** By keyword: NEGATOR | SINGLE_USE | IN_GAPPED (matcher.ts). */
    roles: bytes,
    /** By keyword: the one-part terms it is, and whether each may end inside a word ("refund*"). */
    singleStart: ints,
    singleTerm: ints,
    singleOpen: bytes,
    /** By keyword: the gapped terms it is the anchor of, each as (term, n, the n other keywords of its parts). */
    anchoredStart: ints,
    anchored: ints,
    /** By keyword: whether it starts (ends) with a word character, so needs a word boundary there. */
    boundedStart: bytes,
    boundedEnd: bytes,
    /** The negators, normalised. */
    latinNegators: z.array(z.string()),
    hanNegators: z.array(z.string()),
    automaton: KeywordTables,
  })
  .check(
    z.refine((d) => {
      const terms = d.sourceEnds.length;
      const keywords = d.roles.length;
      return (
        (terms === 0 ? d.sources.length === 0 : d.sourceEnds[terms - 1] === d.sources.length) &&
        [d.weights, d.termFlags, d.targetOf, d.kinds].every((list) => list.length === terms) &&
        d.partStart.length === terms + 1 &&
        d.partKeyword.length === d.partStart[terms] &&
        [d.boundedStart, d.boundedEnd, d.automaton.lengths].every((list) => list.length === keywords) &&
        d.singleStart.length === keywords + 1 &&
        d.singleTerm.length === d.singleStart[keywords] &&
        d.singleOpen.length === d.singleTerm.length &&
        d.anchoredStart.length === keywords + 1 &&
        d.anchored.length === d.anchoredStart[keywords]
      );
    }, 'the lists by term and by keyword do not fit together'),
  );
export type MatcherData = z.infer<typeof MatcherData>;
