// Whatever a customer types, triage answers: it never throws on a valid context, its output
// passes the output schema, and every evidence span is exactly the text it quotes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Triage, type ComplaintContextInput } from './model.ts';
import { defaultPolicy } from './policy.ts';
import { triage } from './triage.ts';

const NOW = new Date('2026-11-20T12:00:00Z');

// Complaint words mixed with the characters that break naive offset arithmetic.
const piece = fc.oneof(
  fc.constantFrom('假貨', '没有破损', '退款呢？', '快递三天了还没动静', 'never arrived', 'NOT DAMAGED', '12315', '!!!', '？？', ' ', '\n'),
  fc.constantFrom('😡', '👍🏻', 'e\u0301', '𠀀𠀁', 'שלום', 'مرحبا', '\u200b', '\u0000', 'ＡＢＣ', '\ud800'),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const iso = fc.date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }).map((d) => d.toISOString());

const context: fc.Arbitrary<ComplaintContextInput> = fc.record({
  ticket: fc.record({
    id: fc.constant('p1'),
    subject: text,
    body: text,
    createdAt: fc.option(iso, { nil: undefined }),
    messages: fc.array(fc.record({ author: fc.constantFrom('customer' as const, 'agent' as const), body: text, at: iso }), { maxLength: 4 }),
  }),
  customer: fc.option(
    fc.record({ tags: fc.array(fc.constantFrom('vip', 'VIP', 'x')), previousComplaints: fc.nat(5), totalSpent: fc.record({ amount: fc.nat(99999), currency: fc.constantFrom('USD', 'CNY', 'XYZ') }) }),
    { nil: undefined },
  ),
  order: fc.option(
    fc.record({
      total: fc.record({ amount: fc.double({ min: 0, max: 1e6, noNaN: true }), currency: fc.constantFrom('USD', 'CNY', 'TWD') }),
      shipments: fc.array(fc.record({ status: fc.constantFrom('in_transit' as const, 'delivered' as const, 'failure' as const), estimatedDelivery: iso }), { maxLength: 2 }),
      refunds: fc.array(fc.record({ status: fc.constantFrom('pending' as const, 'succeeded' as const) }), { maxLength: 2 }),
    }),
    { nil: undefined },
  ),
});

describe('triage on any input', () => {
  it('never throws, returns a valid Triage, and quotes its evidence exactly', () => {
    fc.assert(
      fc.property(context, fc.constantFrom('en' as const, 'zh-Hans' as const, 'zh-Hant' as const), (ctx, uiLanguage) => {
        const result = triage(ctx, defaultPolicy, NOW, { uiLanguage });
        expect(Triage.safeParse(result).success).toBe(true);
        const fields: Record<string, string> = { subject: ctx.ticket.subject ?? '', body: ctx.ticket.body };
        (ctx.ticket.messages ?? []).forEach((m, i) => (fields[`messages.${i}`] = m.body));
        const evidence = [...result.categories.flatMap((c) => c.evidence), ...result.risks.flatMap((r) => r.evidence)];
        for (const e of evidence) {
          if (e.start === undefined) continue;
          expect(fields[e.source]?.slice(e.start, e.end)).toBe(e.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles a 100 KB body and a whitespace-only one', () => {
    const long = '快递三天了还没动静，'.repeat(10_000);
    expect(triage({ ticket: { id: 'l', body: long } }, defaultPolicy, NOW).category).toBe('logistics_delay');
    expect(triage({ ticket: { id: 'w', body: ' \n\t ' } }, defaultPolicy, NOW)).toMatchObject({ category: 'other', tier: 'routine' });
  });
});
