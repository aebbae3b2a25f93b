// The complaint context the core reads and the Triage it returns. One zod schema per concept;
// the TypeScript types are inferred from them so validation and typing never drift apart.
import * as z from './zod.ts';
import { Sla } from './slaClocks.ts';
import { isTimeZone } from './timeZone.ts';

export const CATEGORY_IDS = [
  'logistics_delay',
  'lost_parcel',
  'damaged_in_transit',
  'wrong_or_missing_item',
  'quality_defect',
  'not_as_described',
  'counterfeit',
  'refund_return',
  'after_sales_delay',
  'service_attitude',
  'safety_health',
  'billing_payment',
  'account_security',
  'other',
] as const;
export const CategoryId = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof CategoryId>;

/** Most severe first: breaks ties between equally scored categories (design.md §1). */
export const CATEGORY_SEVERITY: readonly CategoryId[] = [
  'safety_health',
  'counterfeit',
  'account_security',
  'lost_parcel',
  'quality_defect',
  'damaged_in_transit',
  'wrong_or_missing_item',
  'not_as_described',
  'refund_return',
  'billing_payment',
  'after_sales_delay',
  'service_attitude',
  'logistics_delay',
  'other',
];

export const RISK_IDS = [
  'legal_threat',
  'media_exposure',
  'mass_complaint',
  'safety_hazard',
  'counterfeit_claim',
  'churn_threat',
  'repeat_contact',
] as const;
export const RiskId = z.enum(RISK_IDS);
export type RiskId = z.infer<typeof RiskId>;

export const Language = z.enum(['en', 'zh-Hans', 'zh-Hant', 'other']);
export type Language = z.infer<typeof Language>;
export const UiLanguage = z.enum(['en', 'zh-Hans', 'zh-Hant']);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const Tier = z.enum(['routine', 'severe', 'crisis']);
export type Tier = z.infer<typeof Tier>;
export const Priority = z.enum(['low', 'normal', 'high', 'urgent']);
export type Priority = z.infer<typeof Priority>;
export const Owner = z.enum(['agent', 'supervisor', 'crisis_team']);
export type Owner = z.infer<typeof Owner>;

const IsoDateTime = z.iso.datetime({ offset: true });
const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as "USD"'));

export const Money = z.object({
  // Finite: z.number() refuses Infinity and NaN (classic zod's `.finite()` was a no-op).
  amount: z.number(),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

// ── Ticket ──────────────────────────────────────────────────────────────────────────────────────
export const Message = z.object({
  author: z.enum(['customer', 'agent']),
  body: z.string(),
  at: z.optional(IsoDateTime),
  /** false for an agent's internal note: it never counts as a reply to the customer. */
  public: z._default(z.boolean(), true),
});
export type Message = z.infer<typeof Message>;

export const TicketStatus = z.enum(['new', 'open', 'pending', 'on_hold', 'solved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;

export const StatusChange = z.object({ status: TicketStatus, at: IsoDateTime });
export type StatusChange = z.infer<typeof StatusChange>;

export const Requester = z.object({
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  locale: z.optional(z.string()),
  /** IANA zone (Zendesk's `iana_time_zone`): reply drafts give due times in it when known. */
  timeZone: z.optional(z.string().check(z.refine(isTimeZone, 'an IANA time zone such as "Asia/Shanghai"'))),
});

export const Ticket = z.object({
  id: z.string().check(z.minLength(1)),
  subject: z._default(z.string(), ''),
  /** The customer's complaint as first written: evidence offsets point into it. */
  body: z.string(),
  /** The conversation after `body`, oldest first. */
  messages: z._default(z.array(Message), []),
  channel: z.optional(z.string()),
  createdAt: z.optional(IsoDateTime),
  tags: z._default(z.array(z.string()), []),
  locale: z.optional(z.string()),
  requester: z.optional(Requester),
  status: z.optional(TicketStatus),
  /** Every status change, oldest first; pending / on-hold spans pause the SLA clocks. */
  statusHistory: z._default(z.array(StatusChange), []),
  solutionOfferedAt: z.optional(IsoDateTime),
  solvedAt: z.optional(IsoDateTime),
});
export type Ticket = z.infer<typeof Ticket>;

// ── Customer ────────────────────────────────────────────────────────────────────────────────────
export const Customer = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  tags: z._default(z.array(z.string()), []),
  ordersCount: z.optional(z.number().check(z.int(), z.nonnegative())),
  totalSpent: z.optional(Money),
  createdAt: z.optional(IsoDateTime),
  /** Complaints this customer made before this one. */
  previousComplaints: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type Customer = z.infer<typeof Customer>;

// ── Order ───────────────────────────────────────────────────────────────────────────────────────
export const ShipmentStatus = z.enum([
  'label_created',
  'in_transit',
  'out_for_delivery',
  'attempted_delivery',
  'delivered',
  'failure',
  'returned',
  'unknown',
]);
export type ShipmentStatus = z.infer<typeof ShipmentStatus>;

export const Shipment = z.object({
  carrier: z.optional(z.string()),
  trackingNumber: z.optional(z.string()),
  trackingUrl: z.optional(z.string()),
  status: z._default(ShipmentStatus, 'unknown'),
  shippedAt: z.optional(IsoDateTime),
  estimatedDelivery: z.optional(IsoDateTime),
  deliveredAt: z.optional(IsoDateTime),
});
export type Shipment = z.infer<typeof Shipment>;

export const LineItem = z.object({
  title: z.string(),
  sku: z.optional(z.string()),
  quantity: z._default(z.number().check(z.int(), z.nonnegative()), 1),
  price: z.optional(Money),
});
export type LineItem = z.infer<typeof LineItem>;

export const Refund = z.object({
  amount: z.optional(Money),
  status: z._default(z.enum(['pending', 'succeeded', 'failed']), 'succeeded'),
  createdAt: z.optional(IsoDateTime),
});
export type Refund = z.infer<typeof Refund>;

export const Return = z.object({
  status: z.enum(['requested', 'open', 'in_progress', 'closed', 'declined', 'canceled']),
  createdAt: z.optional(IsoDateTime),
});
export type Return = z.infer<typeof Return>;

export const FinancialStatus = z.enum([
  'pending',
  'authorized',
  'paid',
  'partially_paid',
  'partially_refunded',
  'refunded',
  'voided',
  'unknown',
]);
export const FulfillmentStatus = z.enum(['unfulfilled', 'partial', 'fulfilled', 'restocked', 'unknown']);

export const Order = z.object({
  id: z.optional(z.string()),
  /** What the customer sees, e.g. "#1042". */
  number: z.optional(z.string()),
  createdAt: z.optional(IsoDateTime),
  total: z.optional(Money),
  financialStatus: z._default(FinancialStatus, 'unknown'),
  fulfillmentStatus: z._default(FulfillmentStatus, 'unknown'),
  lineItems: z._default(z.array(LineItem), []),
  shipments: z._default(z.array(Shipment), []),
  refunds: z._default(z.array(Refund), []),
  returns: z._default(z.array(Return), []),
  tags: z._default(z.array(z.string()), []),
});
export type Order = z.infer<typeof Order>;

export const ComplaintContext = z.object({
  ticket: Ticket,
  customer: z.optional(Customer),
  order: z.optional(Order),
});
/** What callers pass in (defaults not yet applied). */
export type ComplaintContextInput = z.input<typeof ComplaintContext>;
export type ComplaintContext = z.infer<typeof ComplaintContext>;

// ── Triage ──────────────────────────────────────────────────────────────────────────────────────
/** Where a piece of evidence sits: a text field of the ticket, or a fact of the order/customer. */
export const EvidenceSource = z.union([
  z.literal('subject'),
  z.literal('body'),
  z.templateLiteral(['messages.', z.number().check(z.int(), z.nonnegative())]),
  z.literal('order'),
  z.literal('customer'),
]);
export type EvidenceSource = z.infer<typeof EvidenceSource>;

/** `text` is exactly `field.slice(start, end)` for text sources (UTF-16 offsets into the original). */
export const Evidence = z.object({
  source: EvidenceSource,
  text: z.string(),
  start: z.optional(z.number().check(z.int(), z.nonnegative())),
  end: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type Evidence = z.infer<typeof Evidence>;

export const CategoryScore = z.object({
  id: CategoryId,
  score: z.number().check(z.nonnegative()),
  evidence: z.array(Evidence),
});
export type CategoryScore = z.infer<typeof CategoryScore>;

export const RiskFinding = z.object({ id: RiskId, evidence: z.array(Evidence) });
export type RiskFinding = z.infer<typeof RiskFinding>;

export const Emotion = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
export type Emotion = z.infer<typeof Emotion>;

export const Reason = z.object({
  /** Stable id of the rule that fired, e.g. "tier.crisis.risk". */
  rule: z.string(),
  text: z.string(),
  evidence: z.array(Evidence),
});
export type Reason = z.infer<typeof Reason>;

// ── Replies and remedies ────────────────────────────────────────────────────────────────────────
export const REPLY_KINDS = [
  'acceptance',
  'empathy',
  'scenario',
  'progress_update',
  'follow_up',
  'holding_statement',
  'escalation_note',
] as const;
export const ReplyKind = z.enum(REPLY_KINDS);
export type ReplyKind = z.infer<typeof ReplyKind>;

/** A ready draft in the customer's language; `title` is in the agent's UI language. */
export const Reply = z.object({
  kind: ReplyKind,
  language: UiLanguage,
  title: z.string(),
  text: z.string(),
});
export type Reply = z.infer<typeof Reply>;

export const REMEDY_KINDS = [
  'reship',
  'replace',
  'full_refund',
  'partial_refund',
  'shipping_refund',
  'coupon',
  'store_credit',
  'extended_warranty',
  'priority_shipping',
  'gesture',
] as const;
export const RemedyKind = z.enum(REMEDY_KINDS);
export type RemedyKind = z.infer<typeof RemedyKind>;
export const Approver = z.enum(['supervisor', 'crisis_team']);
export type Approver = z.infer<typeof Approver>;

export const Remedy = z.object({
  kind: RemedyKind,
  /** In the order's currency; absent when the order value is unknown or the cost is not ours to size. */
  amount: z.optional(Money),
  authority: z.enum(['within', 'needs_approval']),
  approver: z.optional(Approver),
  /** In the agent's UI language. */
  label: z.string(),
});
export type Remedy = z.infer<typeof Remedy>;

export const Triage = z.object({
  language: Language,
  category: CategoryId,
  categories: z.array(CategoryScore),
  risks: z.array(RiskFinding),
  emotion: Emotion,
  tier: Tier,
  priority: Priority,
  owner: Owner,
  group: z.string(),
  reasons: z.array(Reason),
  sla: Sla,
  replies: z.array(Reply),
  remedies: z.array(Remedy),
});
export type Triage = z.infer<typeof Triage>;
