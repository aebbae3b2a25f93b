// Where the order of a complaint comes from, in order of trust: the ticket field the admin mapped,
// the ticket text ("#1001", "订单号 1001", "訂單編號1001", "order 1001"), the requester's latest order.
import type { OrderLookup } from '../shopify/orderLookup.ts';

const PATTERNS: RegExp[] = [
  // 订单号 1001 · 訂單編號：1001 · 订单#1001 · 訂單號碼 1001
  /(?:订单|訂單|单号|單號)(?:编号|編號|号码|號碼|号|號)?\s*[:：]?\s*[#＃]?\s*(\d{3,12})/u,
  // order 1001 · Order #1001 · order no. 1001 · order number: 1001
  /\border\s*(?:no\.?|number|num\.?|id)?\s*[:#]?\s*#?\s*(\d{3,12})\b/iu,
  // #1001 on its own (not part of a longer token such as "abc#1001" or "#1001-R")
  /(?:^|[^\p{L}\p{N}_])[#＃]\s?(\d{3,12})(?![\p{L}\p{N}_-])/u,
];

/** The first order number the customer wrote, as Shopify names it ("#1001"), or undefined. */
export function orderNumberInText(...texts: (string | undefined)[]): string | undefined {
  for (const pattern of PATTERNS) {
    for (const text of texts) {
      if (!text) continue;
      const match = pattern.exec(text.normalize('NFKC'));
      if (match?.[1]) return `#${match[1]}`;
    }
  }
  return undefined;
}

/** A mapped field's value: a Shopify order id (GID or the long number from the admin URL) or a name. */
export function lookupFromField(value: string): OrderLookup | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (/^gid:\/\/shopify\/Order\/\d+$/.test(v)) return { by: 'id', value: v };
  // Order ids in admin URLs are 10+ digits; names are short ("1001", "#1001", "SO-1001").
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
  if (input.email && input.emailLookup) return { lookup: { by: 'email', value: input.email }, source: 'email' };
  return undefined;
}
