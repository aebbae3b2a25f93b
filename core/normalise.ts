// Matching reads the text normalised: Simplified, half-width, ASCII lower case, with exactly the same
// length as the original, so an offset found in it is the offset in what the customer wrote (UTF-16
// code units). The matcher reads the customer's text through the table (normalisedAt); the tone
// guard and the amounts read a normalised copy (normalise).
import { hanTables, type HanTables } from './hanTables.ts';

// What normalise and the script count read, built from the provided Han tables, and again should
// different ones be provided.
let derived: { from: HanTables; table: Uint16Array; script: Uint8Array } | undefined;

function derivedTables(): { table: Uint16Array; script: Uint8Array } {
  const tables = hanTables();
  if (derived?.from !== tables) derived = { from: tables, table: buildTable(tables), script: buildScript(tables) };
  return derived;
}

function buildTable({ traditional, simplified }: HanTables): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < t.length; c++) t[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20; // A–Z: only ASCII, whose case mapping keeps the length
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = t[c - 0xfee0]!; // full-width ASCII → half-width
  t[0x3000] = 0x20; // ideographic space
  t[0x2018] = t[0x2019] = t[0xff07] = 0x27; // ‘ ’ ＇ → '
  t[0x201c] = t[0x201d] = 0x22; // “ ” → "
  for (let i = 0; i < traditional.length; i++) t[traditional.charCodeAt(i)] = simplified.charCodeAt(i);
  return t;
}

const NON_ASCII = /[^\x00-\x7f]/;
const utf8 = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;
/** Texts up to this length isAscii reads itself. */
const SHORT = 32;
/** Where isAscii has the encoder write; longer texts are tested with the regex. */
const asciiTest = new Uint8Array(1 << 14);

/**
 * No character above U+007F: normalise's fast path and the language sample's need none. The
 * engine's UTF-8 encoder tells it ~4× faster than the regex (2 KB: ~0.35 against ~1.4 µs): a
 * character above U+007F takes two bytes or more, so it fills the buffer short of the end.
 */
export function isAscii(text: string): boolean {
  const n = text.length;
  // A short text (a lexicon term, a subject line) is read whole for less than a call of the
  // encoder costs: compiling the lexicons asked ~19,000 terms, ~10 ms in Chromium through the encoder.
  if (n <= SHORT) {
    for (let i = 0; i < n; i++) if (text.charCodeAt(i) >= 0x80) return false;
    return true;
  }
  // Where a text is not ASCII, it mostly shows at once (Chinese, with or without an English word
  // first), and the regex would stop there while the encoder goes on: a few characters are read first.
  for (let i = 0; i < n; i += (n >> 2) + 1) if (text.charCodeAt(i) >= 0x80) return false;
  if (n > 0 && text.charCodeAt(n - 1) >= 0x80) return false;
  if (utf8 === undefined || text.length > asciiTest.length) return !NON_ASCII.test(text);
  const { read, written } = utf8.encodeInto(text, asciiTest.subarray(0, text.length));
  return read === text.length && written === text.length;
}
/** Code units per String.fromCharCode call (engines cap the number of arguments). */
const CHUNK = 8192;
/** The scratch array is kept up to this size; a longer text gets its own. */
const MAX_SCRATCH = 1 << 16;
let scratch = new Uint16Array(1024);
// The mapped code units become a string through a UTF-16 decoder where the runtime has one (a
// standard of browsers and servers alike): ~4× faster than String.fromCharCode.apply, which first
// copies the array into an argument list (2 KB of Chinese ~3.9 → ~1 µs). Lone surrogates are
// already U+FFFD, so the decoder replaces nothing, and a leading U+FEFF is kept, not read as a BOM.
const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;

/** Traditional → Simplified, full-width → half-width, ASCII lower case; same length as `text`. */
export function normalise(text: string): string {
  const { table } = derivedTables();
  // On ASCII the table only lower-cases A–Z, which the engine's own toLowerCase does several
  // times faster than this loop (most English messages are ASCII throughout).
  if (isAscii(text)) return text.toLowerCase();
  // Mapped into a scratch array and made into one string at the end: built by += from slices,
  // the result was a rope of hundreds of pieces (one per Traditional character or full-width
  // comma), and every later read of it by the matcher paid for that.
  const n = text.length;
  const units = n <= scratch.length ? scratch : n <= MAX_SCRATCH ? (scratch = new Uint16Array(n)) : new Uint16Array(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const mapped = c >= 0xd800 && c <= 0xdfff ? surrogateAt(text, i) : table[c]!;
    units[i] = mapped;
    if (mapped !== c) changed = true;
  }
  if (!changed) return text;
  if (utf16 !== undefined) return utf16.decode(units.subarray(0, n));
  let out = '';
  for (let from = 0; from < n; from += CHUNK) out += String.fromCharCode.apply(null, units.subarray(from, Math.min(n, from + CHUNK)) as unknown as number[]);
  return out;
}

/** The unit normalise() writes for each code unit, surrogates aside (see normalisedAt). */
export function normalisationTable(): Uint16Array {
  return derivedTables().table;
}

/**
 * `normalise(text).charCodeAt(i)`, read from the text itself through `table` (normalisationTable()).
 * The matcher reads a complaint this way rather than from a normalised copy: making the copy was
 * ~4 µs of a 2 KB Chinese triage, and reading through the table costs the automaton nothing.
 */
export function normalisedAt(text: string, i: number, table: Uint16Array): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdfff ? surrogateAt(text, i) : table[c]!;
}

/**
 * The surrogate at `i` as normalise() writes it: kept when it is half of a pair (a character outside
 * the BMP), U+FFFD when it stands alone (still one code unit, so offsets hold).
 */
export function surrogateAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const other = c <= 0xdbff ? text.charCodeAt(i + 1) : i > 0 ? text.charCodeAt(i - 1) : 0;
  const paired = c <= 0xdbff ? other >= 0xdc00 && other <= 0xdfff : other >= 0xd800 && other <= 0xdbff;
  return paired ? c : 0xfffd;
}

// Per code unit: 1 a Traditional-only character, 2 a Simplified-only one, 0 neither. A table
// rather than two Sets: a Set lookup per character was most of the cost of language detection.
function buildScript({ traditional, simplified, sharedForms }: HanTables): Uint8Array {
  const shared = new Set(Array.from(sharedForms, (c) => c.charCodeAt(0)));
  const script = new Uint8Array(0x10000);
  for (const c of simplified) if (!shared.has(c.charCodeAt(0))) script[c.charCodeAt(0)] = SIMPLIFIED_MARKER;
  for (const c of traditional) script[c.charCodeAt(0)] = TRADITIONAL_MARKER;
  return script;
}

/** By code unit: TRADITIONAL_MARKER, SIMPLIFIED_MARKER or 0 (none below U+3400). */
export function scriptMarkers(): Uint8Array {
  return derivedTables().script;
}
export const TRADITIONAL_MARKER = 1;
export const SIMPLIFIED_MARKER = 2;

/** Counts characters that only one of the two Chinese scripts uses. */
export function countScriptMarkers(text: string): { traditional: number; simplified: number } {
  const script = scriptMarkers();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const marker = script[c];
    if (marker === TRADITIONAL_MARKER) traditional++;
    else if (marker === SIMPLIFIED_MARKER) simplified++;
  }
  return { traditional, simplified };
}
