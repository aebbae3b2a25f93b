// The REQUESTED cost of our order query, computed the way Shopify prices a query before running it
// (shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits; hosts/shopify.md §5):
//   scalar and enum fields 0 · an object 1 · a connection 2 plus `first` × the cost of one node.
// Shopify charges the bucket this requested figure up front and refunds the difference to the actual
// cost afterwards, so the requested cost is what decides whether we get throttled.
//
// The documentation gives no separate rule for plain lists that take `first` (Order.fulfillments,
// Order.refunds, Fulfillment.trackingInfo). We price them like connections, which can only overstate:
// a budget met on this figure is met on Shopify's. Live responses carry Shopify's own figure in
// `extensions.cost.requestedQueryCost`, which lookupOrder returns as `cost.requested`.
import { ORDER_QUERY_DEFINITIONS, type Field, type Fields, type LookupBy } from './orderQuery.ts';

/** design.md §4: the order query may request at most 50 points. */
export const COST_BUDGET = 50;

export function fieldCost(field: Field): number {
  switch (field.kind) {
    case 'scalar':
      return 0;
    case 'object':
      return 1 + selectionCost(field.fields);
    case 'connection':
    case 'list':
      // Each node is an object (1) with its own selection.
      return 2 + field.first * (1 + selectionCost(field.fields));
  }
}

export function selectionCost(fields: Fields): number {
  let cost = 0;
  for (const field of Object.values(fields)) cost += fieldCost(field);
  return cost;
}

/** Requested cost of one variant of the order query. */
export function queryCost(by: LookupBy): number {
  return selectionCost(ORDER_QUERY_DEFINITIONS[by].root);
}

/** Every variant's requested cost, for `npm run bench` and the README. */
export function orderQueryCosts(): Record<LookupBy, number> {
  return { id: queryCost('id'), name: queryCost('name'), email: queryCost('email') };
}
