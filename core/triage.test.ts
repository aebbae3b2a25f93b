import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TicketLine, toContext } from '../apps/cli/ticketLine.ts';
import type { ComplaintContextInput, Triage } from './model.ts';
import { defaultPolicy, resolvePolicy } from './policy.ts';
import { ContextError, triage, triageAll } from './triage.ts';

const NOW = new Date('2026-11-20T12:00:00Z');
const run = (body: string, extra: Partial<ComplaintContextInput> = {}, subject = '') =>
  triage({ ticket: { id: 't1', subject, body }, ...extra }, defaultPolicy, NOW);
const riskIds = (t: Triage) => t.risks.map((r) => r.id);

describe('category', () => {
  it.each([
    ['快递三天了还没动静', 'logistics_delay'],
    ['where is my order?? it has been two weeks and tracking has not updated', 'logistics_delay'],
    ['my parcel says delivered but it’s not here', 'lost_parcel'],
    ['显示已签收但是我根本没收到', 'lost_parcel'],
    ['包裹顯示已簽收，但我根本沒收到', 'lost_parcel'],
    ['The box was crushed and the mug arrived broken', 'damaged_in_transit'],
    ['收到的时候外箱压坏了，里面的杯子也碎了', 'damaged_in_transit'],
    ['You sent me the wrong size, I ordered a medium', 'wrong_or_missing_item'],
    ['我买的是白色，发来的是黑色，发错货了', 'wrong_or_missing_item'],
    ['The kettle stopped working after a week', 'quality_defect'],
    ['到手屏幕就裂了，用了两天就坏了', 'quality_defect'],
    ['和图片完全两个东西', 'not_as_described'],
    ['It looks nothing like the picture on the listing', 'not_as_described'],
    ['這是假貨吧，防偽碼根本查不到', 'counterfeit'],
    ['This is a fake, the serial number does not match Apple’s records', 'counterfeit'],
    ['退款呢？', 'refund_return'],
    ['I want to return this and get my money back', 'refund_return'],
    ['售后申请了一个星期都没人处理', 'after_sales_delay'],
    ['客服踢皮球，态度特别差', 'service_attitude'],
    ['The agent was rude and hung up on me', 'service_attitude'],
    ['吃完拉肚子', 'safety_health'],
    ['My son had an allergic reaction after eating the cookies', 'safety_health'],
    ['I was charged twice for the same order', 'billing_payment'],
    ['扣了两次钱', 'billing_payment'],
    ['Someone hacked my account and placed orders', 'account_security'],
    ['Do you ship to Canada?', 'other'],
  ])('%s → %s', (body, category) => {
    expect(run(body).category).toBe(category);
  });

  it('reports evidence as spans of the original text, Traditional and full-width included', () => {
    const body = '東西到手就壞了！！退款也不處理';
    const t = run(body);
    for (const c of t.categories) {
      for (const e of c.evidence) if (e.source === 'body') expect(body.slice(e.start, e.end)).toBe(e.text);
    }
    expect(t.categories.find((c) => c.id === t.category)?.evidence.length).toBeGreaterThan(0);
  });

  it('uses order facts as evidence: a parcel past its estimated delivery', () => {
    const t = run('Any news on my order?', {
      order: { shipments: [{ status: 'in_transit', estimatedDelivery: '2026-11-10T00:00:00Z', trackingNumber: '1Z9' }] },
    });
    expect(t.category).toBe('logistics_delay');
    expect(t.categories[0]?.evidence.some((e) => e.source === 'order')).toBe(true);
  });

  it('uses order facts as evidence: "delivered" plus "not received" is a lost parcel', () => {
    const order = { shipments: [{ status: 'delivered' as const, deliveredAt: '2026-11-18T10:00:00Z' }] };
    expect(run('still waiting for my package', { order }).categories.map((c) => c.id)).toContain('lost_parcel');
    expect(run('I never received it', { order }).category).toBe('lost_parcel');
  });

  it('an open refund supports refund_return', () => {
    const t = run('any update?', { order: { refunds: [{ status: 'pending' }] } });
    expect(t.categories.map((c) => c.id)).toContain('refund_return');
  });
});

describe('negation and hedging', () => {
  it.each([
    ['没有破损，就是发错颜色了', 'damaged_in_transit'],
    ['不是假货的问题，是尺码不对', 'counterfeit'],
    ['包装完好，就是颜色比图片深一点', 'damaged_in_transit'],
    ['The box was not damaged, but the colour is wrong', 'damaged_in_transit'],
    ['No complaints about delivery, but the sleeve has a hole', 'logistics_delay'],
  ])('%s does not score %s', (body, category) => {
    const t = run(body);
    expect(t.categories.map((c) => c.id)).not.toContain(category);
  });

  it('does not hear a threat in a denial', () => {
    expect(riskIds(run('我不会去投诉的，只是想换个货'))).not.toContain('legal_threat');
    expect(riskIds(run("I'm not going to sue anyone, I just want my refund"))).not.toContain('legal_threat');
    expect(riskIds(run('不是假货，就是有点小瑕疵'))).not.toContain('counterfeit_claim');
  });
});

describe('risks', () => {
  it.each([
    ['我要去12315投诉你们', 'legal_threat'],
    ['I will be contacting my lawyer', 'legal_threat'],
    ['already发了小红书', 'media_exposure'],
    ['I am posting this on TikTok so everyone knows', 'media_exposure'],
    ['群里好多人都买到了一样的问题，我们准备集体投诉', 'mass_complaint'],
    ['吃完拉肚子，已经去医院了', 'safety_hazard'],
    ['The charger caught fire on my desk', 'safety_hazard'],
    ['你们卖假货', 'counterfeit_claim'],
    ['I will never order from you again', 'churn_threat'],
    ['this is the third time I’m writing', 'repeat_contact'],
    ['已经第三次找你们了', 'repeat_contact'],
  ])('%s → %s', (body, risk) => {
    expect(riskIds(run(body))).toContain(risk);
  });

  it('counts earlier complaints and unanswered follow-ups as repeat contact', () => {
    expect(riskIds(run('where is it', { customer: { previousComplaints: 2 } }))).toContain('repeat_contact');
    expect(riskIds(run('where is it', { customer: { previousComplaints: 1 } }))).not.toContain('repeat_contact');
    const messages = [
      { author: 'customer' as const, body: 'hello?' },
      { author: 'customer' as const, body: 'anyone?' },
    ];
    expect(riskIds(triage({ ticket: { id: 'x', body: 'where is it', messages } }, defaultPolicy, NOW))).toContain('repeat_contact');
  });
});

describe('emotion', () => {
  it('reads calm, unhappy, angry and furious', () => {
    expect(run('Do you ship to Canada?').emotion).toBe(0);
    expect(run('The kettle stopped working after a week').emotion).toBe(1);
    expect(run('This is RIDICULOUS!!! Where is my order???').emotion).toBeGreaterThanOrEqual(2);
    expect(run('你们这群骗子，垃圾店，傻逼客服，他妈的退钱！！！').emotion).toBe(3);
  });
});

describe('tier, priority, owner', () => {
  it('crisis on a legal threat, media exposure, mass complaint or safety hazard', () => {
    const t = run('不给说法我就去12315投诉，还要发微博曝光');
    expect(t.tier).toBe('crisis');
    expect(t.priority).toBe('urgent');
    expect(t.owner).toBe('crisis_team');
  });

  it('severe for a severe category, with a supervisor owning it', () => {
    const t = run('The kettle stopped working after a week');
    expect(t.tier).toBe('severe');
    expect(t.priority).toBe('high');
    expect(t.owner).toBe('supervisor');
  });

  it('routine and low for a calm small issue; normal when angry', () => {
    expect(run('The parcel is a bit late, any update?')).toMatchObject({ tier: 'routine', priority: 'low', owner: 'agent' });
    expect(run('Where is my parcel??? This is ridiculous!!!')).toMatchObject({ tier: 'routine', priority: 'normal' });
  });

  it('a safety hazard is always urgent', () => {
    expect(run('My daughter got a rash from the bracelet and we went to hospital').priority).toBe('urgent');
  });

  it('VIP and high-value orders raise priority one step', () => {
    const vip = run('The parcel is a bit late, any update?', { customer: { tags: ['VIP'] } });
    expect(vip.priority).toBe('normal');
    const big = run('The kettle stopped working after a week', { order: { total: { amount: 900, currency: 'USD' } } });
    expect(big.priority).toBe('urgent');
  });

  it('routes the category to its group', () => {
    expect(run('The kettle stopped working after a week').group).toBe('product_quality');
  });

  it('follows a shop policy that moves a category to another tier', () => {
    const policy = resolvePolicy({ tiers: { severe: { categories: ['not_as_described'] } } });
    const t = triage({ ticket: { id: 'p', body: '和图片完全两个东西' } }, policy, NOW);
    expect(t.tier).toBe('severe');
    expect(run('The kettle stopped working after a week').tier).toBe('severe');
    expect(triage({ ticket: { id: 'p', body: 'The kettle stopped working after a week' } }, policy, NOW).tier).toBe('routine');
  });
});

describe('reasons', () => {
  it('explains every decision in the agent’s language, pointing at evidence', () => {
    const ctx = { ticket: { id: 'r', body: '你们卖假货，我要去12315投诉' } };
    for (const [lang, word] of [['en', 'Crisis'], ['zh-Hans', '危机'], ['zh-Hant', '危機']] as const) {
      const t = triage(ctx, defaultPolicy, NOW, { uiLanguage: lang });
      expect(t.reasons.map((r) => r.text).join(' ')).toContain(word);
      expect(t.reasons.find((r) => r.rule === 'risk.legal_threat')?.evidence[0]?.text).toBe('12315');
    }
  });
});

describe('validation', () => {
  it('names the field of an invalid context', () => {
    expect(() => triage({ ticket: { id: 'x', body: 42 } } as never, defaultPolicy, NOW)).toThrow(ContextError);
    expect(() => triage({ ticket: { id: 'x', body: 'hi' }, order: { total: { amount: 1, currency: 'dollars' } } }, defaultPolicy, NOW)).toThrow(
      /order\.total\.currency/,
    );
  });

  it('never throws on odd but valid text', () => {
    for (const body of ['', '   ', '😡😡😡', '\u0000', 'a'.repeat(100_000), '‏שלום', '𠀀𠀁𠀂']) {
      expect(() => run(body)).not.toThrow();
    }
  });
});

describe('triageAll', () => {
  const fixtures = ['complaints', 'holdout', 'samples'].flatMap((set) =>
    readFileSync(new URL(`../test/fixtures/${set}.jsonl`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => toContext(TicketLine.parse(JSON.parse(l)))),
  );
  const options = { uiLanguage: 'zh-Hant', agentName: 'Mei' } as const;

  it('gives each complaint of a batch the triage it gets alone, whatever else is in the batch', () => {
    const alone = fixtures.map((f) => structuredClone(triage(f, defaultPolicy, NOW, options)));
    // Languages, tiers and orders side by side, in two orders: nothing one complaint leaves in a
    // phase may reach another's.
    expect(triageAll(fixtures, defaultPolicy, NOW, options)).toEqual(alone);
    expect(triageAll([...fixtures].reverse(), defaultPolicy, NOW, options)).toEqual([...alone].reverse());
  });

  it('refuses a batch with an invalid complaint, naming its field', () => {
    expect(() => triageAll([fixtures[0]!, { ticket: { id: '', body: 'x' } }], defaultPolicy, NOW)).toThrow(/ticket\.id/);
    expect(triageAll([], defaultPolicy, NOW)).toEqual([]);
  });
});
