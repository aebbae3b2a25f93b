// Splits a byte stream into lines itself rather than through readline, so that a line that is not
// UTF-8 becomes an error record instead of silently gaining U+FFFD, and a 50 MB line is counted
// and skipped without ever being held in memory.
/** `more`: the next line is already read, so a caller may take it before answering this one. */
export type Line = ({ number: number; text: string } | { number: number; error: string }) & { more?: boolean };

const NEWLINE = 0x0a;
const CR = 0x0d;

export async function* readLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;

  const finish = (): Line => {
    number++;
    if (tooLong) return { number, error: `line is over the ${sizeOf(maxBytes)} limit` };
    let bytes = Buffer.concat(parts, size);
    if (bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, -1);
    try {
      return { number, text: decoder.decode(bytes) };
    } catch {
      return { number, error: 'line is not valid UTF-8' };
    }
  };

  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    // Each newline is looked for once: the one after a line's end also says whether another is read.
    for (let nl = buffer.indexOf(NEWLINE), next: number; nl !== -1; nl = next) {
      next = buffer.indexOf(NEWLINE, nl + 1);
      take(buffer.subarray(start, nl));
      const line = finish();
      if (next !== -1) line.more = true;
      yield line;
      parts = [];
      size = 0;
      tooLong = false;
      start = nl + 1;
    }
    take(buffer.subarray(start));
  }
  if (size > 0 || tooLong) yield finish();

  function take(piece: Buffer) {
    if (tooLong || piece.length === 0) return;
    // +1 leaves room for the CR of a CRLF line end.
    if (size + piece.length > maxBytes + 1) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  }
}

function sizeOf(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}
