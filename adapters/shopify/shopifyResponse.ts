// What Shopify's Admin GraphQL API answers to our order query, as zod/mini schemas (zod/mini because
// this ships in the admin extension, whose bundle budget is 32 KB brotli).
//
// Every field of the order is nullable here even where Shopify's schema says non-null: an unapproved
// protected field or a partial error comes back as null with an entry in `errors`, and one null must cost
// us that field, not the whole order. Keys must still be present (GraphQL always sends what was asked),
// so a body that lacks them, or has the wrong types, is 'malformed'.
//
// Enums (statuses) are plain strings: Shopify adds enum values between API versions (DELAYED,
// CARRIER_PICKED_UP…), and an unknown value maps to 'unknown' rather than failing the lookup.
import * as z from 'zod/mini';

const DateTime = z.iso.datetime({ offset: true });
/** Shopify's `Decimal` scalar is a JSON string ("189.00"), so it keeps every digit. */
const Decimal = z.string().check(z.regex(/^-?\d+(\.\d+)?$/, 'a decimal amount such as "189.00"'));
const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code'));
/** `UnsignedInt64` is serialised as a string; accept a number too, as proxies sometimes re-encode. */
const UnsignedInt64 = z.union([z.string().check(z.regex(/^\d+$/)), z.int().check(z.nonnegative())]);

const MoneyV2 = z.object({ amount: Decimal, currencyCode: CurrencyCode });
const MoneyBag = z.object({ shopMoney: z.nullable(MoneyV2) });

const LineItem = z.object({
  title: z.nullable(z.string()),
  sku: z.nullable(z.string()),
  quantity: z.nullable(z.int()),
  originalUnitPriceSet: z.nullable(MoneyBag),
});

const TrackingInfo = z.object({
  company: z.nullable(z.string()),
  number: z.nullable(z.string()),
  url: z.nullable(z.string()),
});

const Fulfillment = z.object({
  displayStatus: z.nullable(z.string()),
  createdAt: z.nullable(DateTime),
  inTransitAt: z.nullable(DateTime),
  estimatedDeliveryAt: z.nullable(DateTime),
  deliveredAt: z.nullable(DateTime),
  trackingInfo: z.nullable(z.array(TrackingInfo)),
});

const Refund = z.object({
  createdAt: z.nullable(DateTime),
  totalRefundedSet: z.nullable(MoneyBag),
});

const Return = z.object({
  status: z.nullable(z.string()),
  createdAt: z.nullable(DateTime),
});

const Customer = z.object({
  id: z.nullable(z.string()),
  numberOfOrders: z.nullable(UnsignedInt64),
  createdAt: z.nullable(DateTime),
  tags: z.nullable(z.array(z.string())),
  amountSpent: z.nullable(MoneyV2),
});

export const ShopifyOrder = z.object({
  id: z.nullable(z.string()),
  name: z.nullable(z.string()),
  createdAt: z.nullable(DateTime),
  displayFinancialStatus: z.nullable(z.string()),
  displayFulfillmentStatus: z.nullable(z.string()),
  tags: z.nullable(z.array(z.string())),
  totalPriceSet: z.nullable(MoneyBag),
  lineItems: z.nullable(z.object({ nodes: z.array(LineItem) })),
  fulfillments: z.nullable(z.array(Fulfillment)),
  refunds: z.nullable(z.array(Refund)),
  returns: z.nullable(z.object({ nodes: z.array(Return) })),
  customer: z.nullable(Customer),
});
export type ShopifyOrder = z.infer<typeof ShopifyOrder>;

/** `data` of the by-id variant. */
export const OrderByIdData = z.object({ order: z.nullable(ShopifyOrder) });
/** `data` of the by-name and by-e-mail variants (an `orders` search). */
export const OrderSearchData = z.object({ orders: z.nullable(z.object({ nodes: z.array(ShopifyOrder) })) });

export const GraphQLError = z.object({
  message: z.string(),
  path: z.optional(z.array(z.union([z.string(), z.number()]))),
  extensions: z.optional(z.nullable(z.object({ code: z.optional(z.nullable(z.string())) }))),
});
export type GraphQLError = z.infer<typeof GraphQLError>;

export const ThrottleStatus = z.object({
  maximumAvailable: z.number(),
  currentlyAvailable: z.number(),
  restoreRate: z.number(),
});
export type ThrottleStatus = z.infer<typeof ThrottleStatus>;

export const QueryCost = z.object({
  requestedQueryCost: z.optional(z.nullable(z.number())),
  // null when the query was throttled and never ran.
  actualQueryCost: z.optional(z.nullable(z.number())),
  throttleStatus: z.optional(z.nullable(ThrottleStatus)),
});
export type QueryCost = z.infer<typeof QueryCost>;

/**
 * The envelope. `data` is checked by the variant's own schema once we know the query ran; `errors` is a
 * string, not a list, on some of Shopify's transport-level refusals ("[API] Invalid API key…").
 */
export const GraphQLResponse = z.object({
  data: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  errors: z.optional(z.union([z.string(), z.array(GraphQLError)])),
  extensions: z.optional(z.nullable(z.object({ cost: z.optional(z.nullable(QueryCost)) }))),
});
export type GraphQLResponse = z.infer<typeof GraphQLResponse>;
