// lookupOrder's decisions, driven through a scripted transport: every branch without a network.
// orderLookup.msw.test.ts runs the contract cases over real HTTP (fetch + msw).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orderFacts } from '../../core/orderFacts.ts';
import { defaultPolicy } from '../../core/policy.ts';
import { parseContext, triage } from '../../core/triage.ts';
import { lookupOrder, MAX_RETRIES, type LookupOptions, type LookupResult } from './orderLookup.ts';
import { ORDER_QUERIES } from './orderQuery.ts';
import type { GraphQLRequest, Transport, TransportResponse } from './transport.ts';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const json = (name: string) => JSON.parse(fixture(name)) as Record<string, any>;
const reply = (body: string | object, status = 200, headers: Record<string, string> = { 'content-type': 'application/json' }): TransportResponse => ({
  status,
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

type Step = TransportResponse | Error | 'hang';

/** A transport that plays its answers in order and records what it was asked. */
function scripted(...steps: Step[]) {
  const requests: GraphQLRequest[] = [];
  const signals: (AbortSignal | undefined)[] = [];
  const transport: Transport = (request, init) => {
    requests.push(request);
    signals.push(init?.signal);
    const step = steps.shift();
    if (step === undefined) throw new Error('the transport was called more often than scripted');
    if (step === 'hang') return new Promise(() => {});
    return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
  };
  return { transport, requests, signals };
}

function harness(extra: LookupOptions = {}) {
  const sleeps: number[] = [];
  const options: LookupOptions = { sleep: async (ms) => void sleeps.push(ms), now: () => NOW, ...extra };
  return { sleeps, options };
}

function expectOk(result: LookupResult): Extract<LookupResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected an order, got ${result.reason}: ${result.message}`);
  return result;
}

describe('lookupOrder: an order comes back', () => {
  it('maps a normal order and customer, and reports the cost Shopify charged', async () => {
    const { transport, requests } = scripted(reply(fixture('order-normal.json')));
    const result = expectOk(await lookupOrder(transport, { by: 'id', value: 'gid://shopify/Order/6104367890621' }, harness().options));
    expect(requests).toEqual([{ query: ORDER_QUERIES.id, variables: { id: 'gid://shopify/Order/6104367890621' } }]);
    expect(result.order.number).toBe('#1042');
    expect(result.order.total).toEqual({ amount: 189, currency: 'USD' });
    expect(result.customer).toMatchObject({ ordersCount: 3, totalSpent: { amount: 412.5, currency: 'USD' } });
    expect(result.notShared).toEqual([]);
    expect(result.partialErrors).toEqual([]);
    expect(result.cost).toEqual({ requested: 48, actual: 14, available: 1986, restoreRate: 100 });
  });

  it('gives the core a late shipment it recognises', async () => {
    const { transport } = scripted(reply(fixture('order-late.json')));
    const result = expectOk(await lookupOrder(transport, { by: 'id', value: '6098812345021' }, harness().options));
    const context = parseContext({ ticket: { id: 't1', body: '还没到货' }, order: result.order, customer: result.customer });
    expect(orderFacts(context, new Date(NOW)).map((f) => f.kind)).toEqual(['shipment_late']);
  });

  it('gives the core a delivered parcel, an open return and the complaint tags', async () => {
    const { transport } = scripted(reply(fixture('order-delivered-complaint.json')));
    const result = expectOk(await lookupOrder(transport, { by: 'id', value: '6087712233445' }, harness().options));
    const context = { ticket: { id: 't2', body: 'Tracking says delivered but the parcel never arrived.' }, order: result.order, customer: result.customer };
    expect(orderFacts(parseContext(context), new Date(NOW)).map((f) => f.kind)).toEqual(['shipment_delivered', 'return_open']);
    expect(result.order.tags).toContain('complaint:lost_parcel');
    expect(triage(context, defaultPolicy, new Date(NOW)).category).toBe('lost_parcel');
  });

  it('keeps the data of a partial result and reports the error', async () => {
    const { transport } = scripted(reply(fixture('partial-error.json')));
    const result = expectOk(await lookupOrder(transport, { by: 'id', value: '6104367890621' }, harness().options));
    expect(result.order.shipments[0]).toMatchObject({ status: 'in_transit', trackingNumber: '1Z999AA10123456784' });
    expect(result.order.shipments[0]?.estimatedDelivery).toBeUndefined();
    expect(result.partialErrors).toHaveLength(1);
    expect(result.partialErrors[0]).toMatch(/^fulfillments\[0\]\.estimatedDeliveryAt: Internal error/);
  });
});

describe('lookupOrder: protected customer data', () => {
  it('reports withheld customer fields as not shared, and keeps the rest', async () => {
    const { transport } = scripted(reply(fixture('customer-access-denied.json')));
    const result = expectOk(await lookupOrder(transport, { by: 'id', value: '6104367890621' }, harness().options));
    expect(result.notShared).toEqual(['customer.numberOfOrders', 'customer.amountSpent']);
    expect(result.customer).toEqual({
      id: 'gid://shopify/Customer/7340194234557',
      tags: ['newsletter'],
      createdAt: '2025-03-08T18:20:11Z',
    });
    expect(result.partialErrors).toEqual([]);
  });

  it('reports a withheld customer as a whole', async () => {
    const body = json('customer-access-denied.json');
    body.data.order.customer = null;
    body.errors = [{ ...body.errors[0], message: 'Access denied for customer field.', path: ['order', 'customer'] }];
    const { transport } = scripted(reply(body));
    const result = expectOk(await lookupOrder(transport, { by: 'id', value: '6104367890621' }, harness().options));
    expect(result.notShared).toEqual(['customer']);
    expect(result.customer).toBeUndefined();
    expect(result.order.number).toBe('#1042');
  });

  it('is forbidden when a denied non-null field nulls the whole order (read_returns missing)', async () => {
    const { transport } = scripted(reply(fixture('returns-access-denied.json')));
    const result = await lookupOrder(transport, { by: 'id', value: '6104367890621' }, harness().options);
    expect(result).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(!result.ok && result.message).toMatch(/read_returns/);
  });

  it('never runs the e-mail search unless the shop turned it on (level 2)', async () => {
    const { transport, requests } = scripted();
    const result = await lookupOrder(transport, { by: 'email', value: 'li.wei@example.com' }, harness().options);
    expect(result).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(!result.ok && result.message).toMatch(/level 2/);
    expect(requests).toEqual([]);
  });

  it("finds the requester's most recent order by e-mail when it is on", async () => {
    const { transport, requests } = scripted(reply(fixture('orders-by-name.json')));
    const result = expectOk(await lookupOrder(transport, { by: 'email', value: 'li.wei@example.com' }, harness({ emailLookup: true }).options));
    expect(requests).toEqual([{ query: ORDER_QUERIES.email, variables: { query: 'email:"li.wei@example.com"' } }]);
    expect(result.order.number).toBe('#1042');
    expect(result.cost.requested).toBe(50);
  });
});

describe('lookupOrder: throttling', () => {
  it('waits as long as the restore rate needs, then succeeds', async () => {
    const { transport, requests } = scripted(reply(fixture('throttled.json')), reply(fixture('order-normal.json')));
    const { sleeps, options } = harness();
    const result = await lookupOrder(transport, { by: 'id', value: '6104367890621' }, options);
    expect(result.ok).toBe(true);
    // 48 requested − 8 available = 40 points at 100 points/s.
    expect(sleeps).toEqual([400]);
    expect(requests).toHaveLength(2);
  });

  it(`gives up after ${MAX_RETRIES} retries and says when to try again`, async () => {
    const throttled = reply(fixture('throttled.json'));
    const { transport, requests } = scripted(throttled, throttled, throttled);
    const { sleeps, options } = harness();
    const result = await lookupOrder(transport, { by: 'id', value: '6104367890621' }, options);
    expect(result).toEqual({ ok: false, reason: 'throttled', message: expect.stringMatching(/throttled/), retryAfterMs: 400 });
    expect(sleeps).toEqual([400, 400]);
    expect(requests).toHaveLength(1 + MAX_RETRIES);
  });

  it('does not wait at all when the bucket needs longer than 10 s', async () => {
    const body = json('throttled.json');
    body.extensions.cost.throttleStatus = { maximumAvailable: 100, currentlyAvailable: 0, restoreRate: 2 };
    const { transport } = scripted(reply(body));
    const { sleeps, options } = harness();
    expect(await lookupOrder(transport, { by: 'id', value: '6104367890621' }, options)).toMatchObject({
      ok: false,
      reason: 'throttled',
      retryAfterMs: 24_000,
    });
    expect(sleeps).toEqual([]);
  });

  it('counts the time spent waiting on Shopify itself towards the 10 s', async () => {
    let clock = NOW;
    let calls = 0;
    const slow: Transport = async () => {
      calls++;
      clock += 6_000;
      return reply(fixture('throttled.json'));
    };
    const sleeps: number[] = [];
    const result = await lookupOrder(slow, { by: 'id', value: '6104367890621' }, {
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
    });
    // 6 s answer + 0.4 s wait + 6 s answer = 12.4 s: a second wait would pass 10 s, so it stops there.
    expect(result).toMatchObject({ ok: false, reason: 'throttled', retryAfterMs: 400 });
    expect(sleeps).toEqual([400]);
    expect(calls).toBe(2);
  });

  it('honours HTTP 429 with Retry-After', async () => {
    const { transport } = scripted(reply('', 429, { 'retry-after': '2.0' }), reply(fixture('order-normal.json')));
    const { sleeps, options } = harness();
    expect((await lookupOrder(transport, { by: 'id', value: '6104367890621' }, options)).ok).toBe(true);
    expect(sleeps).toEqual([2000]);
  });

  it('waits a second on a 429 without Retry-After, and reads the header in any case', async () => {
    const { transport } = scripted(reply('', 429, {}), reply('', 429, { 'Retry-After': '3' }), reply(fixture('order-normal.json')));
    const { sleeps, options } = harness();
    expect((await lookupOrder(transport, { by: 'id', value: '6104367890621' }, options)).ok).toBe(true);
    expect(sleeps).toEqual([1000, 3000]);
  });
});

describe('lookupOrder: no order', () => {
  const notFound = () => scripted(reply(fixture('order-not-found.json'))).transport;
  const byId = { by: 'id', value: '6104367890621' } as const;

  it("is 'too_old' by id when the app cannot see past 60 days (the id came from Shopify)", async () => {
    expect(await lookupOrder(notFound(), byId, harness().options)).toMatchObject({ ok: false, reason: 'too_old', message: expect.stringMatching(/read_all_orders/) });
    expect(await lookupOrder(notFound(), byId, harness({ placedAt: '2026-07-01T10:00:00Z' }).options)).toMatchObject({ reason: 'too_old' });
  });

  it("is 'deleted' by id when age cannot be the reason", async () => {
    expect(await lookupOrder(notFound(), byId, harness({ readAllOrders: true }).options)).toMatchObject({ ok: false, reason: 'deleted' });
    expect(await lookupOrder(notFound(), byId, harness({ placedAt: '2026-11-01T10:00:00Z' }).options)).toMatchObject({ reason: 'deleted' });
  });

  it("is 'not_found' when a search finds nothing, mentioning the 60-day window", async () => {
    const { transport, requests } = scripted(reply(fixture('orders-empty.json')));
    const result = await lookupOrder(transport, { by: 'name', value: '#1001' }, harness().options);
    expect(requests[0]?.variables).toEqual({ query: 'name:"#1001"' });
    expect(result).toMatchObject({ ok: false, reason: 'not_found', message: expect.stringMatching(/60 days/) });
  });

  it('finds an order by name, and refuses one whose name only resembles it', async () => {
    expect(expectOk(await lookupOrder(scripted(reply(fixture('orders-by-name.json'))).transport, { by: 'name', value: '1042' }, harness().options)).order.number).toBe(
      '#1042',
    );
    expect(await lookupOrder(scripted(reply(fixture('orders-by-name.json'))).transport, { by: 'name', value: '#104' }, harness().options)).toMatchObject({
      reason: 'not_found',
    });
  });

  it('does not ask Shopify about a value that is not an order id', async () => {
    const { transport, requests } = scripted();
    expect(await lookupOrder(transport, { by: 'id', value: 'gid://shopify/Customer/1' }, harness().options)).toMatchObject({ reason: 'not_found' });
    expect(requests).toEqual([]);
  });
});

describe('lookupOrder: failures', () => {
  const byId = { by: 'id', value: '6104367890621' } as const;
  const run = (...steps: Step[]) => lookupOrder(scripted(...steps).transport, byId, harness({ timeoutMs: 20 }).options);

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'unavailable'],
    [402, 'unavailable'],
    [500, 'unavailable'],
    [502, 'unavailable'],
    [400, 'malformed'],
  ])('maps HTTP %i to %s', async (status, reason) => {
    expect(await run(reply('', status, {}))).toMatchObject({ ok: false, reason });
  });

  it("quotes Shopify's refusal in the message", async () => {
    expect(await run(reply(fixture('unauthorized.json'), 401))).toMatchObject({
      reason: 'unauthorized',
      message: expect.stringContaining('Invalid API key or access token'),
    });
  });

  it('passes on Retry-After from a 503', async () => {
    expect(await run(reply('', 503, { 'retry-after': '30' }))).toEqual({
      ok: false,
      reason: 'unavailable',
      message: 'Shopify is unavailable (HTTP 503).',
      retryAfterMs: 30_000,
    });
  });

  it('times out a transport that never answers, and aborts it', async () => {
    const { transport, signals } = scripted('hang');
    const result = await lookupOrder(transport, byId, harness({ timeoutMs: 20 }).options);
    expect(result).toMatchObject({ ok: false, reason: 'unavailable', message: expect.stringMatching(/did not answer/) });
    expect(signals[0]?.aborted).toBe(true);
  });

  it('reports a network failure as unavailable', async () => {
    expect(await run(new TypeError('fetch failed'))).toMatchObject({ reason: 'unavailable', message: expect.stringContaining('fetch failed') });
  });

  it('reports a body that is not JSON as malformed', async () => {
    expect(await run(reply('<html><body>502 Bad Gateway</body></html>'))).toMatchObject({ reason: 'malformed' });
  });

  it('reports an order of the wrong shape as malformed, naming the field', async () => {
    const body = json('order-normal.json');
    body.data.order.totalPriceSet.shopMoney.amount = 189;
    const result = await run(reply(body));
    expect(result).toMatchObject({ ok: false, reason: 'malformed' });
    expect(!result.ok && result.message).toContain('order.totalPriceSet.shopMoney.amount');
  });

  it('reports a missing field as malformed too', async () => {
    const body = json('order-normal.json');
    delete body.data.order.lineItems;
    expect(await run(reply(body))).toMatchObject({ reason: 'malformed', message: expect.stringContaining('order.lineItems') });
  });

  it('reports a query Shopify rejected as malformed', async () => {
    expect(await run(reply(fixture('invalid-field.json')))).toMatchObject({
      reason: 'malformed',
      message: expect.stringContaining("Field 'estimatedDeliveryAt' doesn't exist"),
    });
  });

  it('reports a failed order as unavailable', async () => {
    const body = { data: { order: null }, errors: [{ message: 'Internal error. Looks like something went wrong on our end.', path: ['order'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    expect(await run(reply(body))).toMatchObject({ reason: 'unavailable' });
    expect(await run(reply({ errors: body.errors }))).toMatchObject({ reason: 'unavailable' });
  });
});
