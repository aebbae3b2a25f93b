// Complaint risk read from the order alone, before anyone pasted a message: what the order block shows.
// Shipment, refund and return facts come from the core's orderFacts (one definition of "late" for every
// host); what only an order page can tell is added here: a stuck parcel, a delivered order already tagged
// as a complaint, a customer tagged as a complainer, and the VIP / high-value marks the triage uses to
// raise priority. No lexicon, no zod: this runs in the block, whose bundle must stay small.
import { orderFacts } from '../../core/orderFacts.ts';
import type { ComplaintContext, Customer, Order } from '../../core/model.ts';
import { isComplaintTag } from './complaintTags.ts';
import type { BlockThresholds } from './thresholds.ts';

export type RiskSignalId =
  | 'shipment_late'
  | 'shipment_stuck'
  | 'shipment_failed'
  | 'delivered_complaint'
  | 'refund_pending'
  | 'return_open'
  | 'repeat_complainer'
  | 'vip'
  | 'high_value_order'
  | 'high_lifetime_value';

/** critical: a complaint is likely or under way; warning: it may come; info: it would matter more. */
export type RiskLevel = 'critical' | 'warning' | 'info';

export interface RiskSignal {
  id: RiskSignalId;
  level: RiskLevel;
  /** Values for the signal's message: a tracking number, a date, an amount. */
  detail: Record<string, string | number>;
}

const DAY = 24 * 60 * 60 * 1000;
/** A parcel with no estimate and no delivery this long after it left is stuck (a week is the usual carrier promise). */
export const STUCK_AFTER_DAYS = 7;
/** A label printed this long ago that never reached a carrier: the goods did not leave. */
export const LABEL_ONLY_AFTER_DAYS = 3;

const day = (iso: string) => iso.slice(0, 10);

function context(order: Order, customer: Customer | undefined): ComplaintContext {
  // orderFacts reads only the order and the customer; the ticket is a placeholder with the schema's defaults.
  const ticket = { id: order.id ?? 'order', subject: '', body: '', messages: [], tags: [], statusHistory: [] };
  return customer ? { ticket, order, customer } : { ticket, order };
}

export function orderRisk(order: Order, customer: Customer | undefined, thresholds: BlockThresholds, now: Date): RiskSignal[] {
  const signals: RiskSignal[] = [];
  const add = (id: RiskSignalId, level: RiskLevel, detail: Record<string, string | number> = {}) => signals.push({ id, level, detail });
  const complaintTagged = order.tags.some(isComplaintTag);

  for (const fact of orderFacts(context(order, customer), now)) {
    if (fact.kind === 'shipment_late') add('shipment_late', 'warning', shipmentDetail(order, 'late', now));
    else if (fact.kind === 'shipment_failed') add('shipment_failed', 'critical', shipmentDetail(order, 'failed', now));
    else if (fact.kind === 'refund_pending') add('refund_pending', 'warning');
    else if (fact.kind === 'return_open') add('return_open', 'warning');
    // A delivered parcel is the normal end; it is a risk only with a complaint already on the order.
    else if (fact.kind === 'shipment_delivered' && complaintTagged && !signals.some((s) => s.id === 'delivered_complaint'))
      add('delivered_complaint', 'critical', shipmentDetail(order, 'delivered', now));
  }

  for (const s of order.shipments) {
    if (s.estimatedDelivery || s.status === 'delivered' || s.status === 'failure' || s.status === 'returned') continue;
    const since = Date.parse(s.shippedAt ?? '');
    const labelOnly = s.status === 'label_created';
    const limit = (labelOnly ? LABEL_ONLY_AFTER_DAYS : STUCK_AFTER_DAYS) * DAY;
    if (!Number.isNaN(since) && now.getTime() - since > limit) {
      add('shipment_stuck', 'warning', { tracking: s.trackingNumber ?? '—', days: Math.floor((now.getTime() - since) / DAY) });
      break;
    }
  }

  const previous = customer?.previousComplaints ?? 0;
  const taggedComplainer = (customer?.tags ?? []).some((t) => isComplaintTag(t) || t.trim().toLowerCase() === 'complainer');
  if (previous >= thresholds.repeatContactAfter || taggedComplainer) add('repeat_complainer', 'critical', { count: previous });

  const vip = new Set(thresholds.vipTags.map((t) => t.toLowerCase()));
  const vipTag = [...(customer?.tags ?? []), ...order.tags].find((t) => vip.has(t.toLowerCase()));
  if (vipTag) add('vip', 'info', { tag: vipTag });
  const total = order.total;
  const orderLimit = total && thresholds.highValueOrder[total.currency];
  if (total && orderLimit && total.amount >= orderLimit) add('high_value_order', 'info', { amount: total.amount, currency: total.currency });
  const spent = customer?.totalSpent;
  const spentLimit = spent && thresholds.highLifetimeValue[spent.currency];
  if (spent && spentLimit && spent.amount >= spentLimit) add('high_lifetime_value', 'info', { amount: spent.amount, currency: spent.currency });
  return signals;
}

function shipmentDetail(order: Order, kind: 'late' | 'failed' | 'delivered', now: Date): Record<string, string | number> {
  const s = order.shipments.find((x) =>
    kind === 'delivered'
      ? x.status === 'delivered'
      : kind === 'failed'
        ? x.status === 'failure' || x.status === 'returned'
        : x.estimatedDelivery !== undefined && Date.parse(x.estimatedDelivery) < now.getTime() && x.status !== 'delivered',
  );
  const date = kind === 'late' ? s?.estimatedDelivery : kind === 'delivered' ? s?.deliveredAt : undefined;
  return { tracking: s?.trackingNumber ?? '—', carrier: s?.carrier ?? '', date: date ? day(date) : '—' };
}

const LEVEL_ORDER: Record<RiskLevel, number> = { critical: 0, warning: 1, info: 2 };

/** The most serious level among the signals, for the block's badge. */
export function worstLevel(signals: readonly RiskSignal[]): RiskLevel | undefined {
  return [...signals].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level])[0]?.level;
}
