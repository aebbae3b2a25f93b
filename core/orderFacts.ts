// What the order and the customer's history say on their own, before reading a word of the
// complaint: a late parcel, a "delivered" scan, an open refund, a customer who complained before.
import { parseInstant } from './businessCalendar.ts';
import type { ComplaintContext, Evidence } from './model.ts';

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
