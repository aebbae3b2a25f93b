// Framework-agnostic view model of one triage: what every sidebar (Zendesk now, Freshdesk next)
// shows, already translated and cut into safe text segments. No DOM, no framework, no host SDK.
import {
  CATEGORY_NAMES,
  EMOTION_NAMES,
  PRIORITY_NAMES,
  REPLY_KINDS,
  RISK_NAMES,
  TIER_NAMES,
  type ComplaintContext,
  type EvidenceSource,
  type Finding,
  type Order,
  type Priority,
  type Tier,
  type Triage,
  type UiLanguage,
} from '../../core/index.ts';
import type { LookupFailure } from '../../adapters/shopify/orderLookup.ts';
import { clockView, type ClockView } from './clock.ts';
import { segments, snippet, spansIn, type Segment } from './highlight.ts';
import { t, type StringKey } from './strings.ts';

export type Tone = 'neutral' | 'info' | 'warning' | 'danger' | 'success';

export type OrderStatus =
  | { status: 'found'; source?: 'field' | 'text' | 'email'; notShared?: string[] }
  | { status: 'none'; why: 'no_shop' | 'no_reference' }
  | { status: 'failed'; reason: LookupFailure; reference: string }
  | { status: 'loading' };

export interface Badge {
  id: string;
  label: string;
  tone: Tone;
}

export interface ReasonView {
  text: string;
  quotes: Segment[][];
}

export interface OrderCard {
  number?: string;
  placed?: string;
  total?: string;
  payment: string;
  fulfilment: string;
  items: string[];
  moreItems: number;
  shipments: { carrier?: string; tracking?: string; url?: string; status: string; estimated?: string; delivered?: string; late: boolean }[];
  refunds: string[];
  returns: string[];
}

export interface RemedyView {
  label: string;
  amount?: string;
  within: boolean;
  mark: string;
}

export interface ReplyView {
  kind: string;
  title: string;
  text: string;
  language: UiLanguage;
}

export interface TriageView {
  lang: UiLanguage;
  tier: Badge;
  priority: Badge;
  category: Badge;
  otherCategories: Badge[];
  risks: Badge[];
  emotion: string;
  reasons: ReasonView[];
  customerText: { source: EvidenceSource; label: string; segments: Segment[] }[];
  clocks: ClockView[];
  order?: OrderCard;
  orderNote?: { tone: Tone; text: string };
  replies: ReplyView[];
  remedies: RemedyView[];
}

const TIER_TONE: Record<Tier, Tone> = { routine: 'neutral', severe: 'warning', crisis: 'danger' };
const PRIORITY_TONE: Record<Priority, Tone> = { low: 'neutral', normal: 'info', high: 'warning', urgent: 'danger' };
const LOCALE: Record<UiLanguage, string> = { en: 'en-US', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

const STATUS_WORDS: Record<string, Record<UiLanguage, string>> = {
  pending: { en: 'pending', 'zh-Hans': '待付款', 'zh-Hant': '待付款' },
  authorized: { en: 'authorized', 'zh-Hans': '已授权', 'zh-Hant': '已授權' },
  paid: { en: 'paid', 'zh-Hans': '已付款', 'zh-Hant': '已付款' },
  partially_paid: { en: 'partially paid', 'zh-Hans': '部分付款', 'zh-Hant': '部分付款' },
  partially_refunded: { en: 'partially refunded', 'zh-Hans': '部分退款', 'zh-Hant': '部分退款' },
  refunded: { en: 'refunded', 'zh-Hans': '已退款', 'zh-Hant': '已退款' },
  voided: { en: 'voided', 'zh-Hans': '已作废', 'zh-Hant': '已作廢' },
  unknown: { en: 'unknown', 'zh-Hans': '未知', 'zh-Hant': '未知' },
  unfulfilled: { en: 'not shipped', 'zh-Hans': '未发货', 'zh-Hant': '未出貨' },
  partial: { en: 'partly shipped', 'zh-Hans': '部分发货', 'zh-Hant': '部分出貨' },
  fulfilled: { en: 'shipped', 'zh-Hans': '已发货', 'zh-Hant': '已出貨' },
  restocked: { en: 'restocked', 'zh-Hans': '已退库', 'zh-Hant': '已退庫' },
  label_created: { en: 'label created', 'zh-Hans': '已建单', 'zh-Hant': '已建單' },
  in_transit: { en: 'in transit', 'zh-Hans': '运输中', 'zh-Hant': '運送中' },
  out_for_delivery: { en: 'out for delivery', 'zh-Hans': '派送中', 'zh-Hant': '配送中' },
  attempted_delivery: { en: 'delivery attempted', 'zh-Hans': '投递未成功', 'zh-Hant': '投遞未成功' },
  delivered: { en: 'delivered', 'zh-Hans': '已签收', 'zh-Hant': '已簽收' },
  failure: { en: 'delivery failed', 'zh-Hans': '派送失败', 'zh-Hant': '配送失敗' },
  returned: { en: 'returned to sender', 'zh-Hans': '已退回', 'zh-Hant': '已退回' },
  requested: { en: 'requested', 'zh-Hans': '已申请', 'zh-Hant': '已申請' },
  open: { en: 'open', 'zh-Hans': '处理中', 'zh-Hant': '處理中' },
  in_progress: { en: 'in progress', 'zh-Hans': '处理中', 'zh-Hant': '處理中' },
  closed: { en: 'closed', 'zh-Hans': '已完成', 'zh-Hant': '已完成' },
  declined: { en: 'declined', 'zh-Hans': '已拒绝', 'zh-Hant': '已拒絕' },
  canceled: { en: 'canceled', 'zh-Hans': '已取消', 'zh-Hant': '已取消' },
  succeeded: { en: 'refunded', 'zh-Hans': '已退款', 'zh-Hant': '已退款' },
  failed: { en: 'failed', 'zh-Hans': '失败', 'zh-Hant': '失敗' },
};
const word = (key: string, lang: UiLanguage) => STATUS_WORDS[key]?.[lang] ?? key.replace(/_/g, ' ');

export function formatMoney(amount: number, currency: string, lang: UiLanguage): string {
  try {
    return new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

export function formatDate(iso: string | undefined, lang: UiLanguage, timeZone?: string): string | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  if (timeZone) options.timeZone = timeZone;
  return new Intl.DateTimeFormat(LOCALE[lang], options).format(ms);
}

/** Only https links leave the sidebar; anything else (javascript:, data:, http:) shows as text. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function orderCard(order: Order, lang: UiLanguage, now: Date): OrderCard {
  const money = (m: { amount: number; currency: string } | undefined) => (m ? formatMoney(m.amount, m.currency, lang) : undefined);
  const card: OrderCard = {
    payment: word(order.financialStatus, lang),
    fulfilment: word(order.fulfillmentStatus, lang),
    items: order.lineItems.slice(0, 3).map((i) => `${i.title} × ${i.quantity}`),
    moreItems: Math.max(0, order.lineItems.length - 3),
    shipments: order.shipments.map((s) => {
      const estimated = s.estimatedDelivery ? Date.parse(s.estimatedDelivery) : NaN;
      const delivered = s.deliveredAt ? Date.parse(s.deliveredAt) : NaN;
      const late = !Number.isNaN(estimated) && (Number.isNaN(delivered) ? now.getTime() > estimated : delivered > estimated);
      const view: OrderCard['shipments'][number] = { status: word(s.status, lang), late };
      if (s.carrier) view.carrier = s.carrier;
      if (s.trackingNumber) view.tracking = s.trackingNumber;
      const url = safeUrl(s.trackingUrl);
      if (url) view.url = url;
      const est = formatDate(s.estimatedDelivery, lang);
      if (est) view.estimated = est;
      const del = formatDate(s.deliveredAt, lang);
      if (del) view.delivered = del;
      return view;
    }),
    refunds: order.refunds.map((r) => [money(r.amount), word(r.status, lang)].filter(Boolean).join(' · ')),
    returns: order.returns.map((r) => word(r.status, lang)),
  };
  if (order.number) card.number = order.number;
  const placed = formatDate(order.createdAt, lang);
  if (placed) card.placed = placed;
  const total = money(order.total);
  if (total) card.total = total;
  return card;
}

const ORDER_FAILURE: Record<LookupFailure, StringKey> = {
  not_found: 'orderNotFound',
  deleted: 'orderNotFound',
  too_old: 'orderNotFound',
  unauthorized: 'orderUnauthorized',
  forbidden: 'orderForbidden',
  throttled: 'orderThrottled',
  unavailable: 'orderUnavailable',
  malformed: 'orderMalformed',
};

export function orderNote(status: OrderStatus | undefined, lang: UiLanguage): TriageView['orderNote'] {
  if (!status) return undefined;
  switch (status.status) {
    case 'loading':
      return { tone: 'info', text: t(lang, 'loadingOrder') };
    case 'none':
      return { tone: status.why === 'no_shop' ? 'warning' : 'info', text: t(lang, status.why === 'no_shop' ? 'orderNoShop' : 'orderNone') };
    case 'failed': {
      const key = ORDER_FAILURE[status.reason];
      const tone: Tone = status.reason === 'unauthorized' || status.reason === 'forbidden' ? 'danger' : 'warning';
      return { tone, text: t(lang, key, { reference: status.reference }) };
    }
    case 'found': {
      const source = status.source === 'field' ? 'orderFromField' : status.source === 'email' ? 'orderFromEmail' : status.source === 'text' ? 'orderFromText' : undefined;
      const parts = [source ? t(lang, source) : undefined, status.notShared?.length ? t(lang, 'notShared', { fields: status.notShared.join(', ') }) : undefined].filter(Boolean);
      return parts.length ? { tone: 'neutral', text: parts.join(' · ') } : undefined;
    }
  }
}

function textOf(context: ComplaintContext, source: EvidenceSource): string | undefined {
  if (source === 'subject') return context.ticket.subject;
  if (source === 'body') return context.ticket.body;
  if (source.startsWith('messages.')) return context.ticket.messages[Number(source.slice(9))]?.body;
  return undefined;
}

export function buildView(triage: Triage, context: ComplaintContext, lang: UiLanguage, now: Date, order?: OrderStatus): TriageView {
  const allEvidence = [...triage.categories.flatMap((c) => c.evidence), ...triage.risks.flatMap((r) => r.evidence), ...triage.reasons.flatMap((r) => r.evidence)];
  const sources: EvidenceSource[] = ['subject', 'body', ...context.ticket.messages.map((m, i) => (m.author === 'customer' ? (`messages.${i}` as const) : undefined)).filter((s): s is `messages.${number}` => s !== undefined)];
  const customerText = sources
    .map((source) => {
      const text = textOf(context, source) ?? '';
      const spans = spansIn(source, text, allEvidence);
      return { source, label: source, text, spans };
    })
    // The subject only when it carries evidence; every customer message with text.
    .filter((s) => s.text.trim() !== '' && (s.source !== 'subject' || s.spans.length > 0))
    .map((s) => ({ source: s.source, label: s.label, segments: segments(s.text, s.spans) }));

  const reasons: ReasonView[] = triage.reasons.map((r) => ({
    text: r.text,
    quotes: r.evidence.flatMap((e) => {
      if (e.start === undefined || e.end === undefined) return [];
      const text = textOf(context, e.source);
      return text !== undefined && text.slice(e.start, e.end) === e.text ? [snippet(text, e.start, e.end)] : [];
    }).slice(0, 3),
  }));

  const replies = [...triage.replies]
    .sort((a, b) => REPLY_KINDS.indexOf(a.kind) - REPLY_KINDS.indexOf(b.kind))
    .map((r) => ({ kind: r.kind, title: r.title, text: r.text, language: r.language }));

  const view: TriageView = {
    lang,
    tier: { id: triage.tier, label: TIER_NAMES[triage.tier][lang], tone: TIER_TONE[triage.tier] },
    priority: { id: triage.priority, label: PRIORITY_NAMES[triage.priority][lang], tone: PRIORITY_TONE[triage.priority] },
    category: { id: triage.category, label: CATEGORY_NAMES[triage.category][lang], tone: 'info' },
    otherCategories: triage.categories.filter((c) => c.id !== triage.category && c.score > 0).slice(0, 2).map((c) => ({ id: c.id, label: CATEGORY_NAMES[c.id][lang], tone: 'neutral' as const })),
    risks: triage.risks.map((r) => ({ id: r.id, label: RISK_NAMES[r.id][lang], tone: 'danger' as const })),
    emotion: EMOTION_NAMES[triage.emotion][lang],
    reasons,
    customerText,
    clocks: triage.sla.clocks.map((c) => clockView(c, now, lang)),
    replies,
    remedies: triage.remedies.map((r) => {
      const view: RemedyView = {
        label: r.label,
        within: r.authority === 'within',
        mark: r.authority === 'within' ? t(lang, 'within') : t(lang, 'needsApproval', { who: t(lang, r.approver ?? 'supervisor') }),
      };
      if (r.amount) view.amount = formatMoney(r.amount.amount, r.amount.currency, lang);
      return view;
    }),
  };
  if (context.order) view.order = orderCard(context.order, lang, now);
  const note = orderNote(order, lang);
  if (note) view.orderNote = note;
  return view;
}

/** Tone-guard findings as the composer panel shows them: the agent's words marked, a better wording. */
export interface FindingView {
  rule: Finding['rule'];
  severity: Finding['severity'];
  quote: Segment[];
  suggestion: string;
}

const RULE_NAMES: Record<Finding['rule'], Record<UiLanguage, string>> = {
  forbidden_phrase: { en: 'Phrase to avoid', 'zh-Hans': '禁用语', 'zh-Hant': '禁用語' },
  blame_shifting: { en: 'Shifts the blame', 'zh-Hans': '推卸责任', 'zh-Hant': '推卸責任' },
  missing_apology: { en: 'No apology', 'zh-Hans': '缺少致歉', 'zh-Hant': '缺少致歉' },
  missing_action: { en: 'No concrete action', 'zh-Hans': '缺少具体行动', 'zh-Hant': '缺少具體行動' },
  missing_time_commitment: { en: 'No time commitment', 'zh-Hans': '缺少时间承诺', 'zh-Hant': '缺少時間承諾' },
  over_authority: { en: 'Beyond your authority', 'zh-Hans': '超出权限', 'zh-Hant': '超出權限' },
  shouting: { en: 'Shouting', 'zh-Hans': '语气过激', 'zh-Hant': '語氣過激' },
  wrong_language: { en: 'Wrong language', 'zh-Hans': '语言不符', 'zh-Hant': '語言不符' },
};
export const ruleName = (rule: Finding['rule'], lang: UiLanguage) => RULE_NAMES[rule][lang];

export function findingViews(draft: string, findings: readonly Finding[]): FindingView[] {
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    quote: f.end > f.start ? snippet(draft, f.start, f.end, 16) : [],
    suggestion: f.suggestion,
  }));
}
