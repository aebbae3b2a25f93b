// Yields the items of one array inside a JSON document (the root array, or the array under a key of
// the root object) as raw text, one at a time, without parsing the document: a Zendesk or Freshdesk
// export of a year of tickets is larger than the memory budget (design.md §4), one ticket never is.
// Bytes are scanned, not characters: '"', '\\' and the brackets never occur inside a multi-byte
// UTF-8 sequence, so the structure is found without decoding, and each item is decoded on its own.
export type JsonItem = { key: string | null; index: number; text: string } | { key: string | null; index: number; error: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * `keys`: the root object's keys whose arrays to read; null among them (or instead of them) reads a
 * root array. An item over
 * `maxBytes` becomes an error item and is never held whole.
 */
export async function* jsonArrayItems(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  keys: readonly (string | null)[] | null,
  maxBytes: number,
): AsyncGenerator<JsonItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let depth = 0;
  let inString = false;
  let escaped = false;
  let root: 'object' | 'array' | undefined;
  let rootClosed = false;
  // Root object bookkeeping: the key being read, the last key, whether a key comes next.
  let expectKey = false;
  let keyParts: Buffer[] | undefined;
  let currentKey: string | null = null;
  // Inside a wanted array: the depth inside it, and the item being captured.
  let target = -1;
  let targetKey: string | null = null;
  let index = 0;
  let capturing: 'container' | 'scalar' | undefined;
  let parts: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  let captureStart = 0;

  const begin = (kind: 'container' | 'scalar', at: number) => {
    capturing = kind;
    parts = [];
    size = 0;
    tooBig = false;
    captureStart = at;
  };
  const keep = (piece: Buffer) => {
    if (tooBig || piece.length === 0) return;
    size += piece.length;
    if (size > maxBytes) {
      tooBig = true;
      parts = [];
    } else parts.push(piece);
  };
  const end = (buffer: Buffer, stop: number): JsonItem => {
    keep(buffer.subarray(captureStart, stop));
    capturing = undefined;
    const at = index++;
    if (tooBig) return { key: targetKey, index: at, error: `item is over the ${maxBytes / (1024 * 1024)} MB limit` };
    try {
      return { key: targetKey, index: at, text: decoder.decode(Buffer.concat(parts, size)) };
    } catch {
      return { key: targetKey, index: at, error: 'item is not valid UTF-8' };
    } finally {
      parts = [];
    }
  };

  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    captureStart = 0;
    for (let i = 0; i < buffer.length; i++) {
      const b = buffer[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (b === BACKSLASH) escaped = true;
        else if (b === QUOTE) {
          inString = false;
          if (keyParts) {
            keyParts.push(buffer.subarray(captureStart, i));
            currentKey = Buffer.concat(keyParts).toString('utf8');
            keyParts = undefined;
          }
        }
        continue;
      }
      if (isSpace(b)) {
        if (capturing === 'scalar' && depth === target) yield end(buffer, i);
        continue;
      }
      if (depth === 0 && (rootClosed || (b !== LBRACE && b !== LBRACKET))) {
        yield { key: null, index, error: rootClosed ? 'text after the end of the JSON document' : 'not a JSON document' };
        return;
      }
      const atItemStart = depth === target && capturing === undefined;
      switch (b) {
        case QUOTE:
          inString = true;
          if (depth === 1 && root === 'object' && expectKey) {
            keyParts = [];
            captureStart = i + 1;
          } else if (atItemStart) begin('scalar', i);
          break;
        case LBRACE:
        case LBRACKET:
          if (depth === 0) {
            root = b === LBRACE ? 'object' : 'array';
            if (root === 'array' && (keys === null || keys.includes(null))) {
              target = 1;
              targetKey = null;
            }
          } else if (atItemStart) begin('container', i);
          else if (depth === 1 && root === 'object' && b === LBRACKET && currentKey !== null && keys?.includes(currentKey)) {
            target = 2;
            targetKey = currentKey;
            index = 0;
          }
          depth++;
          if (depth === 1 && root === 'object') expectKey = true;
          break;
        case RBRACE:
        case RBRACKET:
          if (capturing === 'scalar' && depth === target) yield end(buffer, i);
          depth--;
          if (capturing === 'container' && depth === target) yield end(buffer, i + 1);
          if (target !== -1 && depth < target) target = -1;
          if (depth === 0) rootClosed = true;
          if (depth < 0) {
            yield { key: null, index, error: 'unbalanced brackets in the JSON document' };
            return;
          }
          break;
        case COMMA:
          if (capturing === 'scalar' && depth === target) yield end(buffer, i);
          if (depth === 1 && root === 'object') expectKey = true;
          break;
        case COLON:
          if (depth === 1 && root === 'object') expectKey = false;
          break;
        default:
          if (atItemStart) begin('scalar', i);
      }
    }
    if (capturing) keep(buffer.subarray(captureStart));
    if (keyParts) keyParts.push(buffer.subarray(captureStart));
  }
  if (root === undefined) yield { key: null, index, error: 'the file is empty' };
  else if (depth !== 0 || inString) yield { key: targetKey, index, error: 'the JSON document ends early (is the file cut short?)' };
}
