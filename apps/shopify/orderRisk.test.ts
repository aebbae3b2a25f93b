import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapCustomer, mapOrder } from '../../adapters/shopify/mapOrder.ts';
import type { ShopifyOrder } from '../../adapters/shopify/shopifyResponse.ts';
import type { Order } from '../../core/model.ts';
import { orderRisk, worstLevel } from './orderRisk.ts';
import { BLOCK_THRESHOLDS } from './thresholds.ts';

const fixture = (name: string) =>
  (JSON.parse(readFileSync(new URL(`../../adapters/shopify/fixtures/${name}.json`, import.meta.url), 'utf8')) as { data: { order: ShopifyOrder } }).data.order;
const NOW = new Date('2026-11-23T12:00:00Z');
const ids = (order: ShopifyOrder, now = NOW) => orderRisk(mapOrder(order), mapCustomer(order), BLOCK_THRESHOLDS, now).map((s) => s.id);

describe('order risk', () => {
  it('finds nothing on an order in transit within its estimate', () => {
    expect(ids(fixture('order-normal'), new Date('2026-11-20T12:00:00Z'))).toEqual([]);
  });

  it('flags a late shipment, and the VIP and lifetime value that make it matter more', () => {
    const signals = orderRisk(mapOrder(fixture('order-late')), mapCustomer(fixture('order-late')), BLOCK_THRESHOLDS, NOW);
    expect(signals.map((s) => s.id)).toEqual(['shipment_late', 'vip', 'high_lifetime_value']);
    expect(signals[0]!.detail).toMatchObject({ tracking: 'SF1402938475612', date: '2026-11-14' });
    expect(worstLevel(signals)).toBe('warning');
  });

  it('flags a delivered order that already carries a complaint tag, and its open return', () => {
    expect(ids(fixture('order-delivered-complaint'))).toEqual(['delivered_complaint', 'return_open']);
  });

  it('does not call an ordinary delivery a risk', () => {
    const order = { ...fixture('order-delivered-complaint'), tags: [], returns: { nodes: [] } };
    expect(ids(order)).toEqual([]);
  });

  it('flags a parcel with no estimate that left more than a week ago as stuck', () => {
    const order: Order = {
      financialStatus: 'paid',
      fulfillmentStatus: 'fulfilled',
      lineItems: [],
      refunds: [],
      returns: [],
      tags: [],
      shipments: [{ status: 'in_transit', trackingNumber: 'YT123', shippedAt: '2026-11-10T00:00:00Z' }],
    };
    const signals = orderRisk(order, undefined, BLOCK_THRESHOLDS, NOW);
    expect(signals).toEqual([{ id: 'shipment_stuck', level: 'warning', detail: { tracking: 'YT123', days: 13 } }]);
  });

  it('flags a repeat complainer by earlier complaints or a complaint tag on the customer', () => {
    const order = mapOrder(fixture('order-normal'));
    expect(orderRisk(order, { tags: [], previousComplaints: 2 }, BLOCK_THRESHOLDS, new Date('2026-11-20T00:00:00Z')).map((s) => s.id)).toEqual(['repeat_complainer']);
    expect(orderRisk(order, { tags: ['Complainer'] }, BLOCK_THRESHOLDS, new Date('2026-11-20T00:00:00Z')).map((s) => s.level)).toEqual(['critical']);
  });

  it('flags a high-value order in its own currency', () => {
    const order = { ...mapOrder(fixture('order-normal')), total: { amount: 500, currency: 'USD' } };
    expect(orderRisk(order, undefined, BLOCK_THRESHOLDS, new Date('2026-11-20T00:00:00Z')).map((s) => s.id)).toEqual(['high_value_order']);
  });
});
