// Whatever the complaint and whatever the order holds, every draft is complete, in the customer's
// language, and clean by the tone guard's own rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComplaintContextInput } from './model.ts';
import { defaultPolicy } from './policy.ts';
import { plain, replyLanguage } from './replies.ts';
import { lintReply } from './toneGuard.ts';
import { parseContext, triage } from './triage.ts';

const NOW = new Date('2026-11-20T12:00:00Z');

// Complaint sentences per language, covering every category and the crisis triggers.
const SENTENCES = {
  en: [
    'Where is my order? It is a week late.', 'The tracking says delivered but I never received my parcel.', 'The box arrived crushed and the glass is broken.',
    'You sent me the wrong size and one item is missing.', 'The kettle stopped working after two days.', 'The colour is nothing like the photos.',
    'This is a fake, not genuine at all.', 'I returned it three weeks ago and still no refund.', 'I have been waiting for after-sales support for weeks.',
    'Your agent was rude to me.', 'My child got a rash from this cream.', 'I was charged twice for one order.', 'Someone logged into my account and placed orders.',
    'I will contact my lawyer.', 'I am going to post this on Reddit.', 'I am never buying from you again!!!', 'Hello, I have a question about my order.',
  ],
  'zh-Hans': [
    '快递三天了还没到，什么情况？', '物流显示已签收但是我根本没收到。', '收到的杯子碎了，包装太差。', '发错货了，还少了一件。', '用了两天就坏了，质量太差。',
    '实物和图片完全不一样。', '这是假货吧？', '退货寄回去三周了还没退款。', '售后一直拖着不处理。', '客服态度太差了。', '孩子用了过敏，脸都肿了。', '一个订单扣了我两次钱。',
    '我的账号被盗了。', '再不处理我就去12315投诉。', '我要发微博曝光你们。', '以后再也不买了！',
  ],
  'zh-Hant': [
    '包裹三天了還沒到，怎麼回事？', '物流顯示已簽收但是我根本沒收到。', '收到的杯子破了，包裝太差。', '寄錯貨了，還少了一件。', '用了兩天就壞了，品質太差。',
    '實物和圖片完全不一樣。', '這是假貨吧？', '退貨寄回去三週了還沒退款。', '售後一直拖著不處理。', '客服態度太差了。', '孩子用了過敏，臉都腫了。', '一筆訂單扣了我兩次款。',
    '我的帳號被盜了。', '再不處理我就去消保官申訴。', '我要發到臉書爆料。', '以後再也不買了！',
  ],
};
// What shops and customers put in names and titles: scripts, emoji, markup, long and empty strings.
const STRINGS = fc.constantFrom(
  '', ' ', 'Alice', '王小明', '陳美玲', 'ACME KETTLE 3000', 'Burr grinder', '咖啡机', '保濕面霜', 'Café “Noir” 250g', "Men's shoes", '<b>bold</b>',
  '😡 box', 'x'.repeat(300), 'SF Express', '顺丰速运', '黑貓宅急便', 'UPS', '1Z999AA10123456784', 'SF1234567890', '#', '#1042', '1043', '\n\t',
);
const iso = fc.date({ min: new Date('2026-10-01'), max: new Date('2026-11-20T11:59:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const lang = fc.constantFrom('en' as const, 'zh-Hans' as const, 'zh-Hant' as const);
const body = lang.chain((l) => fc.array(fc.constantFrom(...SENTENCES[l]), { minLength: 1, maxLength: 3 }).map((s) => s.join(l === 'en' ? ' ' : '')));

const context: fc.Arbitrary<ComplaintContextInput> = fc.record({
  ticket: fc.record({
    id: fc.constantFrom('4711', 'T-1', '88'),
    body,
    createdAt: fc.option(iso, { nil: undefined }),
    locale: fc.option(fc.constantFrom('en-GB', 'zh-CN', 'zh-TW', 'zh-HK', 'es', 'not a locale'), { nil: undefined }),
    requester: fc.option(
      fc.record({ name: fc.option(STRINGS, { nil: undefined }), timeZone: fc.option(fc.constantFrom('Asia/Shanghai', 'America/New_York'), { nil: undefined }) }),
      { nil: undefined },
    ),
  }),
  customer: fc.option(fc.record({ name: fc.option(STRINGS, { nil: undefined }), tags: fc.array(fc.constantFrom('vip', 'x')) }), { nil: undefined }),
  order: fc.option(
    fc.record({
      number: fc.option(STRINGS, { nil: undefined }),
      total: fc.option(
        fc.record({ amount: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e6, noNaN: true })), currency: fc.constantFrom('USD', 'CNY', 'TWD', 'HKD', 'EUR', 'JPY', 'XYZ') }),
        { nil: undefined },
      ),
      financialStatus: fc.constantFrom('paid' as const, 'refunded' as const, 'partially_refunded' as const),
      lineItems: fc.array(fc.record({ title: STRINGS }), { maxLength: 4 }),
      shipments: fc.array(
        fc.record({
          carrier: fc.option(STRINGS, { nil: undefined }),
          trackingNumber: fc.option(STRINGS, { nil: undefined }),
          status: fc.constantFrom('in_transit' as const, 'delivered' as const, 'failure' as const),
          estimatedDelivery: fc.option(iso, { nil: undefined }),
          deliveredAt: fc.option(iso, { nil: undefined }),
        }),
        { maxLength: 2 },
      ),
      refunds: fc.array(fc.record({ status: fc.constantFrom('pending' as const, 'succeeded' as const), amount: fc.option(fc.record({ amount: fc.nat(5000), currency: fc.constant('CNY') }), { nil: undefined }) }), { maxLength: 2 }),
    }),
    { nil: undefined },
  ),
});

describe('reply drafts on any complaint', () => {
  it('are complete, in the customer’s language, and pass the tone guard without an error', () => {
    fc.assert(
      fc.property(context, lang, fc.option(STRINGS, { nil: undefined }), (input, uiLanguage, agentName) => {
        const result = triage(input, defaultPolicy, NOW, { uiLanguage, agentName });
        const ctx = parseContext(input);
        const expected = replyLanguage(result.language, ctx);
        expect(result.replies.length).toBeGreaterThanOrEqual(5);
        for (const reply of result.replies) {
          expect(reply.language).toBe(expected);
          // The strings above hold no braces, so any brace left is an unfilled placeholder.
          expect(reply.text).not.toMatch(/[{}]|undefined|NaN|\[object/);
          expect(reply.text).not.toMatch(/#(?![\p{L}\p{N}])/u);
          expect(reply.text.trim()).toBe(reply.text);
          const findings = lintReply(reply.text, ctx, defaultPolicy, 'agent');
          expect(findings.filter((f) => f.severity === 'error' || f.rule === 'wrong_language'), `${reply.kind}: ${reply.text}`).toEqual([]);
        }
        for (const remedy of result.remedies) {
          if (remedy.amount && ctx.order?.total) expect(remedy.amount.amount).toBeLessThanOrEqual(ctx.order.total.amount);
          if (!ctx.order?.total || ctx.order.total.amount <= 0) expect(remedy.amount).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('plain', () => {
  // What it did before strings already on one line skipped the replaces: it must still do that.
  const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
  const reference = (text: string, max: number) => {
    const line = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(line)) return '';
    return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
  };
  // Every kind of white space and control JavaScript knows, among ordinary characters.
  const SPACES = ' \t\n\v\f\r\u0000\u001f\u007f\u0085\u009f\u00a0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff';
  const char = fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom('a', 'Z', '7', '#', '-', '~', '王', '😡', '’', '\u00a1', '\u00ff'));

  it('cleans any string as the replaces and trim did', () => {
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }).map((cs) => cs.join('')), fc.integer({ min: 2, max: 14 }), (text, max) => {
        expect(plain(text, max)).toBe(reference(text, max));
      }),
      { numRuns: 5000 },
    );
    for (const text of ['#1042', ' #1042', '#1042 ', 'a  b', 'a b', 'SF Express', '顺丰速运', '\u3000王', '#', '', 'x'.repeat(300)]) {
      expect(plain(text, 40)).toBe(reference(text, 40));
    }
    expect(plain(undefined, 40)).toBe('');
  });
});
