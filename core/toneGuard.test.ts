// Every rule of the tone guard in English, Simplified and Traditional Chinese, with the exceptions
// that keep it quiet on good replies: quoting the customer, negations, kind uses of a phrase.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComplaintContextInput, UiLanguage } from './model.ts';
import { defaultPolicy, resolvePolicy, type Policy } from './policy.ts';
import type { Role } from './authority.ts';
import { lintReply, quoteSpans, type Finding } from './toneGuard.ts';
import { provideTonePhrases, tonePhrases, TonePhrases } from './toneLint.ts';
import { TONE_PHRASES } from './tonePhrases.ts';
import { parseOrThrow, ValidationError } from './validation.ts';
import { parseContext, triage } from './triage.ts';

const customer = (lang: UiLanguage, extra: Partial<ComplaintContextInput> = {}) => parseContext({ ticket: { id: 't', body: '', locale: lang }, ...extra });
const lint = (draft: string, lang: UiLanguage, role: Role = 'agent', policy: Policy = defaultPolicy, extra: Partial<ComplaintContextInput> = {}) => {
  const findings = lintReply(draft, customer(lang, extra), policy, role);
  for (const f of findings) expect(f.text).toBe(draft.slice(f.start, f.end));
  return findings;
};
const rules = (findings: Finding[]) => findings.map((f) => f.rule);
const found = (findings: Finding[], rule: Finding['rule']) => findings.filter((f) => f.rule === rule).map((f) => f.text);

// Complete, kind replies: apology, action, time. Each rule's test adds one fault to one of them.
const GOOD = {
  en: 'I’m so sorry your parcel has not arrived. I have asked the courier to trace it and will send a replacement today. I will update you by 5 pm.',
  'zh-Hans': '非常抱歉给您带来不便，我们马上为您补发，今天发出，24小时内给您答复。',
  'zh-Hant': '非常抱歉造成您的不便，我們馬上為您補寄，今天寄出，24小時內回覆您。',
};

describe('a good reply', () => {
  it.each(Object.entries(GOOD))('%s has no finding', (lang, draft) => {
    expect(lint(draft, lang as UiLanguage)).toEqual([]);
  });
});

describe('forbidden and dismissive phrases', () => {
  it.each([
    ['en', "That's normal, you must have misunderstood. Calm down, as I already said it's not our problem.", ["That's normal", 'you must have misunderstood', 'Calm down', 'as I already said', 'not our problem']],
    ['en', 'THAT’S NORMAL. Check it yourself.', ['THAT’S NORMAL', 'Check it yourself']],
    ['zh-Hans', '这是正常现象，您理解错了，你自己看，我已经说过了，不关我们的事。', ['这是正常现象', '您理解错了', '你自己看', '我已经说过了', '不关我们的事']],
    ['zh-Hant', '這是正常現象，您理解錯了，你冷靜一點，這不歸我們管。', ['這是正常現象', '您理解錯了', '你冷靜一點', '不歸我們管']],
    ['zh-Hant', '這是正常現象', ['這是正常現象']],
    ['zh-Hans', '这是正常现象', ['这是正常现象']], // full-width and half-width alike
  ])('%s: %s', (lang, draft, expected) => {
    const findings = lint(draft, lang as UiLanguage);
    expect(found(findings, 'forbidden_phrase')).toEqual(expected);
    expect(findings.filter((f) => f.rule === 'forbidden_phrase').every((f) => f.severity === 'error')).toBe(true);
  });

  it('points at the exact span and suggests a better wording in the draft’s language', () => {
    const draft = '亲，這是正常現象哦。';
    const [finding] = lint(draft, 'zh-Hant').filter((f) => f.rule === 'forbidden_phrase');
    expect(finding).toEqual({
      rule: 'forbidden_phrase',
      severity: 'error',
      start: 2,
      end: 8,
      text: '這是正常現象',
      suggestion: '我們非常重視您的體驗，現在為您提供兩種解決方案：……',
    });
    expect(lint('这是正常现象。', 'zh-Hans').find((f) => f.rule === 'forbidden_phrase')?.suggestion).toBe('我们非常重视您的体验，现在为您提供两种解决方案：……');
    expect(lint("That's normal.", 'en').find((f) => f.rule === 'forbidden_phrase')?.suggestion).toMatch(/^We take your experience seriously/);
  });

  it.each([
    ['en', 'You said ‘this is normal’ and I am sorry, it is not. I will send a replacement within 2 hours.'],
    ['en', 'You said "that\'s normal" was what our agent told you. I’m sorry; I will send a replacement within 2 hours.'],
    ['en', 'You were told this is normal. I’m sorry, it is not, and I will send a replacement today.'],
    ['zh-Hans', '您说“这是正常现象”是我们同事的原话，非常抱歉，我们马上为您补发，今天发出。'],
    ['zh-Hans', '您说之前客服告诉您这是正常现象，非常抱歉，我们马上为您补发，今天发出。'],
    ['zh-Hant', '您提到客服說「這是正常現象」、「您理解錯了」，非常抱歉，我們馬上為您補寄，今天寄出。'],
  ])('%s: quoting the customer back is not a finding: %s', (lang, draft) => {
    expect(lint(draft, lang as UiLanguage)).toEqual([]);
  });

  it.each([
    ['zh-Hans', '这不是正常现象，非常抱歉，我们马上为您补发，今天发出。'],
    ['zh-Hans', '不是您理解错了，是我们没说清楚，非常抱歉，我们马上为您补发，今天发出。'],
    ['zh-Hant', '這並非正常現象，非常抱歉，我們馬上為您補寄，今天寄出。'],
    ['en', 'It is not your fault and it is not normal. I’m sorry; I will send a replacement today.'],
    ['en', 'It’s normal to feel let down. I’m sorry; I will send a replacement today.'],
    ['en', 'We will relaxing... no. I’m sorry; I will send a replacement today.'],
  ])('%s: a negated or kind use is not a finding: %s', (lang, draft) => {
    expect(rules(lint(draft, lang as UiLanguage))).toEqual([]);
  });
});

describe('blame-shifting', () => {
  it.each([
    ['en', 'It is your fault, you entered the wrong address.', ['your fault', 'you entered the wrong']],
    ['en', 'Please contact the courier; it is the courier’s fault.', ['Please contact the courier', 'the courier’s fault']],
    ['zh-Hans', '这是您自己的原因，请您联系快递。', ['您自己的原因', '请您联系快递']],
    ['zh-Hans', '是快递的问题，您去找快递吧。', ['是快递的问题', '您去找快递']],
    ['zh-Hant', '這是您自己的問題，請您聯繫快遞，是物流的問題。', ['您自己的問題', '請您聯繫快遞', '是物流的問題']],
    ['zh-Hant', '是宅配的問題，您聯絡宅配。', ['是宅配的問題', '您聯絡宅配']],
  ])('%s: %s', (lang, draft, expected) => {
    const findings = lint(draft, lang as UiLanguage);
    expect(found(findings, 'blame_shifting')).toEqual(expected);
    expect(findings.find((f) => f.rule === 'blame_shifting')?.severity).toBe('error');
  });

  it('lets the agent contact the courier themselves', () => {
    expect(lint('I’m sorry. I have contacted the courier and will ask the carrier to trace it today.', 'en')).toEqual([]);
    expect(lint('非常抱歉，我们已联系快递公司核实，今天给您答复。', 'zh-Hans')).toEqual([]);
    expect(lint('这不是快递的问题，是我们的包装问题，非常抱歉，马上为您补发，今天发出。', 'zh-Hans')).toEqual([]);
  });
});

describe('the empathy formula', () => {
  it.each([
    ['en', 'We will send a replacement today.', ['missing_apology']],
    ['en', 'I am very sorry about this. Talk soon, within 2 hours.', ['missing_action']],
    ['en', 'I am very sorry; I will send a replacement as soon as possible.', ['missing_time_commitment']],
    ['en', 'Noted.', ['missing_apology', 'missing_action', 'missing_time_commitment']],
    ['zh-Hans', '我们马上为您补发。', ['missing_apology']],
    ['zh-Hans', '非常抱歉，今天内给您消息。', ['missing_action']],
    ['zh-Hans', '非常抱歉，我们会尽快为您补发。', ['missing_time_commitment']],
    ['zh-Hant', '我們馬上為您補寄。', ['missing_apology']],
    ['zh-Hant', '非常抱歉，今天內給您消息。', ['missing_action']],
    ['zh-Hant', '非常抱歉，我們會盡快為您補寄。', ['missing_time_commitment']],
  ])('%s: %s', (lang, draft, expected) => {
    const findings = lint(draft, lang as UiLanguage);
    expect(rules(findings)).toEqual(expected);
    for (const f of findings) expect(f).toMatchObject({ severity: 'warning', start: 0, end: 0, text: '' });
  });

  it('suggests the missing part in the draft’s language', () => {
    expect(lint('我們馬上為您補寄，今天寄出。', 'zh-Hant')[0]?.suggestion).toBe('造成您的不便，非常抱歉。');
    expect(lint('我们马上为您补发，今天发出。', 'zh-Hans')[0]?.suggestion).toBe('给您带来不便，非常抱歉。');
    expect(lint('We will send a replacement today.', 'en')[0]?.suggestion).toBe('I’m sorry for the trouble this has caused.');
  });

  it('does not count an apology the customer wrote and the agent quotes', () => {
    expect(rules(lint('You said “sorry is not enough”. We will send a replacement today.', 'en'))).toEqual(['missing_apology']);
  });
});

describe('money beyond the role’s authority', () => {
  const promise = {
    en: (amount: string) => `I’m sorry. I will refund you ${amount} today.`,
    'zh-Hans': (amount: string) => `非常抱歉，今天为您退款${amount}。`,
    'zh-Hant': (amount: string) => `非常抱歉，今天為您退款${amount}。`,
  };

  it.each([
    ['en', '¥800'],
    ['en', '$120'],
    ['en', '120 dollars'],
    ['en', 'one hundred and twenty dollars'],
    ['en', '€80'],
    ['en', 'US$ 1,200.50'],
    ['en', '£60'],
    ['zh-Hans', '800元'],
    ['zh-Hans', '八百元'],
    ['zh-Hans', '一千二百块'],
    ['zh-Hans', '两千五百元'],
    ['zh-Hans', '1.5万元'],
    ['zh-Hans', '￥８００'],
    ['zh-Hans', '人民币六百元'],
    ['zh-Hant', '八百元'],
    ['zh-Hant', '捌佰元'],
    ['zh-Hant', '一百二十美金'],
  ])('%s: flags %s for an agent', (lang, amount) => {
    const draft = promise[lang as UiLanguage](amount);
    const over = lint(draft, lang as UiLanguage).filter((f) => f.rule === 'over_authority');
    expect(over.map((f) => [f.text, f.severity])).toEqual([[amount, 'error']]);
  });

  it.each([
    ['en', '€50'], // ≈ ¥385
    ['en', '$60'], // ≈ ¥428
    ['en', 'fifty dollars'],
    ['zh-Hans', '五百元'], // exactly the limit
    ['zh-Hans', '二百元'],
    ['zh-Hant', '三百塊'],
  ])('%s: leaves %s, within ¥500, alone', (lang, amount) => {
    expect(lint(promise[lang as UiLanguage](amount), lang as UiLanguage).filter((f) => f.rule === 'over_authority')).toEqual([]);
  });

  it('judges by the role: a supervisor may give ¥800 but not ¥5,000', () => {
    expect(lint(promise.en('¥800'), 'en', 'supervisor')).toEqual([]);
    const over = lint(promise['zh-Hans']('五千元'), 'zh-Hans', 'supervisor');
    expect(over.map((f) => f.rule)).toEqual(['over_authority']);
    expect(over[0]?.suggestion).toBe('我已为您申请公司专项小组审批，会在4小时内给您确认结果。');
  });

  it('reads the shop’s limits per role and currency and its rates', () => {
    const policy = resolvePolicy({ authority: { limits: { agent: { USD: 150 } }, rates: { EUR: 10 } } });
    expect(lint(promise.en('$120'), 'en', 'agent', policy)).toEqual([]);
    expect(rules(lint(promise.en('€60'), 'en', 'agent', policy))).toEqual(['over_authority']); // 600 CNY
    expect(rules(lint(promise.en('$160'), 'en', 'agent', policy))).toEqual(['over_authority']);
  });

  it('reads "$" and "元" in the shop’s own currency', () => {
    const twd = { order: { total: { amount: 3600, currency: 'TWD' } } };
    // NT$2,000 ≈ ¥444: within; in US dollars it would not be.
    expect(lint(promise['zh-Hant']('$2,000'), 'zh-Hant', 'agent', defaultPolicy, twd)).toEqual([]);
    expect(lint(promise['zh-Hant']('2000元'), 'zh-Hant', 'agent', defaultPolicy, twd)).toEqual([]);
    expect(rules(lint(promise['zh-Hant']('$2,000'), 'zh-Hant'))).toEqual(['over_authority']);
  });

  it('does not flag an amount that is not given, one being asked for, or one quoted', () => {
    expect(lint('I’m sorry that your order of $189 is late. I will send it again today.', 'en')).toEqual([]);
    expect(lint('I’m sorry. I have asked my supervisor to approve a refund of ¥3,000 and will confirm within 4 hours.', 'en')).toEqual([]);
    expect(lint('非常抱歉，我已为您申请主管审批退款一千二百元，今天给您答复。', 'zh-Hans')).toEqual([]);
    expect(lint('您说要“赔偿八百元”，非常抱歉，我们马上为您补发，今天发出。', 'zh-Hans')).toEqual([]);
    expect(lint('非常抱歉，元旦前为您补发，今天发出。', 'zh-Hans')).toEqual([]);
  });

  it('flags a full refund of an order worth more than the role may give', () => {
    const big = { order: { total: { amount: 3000, currency: 'CNY' } } };
    const findings = lint('非常抱歉，今天为您全额退款。', 'zh-Hans', 'agent', defaultPolicy, big);
    expect(findings.map((f) => [f.rule, f.text])).toEqual([['over_authority', '全额退款']]);
    expect(lint('I’m sorry; I will give you a full refund today.', 'en', 'agent', defaultPolicy, { order: { total: { amount: 50, currency: 'USD' } } })).toEqual([]);
  });

  it('weighs a full refund as what is left of the order, as the remedies do', () => {
    // ¥600 paid, ¥200 already refunded: a full refund is ¥400, within the agent's ¥500.
    const refunds = [{ status: 'pending' as const, amount: { amount: 200, currency: 'CNY' } }];
    const partlyRefunded = { order: { total: { amount: 600, currency: 'CNY' }, refunds } };
    expect(lint('非常抱歉，今天为您全额退款。', 'zh-Hans', 'agent', defaultPolicy, partlyRefunded)).toEqual([]);
    expect(rules(lint('非常抱歉，今天为您全额退款。', 'zh-Hans', 'agent', defaultPolicy, { order: { total: { amount: 600, currency: 'CNY' } } }))).toEqual(['over_authority']);
    // The draft triage writes for such an order offers that amount and passes its own guard.
    const context = customer('zh-Hant', { ...partlyRefunded, ticket: { id: '4711', subject: '', body: '實物和圖片完全不一樣，怎麼回事？' } });
    const result = triage(context, defaultPolicy, new Date('2026-11-20T12:00:00Z'));
    expect(result.remedies[0]).toMatchObject({ kind: 'full_refund', amount: { amount: 400 }, authority: 'within' });
    for (const reply of result.replies) expect(lintReply(reply.text, parseContext(context), defaultPolicy, 'agent').filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('marks an amount it cannot convert for a person to check', () => {
    const findings = lint('I’m sorry; I will refund you 900 NZD today.', 'en');
    expect(findings.map((f) => [f.rule, f.severity, f.text])).toEqual([['over_authority', 'info', '900 NZD']]);
  });
});

describe('shouting', () => {
  it.each([
    ['en', 'I’m sorry. THIS IS UNACCEPTABLE and I WILL FIX IT today.', ['THIS IS UNACCEPTABLE', 'I WILL FIX IT']],
    ['en', 'I’m sorry!!! I will send it today.', ['!!!']],
    ['zh-Hans', '非常抱歉！！！马上为您补发，今天发出。', ['！！！']],
    ['zh-Hant', '非常抱歉！！！馬上為您補寄，今天寄出。', ['！！！']],
  ])('%s: %s', (lang, draft, expected) => {
    const findings = lint(draft, lang as UiLanguage);
    expect(found(findings, 'shouting')).toEqual(expected);
    expect(findings.find((f) => f.rule === 'shouting')?.severity).toBe('warning');
  });

  it('suggests the words in sentence case, keeping acronyms', () => {
    expect(lint('I’m sorry. PLEASE WAIT FOR THE DHL SCAN today.', 'en').find((f) => f.rule === 'shouting')?.suggestion).toBe('Please wait for the DHL scan');
  });

  it('leaves names and acronyms alone', () => {
    expect(lint('I’m sorry, JOHN SMITH. I have asked UPS and DHL to trace it and will update you by 5 PM.', 'en')).toEqual([]);
  });
});

describe('the customer’s language', () => {
  it.each([
    ['en', GOOD['zh-Hans'], 'error', '请用英文回复，与客户的语言一致。'],
    ['zh-Hans', GOOD.en, 'error', 'Write the reply in Simplified Chinese, the customer’s language.'],
    ['zh-Hant', GOOD.en, 'error', 'Write the reply in Traditional Chinese, the customer’s language.'],
    ['zh-Hant', GOOD['zh-Hans'], 'warning', '请用繁体中文回复，与客户的语言一致。'],
    ['zh-Hans', GOOD['zh-Hant'], 'warning', '請用簡體中文回覆，與客戶的語言一致。'],
  ])('a %s customer', (lang, draft, severity, suggestion) => {
    const findings = lint(draft, lang as UiLanguage);
    expect(findings).toEqual([{ rule: 'wrong_language', severity, start: 0, end: draft.length, text: draft, suggestion }]);
  });

  it('reads the customer’s language from what they wrote', () => {
    const hant = parseContext({ ticket: { id: 't', body: '包裹顯示已簽收但是我根本沒收到' } });
    expect(rules(lintReply(GOOD['zh-Hans'], hant, defaultPolicy, 'agent'))).toEqual(['wrong_language']);
    expect(lintReply(GOOD['zh-Hant'], hant, defaultPolicy, 'agent')).toEqual([]);
  });

  it('does not judge a Chinese reply by an English product name in it', () => {
    expect(lint('非常抱歉，您的AirPods Pro我们马上为您补发，今天发出。', 'zh-Hans')).toEqual([]);
  });
});

describe('quotation marks', () => {
  it('finds quoted spans and tells apostrophes from quotes', () => {
    const draft = 'You said ‘that’s normal’ and “calm down”; 「這是正常現象」 and "ok" it\'s fine';
    expect(quoteSpans(draft).map(([a, b]) => draft.slice(a, b))).toEqual(['‘that’s normal’', '“calm down”', '「這是正常現象」', '"ok"']);
  });
});

describe('the phrases, provided', () => {
  afterEach(() => provideTonePhrases(TONE_PHRASES));
  // A copy to damage: the built-in object stays as it is.
  const copy = (): TonePhrases => JSON.parse(JSON.stringify(TONE_PHRASES)) as TonePhrases;

  it('are the built-in ones for whatever imports the guard from toneGuard.ts', () => {
    expect(tonePhrases()).toBe(TONE_PHRASES);
  });

  it('are used from the next lint on', () => {
    const draft = 'I’m sorry, that is rather unusual; I will send a replacement today.';
    expect(lint(draft, 'en')).toEqual([]);
    const phrases = copy();
    phrases.groups[0]!.en.push('rather unusual');
    provideTonePhrases(phrases);
    expect(found(lint(draft, 'en'), 'forbidden_phrase')).toEqual(['rather unusual']);
  });

  const parse = (input: unknown) => parseOrThrow(TonePhrases, input, ValidationError);

  it('survive JSON unchanged, so that a host can deliver them as data', () => {
    expect(parse(JSON.parse(JSON.stringify(TONE_PHRASES)))).toEqual(TONE_PHRASES);
  });

  it('are refused, naming the path, when damaged', () => {
    const fails = (damage: (p: TonePhrases) => void, message: RegExp) => {
      const phrases = copy();
      damage(phrases);
      expect(() => parse(phrases)).toThrow(ValidationError);
      expect(() => parse(phrases)).toThrow(message);
    };
    fails((p) => (p.groups[2]!.zh = []), /^groups\[2\]\.zh: Too small/);
    fails((p) => (p.cues.action.en[3] = 'ship(?:ped'), /^cues\.action\.en\[3\]: not a regular expression/);
    fails((p) => (p.timeCues.zh = '(?:'), /^timeCues\.zh: not a regular expression/);
    fails((p) => (p.wrongLanguage.en = 'Write the reply in the customer’s language.'), /^wrongLanguage\.en: .*\{language\}/);
    fails((p) => delete (p.suggestions as Partial<TonePhrases['suggestions']>).time, /^suggestions\.time: /);
    expect(() => parse('groups')).toThrow(/^\(input\): Invalid input: expected object/);
  });

  it('must be provided before a lint: a host that forgot gets an error, not a silent guard', async () => {
    vi.resetModules();
    const fresh = await import('./toneLint.ts');
    expect(() => fresh.lintReply('Calm down.', customer('en'), defaultPolicy, 'agent')).toThrow(/Tone phrases were not provided/);
  });
});
