// The contract cases over real HTTP: fetchTransport → fetch → msw standing in for Shopify's Admin
// GraphQL endpoint, answering with the recorded-shape fixtures. msw's GraphQL handlers also parse what we
// send, so a query that is not valid GraphQL, or has another operation name, fails here.
import { readFileSync } from 'node:fs';
import { delay, graphql, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lookupOrder, type LookupOptions } from './orderLookup.ts';
import { API_VERSION } from './orderQuery.ts';
import { adminGraphqlUrl, fetchTransport } from './transport.ts';

const ENDPOINT = adminGraphqlUrl('complaint-desk-test.myshopify.com', API_VERSION);
const TOKEN = 'shpat_test_0000';
const NOW = Date.parse('2026-11-20T12:00:00Z');
const ORDER_ID = 'gid://shopify/Order/6104367890621';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const shopify = graphql.link(ENDPOINT);
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function lookup(options: LookupOptions = {}) {
  const sleeps: number[] = [];
  const transport = fetchTransport(ENDPOINT, { headers: { 'X-Shopify-Access-Token': TOKEN } });
  const run = (by: 'id' | 'name' = 'id', value = ORDER_ID) =>
    lookupOrder(transport, { by, value }, { sleep: async (ms) => void sleeps.push(ms), now: () => NOW, timeoutMs: 500, ...options });
  return { run, sleeps };
}

/** Answers the by-id query with the fixture, checking the request on the way. */
function orderById(name: string) {
  return shopify.query('ComplaintOrderById', ({ variables, request }) => {
    expect(variables).toEqual({ id: ORDER_ID });
    expect(request.headers.get('x-shopify-access-token')).toBe(TOKEN);
    return HttpResponse.json(fixture(name));
  });
}

describe('lookupOrder over HTTP', () => {
  it('a normal order', async () => {
    server.use(orderById('order-normal.json'));
    const result = await lookup().run();
    expect(result).toMatchObject({
      ok: true,
      order: { number: '#1042', financialStatus: 'paid', shipments: [{ status: 'in_transit', carrier: 'UPS' }] },
      customer: { ordersCount: 3 },
      notShared: [],
      cost: { requested: 48, actual: 14 },
    });
  });

  it('a late shipment', async () => {
    server.use(orderById('order-late.json'));
    const result = await lookup().run();
    expect(result).toMatchObject({ ok: true, order: { shipments: [{ status: 'in_transit', estimatedDelivery: '2026-11-14T10:00:00Z' }] } });
  });

  it('delivered, with a complaint tag', async () => {
    server.use(orderById('order-delivered-complaint.json'));
    const result = await lookup().run();
    expect(result).toMatchObject({
      ok: true,
      order: { tags: ['complaint:lost_parcel', 'complaint:severe'], shipments: [{ status: 'delivered' }], returns: [{ status: 'requested' }] },
    });
  });

  it('by name, through the orders search', async () => {
    server.use(
      shopify.query('ComplaintOrderByName', ({ variables }) => {
        expect(variables).toEqual({ query: 'name:"#1042"' });
        return HttpResponse.json(fixture('orders-by-name.json'));
      }),
    );
    expect(await lookup().run('name', '#1042')).toMatchObject({ ok: true, order: { number: '#1042' }, cost: { requested: 50 } });
  });

  it('throttled, then OK', async () => {
    let calls = 0;
    server.use(shopify.query('ComplaintOrderById', () => HttpResponse.json(fixture(++calls === 1 ? 'throttled.json' : 'order-normal.json'))));
    const { run, sleeps } = lookup();
    expect(await run()).toMatchObject({ ok: true });
    expect(sleeps).toEqual([400]);
    expect(calls).toBe(2);
  });

  it('429 with Retry-After, then OK', async () => {
    let calls = 0;
    server.use(
      http.post(ENDPOINT, () =>
        ++calls === 1 ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '2' } }) : HttpResponse.json(fixture('order-normal.json')),
      ),
    );
    const { run, sleeps } = lookup();
    expect(await run()).toMatchObject({ ok: true });
    expect(sleeps).toEqual([2000]);
  });

  it('access denied on customer fields', async () => {
    server.use(orderById('customer-access-denied.json'));
    const result = await lookup().run();
    expect(result).toMatchObject({ ok: true, notShared: ['customer.numberOfOrders', 'customer.amountSpent'], customer: { tags: ['newsletter'] } });
  });

  it('order not found', async () => {
    server.use(orderById('order-not-found.json'));
    expect(await lookup({ readAllOrders: true }).run()).toMatchObject({ ok: false, reason: 'deleted' });
    expect(await lookup().run()).toMatchObject({ ok: false, reason: 'too_old' });
  });

  it('401', async () => {
    server.use(http.post(ENDPOINT, () => HttpResponse.json(fixture('unauthorized.json'), { status: 401 })));
    expect(await lookup().run()).toMatchObject({ ok: false, reason: 'unauthorized', message: expect.stringContaining('Invalid API key') });
  });

  it('500', async () => {
    server.use(http.post(ENDPOINT, () => new HttpResponse('Internal Server Error', { status: 500 })));
    expect(await lookup().run()).toMatchObject({ ok: false, reason: 'unavailable', message: 'Shopify is unavailable (HTTP 500).' });
  });

  it('timeout', async () => {
    server.use(
      http.post(ENDPOINT, async () => {
        await delay('infinite');
        return HttpResponse.json(fixture('order-normal.json'));
      }),
    );
    expect(await lookup({ timeoutMs: 50 }).run()).toMatchObject({ ok: false, reason: 'unavailable', message: expect.stringMatching(/did not answer/) });
  });

  it('network error', async () => {
    server.use(http.post(ENDPOINT, () => HttpResponse.error()));
    expect(await lookup().run()).toMatchObject({ ok: false, reason: 'unavailable', message: expect.stringMatching(/Could not reach Shopify/) });
  });

  it('malformed JSON', async () => {
    server.use(http.post(ENDPOINT, () => new HttpResponse('{"data": {"order": {"id": "gid://shopify/Order/61', { status: 200, headers: { 'Content-Type': 'application/json' } })));
    expect(await lookup().run()).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringMatching(/not JSON/) });
  });

  it('wrong shape', async () => {
    server.use(http.post(ENDPOINT, () => HttpResponse.json({ data: { order: { id: ORDER_ID, name: '#1042', lineItems: [] } } })));
    expect(await lookup().run()).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringMatching(/unexpected shape/) });
  });
});
