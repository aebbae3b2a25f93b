import { describe, expect, it } from 'vitest';
import { jsonArrayItems } from './jsonStream.ts';

const items = async (chunks: string[], keys: readonly (string | null)[] | null, max = 1000) => {
  const out = [];
  for await (const item of jsonArrayItems(chunks.map((c) => Buffer.from(c)), keys, max)) out.push(item);
  return out;
};

describe('jsonArrayItems', () => {
  const doc = '{"count": 2, "tickets": [{"id": 1, "s": "a ] } [ \\" ,"}, {"id": 2, "t": [1, {"x": "假"}]}, null, 7], "users": [{"id": 9}], "next": "x"}';

  it('yields the items of the wanted arrays, brackets and quotes inside strings notwithstanding', async () => {
    const out = await items([doc], ['tickets', 'users']);
    expect(out.map((i) => ('text' in i ? [i.key, i.index, JSON.parse(i.text)] : i))).toEqual([
      ['tickets', 0, { id: 1, s: 'a ] } [ " ,' }],
      ['tickets', 1, { id: 2, t: [1, { x: '假' }] }],
      ['tickets', 2, null],
      ['tickets', 3, 7],
      ['users', 0, { id: 9 }],
    ]);
  });

  it('gives the same items whatever the chunking, even inside a multi-byte character', async () => {
    const whole = await items([doc], ['tickets']);
    const bytes = Buffer.from(doc);
    for (let cut = 1; cut < bytes.length; cut++) {
      const out = [];
      for await (const item of jsonArrayItems([bytes.subarray(0, cut), bytes.subarray(cut)], ['tickets'], 1000)) out.push(item);
      expect(out).toEqual(whole);
    }
  });

  it('reads a root array, and reports truncation, oversize items and non-JSON', async () => {
    expect(await items(['[{"a":1}, {"b":2}]'], [null, 'tickets'])).toEqual([
      { key: null, index: 0, text: '{"a":1}' },
      { key: null, index: 1, text: '{"b":2}' },
    ]);
    expect((await items(['{"tickets": [{"a":1}, {"b":'], ['tickets'])).at(-1)).toMatchObject({ error: expect.stringMatching(/ends early/) });
    expect(await items(['{"tickets": [{"a":"', 'x'.repeat(100), '"}, {"b":2}]}'], ['tickets'], 50)).toEqual([
      { key: 'tickets', index: 0, error: expect.stringMatching(/over the/) },
      { key: 'tickets', index: 1, text: '{"b":2}' },
    ]);
    expect(await items(['Ticket ID,Subject\n'], ['tickets'])).toEqual([{ key: null, index: 0, error: 'not a JSON document' }]);
  });
});
