// Tells English, Simplified and Traditional Chinese apart, even on a few characters. General
// language-ID libraries return "und" on short Chinese and cannot tell the two scripts apart
// (domain/anchors.md §4), so we count scripts ourselves.
import type { Language } from './model.ts';
import { SIMPLIFIED_MARKER, TRADITIONAL_MARKER, isAscii, scriptMarkers } from './normalise.ts';

// Words that are frequent in English complaints and rare in other Latin-script languages.
const ENGLISH = new Set(
  ('the is are was were be been my your our i it its and to of you this that have has had not for with ' +
    'where what when why how who still never just but did didn\'t don\'t doesn\'t can can\'t will won\'t would ' +
    'from at they we me he she order orders refund package parcel item items received arrived delivered ' +
    'please hi hello thanks thank get got want need ordered bought paid money back any yet again ' +
    'wrong broken damaged missing late sent since days weeks today there here one all').split(' '),
);
// Frequent words of the Latin-script languages most likely to reach an English-speaking shop.
const OTHER_LATIN = new Set(
  ('el la los las de del que y en un una por para con mi pedido no es está muy ' + // es
    'le les des et est une pour avec mon ma ne pas je commande colis très ' + // fr
    'der die das und ist ich nicht mein meine bestellung mit ein eine paket noch ' + // de
    'o os um uma meu minha não com pedido encomenda ' + // pt
    'il di che non sono ordine ' + // it
    'dan yang saya tidak sudah belum pesanan barang ' + // id/ms
    'het een niet ik mijn bestelling').split(' '),
);

// Scripts are counted in one pass over the sample (see countScripts) rather than with one regex
// each: matching allocated a string per Chinese character, most of the cost on Chinese text.
//   han     [\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff], or a surrogate pair [\ud840-\ud87f][\udc00-\udfff]
//   kana    [\u3040-\u30ff]
//   hangul  [\uac00-\ud7af\u1100-\u11ff]
//   other   Cyrillic, Hebrew, Arabic, Thai, Devanagari: [\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u0900-\u097f]
// Latin words are read as /[a-zà-öø-ÿ]+(?:'[a-z]+)?/gi would read them, in one pass over the code
// units that looks each word up where it stands (see readLatinWords): matching built a string per
// word, and lower-casing another, most of the cost on English text.
const LATIN_WORD_LETTER = /[a-zà-öø-ÿ]/i;
const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
// Order numbers, tracking codes, links and addresses say nothing about the language.
const LINK = /https?:\/\/[^\s]+/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const CODE = /#?\b[a-z]*\d[\w-]*/gi;
const DIGIT = /\d/;
/** The opening of a message tells its language; a 1 MB body need not be read to the end. */
const SAMPLE = 800;

interface ScriptCounts {
  /** Code units from U+0400 on: no Latin letter is one, so there are at most length - wide words. */
  wide: number;
  han: number;
  kana: number;
  hangul: number;
  other: number;
  /** Characters only Traditional Chinese writes, and only Simplified: counted in the same pass. */
  traditional: number;
  simplified: number;
}

// What each code unit counts as, in one table: its script group and its Chinese script marker,
// as 1 + 3 × group + marker (0: below U+0400, counted as nothing). One read and one increment a
// character in place of range tests and a marker lookup (detection on 2 KB of Chinese 4.3 → 4.0 µs).
const WIDE = 0; // from U+0400, in none of the groups below
const HAN = 1;
const KANA = 2;
const HANGUL = 3;
const OTHER = 4;
/** [\ud840-\ud87f]: a Han character outside the BMP when a trail surrogate follows. */
const HAN_LEAD = 5;
const GROUPS = 6;
const classOf = (group: number, marker: number) => 1 + 3 * group + marker;
const FIRST_LEAD_CLASS = classOf(HAN_LEAD, 0);

function groupOf(c: number): number {
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return HAN;
  if (c >= 0xd840 && c <= 0xd87f) return HAN_LEAD;
  if (c >= 0x3040 && c <= 0x30ff) return KANA;
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) return HANGUL;
  if (c <= 0x6ff ? c <= 0x4ff || c >= 0x590 : (c >= 0xe00 && c <= 0xe7f) || (c >= 0x900 && c <= 0x97f)) return OTHER;
  return WIDE;
}

// Built from the script markers, and again should other Han tables be provided.
let classes: { from: Uint8Array; table: Uint8Array } | undefined;
function classTable(): Uint8Array {
  const script = scriptMarkers();
  if (classes?.from !== script) {
    const table = new Uint8Array(0x10000);
    for (let c = 0x400; c < 0x10000; c++) table[c] = classOf(groupOf(c), c >= 0x3400 ? script[c]! : 0);
    classes = { from: script, table };
  }
  return classes.table;
}
/** Scratch for countScripts: how many code units of each class. */
const tally = new Int32Array(1 + 3 * GROUPS);

/** The scripts of text[0, end). */
function countScripts(text: string, end: number): ScriptCounts {
  const table = classTable();
  tally.fill(0);
  let hanPairs = 0;
  for (let i = 0; i < end; i++) {
    const k = table[text.charCodeAt(i)]!;
    tally[k]!++;
    if (k >= FIRST_LEAD_CLASS) {
      const d = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) hanPairs++;
    }
  }
  const group = (g: number) => tally[classOf(g, 0)]! + tally[classOf(g, TRADITIONAL_MARKER)]! + tally[classOf(g, SIMPLIFIED_MARKER)]!;
  const counts: ScriptCounts = { wide: 0, han: group(HAN) + hanPairs, kana: group(KANA), hangul: group(HANGUL), other: group(OTHER), traditional: 0, simplified: 0 };
  for (let g = 0; g < GROUPS; g++) {
    counts.wide += group(g);
    counts.traditional += tally[classOf(g, TRADITIONAL_MARKER)]!;
    counts.simplified += tally[classOf(g, SIMPLIFIED_MARKER)]!;
  }
  return counts;
}
const NO_SCRIPTS: Readonly<ScriptCounts> = { wide: 0, han: 0, kana: 0, hangul: 0, other: 0, traditional: 0, simplified: 0 };

// The words are read from an array of code units, not through charCodeAt, which here cost ~2 ns a
// character (each call checks again how the string is stored) against ~0.5 for an array read.
// ASCII text, most English mail, gets there through the engine's own UTF-8 encoder.
const units = new Uint16Array(SAMPLE);
const asciiBytes = new Uint8Array(SAMPLE);
const utf8 = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;

/** Copies `text` (at most SAMPLE code units) into `units`. */
function readUnits(text: string, ascii: boolean): void {
  if (ascii && utf8 !== undefined) {
    utf8.encodeInto(text, asciiBytes);
    units.set(asciiBytes.subarray(0, text.length));
  } else {
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  }
}

export function detectLanguage(fullText: string): Language {
  const end = Math.min(fullText.length, SAMPLE);
  const text = fullText.slice(0, end);
  const ascii = isAscii(text);
  // The scripts are read from the text itself: Chinese mail often needs nothing more.
  const counts = ascii ? NO_SCRIPTS : countScripts(fullText, end);
  const { wide, han, kana, hangul, other: otherLetters } = counts;
  if (kana > 0 && kana * 5 >= han) return 'other'; // Japanese mixes kana into kanji
  if (hangul > han) return 'other';
  // Chinese by the test below without reading the words, when they could not be as many as the
  // Han characters: each word has a letter below U+0400.
  if (han > 0 && han >= end - wide) return chineseScript(counts);
  let clean = DIGIT.test(text) ? text.replace(CODE, ' ') : text; // a code has a digit
  if (clean.includes('://')) clean = clean.replace(LINK, ' ');
  if (clean.includes('@')) clean = clean.replace(EMAIL, ' ');
  readUnits(clean, ascii);
  const words = readLatinWords(clean.length, ascii);
  if (words === ENGLISH_SETTLED) return 'en';
  // A Chinese sentence with an English product name ("我的AirPods Pro坏了") is Chinese.
  if (han > 0 && han >= words) return chineseScript(counts);
  if (otherLetters > words) return 'other';
  let english = 0;
  let other = 0;
  for (let w = 0; w < words; w++) {
    // Once the words left could not make up the lead, the answer is English.
    if (english > other + words - w) return 'en';
    if (wordKinds[w] === ENGLISH_WORD) english++;
    else if (wordKinds[w] === OTHER_LATIN_WORD) other++;
  }
  if (english > other) return 'en';
  return han > 0 ? chineseScript(counts) : 'other';
}

// ENGLISH and OTHER_LATIN as one trie over lower-cased letters and the apostrophe, walked while a
// word is read: where the word ends, its state says which list it is in. A hash of the word and a
// comparison with the listed word at its end cost twice as much on English text.
const ENGLISH_WORD = 1;
const OTHER_LATIN_WORD = 2;
/** The column of each lower-cased letter (or ') that some listed word has, from 2; 1: none has it. */
const WORD_COLUMN = new Uint8Array(0x180).fill(1);
let wordColumns = 2;
for (const word of [...ENGLISH, ...OTHER_LATIN]) {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (WORD_COLUMN[c] === 1) WORD_COLUMN[c] = wordColumns++;
  }
}
/**
 * Per code unit: 0 if LATIN_WORD_LETTER does not match it, else the column of its lower case. One
 * read per character where a lower-case table and then the column were two, one waiting on the
 * other. None from U+0180 on matches; the table still spans them all, as a bounds test per
 * character cost a third of the read.
 */
const LETTER_COLUMN = new Uint8Array(0x10000);
for (let c = 0; c < 0x180; c++) {
  const letter = String.fromCharCode(c);
  if (!LATIN_WORD_LETTER.test(letter)) continue;
  const lower = letter.toLowerCase().charCodeAt(0);
  if (lower >= WORD_COLUMN.length) throw new Error('a Latin letter lower-cases past the word columns');
  LETTER_COLUMN[c] = WORD_COLUMN[lower]!;
}
/** State 0 is no listed word's beginning, and stays so; a word's walk starts at WORD_ROOT. */
const WORD_ROOT = 1;
const wordChildren: Map<number, number>[] = [new Map(), new Map()];
const wordKindOf: number[] = [0, 0];
for (const [words, kind] of [[ENGLISH, ENGLISH_WORD], [OTHER_LATIN, OTHER_LATIN_WORD]] as const) {
  for (const word of words) {
    let state = WORD_ROOT;
    for (let i = 0; i < word.length; i++) {
      const column = WORD_COLUMN[word.charCodeAt(i)]!;
      let next = wordChildren[state]!.get(column);
      if (next === undefined) {
        wordChildren[state]!.set(column, (next = wordChildren.length));
        wordChildren.push(new Map());
        wordKindOf.push(0);
      }
      state = next;
    }
    if (wordKindOf[state] === 0) wordKindOf[state] = kind; // in both lists: English, as ENGLISH comes first
  }
}
/** By state and column, the next state (0 from state 0 and in column 1; column 0 is never read). */
const WORD_TRIE = new Uint16Array(wordChildren.length * wordColumns);
wordChildren.forEach((children, state) => children.forEach((next, column) => (WORD_TRIE[state * wordColumns + column] = next)));
const WORD_KIND = Uint8Array.from(wordKindOf);
const APOSTROPHE_COLUMN = WORD_COLUMN[0x27]!;

/** The kind of each word readLatinWords read, kept between calls; a sample has at most SAMPLE / 2. */
const wordKinds = new Uint8Array(SAMPLE);

/** What readLatinWords returns once English has won whatever the words it has not read. */
const ENGLISH_SETTLED = -1;

/**
 * Reads the Latin words of units[0, end) into wordKinds; returns how many. With `settle` (an ASCII
 * sample: no script but Latin, so only the vote of the words is left), it stops with ENGLISH_SETTLED
 * once the English words lead by more than the words left could have: after a word, the rest of an
 * ASCII text starts with a character that is no letter, so it holds at most half its length in words.
 */
function readLatinWords(end: number, settle: boolean): number {
  let count = 0;
  let english = 0;
  let other = 0;
  for (let i = 0; i < end; ) {
    let column = LETTER_COLUMN[units[i]!]!;
    if (column === 0) {
      i++;
      continue;
    }
    let state = WORD_ROOT;
    do {
      state = WORD_TRIE[state * wordColumns + column]!;
      column = ++i < end ? LETTER_COLUMN[units[i]!]! : 0;
    } while (column !== 0);
    // "don't": an apostrophe followed by ASCII letters continues the word.
    if (i + 1 < end && units[i] === 0x27 && isAsciiLetter(units[i + 1]!)) {
      state = WORD_TRIE[state * wordColumns + APOSTROPHE_COLUMN]!;
      while (++i < end && isAsciiLetter(units[i]!)) state = WORD_TRIE[state * wordColumns + LETTER_COLUMN[units[i]!]!]!;
    }
    const kind = WORD_KIND[state]!;
    wordKinds[count++] = kind;
    if (!settle) continue;
    if (kind === ENGLISH_WORD) english++;
    else if (kind === OTHER_LATIN_WORD) other++;
    if (english > other + ((end - i) >> 1)) return ENGLISH_SETTLED;
  }
  return count;
}

/**
 * Shared characters are the majority of any Chinese text; only the script-specific ones decide
 * (counted with the scripts, as countScriptMarkers would: reading the sample again cost ~2 µs).
 */
function chineseScript({ traditional, simplified }: ScriptCounts): Language {
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}
