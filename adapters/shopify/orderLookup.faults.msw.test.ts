// The fault cases orderLookup.msw.test.ts does not have, over real HTTP (fetchTransport → fetch → msw), as
// the Shopify admin extension and a backend reach Shopify: 403, 404, 429 that never clears (with and
// without Retry-After), 503 with Retry-After, an unexpected 4xx, and a refusal that echoes the token.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lookupOrder, type LookupFailure } from './orderLookup.ts';
import { API_VERSION } from './orderQuery.ts';
import { adminGraphqlUrl, fetchTransport } from './transport.ts';

const ENDPOINT = adminGraphqlUrl('complaint-desk-test.myshopify.com', API_VERSION);
const TOKEN = 'shpat_faults0123456789abcdef0123456789';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const cases: { label: string; status: number; body?: string; headers?: Record<string, string>; reason: LookupFailure; message: RegExp; requests: number; waits: number[] }[] = [
  { label: '403', status: 403, body: '{"errors":"[API] This action requires merchant approval for read_orders scope."}', reason: 'forbidden', message: /HTTP 403\): \[API\] This action requires merchant approval/, requests: 1, waits: [] },
  { label: '404', status: 404, body: 'Not Found', reason: 'unavailable', message: /HTTP 404/, requests: 1, waits: [] },
  { label: '429 without Retry-After, every time', status: 429, reason: 'throttled', message: /HTTP 429/, requests: 3, waits: [1000, 1000] },
  { label: '429 with Retry-After, every time', status: 429, headers: { 'Retry-After': '4' }, reason: 'throttled', message: /HTTP 429/, requests: 3, waits: [4000, 4000] },
  { label: '503 with Retry-After', status: 503, body: 'Service Unavailable', headers: { 'Retry-After': '5' }, reason: 'unavailable', message: /^Shopify is unavailable \(HTTP 503\)\.$/, requests: 1, waits: [] },
  { label: 'an unexpected 400', status: 400, body: '{"errors":[{"message":"Parse error on \\"}\\""}]}', reason: 'malformed', message: /rejected the request \(HTTP 400\): Parse error/, requests: 1, waits: [] },
];

describe('lookupOrder over HTTP: more faults', () => {
  it.each(cases)('$label → $reason', async ({ status, body, headers, reason, message, requests, waits }) => {
    let calls = 0;
    server.use(http.post(ENDPOINT, () => (calls++, new HttpResponse(body ?? null, { status, headers: { 'Content-Type': 'application/json', ...headers } }))));
    const sleeps: number[] = [];
    const result = await lookupOrder(fetchTransport(ENDPOINT, { headers: { 'X-Shopify-Access-Token': TOKEN } }), { by: 'name', value: '#1042' }, { sleep: async (ms) => void sleeps.push(ms), timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, reason, message: expect.stringMatching(message) });
    expect(calls).toBe(requests);
    expect(sleeps).toEqual(waits);
  });

  it('a refusal that echoes the token: the message names the problem, not the token', async () => {
    server.use(
      http.post(ENDPOINT, ({ request }) =>
        HttpResponse.json({ errors: `Invalid token ${request.headers.get('x-shopify-access-token')} (header X-Shopify-Access-Token: ${request.headers.get('x-shopify-access-token')})` }, { status: 401 }),
      ),
    );
    const result = await lookupOrder(fetchTransport(ENDPOINT, { headers: { 'X-Shopify-Access-Token': TOKEN } }), { by: 'name', value: '#1042' }, { sleep: async () => {} });
    expect(result).toMatchObject({ ok: false, reason: 'unauthorized' });
    if (result.ok) return;
    expect(result.message).toMatch(/^Shopify refused the app's credentials \(HTTP 401\): Invalid token \[redacted\]/);
    expect(result.message).not.toContain(TOKEN.slice(6));
  });
});
