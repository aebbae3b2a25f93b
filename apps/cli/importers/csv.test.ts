import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv.ts';

const read = async (chunks: string[], max = 1000) => {
  const out = [];
  for await (const r of csvRecords(chunks.map((c) => Buffer.from(c)), max)) out.push(r);
  return out;
};

describe('csvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', async () => {
    expect(await read(['\uFEFFa,b,c\r\n1,"x, ""y""\r\nz",\r\n2,,"q"\r\n'])).toEqual([
      { row: 1, fields: ['a', 'b', 'c'] },
      { row: 2, fields: ['1', 'x, "y"\r\nz', ''] },
      { row: 3, fields: ['2', '', 'q'] },
    ]);
  });

  it('gives the same records whatever the chunking', async () => {
    const text = 'id,text\n1,"a ""quoted"" word"\r\n2,"multi\nline"\n3,plain\n';
    const whole = await read([text]);
    for (let cut = 1; cut < text.length; cut++) expect(await read([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    // Multi-byte characters split across chunks.
    const bytes = Buffer.from('id,text\n1,假货\n');
    const out = [];
    for await (const r of csvRecords([bytes.subarray(0, 12), bytes.subarray(12)], 100)) out.push(r);
    expect(out[1]).toEqual({ row: 2, fields: ['1', '假货'] });
  });

  it('reports an unclosed quote and an over-long record, and goes on after the long one', async () => {
    expect(await read(['a,b\n1,"never closed\n'])).toEqual([{ row: 1, fields: ['a', 'b'] }, { row: 2, error: expect.stringMatching(/never closed/) }]);
    expect(await read([`a\n${'x'.repeat(50)}\nok\n`], 20)).toEqual([
      { row: 1, fields: ['a'] },
      { row: 2, error: 'record is over the 20 character limit' },
      { row: 3, fields: ['ok'] },
    ]);
  });
});
