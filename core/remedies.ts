// Compensation options for one complaint, sized to the loss and the tier (domain §7: "compensate
// the emotion more than the loss", frontline authority ¥500, tier 2 "full refund + gift card"),
// each marked within the agent's authority or needing someone's approval.
import * as z from './zod.ts';
import { approverFor, limitFor, type Authority } from './authority.ts';
import { formattingLocale, formatMoney } from './localeFormat.ts';
import type { Approver, CategoryId, ComplaintContext, Remedy, RemedyKind, Tier, UiLanguage } from './model.ts';
import { orderValue } from './orderFacts.ts';

const share = z.number().check(z.gte(0), z.lte(1));

export const RemedyPolicy = z.strictObject({
  /** Share of the order value a coupon is worth, per tier (capped at the agent's own limit). */
  couponShare: z.strictObject({ routine: share, severe: share, crisis: share }),
  /** Share of the order value refunded when the customer keeps an item that falls short. */
  partialRefundShare: share,
  /** Share of the order value given as a gift card on severe and crisis complaints. */
  storeCreditShare: share,
});
export type RemedyPolicy = z.infer<typeof RemedyPolicy>;

export const defaultRemedyPolicy: RemedyPolicy = {
  couponShare: { routine: 0.1, severe: 0.15, crisis: 0.2 },
  partialRefundShare: 0.3,
  storeCreditShare: 0.1,
};

/** What each kind of complaint is answered with, the usual first choice first (domain §6–§7). */
const MENU: Record<CategoryId, RemedyKind[]> = {
  logistics_delay: ['shipping_refund', 'coupon', 'priority_shipping'],
  lost_parcel: ['reship', 'full_refund', 'coupon', 'priority_shipping'],
  damaged_in_transit: ['reship', 'partial_refund', 'full_refund', 'coupon', 'gesture'],
  wrong_or_missing_item: ['reship', 'coupon', 'priority_shipping'],
  quality_defect: ['replace', 'full_refund', 'partial_refund', 'extended_warranty', 'coupon'],
  not_as_described: ['full_refund', 'partial_refund', 'coupon'],
  counterfeit: ['full_refund', 'gesture', 'coupon'],
  refund_return: ['full_refund', 'shipping_refund', 'coupon'],
  after_sales_delay: ['gesture', 'coupon', 'priority_shipping'],
  service_attitude: ['gesture', 'coupon'],
  safety_health: ['full_refund', 'gesture'],
  billing_payment: ['full_refund', 'coupon'],
  account_security: ['gesture', 'coupon'],
  other: ['coupon', 'gesture'],
};

/** Nothing changes hands: the frontline gives these whatever the tier. */
const FREE: ReadonlySet<RemedyKind> = new Set<RemedyKind>(['extended_warranty', 'priority_shipping', 'gesture']);

export const REMEDY_NAMES: Record<RemedyKind, Record<UiLanguage, string>> = {
  reship: { en: 'Re-ship the order', 'zh-Hans': '免费补发', 'zh-Hant': '免費補寄' },
  replace: { en: 'Replace the item', 'zh-Hans': '免费换新', 'zh-Hant': '免費換新' },
  full_refund: { en: 'Full refund', 'zh-Hans': '全额退款', 'zh-Hant': '全額退款' },
  partial_refund: { en: 'Partial refund, customer keeps the item', 'zh-Hans': '部分退款（商品无需退回）', 'zh-Hant': '部分退款（商品免退回）' },
  shipping_refund: { en: 'Refund the shipping fee', 'zh-Hans': '退还运费', 'zh-Hant': '退還運費' },
  coupon: { en: 'No-threshold coupon', 'zh-Hans': '无门槛优惠券', 'zh-Hant': '無門檻折價券' },
  store_credit: { en: 'Gift card (store credit)', 'zh-Hans': '礼品卡（店铺余额）', 'zh-Hant': '禮品卡（購物金）' },
  extended_warranty: { en: 'Extended warranty', 'zh-Hans': '延长质保', 'zh-Hant': '延長保固' },
  priority_shipping: { en: 'Priority shipping on the next order', 'zh-Hans': '下一单优先发货', 'zh-Hant': '下一筆訂單優先出貨' },
  gesture: { en: 'Handwritten apology and a dedicated agent', 'zh-Hans': '手写致歉信 + 专属客服跟进', 'zh-Hant': '手寫道歉信＋專人跟進' },
};

/** Rounds a goodwill amount down to two significant figures: ¥135 → ¥130, ¥18.9 → ¥18. */
function niceFloor(x: number): number {
  if (x < 1) return 0;
  if (x < 100) return Math.floor(x);
  const step = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.floor(x / step) * step;
}

export function proposeRemedies(
  context: ComplaintContext,
  category: CategoryId,
  tier: Tier,
  policy: { authority: Authority; remedies: RemedyPolicy },
  uiLanguage: UiLanguage = 'en',
): Remedy[] {
  const sizes = policy.remedies;
  const order = orderValue(context);
  const locale = formattingLocale(uiLanguage, undefined);
  const menu = MENU[category].map((kind): RemedyKind => (kind === 'coupon' && tier !== 'routine' ? 'store_credit' : kind));

  const amountOf = (kind: RemedyKind): number | undefined | null => {
    if (!order) return undefined;
    const { value, left } = order;
    switch (kind) {
      case 'reship':
      case 'replace':
        return value.amount;
      case 'full_refund':
        return left > 0 ? left : null;
      case 'partial_refund': {
        const amount = Math.min(niceFloor(value.amount * sizes.partialRefundShare), left);
        return amount > 0 ? amount : null;
      }
      case 'coupon': {
        // A coupon is the frontline's own tool: never sized past what the agent may give.
        const cap = limitFor('agent', value.currency, policy.authority)?.amount ?? Infinity;
        const amount = niceFloor(Math.min(value.amount * sizes.couponShare[tier], cap));
        return amount > 0 ? amount : null;
      }
      case 'store_credit': {
        const amount = Math.min(niceFloor(value.amount * sizes.storeCreditShare), value.amount);
        return amount > 0 ? amount : null;
      }
      default:
        return undefined; // shipping fees and gestures are not priced in the order model
    }
  };

  const remedies: Remedy[] = [];
  for (const kind of menu) {
    const size = amountOf(kind);
    if (size === null) continue; // the order leaves nothing to give this way
    const amount = size === undefined || !order ? undefined : { amount: size, currency: order.value.currency };
    let approver: Approver | undefined;
    // In a crisis anything that costs money is part of one coordinated answer, decided together.
    if (tier === 'crisis' && !FREE.has(kind)) approver = 'crisis_team';
    else if (amount) approver = approverFor(amount, policy.authority);
    const name = REMEDY_NAMES[kind][uiLanguage];
    const label = amount ? `${name}${uiLanguage === 'en' ? ': ' : '：'}${formatMoney(amount, locale)}` : name;
    // Four literals rather than one with conditional spreads, which V8 builds slowly; the key order
    // (kind, amount, authority, approver, label) is the order of the output.
    if (amount) {
      remedies.push(approver ? { kind, amount, authority: 'needs_approval', approver, label } : { kind, amount, authority: 'within', label });
    } else {
      remedies.push(approver ? { kind, authority: 'needs_approval', approver, label } : { kind, authority: 'within', label });
    }
  }
  return remedies;
}
