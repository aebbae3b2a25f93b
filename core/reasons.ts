// One sentence per rule that fired, in the agent's UI language, each pointing at its evidence.
import { CATEGORY_NAMES, EMOTION_NAMES, PRIORITY_NAMES, RISK_NAMES, TIER_NAMES, listOf } from './labels.ts';
import type { CategoryScore, Emotion, Evidence, Priority, Reason, RiskFinding, Tier, UiLanguage } from './model.ts';
import type { PriorityStep, TierCause } from './tiering.ts';

type Template = Record<UiLanguage, string>;

const T = {
  category: {
    en: 'Main complaint: {category}, from {quotes}.',
    'zh-Hans': '主要问题：{category}，依据 {quotes}。',
    'zh-Hant': '主要問題：{category}，依據 {quotes}。',
  },
  categoryNone: {
    en: 'No complaint category recognised; read the message yourself.',
    'zh-Hans': '未识别出投诉类别，请人工阅读。',
    'zh-Hant': '未辨識出客訴類別，請人工閱讀。',
  },
  risk: { en: '{risk}: {quotes}.', 'zh-Hans': '{risk}：{quotes}。', 'zh-Hant': '{risk}：{quotes}。' },
  tierRisk: {
    en: '{tier} tier because of {risks}.',
    'zh-Hans': '因{risks}，定为{tier}级。',
    'zh-Hant': '因{risks}，列為{tier}級。',
  },
  tierCategory: {
    en: '{tier} tier: {category} complaints need a supervisor.',
    'zh-Hans': '{tier}级：{category}类投诉需主管介入。',
    'zh-Hant': '{tier}級：{category}類客訴需主管介入。',
  },
  tierEmotion: {
    en: '{tier} tier: the customer is {emotion}.',
    'zh-Hans': '{tier}级：客户情绪{emotion}。',
    'zh-Hant': '{tier}級：客戶情緒{emotion}。',
  },
  tierNone: {
    en: 'Routine tier: no crisis or severe trigger; the frontline can close it.',
    'zh-Hans': '常规级：无危机或严重因素，一线客服即可处理。',
    'zh-Hant': '一般級：無危機或嚴重因素，第一線客服即可處理。',
  },
  emotion: {
    en: 'The customer sounds {emotion}: {quotes}.',
    'zh-Hans': '客户情绪{emotion}：{quotes}。',
    'zh-Hant': '客戶情緒{emotion}：{quotes}。',
  },
  calm: {
    en: 'Priority {priority}: calm message and nothing else at stake.',
    'zh-Hans': '优先级{priority}：客户情绪平稳，无其他风险。',
    'zh-Hant': '優先級{priority}：客戶情緒平穩，無其他風險。',
  },
  urgentRisk: {
    en: 'Priority {priority}: {risks} always comes first.',
    'zh-Hans': '优先级{priority}：{risks}一律优先处理。',
    'zh-Hant': '優先級{priority}：{risks}一律優先處理。',
  },
  vip: {
    en: 'Priority raised to {priority}: VIP customer (tag "{tag}").',
    'zh-Hans': '优先级升为{priority}：VIP客户（标签“{tag}”）。',
    'zh-Hant': '優先級升為{priority}：VIP客戶（標籤「{tag}」）。',
  },
  highValueOrder: {
    en: 'Priority raised to {priority}: high-value order ({amount}).',
    'zh-Hans': '优先级升为{priority}：高价值订单（{amount}）。',
    'zh-Hant': '優先級升為{priority}：高價值訂單（{amount}）。',
  },
  highLifetimeValue: {
    en: 'Priority raised to {priority}: high-value customer ({amount} spent).',
    'zh-Hans': '优先级升为{priority}：高价值客户（累计消费{amount}）。',
    'zh-Hant': '優先級升為{priority}：高價值客戶（累計消費{amount}）。',
  },
} satisfies Record<string, Template>;

export interface ReasonInput {
  category: CategoryScore | undefined;
  risks: RiskFinding[];
  emotion: Emotion;
  emotionEvidence: Evidence[];
  tier: Tier;
  tierCauses: TierCause[];
  priority: Priority;
  prioritySteps: PriorityStep[];
}

export function explain(input: ReasonInput, lang: UiLanguage): Reason[] {
  const reasons: Reason[] = [];
  const say = (rule: string, template: Template, values: Record<string, string>, evidence: Evidence[] = []) =>
    reasons.push({ rule, text: fill(template[lang], values), evidence });
  const tier = TIER_NAMES[input.tier][lang];
  const priority = PRIORITY_NAMES[input.priority][lang];
  const riskNames = (ids: string[]) => listOf(ids.map((id) => RISK_NAMES[id as RiskFinding['id']][lang]), lang);

  if (input.category) {
    say('category', T.category, { category: CATEGORY_NAMES[input.category.id][lang], quotes: quotes(input.category.evidence, lang) }, input.category.evidence);
  } else {
    say('category.none', T.categoryNone, {});
  }
  for (const risk of input.risks) say(`risk.${risk.id}`, T.risk, { risk: RISK_NAMES[risk.id][lang], quotes: quotes(risk.evidence, lang) }, risk.evidence);
  for (const cause of input.tierCauses) {
    const rule = `tier.${input.tier}.${cause.rule}`;
    if (cause.rule === 'risk') {
      // A loop rather than filter and flatMap: flatMap alone cost a microsecond here.
      const evidence: Evidence[] = [];
      for (const r of input.risks) if (cause.risks.includes(r.id)) evidence.push(...r.evidence);
      say(rule, T.tierRisk, { tier, risks: riskNames(cause.risks) }, evidence);
    } else if (cause.rule === 'category') {
      say(rule, T.tierCategory, { tier, category: CATEGORY_NAMES[cause.category][lang] }, input.category?.evidence ?? []);
    } else if (cause.rule === 'emotion') {
      say(rule, T.tierEmotion, { tier, emotion: EMOTION_NAMES[cause.emotion][lang] }, input.emotionEvidence);
    } else {
      say(rule, T.tierNone, {});
    }
  }
  if (input.emotion >= 2 && input.emotionEvidence.length > 0) {
    say('emotion', T.emotion, { emotion: EMOTION_NAMES[input.emotion][lang], quotes: quotes(input.emotionEvidence, lang) }, input.emotionEvidence);
  }
  for (const step of input.prioritySteps) {
    const rule = `priority.${step.rule}`;
    if (step.rule === 'calm') say(rule, T.calm, { priority });
    else if (step.rule === 'urgent_risk') say(rule, T.urgentRisk, { priority, risks: riskNames(step.risks) });
    else if (step.rule === 'vip') say(rule, T.vip, { priority, tag: step.tag });
    else {
      const amount = money(step.amount, step.currency, lang);
      say(rule, step.rule === 'high_value_order' ? T.highValueOrder : T.highLifetimeValue, { priority, amount });
    }
  }
  return reasons;
}

// Each template split once into text and names, alternately: "a {x} b" → ["a ", "x", " b"]. The
// templates are the constants above, so the map stays their size.
const splitTemplates = new Map<string, string[]>();

function fill(template: string, values: Record<string, string>): string {
  let parts = splitTemplates.get(template);
  if (!parts) splitTemplates.set(template, (parts = template.split(/\{(\w+)\}/)));
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) text += (values[parts[i]!] ?? '') + parts[i + 1]!;
  return text;
}

const MAX_QUOTES = 3;
const MAX_QUOTE_LENGTH = 40;

function quotes(evidence: Evidence[], lang: UiLanguage): string {
  // At most three texts: an array searched is cheaper than a Set made for them.
  const seen: string[] = [];
  const texts: string[] = [];
  for (const e of evidence) {
    const text = e.text.length > MAX_QUOTE_LENGTH ? `${e.text.slice(0, MAX_QUOTE_LENGTH - 1)}…` : e.text;
    if (seen.includes(text)) continue;
    seen.push(text);
    texts.push(lang === 'en' ? `“${text}”` : `「${text}」`);
    if (texts.length === MAX_QUOTES) break;
  }
  return listOf(texts, lang);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

function money(amount: number, currency: string, lang: UiLanguage): string {
  const key = `${lang} ${currency}`;
  let format = moneyFormats.get(key);
  if (!format) moneyFormats.set(key, (format = new Intl.NumberFormat(lang, { style: 'currency', currency })));
  return format.format(amount);
}
