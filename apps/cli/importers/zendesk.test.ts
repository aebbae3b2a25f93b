import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectSource, readRecords } from './detect.ts';
import type { ImportedRecord } from './record.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const all = async (path: string) => {
  const source = await detectSource(path);
  if (typeof source !== 'string') throw new Error(source.error);
  const out: ImportedRecord[] = [];
  for await (const r of readRecords(path, source)) out.push(r);
  return { source, records: out };
};

describe('Zendesk importer', () => {
  it('reads the incremental export with its users and metric sets sideloaded after the tickets', async () => {
    const { source, records } = await all(fixture('zendesk-incremental.json'));
    expect(source).toBe('zendesk-json');
    expect(records).toHaveLength(4);
    const [first, held, deleted, badDate] = records;
    expect(first).toMatchObject({
      ok: true,
      where: 'ticket 1',
      id: '35436',
      hostPriority: 'high',
      context: {
        ticket: {
          id: '35436',
          subject: 'Parcel marked delivered but never arrived',
          body: expect.stringMatching(/^The tracking says delivered/),
          createdAt: '2026-11-18T09:14:08.000Z',
          channel: 'email',
          tags: ['delivery', 'vip'],
          status: 'open',
          locale: 'en-US',
          requester: { name: 'Jane Doe', email: 'jane@example.com', timeZone: 'America/New_York' },
          // reply_time_in_minutes.calendar = 52: the first reply, for the first-response clock.
          messages: [{ author: 'agent', body: '', at: '2026-11-18T10:06:08.000Z', public: true }],
        },
        customer: { id: '20978392', name: 'Jane Doe', tags: ['vip'] },
      },
    });
    expect(held).toMatchObject({ ok: true, id: '35437', context: { ticket: { status: 'on_hold', requester: { timeZone: 'Asia/Shanghai' } } } });
    expect(held).not.toHaveProperty('hostPriority');
    expect(deleted).toMatchObject({ ok: false, where: 'ticket 3', id: '35438', error: expect.stringMatching(/deleted/) });
    expect(badDate).toMatchObject({ ok: false, id: '35439', error: expect.stringMatching(/^created_at: "yesterday"/) });
  });

  it('reads a one-line ticket list API response', async () => {
    const { source, records } = await all(fixture('zendesk-ticket-list.json'));
    expect(source).toBe('zendesk-json');
    expect(records).toEqual([
      expect.objectContaining({ ok: true, id: '101', hostPriority: 'normal', context: expect.objectContaining({ ticket: expect.objectContaining({ status: 'solved', channel: 'api' }) }) }),
    ]);
  });

  it('reads the one-ticket-a-line data export with its comments as the conversation', async () => {
    const { source, records } = await all(fixture('zendesk-export.jsonl'));
    expect(source).toBe('zendesk-jsonl');
    const [r] = records;
    if (!r?.ok) throw new Error('expected a ticket');
    // The first comment is the description; the rest: an internal note, a public reply, the customer again.
    expect(r.context.ticket.messages).toEqual([
      { author: 'agent', body: 'Checking with the warehouse.', public: false, at: '2026-11-17T08:05:00.000Z' },
      { author: 'agent', body: 'Sorry about that! We will send a replacement.', public: true, at: '2026-11-17T09:40:00.000Z' },
      { author: 'customer', body: 'Still nothing. This is useless, I want a refund.', public: true, at: '2026-11-18T10:00:00.000Z' },
    ]);
  });
});
