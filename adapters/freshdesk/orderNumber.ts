// Where a complaint's order comes from, most trusted first: the custom field the admin mapped, the
// ticket text ("#1001", "订单号 1001", "訂單編號1001", "order 1001"), the requester's latest order.
// (adapters/zendesk/orderNumber.ts answers the same question for Zendesk; both should move to one shared
// module once that adapter settles. Until then the tests below pin the same cases.)
import type { OrderLookup } from '../shopify/orderLookup.ts';

const DIGITS = String.raw`(\d{3,12})`;
const PATTERNS: RegExp[] = [
  // 订单号 1001 · 訂單編號：1001 · 订单#1001 · 單號 1001
  new RegExp(String.raw`(?:订单|訂單|单号|單號)(?:编号|編號|号码|號碼|号|號)?\s*[:：]?\s*#?\s*${DIGITS}`, 'u'),
  // order 1001 · Order #1001 · order no. 1001 · order number: 1001
  new RegExp(String.raw`\border\s*(?:no\.?|number|num\.?|id)?\s*[:#]?\s*#?\s*${DIGITS}\b`, 'iu'),
  // #1001 standing alone (not "abc#1001", not "#1001-R")
  new RegExp(String.raw`(?:^|[^\p{L}\p{N}_])#\s?${DIGITS}(?![\p{L}\p{N}_-])`, 'u'),
];

/** The first order number the customer wrote, the way Shopify names orders ("#1001"). */
export function orderNumberInText(...texts: (string | undefined)[]): string | undefined {
  for (const pattern of PATTERNS)
    for (const text of texts) {
      // NFKC folds full-width digits and ＃ (１００１, ＃1001), common in Chinese input methods.
      const match = text ? pattern.exec(text.normalize('NFKC')) : null;
      if (match?.[1]) return `#${match[1]}`;
    }
  return undefined;
}

/** A mapped field's value: a Shopify order GID, the long id from an admin URL, or an order name. */
export function lookupFromField(value: string): OrderLookup | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (/^gid:\/\/shopify\/Order\/\d+$/.test(v)) return { by: 'id', value: v };
  // Admin-URL ids have 10+ digits; names are short ("1001", "#1001", "SO-1001").
  if (/^\d{10,}$/.test(v)) return { by: 'id', value: v };
  if (/^#?[\p{L}\p{N}_-]{1,40}$/u.test(v)) return { by: 'name', value: v.startsWith('#') ? v : `#${v}` };
  return undefined;
}

export type OrderSource = 'field' | 'text' | 'email';

export function chooseOrderLookup(input: {
  fieldValue?: string | undefined;
  texts: (string | undefined)[];
  email?: string | undefined;
  emailLookup: boolean;
}): { lookup: OrderLookup; source: OrderSource } | undefined {
  const fromField = input.fieldValue ? lookupFromField(input.fieldValue) : undefined;
  if (fromField) return { lookup: fromField, source: 'field' };
  const fromText = orderNumberInText(...input.texts);
  if (fromText) return { lookup: { by: 'name', value: fromText }, source: 'text' };
  // E-mail lookup is level-2 protected customer data in Shopify: only when the shop turned it on.
  if (input.email && input.emailLookup) return { lookup: { by: 'email', value: input.email }, source: 'email' };
  return undefined;
}
