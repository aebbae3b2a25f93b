// The workbench's pretend store must answer the real lookup queries the way Shopify does, or the three
// plug-ins would show a state the product never meets.
import { describe, expect, it } from 'vitest';
import { lookupOrder } from '../../adapters/shopify/orderLookup.ts';
import type { Transport } from '../../adapters/shopify/transport.ts';
import { saveMutation } from '../shopify/saveTriage.ts';
import { SAVED_TRIAGE_QUERY } from '../shopify/savedTriage.ts';
import { answerAdminGraphql, emptyShop, searchValue, type Mode } from './mockShop.ts';
import { SAMPLES, sampleOrderGid } from './samples/hostPayloads.ts';

const NOW = new Date('2026-11-20T10:10:00Z');
const shopTransport = (mode: Mode, shop = emptyShop()): Transport => async (request) => {
  const answer = answerAdminGraphql(JSON.parse(JSON.stringify(request)), mode, shop, NOW);
  return { status: answer.status, headers: {}, body: JSON.stringify(answer.body) };
};
const withOrder = SAMPLES.find((s) => sampleOrderGid(s))!;
const gid = sampleOrderGid(withOrder)!;

describe('the workbench store', () => {
  it('finds a sample order by id through the shared lookup, mapped like a real one', async () => {
    const result = await lookupOrder(shopTransport('normal'), { by: 'id', value: gid });
    expect(result.ok).toBe(true);
  });

  it('reads the quoted search strings the lookup writes', () => {
    expect(searchValue('name:"#1042"', 'name')).toBe('#1042');
    expect(searchValue('email:"a\\"b@x.io"', 'email')).toBe('a"b@x.io');
    expect(searchValue('name:#1042 OR x', 'name')).toBeUndefined();
  });

  it.each([
    ['unauthorized', 401],
    ['failing', 503],
  ] as const)('%s answers HTTP %i', (mode, status) => {
    expect(answerAdminGraphql({ query: 'query ComplaintOrderById($id: ID!) { order(id: $id) { id } }', variables: { id: gid } }, mode, emptyShop(), NOW).status).toBe(status);
  });

  it('throttled answers THROTTLED with a throttle status the lookup can wait on', () => {
    const body = answerAdminGraphql({ query: 'query ComplaintOrderById($id: ID!) { x }', variables: { id: gid } }, 'throttled', emptyShop(), NOW).body as any;
    expect(body.errors[0].extensions.code).toBe('THROTTLED');
    expect(body.extensions.cost.throttleStatus.restoreRate).toBe(100);
  });

  it('denied nulls the protected customer fields with ACCESS_DENIED, as Shopify does', async () => {
    const result = await lookupOrder(shopTransport('denied'), { by: 'id', value: gid });
    expect(result.ok).toBe(true);
    const body = answerAdminGraphql({ query: 'query ComplaintOrderById($id: ID!) { x }', variables: { id: gid } }, 'denied', emptyShop(), NOW).body as any;
    expect(body.data.order.customer?.numberOfOrders ?? null).toBeNull();
    expect(body.data.order.customer).toBeTruthy();
    expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['ACCESS_DENIED', 'ACCESS_DENIED']);
  });

  it('keeps what Save writes: tags once, and the saved triage for the block', () => {
    const shop = emptyShop();
    const record = JSON.stringify({ tier: 'crisis' });
    const first = saveMutation(gid, { add: ['complaint:crisis'], remove: [], metafield: record });
    expect(answerAdminGraphql(first, 'normal', shop, NOW).status).toBe(200);
    answerAdminGraphql(first, 'normal', shop, NOW);
    expect(shop.tags.get(gid)!.filter((t) => t === 'complaint:crisis')).toHaveLength(1);
    const saved = answerAdminGraphql({ query: SAVED_TRIAGE_QUERY, variables: { id: gid } }, 'normal', shop, NOW).body as any;
    expect(saved.data.order.metafield.value).toBe(record);
  });

  it('answers an unknown order with null, not an error', () => {
    const body = answerAdminGraphql({ query: 'query ComplaintOrderById($id: ID!) { x }', variables: { id: 'gid://shopify/Order/1' } }, 'normal', emptyShop(), NOW).body as any;
    expect(body.data.order).toBeNull();
  });
});
