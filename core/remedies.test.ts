import { describe, expect, it } from 'vitest';
import { approverFor, isWithin, limitFor } from './authority.ts';
import { CATEGORY_IDS, type ComplaintContextInput, type Remedy } from './model.ts';
import { PolicyError, defaultPolicy, resolvePolicy } from './policy.ts';
import { proposeRemedies } from './remedies.ts';
import { parseContext } from './triage.ts';

const order = (amount: number, currency = 'CNY', extra: Partial<NonNullable<ComplaintContextInput['order']>> = {}) =>
  parseContext({ ticket: { id: 't', body: '' }, order: { total: { amount, currency }, ...extra } });
const brief = (remedies: Remedy[]) => remedies.map((r) => [r.kind, r.amount?.amount, r.authority, r.approver]);

describe('authority', () => {
  it('gives the frontline ¥500 and the supervisor ¥3,000 by default (domain §7)', () => {
    expect(approverFor({ amount: 500, currency: 'CNY' }, defaultPolicy.authority)).toBeUndefined();
    expect(approverFor({ amount: 501, currency: 'CNY' }, defaultPolicy.authority)).toBe('supervisor');
    expect(approverFor({ amount: 3001, currency: 'CNY' }, defaultPolicy.authority)).toBe('crisis_team');
    expect(approverFor({ amount: 120, currency: 'USD' }, defaultPolicy.authority)).toBe('supervisor');
    expect(approverFor({ amount: 60, currency: 'USD' }, defaultPolicy.authority)).toBeUndefined();
  });

  it('sends an amount no rate can judge to the supervisor', () => {
    expect(isWithin({ amount: 1, currency: 'XYZ' }, 'agent', defaultPolicy.authority)).toBeUndefined();
    expect(approverFor({ amount: 1, currency: 'XYZ' }, defaultPolicy.authority)).toBe('supervisor');
  });

  it('prefers a limit set in the amount’s own currency', () => {
    const authority = resolvePolicy({ authority: { limits: { agent: { USD: 100 } } } }).authority;
    expect(limitFor('agent', 'USD', authority)).toEqual({ amount: 100, currency: 'USD' });
    expect(limitFor('agent', 'EUR', authority)?.amount).toBeCloseTo(500 / 7.69);
    expect(isWithin({ amount: 100, currency: 'USD' }, 'agent', authority)).toBe(true);
  });

  it('refuses a bad authority, naming the path', () => {
    expect(() => resolvePolicy({ authority: { limits: { agent: { usd: 1 } } } })).toThrow(PolicyError);
    expect(() => resolvePolicy({ authority: { limits: { agent: { CNY: -1 } } } })).toThrow(/authority\.limits\.agent\.CNY/);
    expect(() => resolvePolicy({ authority: { limit: {} } })).toThrow(/authority\.limit: unknown key/);
  });
});

describe('remedies', () => {
  it('answers a lost parcel with a re-shipment or refund, a coupon and priority shipping', () => {
    expect(brief(proposeRemedies(order(300), 'lost_parcel', 'routine', defaultPolicy))).toEqual([
      ['reship', 300, 'within', undefined],
      ['full_refund', 300, 'within', undefined],
      ['coupon', 30, 'within', undefined],
      ['priority_shipping', undefined, 'within', undefined],
    ]);
  });

  it('marks what needs approval, and from whom', () => {
    expect(brief(proposeRemedies(order(1280), 'damaged_in_transit', 'routine', defaultPolicy))).toEqual([
      ['reship', 1280, 'needs_approval', 'supervisor'],
      ['partial_refund', 380, 'within', undefined],
      ['full_refund', 1280, 'needs_approval', 'supervisor'],
      ['coupon', 120, 'within', undefined],
      ['gesture', undefined, 'within', undefined],
    ]);
    expect(proposeRemedies(order(5000), 'quality_defect', 'severe', defaultPolicy)[0]).toMatchObject({ kind: 'replace', approver: 'crisis_team' });
  });

  it('gives a gift card instead of a coupon on severe complaints (domain §7: full refund + gift card)', () => {
    const kinds = proposeRemedies(order(1000), 'quality_defect', 'severe', defaultPolicy).map((r) => r.kind);
    expect(kinds).toContain('store_credit');
    expect(kinds).not.toContain('coupon');
  });

  it('leaves every costly remedy to the crisis team in a crisis', () => {
    const remedies = proposeRemedies(order(100), 'safety_health', 'crisis', defaultPolicy);
    expect(brief(remedies)).toEqual([
      ['full_refund', 100, 'needs_approval', 'crisis_team'],
      ['gesture', undefined, 'within', undefined],
    ]);
  });

  it('never gives more than the order and the policy justify', () => {
    for (const category of CATEGORY_IDS) {
      for (const tier of ['routine', 'severe', 'crisis'] as const) {
        for (const total of [0.5, 19.9, 189, 1280, 99999]) {
          for (const r of proposeRemedies(order(total, 'USD'), category, tier, defaultPolicy)) {
            if (r.amount) expect(r.amount.amount).toBeLessThanOrEqual(total);
            if (r.kind === 'coupon') expect(isWithin(r.amount!, 'agent', defaultPolicy.authority)).toBe(true);
          }
        }
      }
    }
  });

  it('counts refunds already made and proposes none for a refunded order', () => {
    const partly = order(1000, 'CNY', { refunds: [{ amount: { amount: 400, currency: 'CNY' }, status: 'succeeded' }] });
    expect(proposeRemedies(partly, 'not_as_described', 'routine', defaultPolicy).find((r) => r.kind === 'full_refund')?.amount).toEqual({ amount: 600, currency: 'CNY' });
    const refunded = order(1000, 'CNY', { financialStatus: 'refunded' });
    expect(proposeRemedies(refunded, 'not_as_described', 'routine', defaultPolicy).map((r) => r.kind)).toEqual(['coupon']);
  });

  it('gives no amounts without an order value', () => {
    const none = parseContext({ ticket: { id: 't', body: '' } });
    for (const category of CATEGORY_IDS) {
      const remedies = proposeRemedies(none, category, 'severe', defaultPolicy);
      expect(remedies.length).toBeGreaterThan(0);
      expect(remedies.every((r) => r.amount === undefined)).toBe(true);
    }
  });

  it('sizes from the policy', () => {
    const policy = resolvePolicy({ remedies: { couponShare: { routine: 0.05 }, partialRefundShare: 0.5 } });
    const remedies = proposeRemedies(order(400), 'not_as_described', 'routine', policy);
    expect(brief(remedies)).toEqual([
      ['full_refund', 400, 'within', undefined],
      ['partial_refund', 200, 'within', undefined],
      ['coupon', 20, 'within', undefined],
    ]);
  });

  it('labels in the agent’s UI language with the amount in its format', () => {
    expect(proposeRemedies(order(300), 'wrong_or_missing_item', 'routine', defaultPolicy, 'zh-Hans').map((r) => r.label)).toEqual([
      '免费补发：¥300',
      '无门槛优惠券：¥30',
      '下一单优先发货',
    ]);
    expect(proposeRemedies(order(300, 'USD'), 'service_attitude', 'routine', defaultPolicy, 'zh-Hant').map((r) => r.label)).toEqual([
      '手寫道歉信＋專人跟進',
      '無門檻折價券：US$30',
    ]);
    expect(proposeRemedies(order(189, 'USD'), 'logistics_delay', 'routine', defaultPolicy, 'en').map((r) => r.label)).toEqual([
      'Refund the shipping fee',
      'No-threshold coupon: $18',
      'Priority shipping on the next order',
    ]);
  });
});
