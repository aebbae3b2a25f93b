// What the order and the customer's history say on their own, before reading a word of the
// complaint: a late parcel, a "delivered" scan, an open refund, a customer who complained before.
import { parseInstant } from './businessCalendar.ts';
import type { ComplaintContext, Evidence, Money } from './model.ts';

export type OrderFactKind =
  | 'shipment_late'
  | 'shipment_delivered'
  | 'shipment_failed'
  | 'refund_pending'
  | 'return_open'
  | 'previous_complaints';

export interface OrderFact {
  kind: OrderFactKind;
  evidence: Evidence;
}

const day = (iso: string) => iso.slice(0, 10);

export function orderFacts(context: ComplaintContext, now: Date): OrderFact[] {
  const facts: OrderFact[] = [];
  const fact = (kind: OrderFactKind, source: 'order' | 'customer', text: string) =>
    facts.push({ kind, evidence: { source, text } });
  const order = context.order;
  for (const s of order?.shipments ?? []) {
    const label = s.trackingNumber ? `shipment ${s.trackingNumber}` : 'shipment';
    if (s.status === 'delivered') fact('shipment_delivered', 'order', `${label} delivered${s.deliveredAt ? ` ${day(s.deliveredAt)}` : ''}`);
    else if (s.status === 'failure' || s.status === 'returned') fact('shipment_failed', 'order', `${label} ${s.status}`);
    else if (s.estimatedDelivery && parseInstant(s.estimatedDelivery) < now.getTime())
      fact('shipment_late', 'order', `${label} ${s.status}, estimated delivery ${day(s.estimatedDelivery)}`);
  }
  for (const r of order?.refunds ?? []) {
    if (r.status === 'pending') fact('refund_pending', 'order', `refund pending${r.amount ? ` ${r.amount.amount} ${r.amount.currency}` : ''}`);
  }
  for (const r of order?.returns ?? []) {
    if (r.status === 'requested' || r.status === 'open' || r.status === 'in_progress') fact('return_open', 'order', `return ${r.status}`);
  }
  const previous = context.customer?.previousComplaints ?? 0;
  if (previous > 0) fact('previous_complaints', 'customer', `${previous} earlier complaint${previous === 1 ? '' : 's'}`);
  return facts;
}

/**
 * The order's value and what is left of it after refunds already made or under way: what a full
 * refund gives back, for the remedies and for the tone guard alike.
 */
export function orderValue(context: ComplaintContext): { value: Money; left: number } | undefined {
  const order = context.order;
  const total = order?.total;
  if (!order || !total || !(total.amount > 0)) return undefined;
  if (order.financialStatus === 'refunded' || order.financialStatus === 'voided') return { value: total, left: 0 };
  let refunded = 0;
  for (const r of order.refunds) {
    if (r.status !== 'failed' && r.amount && r.amount.currency === total.currency) refunded += r.amount.amount;
  }
  // Rounded down to the cent: what is left is never more than was paid.
  const left = refunded > 0 ? Math.floor((total.amount - refunded) * 100 + 1e-6) / 100 : total.amount;
  return { value: total, left: Math.max(0, left) };
}
