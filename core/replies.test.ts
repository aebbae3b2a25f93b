// Golden drafts per language for a representative complaint of every category and tier, plus the
// rules the drafts keep: facts filled or left out cleanly, strings inserted as text, times in the
// customer's zone, amounts in their currency, a shop's own wording.
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type CategoryId, type ComplaintContextInput, type RiskFinding, type Tier, type UiLanguage } from './model.ts';
import { PolicyError, defaultPolicy, resolvePolicy, type Policy } from './policy.ts';
import { REPLY_VALUES } from './replyWording.ts';
import { draftReplies, escapeHtml, replyLanguage, type TriageSoFar } from './replies.ts';
import { computeSla } from './slaClocks.ts';
import { lintReply } from './toneGuard.ts';
import { parseContext, triage } from './triage.ts';

const NOW = new Date('2026-11-20T12:00:00Z');
const LANGUAGES: UiLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];

const COMPLAINTS: Record<CategoryId, Record<UiLanguage, string>> = {
  logistics_delay: { en: 'My order is a week late and still not here.', 'zh-Hans': '快递一个星期了还没到。', 'zh-Hant': '包裹一個星期了還沒送到。' },
  lost_parcel: { en: 'Tracking says delivered but I never got it.', 'zh-Hans': '显示已签收但我根本没收到。', 'zh-Hant': '顯示已簽收但我根本沒收到。' },
  damaged_in_transit: { en: 'The vase arrived smashed.', 'zh-Hans': '花瓶收到时已经碎了。', 'zh-Hant': '花瓶收到時已經碎了。' },
  wrong_or_missing_item: { en: 'You sent the wrong colour.', 'zh-Hans': '发错颜色了。', 'zh-Hant': '寄錯顏色了。' },
  quality_defect: { en: 'The kettle stopped working after two days.', 'zh-Hans': '水壶用了两天就坏了。', 'zh-Hant': '水壺用了兩天就壞了。' },
  not_as_described: { en: 'It looks nothing like the photos.', 'zh-Hans': '实物和图片完全不一样。', 'zh-Hant': '實物和圖片完全不一樣。' },
  counterfeit: { en: 'This is a fake.', 'zh-Hans': '这是假货。', 'zh-Hant': '這是假貨。' },
  refund_return: { en: 'I returned it weeks ago and still no refund.', 'zh-Hans': '退货好几周了还没退款。', 'zh-Hant': '退貨好幾週了還沒退款。' },
  after_sales_delay: { en: 'Nobody has answered my repair request for weeks.', 'zh-Hans': '售后申请几周都没人处理。', 'zh-Hant': '售後申請幾週都沒人處理。' },
  service_attitude: { en: 'Your agent was rude to me.', 'zh-Hans': '客服态度太差了。', 'zh-Hant': '客服態度太差了。' },
  safety_health: { en: 'My son got a rash from this cream.', 'zh-Hans': '孩子用了这个面霜过敏了。', 'zh-Hant': '孩子用了這個面霜過敏了。' },
  billing_payment: { en: 'I was charged twice.', 'zh-Hans': '被扣了两次钱。', 'zh-Hant': '被扣了兩次款。' },
  account_security: { en: 'Someone logged into my account.', 'zh-Hans': '我的账号被盗了。', 'zh-Hant': '我的帳號被盜了。' },
  other: { en: 'I am not happy with my order.', 'zh-Hans': '我对这次购物不满意。', 'zh-Hant': '我對這次購物不滿意。' },
};

const SEVERE = new Set<CategoryId>(['quality_defect', 'counterfeit', 'lost_parcel', 'account_security', 'after_sales_delay', 'refund_return']);
const LOCAL = {
  en: { currency: 'USD', total: 189, carrier: 'UPS', name: 'Alice Brown', item: 'Ceramic vase' },
  'zh-Hans': { currency: 'CNY', total: 1280, carrier: '顺丰速运', name: '王小明', item: '陶瓷花瓶' },
  'zh-Hant': { currency: 'TWD', total: 3600, carrier: '黑貓宅急便', name: '陳美玲', item: '陶瓷花瓶' },
} as const;

function complaint(category: CategoryId, lang: UiLanguage, extra: Partial<ComplaintContextInput['ticket']> = {}): ComplaintContextInput {
  const local = LOCAL[lang];
  return {
    ticket: { id: '4711', body: COMPLAINTS[category][lang], createdAt: '2026-11-20T11:00:00Z', requester: { name: local.name }, ...extra },
    order: {
      number: '#1042',
      total: { amount: local.total, currency: local.currency },
      lineItems: [{ title: local.item, quantity: 1 }],
      shipments: [
        {
          carrier: local.carrier,
          trackingNumber: 'SF1234567890',
          status: category === 'lost_parcel' ? 'delivered' : 'in_transit',
          estimatedDelivery: '2026-11-18T10:00:00Z',
          ...(category === 'lost_parcel' ? { deliveredAt: '2026-11-18T08:00:00Z' } : {}),
        },
      ],
    },
  };
}

/** What triage would know, fixed here so the goldens do not move when a lexicon changes. */
function soFar(input: ComplaintContextInput, category: CategoryId, tier: Tier, lang: UiLanguage, risks: RiskFinding[] = []): TriageSoFar {
  const context = parseContext(input);
  return {
    language: lang,
    category,
    categories: [{ id: category, score: 1, evidence: [] }],
    risks,
    emotion: 1,
    tier,
    priority: tier === 'crisis' ? 'urgent' : tier === 'severe' ? 'high' : 'normal',
    owner: tier === 'crisis' ? 'crisis_team' : tier === 'severe' ? 'supervisor' : 'agent',
    group: 'frontline',
    reasons: [],
    sla: computeSla(context, tier, defaultPolicy.sla, NOW),
  };
}

function drafts(input: ComplaintContextInput, category: CategoryId, tier: Tier, lang: UiLanguage, risks: RiskFinding[] = [], agent = 'Mei') {
  return draftReplies(parseContext(input), soFar(input, category, tier, lang, risks), defaultPolicy, NOW, { name: agent, uiLanguage: 'en' });
}

const textOf = (replies: { kind: string; text: string }[], kind: string) => replies.find((r) => r.kind === kind)?.text ?? '';

const legal = (lang: UiLanguage): RiskFinding => {
  const word = { en: 'lawyer', 'zh-Hans': '12315', 'zh-Hant': '消保官' }[lang];
  return { id: 'legal_threat', evidence: [{ source: 'body', text: word, start: 0, end: word.length }] };
};

describe.each(LANGUAGES)('golden drafts in %s', (lang) => {
  it.each(CATEGORY_IDS)('%s', (category) => {
    const tier: Tier = SEVERE.has(category) ? 'severe' : 'routine';
    const replies = drafts(complaint(category, lang), category, tier, lang);
    expect(replies.map((r) => r.kind)).toEqual(['acceptance', 'empathy', 'scenario', 'progress_update', 'follow_up']);
    expect(replies.every((r) => r.language === lang)).toBe(true);
    expect(replies.map((r) => `## ${r.kind} · ${r.title}\n${r.text}`).join('\n\n')).toMatchSnapshot();
  });

  it.each(['safety_health', 'counterfeit', 'lost_parcel'] as const)('%s in the crisis tier', (category) => {
    const replies = drafts(complaint(category, lang), category, 'crisis', lang, [legal(lang)]);
    expect(replies.map((r) => r.kind)).toEqual(['acceptance', 'empathy', 'scenario', 'progress_update', 'follow_up', 'holding_statement', 'escalation_note']);
    expect(replies.map((r) => `## ${r.kind} · ${r.title}\n${r.text}`).join('\n\n')).toMatchSnapshot();
  });

  it('answers every category with its own scenario script', () => {
    const scripts = CATEGORY_IDS.map((c) => textOf(drafts(complaint(c, lang), c, 'routine', lang), 'scenario'));
    expect(new Set(scripts).size).toBe(CATEGORY_IDS.length);
  });

  it('passes its own tone guard with no error and no missing apology, action or time', () => {
    for (const category of CATEGORY_IDS) {
      for (const tier of ['routine', 'severe', 'crisis'] as const) {
        const input = complaint(category, lang);
        for (const reply of drafts(input, category, tier, lang, tier === 'crisis' ? [legal(lang)] : [])) {
          if (reply.kind === 'escalation_note') continue; // internal: no apology owed to a colleague
          expect(lintReply(reply.text, parseContext(input), defaultPolicy, 'agent'), `${category} ${tier} ${reply.kind}`).toEqual([]);
        }
      }
    }
  });
});

describe('filled from the context', () => {
  it('gives the acceptance notice the ticket, the handling time from the clocks and the agent', () => {
    const text = textOf(drafts(complaint('quality_defect', 'en'), 'quality_defect', 'severe', 'en'), 'acceptance');
    // Severe: a solution within 4 h of 11:00, so 3 h from now.
    expect(text).toContain('ticket 4711');
    expect(text).toContain('within 3 hours');
    expect(text).toContain('Mei');
    expect(text).toContain('Hi Alice Brown,');
  });

  it('gives due times as a moment in the customer’s zone when it is known', () => {
    const en = complaint('quality_defect', 'en', { requester: { name: 'Alice', timeZone: 'America/New_York' } });
    expect(textOf(drafts(en, 'quality_defect', 'severe', 'en'), 'acceptance')).toContain('by Fri, Nov 20, 10:00 AM');
    // A zh-TW locale has one zone: Asia/Taipei.
    const hant = complaint('quality_defect', 'zh-Hant', { locale: 'zh-TW' });
    expect(textOf(drafts(hant, 'quality_defect', 'severe', 'zh-Hant'), 'acceptance')).toContain('11月20日週五 下午11:00前');
    const hans = complaint('quality_defect', 'zh-Hans', { requester: { timeZone: 'Asia/Shanghai' } });
    expect(textOf(drafts(hans, 'quality_defect', 'severe', 'zh-Hans'), 'acceptance')).toContain('11月20日周五 23:00前');
  });

  it('falls back to a relative time, never shorter than half an hour', () => {
    const late = complaint('other', 'zh-Hans', { createdAt: '2026-11-19T08:00:00Z' });
    const text = textOf(drafts(late, 'other', 'routine', 'zh-Hans'), 'acceptance');
    expect(text).toContain('30分钟内');
  });

  it('writes each relative time in its own language and number, however often it was written before', () => {
    const expected = {
      en: ['within 1 hour', 'within 3 hours'],
      'zh-Hans': ['1小时内', '3小时内'],
      'zh-Hant': ['1小時內', '3小時內'],
    };
    for (let round = 0; round < 2; round++) {
      for (const lang of LANGUAGES) {
        for (const [i, createdAt] of ['2026-11-20T09:00:00Z', '2026-11-20T11:00:00Z'].entries()) {
          const text = textOf(drafts(complaint('quality_defect', lang, { createdAt }), 'quality_defect', 'severe', lang), 'acceptance');
          expect(text).toContain(expected[lang][i]);
        }
      }
    }
  });

  it('names carrier, tracking number and delivery date for a lost parcel', () => {
    const replies = drafts(complaint('lost_parcel', 'en'), 'lost_parcel', 'severe', 'en');
    expect(textOf(replies, 'scenario')).toContain('UPS (tracking number SF1234567890)');
    expect(textOf(replies, 'empathy')).toContain('delivered on Nov 18, 2026');
    const hans = drafts(complaint('lost_parcel', 'zh-Hans'), 'lost_parcel', 'severe', 'zh-Hans');
    expect(textOf(hans, 'scenario')).toContain('顺丰速运发起查件（运单号SF1234567890）');
  });

  it('formats amounts for the currency and the customer’s locale', () => {
    // Routine wrong item: a coupon worth 10% of the order, within the agent's own authority.
    expect(textOf(drafts(complaint('wrong_or_missing_item', 'zh-Hans'), 'wrong_or_missing_item', 'routine', 'zh-Hans'), 'scenario')).toContain('¥120无门槛优惠券');
    expect(textOf(drafts(complaint('wrong_or_missing_item', 'en'), 'wrong_or_missing_item', 'routine', 'en'), 'scenario')).toContain('coupon worth $18');
    expect(textOf(drafts(complaint('wrong_or_missing_item', 'zh-Hant'), 'wrong_or_missing_item', 'routine', 'zh-Hant'), 'scenario')).toContain('$360無門檻折價券');
  });

  it('asks for approval instead of promising what is beyond the agent', () => {
    const text = textOf(drafts(complaint('lost_parcel', 'en'), 'lost_parcel', 'severe', 'en'), 'scenario');
    expect(text).toContain('I have asked my supervisor to approve a free re-shipment');
    expect(text).not.toContain('$189');
  });

  it('writes a public holding statement that admits nothing unchecked and gives the next update', () => {
    for (const lang of LANGUAGES) {
      const text = textOf(drafts(complaint('safety_health', lang), 'safety_health', 'crisis', lang, [legal(lang)]), 'holding_statement');
      for (const fact of ['#1042', '4711', LOCAL[lang].name, LOCAL[lang].item, LOCAL[lang].carrier]) expect(text).not.toContain(fact);
      expect(text).toMatch({ en: /within 2 hours\.$/, 'zh-Hans': /2小时内公布/, 'zh-Hant': /2小時內公布/ }[lang]);
    }
    const en = textOf(drafts(complaint('counterfeit', 'en'), 'counterfeit', 'crisis', 'en', [legal('en')]), 'holding_statement');
    expect(en).not.toMatch(/\b(?:fake|counterfeit|defect|our fault)\b/i);
  });

  it('writes an internal escalation note for supervisor, legal and PR', () => {
    const media: RiskFinding = { id: 'media_exposure', evidence: [{ source: 'body', text: 'Reddit', start: 0, end: 6 }] };
    const text = textOf(drafts(complaint('lost_parcel', 'en'), 'lost_parcel', 'crisis', 'en', [legal('en'), media]), 'escalation_note');
    expect(text).toContain('Escalation (Crisis): Legal threat and Media exposure.');
    expect(text).toContain('order value $189');
    expect(text).toContain('“lawyer” and “Reddit”');
    expect(text).toContain('Involve: supervisor, legal, and PR.');
    expect(text).toContain('Awaiting approval: Re-ship the order $189 (crisis team), Full refund $189 (crisis team), and Gift card (store credit) $18 (crisis team).');
  });

  it('titles the drafts in the agent’s UI language', () => {
    const input = complaint('counterfeit', 'zh-Hans');
    const replies = draftReplies(parseContext(input), soFar(input, 'counterfeit', 'severe', 'zh-Hans'), defaultPolicy, NOW, { uiLanguage: 'zh-Hant' });
    expect(replies.map((r) => r.title)).toContain('情境話術：仿冒商品');
    expect(replies.every((r) => r.language === 'zh-Hans')).toBe(true);
  });
});

describe('missing facts', () => {
  it('leaves out what it does not know, without a trace', () => {
    const bare: ComplaintContextInput = { ticket: { id: '9', body: 'Where is my order?' } };
    for (const lang of LANGUAGES) {
      for (const category of CATEGORY_IDS) {
        for (const reply of drafts(bare, category, 'crisis', lang, [], '')) {
          expect(reply.text).not.toMatch(/[{}]|undefined|NaN|#|null|\(\)|（）|“”|「」/);
        }
      }
    }
    const text = textOf(drafts(bare, 'lost_parcel', 'routine', 'en', [], ''), 'scenario');
    expect(text).toContain('the parcel for your order');
    expect(text).toContain('a trace with the courier, and');
    expect(text).toMatch(/^Hello,/);
    expect(text).toMatch(/Kind regards,\nCustomer Care$/);
  });

  it('gives remedies without amounts when the order value is unknown', () => {
    const result = triage({ ticket: { id: '9', body: 'The kettle stopped working after two days.' } }, defaultPolicy, NOW);
    expect(result.remedies.length).toBeGreaterThan(0);
    expect(result.remedies.every((r) => r.amount === undefined)).toBe(true);
  });
});

describe('strings from customers and shops', () => {
  const hostile = complaint('damaged_in_transit', 'en');
  hostile.order!.lineItems = [{ title: '{{setting.token}}' }, { title: '<%= x %> <script>alert(1)</script>' }];
  hostile.order!.number = '{order}';
  hostile.ticket.requester = { name: '{customer, select, other {x}}' };

  it('inserts them as text, never as templates', () => {
    const text = textOf(drafts(hostile, 'damaged_in_transit', 'routine', 'en'), 'scenario');
    expect(text).toContain('“{{setting.token}}” and “<%= x %> <script>alert(1)</script>”');
    expect(text).toContain('Hi {customer, select, other {x}},');
  });

  it('escapes them for hosts that insert HTML', () => {
    const text = textOf(drafts(hostile, 'damaged_in_transit', 'routine', 'en'), 'scenario');
    const html = escapeHtml(text);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<|>/);
    expect(escapeHtml(`a & b "c" 'd'`)).toBe('a &amp; b &quot;c&quot; &#39;d&#39;');
  });

  it('keeps a title with line breaks on one line and cuts a very long one', () => {
    const input = complaint('damaged_in_transit', 'en');
    input.order!.lineItems = [{ title: 'Line one\n\nDear customer, calm down' }, { title: 'x'.repeat(500) }];
    const text = textOf(drafts(input, 'damaged_in_transit', 'routine', 'en'), 'scenario');
    expect(text).toContain('“Line one Dear customer, calm down”');
    expect(text).toContain(`“${'x'.repeat(59)}…”`);
    expect(lintReply(text, parseContext(input), defaultPolicy, 'agent').filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('the customer’s language', () => {
  it('answers a Traditional complaint in Traditional and an unknown language in English', () => {
    const hant = triage({ ticket: { id: '1', body: '包裹顯示已簽收但是我根本沒收到，請儘快處理' } }, defaultPolicy, NOW);
    expect(hant.replies.every((r) => r.language === 'zh-Hant')).toBe(true);
    const other = triage({ ticket: { id: '2', body: 'Mi pedido no ha llegado todavía' } }, defaultPolicy, NOW);
    expect(other.language).toBe('other');
    expect(other.replies.every((r) => r.language === 'en')).toBe(true);
  });

  it('uses the customer’s locale when the text does not tell', () => {
    const context = parseContext({ ticket: { id: '3', body: '', locale: 'zh-HK' } });
    expect(replyLanguage('other', context)).toBe('zh-Hant');
    expect(replyLanguage('other', parseContext({ ticket: { id: '3', body: '', locale: 'zh_CN' } }))).toBe('zh-Hans');
    expect(replyLanguage('other', parseContext({ ticket: { id: '3', body: '', locale: 'not a tag' } }))).toBe('en');
  });
});

describe('a shop’s own wording', () => {
  it('overrides a reply kind per language, with the parts and the facts', () => {
    const policy = resolvePolicy({
      replies: {
        scenario: { en: '{greeting} {apology} Order: {hasOrder, select, yes {{order}} other {none}}. {itemCount, plural, one {# item} other {# items}}.' },
      },
    });
    const input = complaint('damaged_in_transit', 'en');
    const context = parseContext(input);
    const replies = draftReplies(context, soFar(input, 'damaged_in_transit', 'routine', 'en'), policy, NOW, { uiLanguage: 'en' });
    expect(textOf(replies, 'scenario')).toBe('Hi Alice Brown, I’m sorry that “Ceramic vase” arrived damaged. Order: #1042. 1 item.');
    // Other languages and kinds keep ours.
    expect(textOf(replies, 'empathy')).toContain('Our packing should have protected it');
  });

  it('may use every reply value, and falls back to ours on one that is not among them', () => {
    // Each value has its slot in the draft's value list: none may be missing from it.
    const every = [...REPLY_VALUES].map((name) => (name === 'itemCount' ? '{itemCount, number}' : `{${name}}`)).join('|');
    const input = complaint('damaged_in_transit', 'en');
    const context = parseContext(input);
    const draft = (policy: Policy) => draftReplies(context, soFar(input, 'damaged_in_transit', 'routine', 'en'), policy, NOW, { uiLanguage: 'en' });
    const ours = textOf(draft(defaultPolicy), 'scenario');
    const text = textOf(draft(resolvePolicy({ replies: { scenario: { en: `Ours: ${every}` } } })), 'scenario');
    expect(text.startsWith('Ours: Alice Brown|yes|')).toBe(true);
    expect(text.split('|')).toHaveLength(REPLY_VALUES.size);
    // The compensation part's own values are not reply values (a policy that skipped validation).
    expect(textOf(draft({ ...defaultPolicy, replies: { scenario: { en: '{offer}' } } }), 'scenario')).toBe(ours);
  });

  it('refuses an invalid ICU message, an unknown value or an unknown kind, naming the path', () => {
    const error = (override: unknown) => {
      try {
        resolvePolicy(override);
      } catch (e) {
        return (e as PolicyError).message;
      }
      return 'accepted';
    };
    expect(error({ replies: { scenario: { en: 'Hi {name' } } })).toMatch(/^replies\.scenario\.en: not a valid ICU message/);
    expect(error({ replies: { scenario: { en: '{x, select, a {b}}' } } })).toMatch(/^replies\.scenario\.en: not a valid ICU message: missing other clause/);
    expect(error({ replies: { empathy: { 'zh-Hant': '{orderNumber}' } } })).toMatch(/^replies\.empathy\.zh-Hant: unknown value \{orderNumber\}/);
    expect(error({ replies: { apology: { en: 'x' } } })).toMatch(/^replies\.apology: unknown key/);
    expect(error({ replies: { scenario: { fr: 'x' } } })).toMatch(/^replies\.scenario\.fr: unknown key/);
  });

  it('refuses a word used as a number, which would print NaN', () => {
    expect(() => resolvePolicy({ replies: { acceptance: { en: '{order, plural, one {#} other {#}}' } } })).toThrow(
      /^replies\.acceptance\.en: \{order\} is text: only \{itemCount\} can be a number, date or plural/,
    );
  });
});
