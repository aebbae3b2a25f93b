import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Customer, Order } from '../../core/model.ts';
import { mapCustomer, mapOrder } from './mapOrder.ts';
import { OrderByIdData, type ShopifyOrder } from './shopifyResponse.ts';

function orderOf(fixture: string): ShopifyOrder {
  const body = JSON.parse(readFileSync(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8')) as { data: unknown };
  const order = OrderByIdData.parse(body.data).order;
  if (!order) throw new Error(`${fixture} has no order`);
  return order;
}

describe('mapOrder', () => {
  it('maps a normal order into the core model, amounts as numbers with their currency', () => {
    const order = mapOrder(orderOf('order-normal.json'));
    expect(order).toEqual({
      id: 'gid://shopify/Order/6104367890621',
      number: '#1042',
      createdAt: '2026-11-12T09:41:07Z',
      total: { amount: 189, currency: 'USD' },
      financialStatus: 'paid',
      fulfillmentStatus: 'fulfilled',
      lineItems: [
        { title: 'Burr Coffee Grinder', sku: 'GRND-BURR-01', quantity: 1, price: { amount: 169, currency: 'USD' } },
        { title: 'Cleaning Brush', quantity: 2, price: { amount: 10, currency: 'USD' } },
      ],
      shipments: [
        {
          carrier: 'UPS',
          trackingNumber: '1Z999AA10123456784',
          trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
          status: 'in_transit',
          shippedAt: '2026-11-14T08:30:00Z',
          estimatedDelivery: '2026-11-22T23:00:00Z',
        },
      ],
      refunds: [],
      returns: [],
      tags: [],
    });
    // What we produce is valid input for the core as it stands, unchanged by its defaults.
    expect(Order.parse(order)).toEqual(order);
  });

  it('maps the customer: order count from UnsignedInt64, lifetime spend, tags, account age', () => {
    const customer = mapCustomer(orderOf('order-late.json'));
    expect(customer).toEqual({
      id: 'gid://shopify/Customer/7311120987101',
      tags: ['VIP', 'wholesale'],
      ordersCount: 14,
      totalSpent: { amount: 18650, currency: 'CNY' },
      createdAt: '2023-06-19T04:12:40Z',
    });
    expect(Customer.parse(customer)).toEqual(customer);
  });

  it('leaves out voided labels, and keeps refunds and an open return', () => {
    const order = mapOrder(orderOf('order-delivered-complaint.json'));
    expect(order.shipments).toEqual([
      {
        carrier: 'DHL Express',
        trackingNumber: 'JD014600006281239999',
        trackingUrl: 'https://www.dhl.com/en/express/tracking.html?AWB=JD014600006281239999',
        status: 'delivered',
        shippedAt: '2026-10-30T06:10:00Z',
        estimatedDelivery: '2026-11-04T18:00:00Z',
        deliveredAt: '2026-11-03T14:22:17Z',
      },
    ]);
    expect(order.financialStatus).toBe('partially_refunded');
    expect(order.refunds).toEqual([{ amount: { amount: 7.4, currency: 'EUR' }, status: 'succeeded', createdAt: '2026-11-06T10:31:00Z' }]);
    expect(order.returns).toEqual([{ status: 'requested', createdAt: '2026-11-07T08:00:12Z' }]);
    expect(order.tags).toEqual(['complaint:lost_parcel', 'complaint:severe']);
  });

  it("maps statuses it has never seen to 'unknown', and never reads the prototype", () => {
    const node = orderOf('order-normal.json');
    const odd: ShopifyOrder = {
      ...node,
      displayFinancialStatus: 'SOMETHING_NEW',
      displayFulfillmentStatus: 'constructor',
      fulfillments: [{ ...node.fulfillments![0]!, displayStatus: 'TELEPORTED' }],
      returns: { nodes: [{ status: 'toString', createdAt: null }, { status: 'OPEN', createdAt: null }] },
    };
    const order = mapOrder(odd);
    expect(order.financialStatus).toBe('unknown');
    expect(order.fulfillmentStatus).toBe('unknown');
    expect(order.shipments[0]?.status).toBe('unknown');
    // The core's returns have no 'unknown': an unreadable one is left out, not guessed open or closed.
    expect(order.returns).toEqual([{ status: 'open' }]);
  });

  it('maps the display statuses a complaint turns on', () => {
    const node = orderOf('order-normal.json');
    const statusOf = (displayStatus: string | null) =>
      mapOrder({ ...node, fulfillments: [{ ...node.fulfillments![0]!, displayStatus }] }).shipments[0]?.status;
    expect(statusOf('LABEL_PURCHASED')).toBe('label_created');
    expect(statusOf('CARRIER_PICKED_UP')).toBe('in_transit');
    expect(statusOf('DELAYED')).toBe('in_transit');
    expect(statusOf('OUT_FOR_DELIVERY')).toBe('out_for_delivery');
    expect(statusOf('ATTEMPTED_DELIVERY')).toBe('attempted_delivery');
    expect(statusOf('PICKED_UP')).toBe('delivered');
    expect(statusOf('NOT_DELIVERED')).toBe('failure');
    expect(statusOf(null)).toBe('unknown');
    expect(statusOf('CANCELED')).toBeUndefined();
    expect(mapOrder({ ...node, displayFinancialStatus: 'EXPIRED' }).financialStatus).toBe('voided');
    expect(mapOrder({ ...node, displayFinancialStatus: null }).financialStatus).toBe('unknown');
    expect(mapOrder({ ...node, displayFulfillmentStatus: 'ON_HOLD' }).fulfillmentStatus).toBe('unfulfilled');
  });

  it('has no customer for a guest checkout', () => {
    expect(mapCustomer({ ...orderOf('order-normal.json'), customer: null })).toBeUndefined();
  });
});
