// The one Admin GraphQL query behind a complaint's order context, in its three variants: by order id
// (the Shopify order page, a helpdesk field), by order name ("#1001" found in the ticket text) and the
// requester's most recent order by e-mail.
//
// The selection is written once, as data, and printed to GraphQL text. queryCost.ts prices that same
// description, so what we send and what we budget can never drift apart.
//
// Field names are checked against the Admin GraphQL reference for 2025-10 … 2026-07 (hosts/shopify.md §5):
// `Order.lineItems` and `Order.returns` are connections; `Order.fulfillments`, `Order.refunds` and
// `Fulfillment.trackingInfo` are plain lists that take `first`.
//
// Protected customer data: everything below is level 1 (no name, e-mail, phone or address). The order
// itself counts as protected customer data, so level 1 is the floor; the e-mail variant only *filters*
// by e-mail and asks for no e-mail field, but searching orders by the buyer's e-mail is use of the e-mail
// field, which needs level 2 and its field-level approval. That variant therefore runs only when the shop
// turned e-mail lookup on (orderLookup.ts refuses it otherwise).

import type { GraphQLRequest } from './transport.ts';

/** The version goes in the endpoint URL; the admin extension's comes from its shopify.extension.toml. */
export const API_VERSION = '2026-07';

export type Field =
  | { readonly kind: 'scalar' }
  | { readonly kind: 'object'; readonly fields: Fields; readonly args?: string }
  /** A Relay connection: printed as `name(first: N) { nodes { … } }`. */
  | { readonly kind: 'connection'; readonly first: number; readonly fields: Fields; readonly args?: string }
  /** A plain list of objects sized by `first`: printed as `name(first: N) { … }`. */
  | { readonly kind: 'list'; readonly first: number; readonly fields: Fields };
export interface Fields {
  readonly [name: string]: Field;
}

const scalar: Field = { kind: 'scalar' };
const object = (fields: Fields, args?: string): Field => (args ? { kind: 'object', fields, args } : { kind: 'object', fields });
const connection = (first: number, fields: Fields, args?: string): Field =>
  args ? { kind: 'connection', first, fields, args } : { kind: 'connection', first, fields };
const list = (first: number, fields: Fields): Field => ({ kind: 'list', first, fields });

/**
 * How many of each list we ask for. The requested cost grows with every one of them (each line item
 * costs 3 points, each fulfilment 4), and the budget is 50 points for the whole query (design.md §4).
 */
export const LIST_SIZES = {
  /** The reply drafts name two items and count the rest; five covers nearly every complaint order. */
  lineItems: 5,
  /** One or two parcels is the norm; the third catches a split shipment plus a reshipment. */
  fulfillments: 3,
  /** One tracking number per parcel; a second would cost 3 more points per fulfilment. */
  trackingInfo: 1,
  /** What was already refunded sizes the remedies; more than two refunds on one order is rare. */
  refunds: 2,
  /** An open return is what the core looks for; two is enough to see one. */
  returns: 2,
} as const;

/**
 * Amounts in the shop's currency, not the buyer's (presentment) one: the shop's policy thresholds
 * (high-value order, the agent's authority) are written in the shop's currency.
 */
const shopMoney = object({ shopMoney: object({ amount: scalar, currencyCode: scalar }) });

/** Exactly what core/model.ts `Order` and `Customer` are filled from; nothing else. */
export const ORDER_FIELDS: Fields = {
  id: scalar,
  name: scalar,
  createdAt: scalar,
  displayFinancialStatus: scalar,
  displayFulfillmentStatus: scalar,
  tags: scalar,
  totalPriceSet: shopMoney,
  lineItems: connection(LIST_SIZES.lineItems, { title: scalar, sku: scalar, quantity: scalar, originalUnitPriceSet: shopMoney }),
  fulfillments: list(LIST_SIZES.fulfillments, {
    displayStatus: scalar,
    createdAt: scalar,
    inTransitAt: scalar,
    estimatedDeliveryAt: scalar,
    deliveredAt: scalar,
    trackingInfo: list(LIST_SIZES.trackingInfo, { company: scalar, number: scalar, url: scalar }),
  }),
  refunds: list(LIST_SIZES.refunds, { createdAt: scalar, totalRefundedSet: shopMoney }),
  // Needs read_returns. Without it Shopify denies the field, and because ReturnConnection is non-null
  // the denial nulls the whole order: the lookup then fails as 'forbidden', naming the field.
  returns: connection(LIST_SIZES.returns, { status: scalar, createdAt: scalar }),
  // Level 1 only: the tiering reads the order count, lifetime spend, tags and account age.
  customer: object({
    id: scalar,
    numberOfOrders: scalar,
    createdAt: scalar,
    tags: scalar,
    amountSpent: object({ amount: scalar, currencyCode: scalar }),
  }),
};

export type LookupBy = 'id' | 'name' | 'email';

export interface QueryDefinition {
  readonly operationName: string;
  readonly variables: string;
  readonly root: Fields;
}

export const ORDER_QUERY_DEFINITIONS: Readonly<Record<LookupBy, QueryDefinition>> = {
  id: { operationName: 'ComplaintOrderById', variables: '$id: ID!', root: { order: object(ORDER_FIELDS, 'id: $id') } },
  // `orders` is a search: the name filter may match more than one order, so orderLookup.ts checks the
  // name of what comes back. One node is enough and keeps the cost at the order's cost plus 2.
  name: { operationName: 'ComplaintOrderByName', variables: '$query: String!', root: { orders: connection(1, ORDER_FIELDS, 'query: $query') } },
  email: {
    operationName: 'ComplaintLatestOrderByEmail',
    variables: '$query: String!',
    root: { orders: connection(1, ORDER_FIELDS, 'sortKey: CREATED_AT, reverse: true, query: $query') },
  },
};

function printFields(fields: Fields): string {
  return Object.entries(fields)
    .map(([name, field]) => {
      switch (field.kind) {
        case 'scalar':
          return name;
        case 'object':
          return `${name}${field.args ? `(${field.args})` : ''} { ${printFields(field.fields)} }`;
        case 'connection':
          return `${name}(first: ${field.first}${field.args ? `, ${field.args}` : ''}) { nodes { ${printFields(field.fields)} } }`;
        case 'list':
          return `${name}(first: ${field.first}) { ${printFields(field.fields)} }`;
      }
    })
    .join(' ');
}

export function printQuery(definition: QueryDefinition): string {
  return `query ${definition.operationName}(${definition.variables}) { ${printFields(definition.root)} }`;
}

/** The query texts, printed once: Freshdesk request templates and fixtures can use them verbatim. */
export const ORDER_QUERIES: Readonly<Record<LookupBy, string>> = {
  id: printQuery(ORDER_QUERY_DEFINITIONS.id),
  name: printQuery(ORDER_QUERY_DEFINITIONS.name),
  email: printQuery(ORDER_QUERY_DEFINITIONS.email),
};

export interface OrderLookup {
  by: LookupBy;
  value: string;
}

const ORDER_GID = /^gid:\/\/shopify\/Order\/\d+$/;

/** Shopify's search syntax: a quoted value with `"` and `\` escaped cannot add filters of its own. */
function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * The request for one lookup, or why the value cannot be looked up at all. Ticket text is untrusted:
 * a name or address never reaches the search string unquoted.
 */
export function orderRequest(lookup: OrderLookup): { ok: true; request: GraphQLRequest } | { ok: false; message: string } {
  const value = lookup.value.trim();
  switch (lookup.by) {
    case 'id': {
      // The admin hands out GIDs; helpdesk fields often hold the numeric id from the order URL.
      const id = /^\d+$/.test(value) ? `gid://shopify/Order/${value}` : value;
      if (!ORDER_GID.test(id)) return { ok: false, message: `"${value.slice(0, 80)}" is not a Shopify order id.` };
      return { ok: true, request: { query: ORDER_QUERIES.id, variables: { id } } };
    }
    case 'name': {
      if (value === '' || value.length > 64) return { ok: false, message: 'An order name such as "#1001" is needed.' };
      return { ok: true, request: { query: ORDER_QUERIES.name, variables: { query: `name:${quoted(value)}` } } };
    }
    case 'email': {
      if (!/^[^\s@"\\]+@[^\s@"\\]+$/.test(value) || value.length > 254) return { ok: false, message: 'That is not an e-mail address.' };
      return { ok: true, request: { query: ORDER_QUERIES.email, variables: { query: `email:${quoted(value)}` } } };
    }
  }
}
