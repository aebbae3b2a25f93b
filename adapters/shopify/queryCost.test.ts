import { describe, expect, it } from 'vitest';
import type { Fields } from './orderQuery.ts';
import { COST_BUDGET, orderQueryCosts, queryCost, selectionCost } from './queryCost.ts';

const scalar = { kind: 'scalar' } as const;

describe('the cost rules', () => {
  it('charges nothing for scalars and enums, and 1 for an object', () => {
    // Shopify's own example: `shop { id name timezoneOffsetMinutes }` costs 1.
    expect(selectionCost({ shop: { kind: 'object', fields: { id: scalar, name: scalar, timezoneOffsetMinutes: scalar } } })).toBe(1);
  });

  it('charges a connection 2 plus first × the cost of one node', () => {
    const products: Fields = { products: { kind: 'connection', first: 10, fields: { title: scalar } } };
    expect(selectionCost(products)).toBe(2 + 10 * 1);
    const nested: Fields = {
      products: {
        kind: 'connection',
        first: 10,
        fields: { title: scalar, variants: { kind: 'connection', first: 5, fields: { price: { kind: 'object', fields: { amount: scalar } } } } },
      },
    };
    // Each product: 1 + variants (2 + 5 × (1 + 1)) = 13.
    expect(selectionCost(nested)).toBe(2 + 10 * 13);
  });

  it('prices a plain list sized by first like a connection, so the figure never understates', () => {
    expect(selectionCost({ fulfillments: { kind: 'list', first: 3, fields: { createdAt: scalar } } })).toBe(2 + 3);
  });
});

describe('the order query', () => {
  it(`requests at most ${COST_BUDGET} points in every variant`, () => {
    const costs = orderQueryCosts();
    console.log(`Shopify order query, requested cost: by id ${costs.id}, by name ${costs.name}, by e-mail ${costs.email} (budget ${COST_BUDGET})`);
    for (const cost of Object.values(costs)) expect(cost).toBeLessThanOrEqual(COST_BUDGET);
  });

  it('costs 48 by id and 50 through the orders search (a change here should be a decision)', () => {
    // order 1 + total 2 + 5 line items 17 + 3 fulfilments 14 + 2 refunds 8 + 2 returns 4 + customer 2.
    expect(queryCost('id')).toBe(48);
    // The search adds its own connection: 2 + 1 × 48.
    expect(queryCost('name')).toBe(50);
    expect(queryCost('email')).toBe(50);
  });
});
