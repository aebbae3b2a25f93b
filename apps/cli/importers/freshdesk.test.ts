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

describe('Freshdesk importer', () => {
  it('reads the CSV export: quoted multi-line descriptions, HTML, named and numbered statuses, bad rows', async () => {
    const { source, records } = await all(fixture('freshdesk-export.csv'));
    expect(source).toBe('freshdesk-csv');
    expect(records.map((r) => r.where)).toEqual(['row 2', 'row 3', 'row 4', 'row 5', 'row 6']);
    const [wrongSize, refund, stray, noId, badDate] = records;
    expect(wrongSize).toMatchObject({
      ok: true,
      id: '1201',
      hostPriority: 'medium',
      context: {
        ticket: {
          subject: 'Wrong size sent',
          body: 'I ordered a medium and got an XL.\nThe box also had someone else\'s invoice, "order 7731".',
          // No zone in the export: read as UTC.
          createdAt: '2026-11-18T09:00:00.000Z',
          status: 'open',
          channel: 'email',
          tags: ['sizes', 'returns'],
          requester: { name: 'Ana Silva', email: 'ana@example.com' },
          messages: [{ author: 'agent', body: '', at: '2026-11-18T09:20:00.000Z', public: true }],
        },
        customer: { id: '4410', name: 'Ana Silva', email: 'ana@example.com' },
      },
    });
    expect(refund).toMatchObject({
      ok: true,
      id: '1202',
      hostPriority: 'urgent',
      context: { ticket: { body: '退款申请了两周还没到账，客服也不回复。', status: 'solved', solvedAt: '2026-11-12T10:00:00.000Z', channel: 'portal' } },
    });
    expect(stray).toMatchObject({ ok: false, id: '1203', error: '4 fields where the header has 29 (a stray quote?)' });
    expect(noId).toMatchObject({ ok: false, error: 'Ticket ID: empty' });
    expect(badDate).toMatchObject({ ok: false, id: '1204', error: expect.stringMatching(/^created time: "not a date"/) });
  });

  it('reads the API JSON: requester, stats and conversations; bad items become errors', async () => {
    const { source, records } = await all(fixture('freshdesk-tickets.json'));
    expect(source).toBe('freshdesk-json');
    const [hacked, noText, notTicket] = records;
    expect(hacked).toMatchObject({
      ok: true,
      id: '301',
      hostPriority: 'urgent',
      context: {
        ticket: {
          body: expect.stringMatching(/^Someone logged into my account/),
          status: 'open',
          channel: 'chat',
          tags: ['security'],
          requester: { name: 'Kim Lee', email: 'kim@example.com' },
          messages: [
            { author: 'agent', public: false, body: 'Escalating to security.' },
            { author: 'agent', public: true },
            { author: 'customer', public: true, body: 'Any news? I am worried.' },
          ],
        },
        customer: { id: '5001' },
      },
    });
    // The conversation has the reply itself, so no stand-in is added from stats.first_responded_at.
    if (hacked?.ok) expect(hacked.context.ticket.messages).toHaveLength(3);
    expect(noText).toMatchObject({ ok: false, id: '302', error: 'description_text: missing' });
    expect(notTicket).toMatchObject({ ok: false, where: 'ticket 3', error: 'a ticket must be a JSON object' });
  });
});
