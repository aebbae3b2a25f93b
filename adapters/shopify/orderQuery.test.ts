import { describe, expect, it } from 'vitest';
import { ORDER_QUERIES, orderRequest } from './orderQuery.ts';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

// The query as a person reads it: what we ask Shopify for, and nothing more.
const ORDER_SELECTION = `
  id name createdAt displayFinancialStatus displayFulfillmentStatus tags
  totalPriceSet { shopMoney { amount currencyCode } }
  lineItems(first: 5) { nodes { title sku quantity originalUnitPriceSet { shopMoney { amount currencyCode } } } }
  fulfillments(first: 3) {
    displayStatus createdAt inTransitAt estimatedDeliveryAt deliveredAt
    trackingInfo(first: 1) { company number url }
  }
  refunds(first: 2) { createdAt totalRefundedSet { shopMoney { amount currencyCode } } }
  returns(first: 2) { nodes { status createdAt } }
  customer { id numberOfOrders createdAt tags amountSpent { amount currencyCode } }`;

describe('the printed queries', () => {
  it('by id asks for the order and only the fields the core model uses', () => {
    expect(ORDER_QUERIES.id).toBe(oneLine(`query ComplaintOrderById($id: ID!) { order(id: $id) { ${ORDER_SELECTION} } }`));
  });

  it('by name searches orders and takes one', () => {
    expect(ORDER_QUERIES.name).toBe(oneLine(`query ComplaintOrderByName($query: String!) { orders(first: 1, query: $query) { nodes { ${ORDER_SELECTION} } } }`));
  });

  it('by e-mail takes the most recent order', () => {
    expect(ORDER_QUERIES.email).toBe(
      oneLine(`query ComplaintLatestOrderByEmail($query: String!) {
        orders(first: 1, sortKey: CREATED_AT, reverse: true, query: $query) { nodes { ${ORDER_SELECTION} } } }`),
    );
  });

  it('never asks for level-2 protected customer data (name, e-mail, phone, address)', () => {
    for (const query of Object.values(ORDER_QUERIES)) {
      expect(query).not.toMatch(/\b(email|phone|firstName|lastName|displayName|shippingAddress|billingAddress|defaultAddress|addresses)\b/);
    }
  });
});

describe('orderRequest', () => {
  it('accepts a GID or the numeric id from an admin URL', () => {
    expect(orderRequest({ by: 'id', value: 'gid://shopify/Order/6104367890621' })).toEqual({
      ok: true,
      request: { query: ORDER_QUERIES.id, variables: { id: 'gid://shopify/Order/6104367890621' } },
    });
    expect(orderRequest({ by: 'id', value: ' 6104367890621 ' })).toMatchObject({ ok: true, request: { variables: { id: 'gid://shopify/Order/6104367890621' } } });
  });

  it('refuses ids of other objects', () => {
    expect(orderRequest({ by: 'id', value: 'gid://shopify/Customer/1' })).toMatchObject({ ok: false });
    expect(orderRequest({ by: 'id', value: '#1001' })).toMatchObject({ ok: false });
  });

  it('quotes the name so ticket text cannot add search filters', () => {
    expect(orderRequest({ by: 'name', value: '#1001' })).toMatchObject({ ok: true, request: { variables: { query: 'name:"#1001"' } } });
    expect(orderRequest({ by: 'name', value: '1001" OR email:"x@y.z' })).toMatchObject({
      ok: true,
      request: { variables: { query: 'name:"1001\\" OR email:\\"x@y.z"' } },
    });
    expect(orderRequest({ by: 'name', value: '  ' })).toMatchObject({ ok: false });
  });

  it('searches by e-mail only for something that looks like an address', () => {
    expect(orderRequest({ by: 'email', value: 'li.wei@example.com' })).toMatchObject({
      ok: true,
      request: { query: ORDER_QUERIES.email, variables: { query: 'email:"li.wei@example.com"' } },
    });
    expect(orderRequest({ by: 'email', value: 'x" OR name:"1' })).toMatchObject({ ok: false });
    expect(orderRequest({ by: 'email', value: 'not an address' })).toMatchObject({ ok: false });
  });
});
