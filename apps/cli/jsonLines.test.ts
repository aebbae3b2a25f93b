import { describe, expect, it } from 'vitest';
import { readLines, type Line } from './jsonLines.ts';

async function collect(chunks: (Buffer | string)[], maxBytes = 64): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of readLines((async function* () { yield* chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)); })(), maxBytes)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('says of a line when the next is already read, so a caller may take it before answering', async () => {
    const lines = await collect(['a\nb\nc', '\nd\n', 'e\n']);
    expect(lines.map((l) => [l.number, l.more ?? false])).toEqual([
      [1, true],
      [2, false], // c is not whole until the next chunk
      [3, true],
      [4, false],
      [5, false],
    ]);
  });

  it('numbers lines from 1 and strips CRLF', async () => {
    expect(await collect(['a\r\nb\n', 'c'])).toEqual([
      { number: 1, text: 'a', more: true },
      { number: 2, text: 'b' },
      { number: 3, text: 'c' },
    ]);
  });

  it('joins a character split across chunks', async () => {
    const bytes = Buffer.from('假货\n');
    expect(await collect([bytes.subarray(0, 2), bytes.subarray(2, 4), bytes.subarray(4)])).toEqual([{ number: 1, text: '假货' }]);
  });

  it('turns invalid UTF-8 into an error record and goes on', async () => {
    const bad = Buffer.concat([Buffer.from('{"id":"x","body":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\nok\n')]);
    expect(await collect([bad])).toEqual([
      { number: 1, error: 'line is not valid UTF-8', more: true },
      { number: 2, text: 'ok' },
    ]);
  });

  it('skips an over-long line without keeping it, and reads the next', async () => {
    const huge = 'x'.repeat(1000);
    expect(await collect([huge.slice(0, 500), huge.slice(500), '\nafter\n'], 100)).toEqual([
      { number: 1, error: 'line is over the 100 bytes limit', more: true },
      { number: 2, text: 'after' },
    ]);
  });

  it('keeps NUL bytes for the JSON parser to judge', async () => {
    expect(await collect(['a\u0000b\n'])).toEqual([{ number: 1, text: 'a\u0000b' }]);
  });
});
