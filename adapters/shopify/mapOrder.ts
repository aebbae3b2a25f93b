// Shopify's order, as validated by shopifyResponse.ts, mapped into the core's Order and Customer
// (core/model.ts). Amounts become numbers with their currency; statuses become the core's enums, and a
// status this code has never seen becomes 'unknown' (Shopify adds enum values between API versions).
import type { Customer, LineItem, Money, Order, Refund, Return, Shipment, ShipmentStatus } from '../../core/model.ts';
import type { ShopifyOrder } from './shopifyResponse.ts';

type ShopifyMoney = { amount: string; currencyCode: string } | null;

/** Own keys only: a status named "constructor" must not find Object.prototype. */
function lookup<T>(table: Readonly<Record<string, T>>, key: string | null, fallback: T): T {
  return key !== null && Object.hasOwn(table, key) ? (table[key] as T) : fallback;
}

function money(value: ShopifyMoney | undefined): Money | undefined {
  if (!value) return undefined;
  const amount = Number(value.amount);
  return Number.isFinite(amount) ? { amount, currency: value.currencyCode } : undefined;
}

/** Drops undefined values so mapped objects stay as clean as hand-written input. */
function defined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

const FINANCIAL: Readonly<Record<string, Order['financialStatus']>> = {
  PENDING: 'pending',
  AUTHORIZED: 'authorized',
  PARTIALLY_PAID: 'partially_paid',
  PAID: 'paid',
  PARTIALLY_REFUNDED: 'partially_refunded',
  REFUNDED: 'refunded',
  VOIDED: 'voided',
  // An authorisation that lapsed uncaptured: like a voided one, nothing was paid.
  EXPIRED: 'voided',
};

const FULFILLMENT: Readonly<Record<string, Order['fulfillmentStatus']>> = {
  UNFULFILLED: 'unfulfilled',
  PARTIALLY_FULFILLED: 'partial',
  FULFILLED: 'fulfilled',
  RESTOCKED: 'restocked',
  // Not shipped yet, for one reason or another: to the customer that is still "unfulfilled".
  PENDING_FULFILLMENT: 'unfulfilled',
  OPEN: 'unfulfilled',
  IN_PROGRESS: 'unfulfilled',
  ON_HOLD: 'unfulfilled',
  SCHEDULED: 'unfulfilled',
  REQUEST_DECLINED: 'unfulfilled',
};

/** Fulfilment display statuses that mean "no shipment": the label or the fulfilment was cancelled. */
const NOT_A_SHIPMENT = new Set(['CANCELED', 'LABEL_VOIDED']);

const SHIPMENT: Readonly<Record<string, ShipmentStatus>> = {
  LABEL_PURCHASED: 'label_created',
  LABEL_PRINTED: 'label_created',
  SUBMITTED: 'label_created',
  CONFIRMED: 'label_created',
  // Fulfilled without carrier events, or handed to the carrier: on its way as far as anyone knows.
  FULFILLED: 'in_transit',
  MARKED_AS_FULFILLED: 'in_transit',
  CARRIER_PICKED_UP: 'in_transit',
  IN_TRANSIT: 'in_transit',
  // Late but moving; the estimated delivery date is what the core compares against.
  DELAYED: 'in_transit',
  OUT_FOR_DELIVERY: 'out_for_delivery',
  // The last leg: it waits at the pickup point for the customer.
  READY_FOR_PICKUP: 'out_for_delivery',
  ATTEMPTED_DELIVERY: 'attempted_delivery',
  DELIVERED: 'delivered',
  PICKED_UP: 'delivered',
  FAILURE: 'failure',
  NOT_DELIVERED: 'failure',
};

const RETURN: Readonly<Record<string, Return['status']>> = {
  REQUESTED: 'requested',
  OPEN: 'open',
  CLOSED: 'closed',
  DECLINED: 'declined',
  CANCELED: 'canceled',
};

type Fulfillment = NonNullable<ShopifyOrder['fulfillments']>[number];

function shipment(f: Fulfillment): Shipment | undefined {
  if (f.displayStatus !== null && NOT_A_SHIPMENT.has(f.displayStatus)) return undefined;
  const status = lookup(SHIPMENT, f.displayStatus, 'unknown');
  const tracking = f.trackingInfo?.[0];
  // A fulfilment is created when the goods leave, unless only a label exists so far.
  const shippedAt = f.inTransitAt ?? (status === 'label_created' ? null : f.createdAt);
  return defined({
    carrier: tracking?.company ?? undefined,
    trackingNumber: tracking?.number ?? undefined,
    trackingUrl: tracking?.url ?? undefined,
    status,
    shippedAt: shippedAt ?? undefined,
    estimatedDelivery: f.estimatedDeliveryAt ?? undefined,
    deliveredAt: f.deliveredAt ?? undefined,
  });
}

export function mapOrder(node: ShopifyOrder): Order {
  const lineItems: LineItem[] = (node.lineItems?.nodes ?? []).map((item) =>
    defined({
      title: item.title ?? '',
      sku: item.sku || undefined,
      quantity: Math.max(0, item.quantity ?? 1),
      price: money(item.originalUnitPriceSet?.shopMoney),
    }),
  );
  const refunds: Refund[] = (node.refunds ?? []).map((r) =>
    // Shopify records a Refund when the merchant issues it; whether the money moved lives in its
    // transactions, which this query does not ask for (they would cost 3 points a refund).
    defined({ amount: money(r.totalRefundedSet?.shopMoney), status: 'succeeded' as const, createdAt: r.createdAt ?? undefined }),
  );
  const returns: Return[] = [];
  for (const r of node.returns?.nodes ?? []) {
    // The core's return statuses have no 'unknown': a status we cannot read is left out rather than
    // guessed as open (which would raise a "return open" fact) or closed (which would hide one).
    const status = lookup<Return['status'] | undefined>(RETURN, r.status, undefined);
    if (status) returns.push(defined({ status, createdAt: r.createdAt ?? undefined }));
  }
  return defined({
    id: node.id ?? undefined,
    number: node.name ?? undefined,
    createdAt: node.createdAt ?? undefined,
    total: money(node.totalPriceSet?.shopMoney),
    financialStatus: lookup(FINANCIAL, node.displayFinancialStatus, 'unknown'),
    fulfillmentStatus: lookup(FULFILLMENT, node.displayFulfillmentStatus, 'unknown'),
    lineItems,
    shipments: (node.fulfillments ?? []).flatMap((f) => shipment(f) ?? []),
    refunds,
    returns,
    tags: node.tags ?? [],
  });
}

/** The order's customer, or undefined for a guest checkout (or a customer not shared with the app). */
export function mapCustomer(node: ShopifyOrder): Customer | undefined {
  const c = node.customer;
  if (!c) return undefined;
  const orders = c.numberOfOrders === null ? undefined : Number(c.numberOfOrders);
  return defined({
    id: c.id ?? undefined,
    tags: c.tags ?? [],
    ordersCount: orders !== undefined && Number.isSafeInteger(orders) ? orders : undefined,
    totalSpent: money(c.amountSpent),
    createdAt: c.createdAt ?? undefined,
  });
}
