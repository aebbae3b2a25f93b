// Aho-Corasick over UTF-16 code units, built for the triage budget (design.md §4: 50 µs per 2 KB
// complaint). The npm implementations we measured spend ~30 µs on a 2 KB text alone with our
// 3,500 keywords: they look every character up in a Map<string> and allocate a string per match.
// Here transitions live in typed arrays (a direct table at the root, where Chinese text has a
// thousand distinct first characters; one open-addressing hash table of (state, character) with
// the failure links already followed, so each character is one probe) and a match is three
// numbers in one flat list, not an object or a callback. A hash rather than per-state child lists:
// a state near the root has hundreds of children, and a list meant reading them all on a miss.
// English text takes a third path: every state whose path is all ASCII has a row of a dense table
// giving, for each ASCII character that occurs in a keyword, the state after it with the failure
// links already followed (the other ASCII characters lead to the root). Reading English is then one
// table read per character instead of a probe at each state of the failure chain, and a text that
// is ASCII throughout is read in four interleaved walks (see scanAscii).

import type { KeywordTables } from './matcherData.ts';
import { surrogateAt } from './normalise.ts';

export interface KeywordMatcher {
  /**
   * Every occurrence of every keyword, overlapping ones included, as a flat list of
   * (keyword index, start, end) triples in the order their ends are reached. Each code unit is read
   * as `fold`'s entry for it (by default, as itself; the matcher passes normalise.ts's table, to find
   * the keywords in the customer's text as written, without a normalised copy), and a surrogate
   * outside a pair as U+FFFD, as normalise() writes it.
   */
  scan(text: string, fold?: Uint16Array): number[];
  /** What it scans with; `denseStates`: how many states have a dense row, 0 when the keywords have too many all-ASCII beginnings. */
  readonly tables: KeywordTables;
}

export function buildKeywordMatcher(keywords: readonly string[]): KeywordMatcher {
  return keywordMatcher(buildKeywordTables(keywords));
}

export function buildKeywordTables(keywords: readonly string[]): KeywordTables {
  // 1. A trie in flat arrays, built once per lexicon: with a Map of children per state, building
  //    the automaton took ~160 ms in a fresh process (46,000 Maps to allocate and iterate; now
  //    ~75), and a sidebar app builds it between the host's answer and the first triage it paints
  //    (design.md §4: 300 ms).
  //    Edges are found through a hash table of (parent, character) while inserting; each state
  //    lists its children in the order they were added (first child, next sibling). The all-ASCII
  //    beginnings of the keywords go in first, so the states with an all-ASCII path, which get
  //    dense rows (step 3), are the first `asciiStates`; and each ASCII character on their edges
  //    gets a column of those rows.
  let capacity = 1;
  for (const keyword of keywords) capacity += keyword.length;
  const charOf = new Uint16Array(capacity); // the character on the edge into each state
  const firstChild = new Int32Array(capacity).fill(-1);
  const lastChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  let edgeBits = 1;
  while (1 << edgeBits < capacity * 2) edgeBits++;
  const edgeMask = (1 << edgeBits) - 1;
  const edgeParent = new Int32Array(edgeMask + 1).fill(-1);
  const edgeChar = new Uint16Array(edgeMask + 1);
  const edgeChild = new Int32Array(edgeMask + 1);
  let states = 1;
  /** The child of `state` on `c`, added when `add`; -1 when there is none and it is not to be added. */
  const child = (state: number, c: number, add: boolean): number => {
    let h = slotOf(state, c, 32 - edgeBits);
    for (; edgeParent[h] !== -1; h = (h + 1) & edgeMask) if (edgeParent[h] === state && edgeChar[h] === c) return edgeChild[h]!;
    if (!add) return -1;
    const next = states++;
    edgeParent[h] = state;
    edgeChar[h] = c;
    edgeChild[h] = next;
    charOf[next] = c;
    if (lastChild[state] === -1) firstChild[state] = next;
    else nextSibling[lastChild[state]!] = next;
    lastChild[state] = next;
    return next;
  };
  const insert = (keyword: string, length: number): number => {
    let state = 0;
    for (let i = 0; i < length; i++) state = child(state, keyword.charCodeAt(i), true);
    return state;
  };
  const classOf = new Uint8Array(0x80); // the column of each ASCII character; 0: back to the root
  let width = 1;
  for (const keyword of keywords) {
    let length = 0;
    for (; length < keyword.length && keyword.charCodeAt(length) < 0x80; length++) {
      const c = keyword.charCodeAt(length);
      if (classOf[c] === 0) classOf[c] = width++;
    }
    insert(keyword, length);
  }
  const asciiStates = states;
  // Each state's own keywords, in keyword order: a list through `nextOwn`, by keyword.
  const firstOwn = new Int32Array(capacity).fill(-1);
  const lastOwn = new Int32Array(capacity).fill(-1);
  const nextOwn = new Int32Array(keywords.length).fill(-1);
  const ownCount = new Int32Array(capacity);
  keywords.forEach((keyword, k) => {
    if (keyword === '') return;
    const state = insert(keyword, keyword.length);
    if (lastOwn[state] === -1) firstOwn[state] = k;
    else nextOwn[lastOwn[state]!] = k;
    lastOwn[state] = k;
    ownCount[state]!++;
  });

  const root = new Int32Array(0x10000); // 0 = stay at the root
  for (let next = firstChild[0]!; next !== -1; next = nextSibling[next]!) root[charOf[next]!] = next;
  const goto = (state: number, c: number): number => (state === 0 ? root[c]! : child(state, c, false));

  // 2. Failure links breadth first. A state's keywords are its own, then those of its failure
  //    state: counted on the way, then written in the same order, the failure state's first.
  const fail = new Int32Array(states);
  const outCount = new Int32Array(states);
  const queue = new Int32Array(states - 1);
  let tail = 0;
  for (let next = firstChild[0]!; next !== -1; next = nextSibling[next]!) {
    queue[tail++] = next;
    outCount[next] = ownCount[next]!;
  }
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    for (let next = firstChild[s]!; next !== -1; next = nextSibling[next]!) {
      const c = charOf[next]!;
      let f = fail[s]!;
      let target = goto(f, c);
      while (target === -1) {
        f = fail[f]!;
        target = goto(f, c);
      }
      fail[next] = target === next ? 0 : target;
      outCount[next] = ownCount[next]! + outCount[fail[next]!]!;
      queue[tail++] = next;
    }
  }
  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s]! + outCount[s]!;
  const outKeyword = new Int32Array(outStart[states]!);
  for (let q = 0; q < tail; q++) {
    const s = queue[q]!;
    let o = outStart[s]!;
    for (let k = firstOwn[s]!; k !== -1; k = nextOwn[k]!) outKeyword[o++] = k;
    outKeyword.copyWithin(o, outStart[fail[s]!]!, outStart[fail[s]! + 1]!);
  }
  const lengths = new Int32Array(keywords.length);
  keywords.forEach((keyword, k) => (lengths[k] = keyword.length));

  // 3. The dense rows of the states with an all-ASCII path, filled breadth first: a row is that of
  //    the state's failure state (shallower, so filled before) with the state's own edges written
  //    over it. Their targets have all-ASCII paths too. An entry is the target in 15 bits, with
  //    ENDS_KEYWORD set when a keyword ends there, so English text is read without a look at the
  //    output table per character. That fits any lexicon with fewer than 32,768 such states (ours
  //    has ~27,000: ~2.5 MB; ahoCorasick.test.ts watches the margin); a larger one scans on the
  //    hash table.
  const denseStates = asciiStates <= STATE_BITS ? asciiStates : 0;
  const dense = new Uint16Array(denseStates * width);
  for (let q = -1; q < tail; q++) {
    const s = q === -1 ? 0 : queue[q]!;
    if (s >= denseStates) continue;
    if (s !== 0) dense.copyWithin(s * width, fail[s]! * width, (fail[s]! + 1) * width);
    // A row copied from the failure state's has the flags already.
    for (let next = firstChild[s]!; next !== -1; next = nextSibling[next]!) {
      if (charOf[next]! < 0x80) dense[s * width + classOf[charOf[next]!]!] = outCount[next]! > 0 ? next | ENDS_KEYWORD : next;
    }
  }
  // 4. Every other step in one hash table keyed by (state, character), with the failure links
  //    already followed: the next state is one probe away, where following the links took a probe
  //    at each state of the chain (Chinese text: ~1.7 a character; 2 KB scanned alone 10 → 7 µs,
  //    a whole triage ~1 µs less). For a state s and a character c the table holds the child on c
  //    of the first state of s's chain (s, its failure state, that one's, …) that has one, but only
  //    where the answer is not read elsewhere: above U+007F, the root's table answers once the
  //    chain reaches the root; for ASCII at a state without a dense row, the dense row of the first
  //    state of its chain that has one (its anchor; states with an all-ASCII path have dense rows,
  //    and so do their failure states). State 0 is never a key, so it marks an empty slot. Linear
  //    probing, at most half full.
  const hasRow = (s: number) => s < denseStates;
  // Per state, its anchor and a 32-bit mask of the characters it has entries for (bit c & 31), side
  // by side: on Chinese text most states have none for the next character, and the mask says so
  // for most of them without a probe, in the cache line the anchor is in.
  const links = new Int32Array(2 * states);
  let bound = 0; // entries at most: the children along each state's chain, counted twice if shared
  const chainSize = new Int32Array(states);
  for (let q = 0; q < tail; q++) {
    const s = queue[q]!;
    const f = fail[s]!;
    links[2 * s] = hasRow(s) ? s : f === 0 || hasRow(f) ? f : links[2 * f]!;
    let own = 0;
    for (let next = firstChild[s]!; next !== -1; next = nextSibling[next]!) if (charOf[next]! >= 0x80 || !hasRow(s)) own++;
    chainSize[s] = own + chainSize[f]!;
    bound += chainSize[s]!;
  }
  let bits = 1;
  while (1 << bits < bound * 2) bits++;
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  const stepState = new Int32Array(mask + 1);
  const stepChar = new Uint16Array(mask + 1);
  const stepTarget = new Int32Array(mask + 1);
  for (let s = 1; s < states; s++) {
    if (chainSize[s] === 0) continue; // most English states: no entry to look for along the chain
    for (let t = s; t !== 0; t = fail[t]!) {
      for (let next = firstChild[t]!; next !== -1; next = nextSibling[next]!) {
        const c = charOf[next]!;
        if (c < 0x80 && hasRow(t)) continue;
        let h = slotOf(s, c, shift);
        while (stepState[h] !== 0 && (stepState[h] !== s || stepChar[h] !== c)) h = (h + 1) & mask;
        if (stepState[h] !== 0) continue; // a state earlier in the chain has it
        stepState[h] = s;
        stepChar[h] = c;
        stepTarget[h] = next;
        links[2 * s + 1] = links[2 * s + 1]! | (1 << (c & 31));
      }
    }
  }
  /** The most characters of an all-ASCII state's path: an ASCII walk started from the root this far back is in step. */
  let asciiDepth = 0;
  for (const keyword of keywords) {
    let d = 0;
    while (d < keyword.length && keyword.charCodeAt(d) < 0x80) d++;
    asciiDepth = Math.max(asciiDepth, d);
  }
  return { root, stepState, stepChar, stepTarget, links, dense, classOf, width, denseStates, asciiDepth, outStart, outKeyword, lengths };
}

/** Scans with tables built by buildKeywordTables, here or before (read back from storage). */
export function keywordMatcher(tables: KeywordTables): KeywordMatcher {
  const { root, stepState, stepChar, stepTarget, links, dense, classOf, width, denseStates, asciiDepth, outStart, outKeyword, lengths } = tables;
  const mask = stepState.length - 1;
  const shift = Math.clz32(mask);

  // A scan notes each (position, state) where keywords end in a scratch list, then writes their
  // keywords into one array of the exact size: pushed as they were met, the array was copied each
  // time it grew, and that cost as much as the walks (2 KB of English: ~10 → ~7 µs).
  /** How many numbers the keywords ending at the notes ends[from, to) take as triples. */
  const outputCount = (ends: Int32Array, from: number, to: number): number => {
    let count = 0;
    for (let x = from; x < to; x += 2) count += outStart[ends[x + 1]! + 1]! - outStart[ends[x + 1]!]!;
    return 3 * count;
  };
  /** Writes the keywords ending at the notes ends[from, to) into found from f; returns the next f. */
  const writeOutputs = (found: number[], f: number, ends: Int32Array, from: number, to: number): number => {
    for (let x = from; x < to; x += 2) {
      const end = ends[x]! + 1;
      const state = ends[x + 1]!;
      for (let o = outStart[state]!, last = outStart[state + 1]!; o < last; o++) {
        const k = outKeyword[o]!;
        found[f++] = k;
        found[f++] = end - lengths[k]!;
        found[f++] = end;
      }
    }
    return f;
  };
  // Text that is ASCII throughout, read as bytes, in four walks over its four quarters advanced
  // together. Each step of a walk waits on the table read of the step before, out of cache for
  // the most part: four independent walks overlap those waits (2 KB of English ~14 → ~10 µs). A
  // walk starts from the root asciiDepth characters before its quarter, so that it arrives in the
  // state one walk through the whole text would have, and notes ends only inside its quarter, in
  // its own part of the scratch list (at most one end a character), so they stay in text order.
  const scanAscii = (bytes: Uint8Array, n: number, classes: Uint8Array): number[] => {
    const rows = dense, rowWidth = width, depth = asciiDepth;
    const length = Math.ceil((n + 3 * depth) / 4);
    const q1 = length, q2 = q1 + length - depth, q3 = q2 + length - depth;
    const ends = endScratch(8 * length);
    const r1 = 2 * length, r2 = 2 * r1, r3 = 3 * r1;
    let e0 = 0, e1 = r1, e2 = r2, e3 = r3;
    let a = 0, b = 0, c = 0, d = 0;
    for (let i = 0, j = q1 - depth, k = q2 - depth, l = q3 - depth; i < q1; i++, j++, k++, l++) {
      a = rows[(a & STATE_BITS) * rowWidth + classes[bytes[i]!]!]!;
      b = rows[(b & STATE_BITS) * rowWidth + classes[bytes[j]!]!]!;
      c = rows[(c & STATE_BITS) * rowWidth + classes[bytes[k]!]!]!;
      if (a >= ENDS_KEYWORD) {
        ends[e0++] = i;
        ends[e0++] = a & STATE_BITS;
      }
      if (b >= ENDS_KEYWORD && j >= q1) {
        ends[e1++] = j;
        ends[e1++] = b & STATE_BITS;
      }
      if (c >= ENDS_KEYWORD && k >= q2) {
        ends[e2++] = k;
        ends[e2++] = c & STATE_BITS;
      }
      if (l >= n) continue; // the last quarter may be a few characters shorter
      d = rows[(d & STATE_BITS) * rowWidth + classes[bytes[l]!]!]!;
      if (d >= ENDS_KEYWORD && l >= q3) {
        ends[e3++] = l;
        ends[e3++] = d & STATE_BITS;
      }
    }
    const found: number[] = new Array(outputCount(ends, 0, e0) + outputCount(ends, r1, e1) + outputCount(ends, r2, e2) + outputCount(ends, r3, e3));
    writeOutputs(found, writeOutputs(found, writeOutputs(found, writeOutputs(found, 0, ends, 0, e0), ends, r1, e1), ends, r2, e2), ends, r3, e3);
    return found;
  };

  // The columns of ASCII characters as a fold reads them (A–Z as a–z), worked out again for another
  // fold; undefined when it reads one as a character above U+007F, which has no column.
  let classesFoldedBy: Uint16Array | undefined;
  let foldedClasses: Uint8Array | undefined;
  const asciiClasses = (fold: Uint16Array): Uint8Array | undefined => {
    if (fold !== classesFoldedBy) {
      classesFoldedBy = fold;
      foldedClasses = new Uint8Array(0x80);
      for (let c = 0; c < 0x80; c++) {
        if (fold[c]! >= 0x80) {
          foldedClasses = undefined;
          break;
        }
        foldedClasses[c] = classOf[fold[c]!]!;
      }
    }
    return foldedClasses;
  };

  return {
    tables,
    scan(text, fold = identity()) {
      // Four walks pay once each quarter is several times as long as their start before it.
      // Chinese text is told by its first character, before the encoder is asked.
      const folded = asciiClasses(fold);
      if (denseStates > 0 && folded !== undefined && text.length >= 8 * asciiDepth && text.charCodeAt(0) < 0x80 && utf8 !== undefined) {
        const n = text.length;
        const bytes = n <= asciiBytes.length ? asciiBytes : n <= MAX_SCRATCH ? (asciiBytes = new Uint8Array(n)) : new Uint8Array(n);
        // A character above U+007F takes two bytes or more: the encoder fills the n bytes short of the end.
        const { read, written } = utf8.encodeInto(text, bytes.subarray(0, n));
        if (read === n && written === n) return scanAscii(bytes, n, folded);
      }
      // The tables as locals and the edge lookup written out: read through the closure, every
      // access reloads them, which made the loop a quarter slower.
      const rootEdges = root, keys = stepState, chars = stepChar, targets = stepTarget, stateLinks = links;
      const denseEdges = dense, classes = classOf, denseCount = denseStates, rowWidth = width;
      const outFrom = outStart;
      const ends = endScratch(2 * text.length);
      let e = 0;
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        // normalisedAt(text, i, fold) written out: the call cost ~0.3 µs on 2 KB of Chinese.
        let c = text.charCodeAt(i);
        c = c >= 0xd800 && c <= 0xdfff ? surrogateAt(text, i) : fold[c]!;
        if (c < 0x80 && state < denseCount) state = denseEdges[state * rowWidth + classes[c]!]! & STATE_BITS;
        else {
          let next = -1;
          if ((stateLinks[2 * state + 1]! & (1 << (c & 31))) !== 0) {
            for (let h = slotOf(state, c, shift); ; h = (h + 1) & mask) {
              const key = keys[h]!;
              if (key === 0) break;
              if (key === state && chars[h] === c) {
                next = targets[h]!;
                break;
              }
            }
          }
          if (next === -1) {
            const anchor = stateLinks[2 * state]!;
            next = c >= 0x80 || anchor === 0 ? rootEdges[c]! : denseEdges[anchor * rowWidth + classes[c]!]! & STATE_BITS;
          }
          state = next;
        }
        if (outFrom[state + 1]! > outFrom[state]!) {
          ends[e++] = i;
          ends[e++] = state;
        }
      }
      const found: number[] = new Array(outputCount(ends, 0, e));
      writeOutputs(found, 0, ends, 0, e);
      return found;
    },
  };
}

const STATE_BITS = 0x7fff;
const ENDS_KEYWORD = 0x8000;
const utf8 = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;
/** Scratch for the bytes of ASCII texts, kept between calls up to MAX_SCRATCH; a longer text gets its own. */
let asciiBytes = new Uint8Array(4096);
const MAX_SCRATCH = 1 << 16;
/** Scratch for a scan's (position, state) notes, kept between calls for texts up to MAX_SCRATCH. */
let notes = new Int32Array(1 << 13);

let identityTable: Uint16Array | undefined;
/** The fold that reads every code unit as itself. */
function identity(): Uint16Array {
  if (identityTable === undefined) {
    identityTable = new Uint16Array(0x10000);
    for (let c = 0; c < identityTable.length; c++) identityTable[c] = c;
  }
  return identityTable;
}

/** A scratch list of at least `size` numbers. */
function endScratch(size: number): Int32Array {
  if (size <= notes.length) return notes;
  const list = new Int32Array(size);
  if (size <= 4 * MAX_SCRATCH) notes = list;
  return list;
}

/** The first slot to probe for the edge of `state` on `c`, in a table of 2^(32 - shift) slots. */
function slotOf(state: number, c: number, shift: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> shift;
}
