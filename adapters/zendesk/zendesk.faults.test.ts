// Fault injection at the Zendesk adapter (issue 9): every way Shopify's answer can fail, through the secure
// proxy as `client.request` reports it (a resolved complete response for 2xx, a rejection carrying
// status, responseText and headers otherwise, status 0 for a proxy timeout or no network). For each: the
// lookup's reason and its log message, the sidebar's banner for it (the shared view model the app
// renders), the triage from the ticket text still there, bounded requests and waits, and nothing
// written to the ticket. zendesk.contract.test.ts has the happy paths and a 429-then-200.
import { describe, expect, it } from 'vitest';
import { buildView, orderNote, type OrderStatus } from '../../apps/shared/viewModel.ts';
import type { LookupFailure } from '../shopify/orderLookup.ts';
import { ZendeskDesk } from './desk.ts';
import { fakeClient } from './fakeClient.ts';
import { NOW, routineTicket } from './fixtures/payloads.ts';
import type { ZafRequestOptions } from './zaf.ts';

const settings = { shop_domain: 'acme.myshopify.com', tier_field_id: '360001', category_field_id: '360002' };
const now = new Date(NOW);
const complete = (status: number, responseText: string, headers: Record<string, string> = {}) => ({ status, responseText, headers });

type Answer = (o: ZafRequestOptions, n: number) => Promise<unknown>;
const reject = (status: number, responseText = '', headers: Record<string, string> = {}): Answer => async () => Promise.reject(complete(status, responseText, headers));

/** The banner per reason, in English: what the agent reads instead of the order card. */
const BANNER: Record<LookupFailure, RegExp> = {
  unauthorized: /^Shopify token rejected: ask your admin to re-enter it/,
  forbidden: /^Shopify refused access to orders: ask your admin to give the app the read_orders scope/,
  throttled: /^Shopify is busy \(rate limit\)\. Triage uses the ticket text only/,
  unavailable: /^Shopify could not be reached\. Triage uses the ticket text only/,
  malformed: /^Shopify answered something unexpected\. Triage uses the ticket text only/,
  not_found: /^Shopify has no order/,
  deleted: /^Shopify has no order/,
  too_old: /^Shopify has no order/,
};

const cases: { label: string; answer: Answer; reason: LookupFailure; message: RegExp; requests: number; waits: number[] }[] = [
  { label: '401', answer: reject(401, '{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}'), reason: 'unauthorized', message: /credentials \(HTTP 401\): \[API\] Invalid API key/, requests: 1, waits: [] },
  { label: '403', answer: reject(403, '{"errors":"Forbidden"}'), reason: 'forbidden', message: /refused access \(HTTP 403\): Forbidden/, requests: 1, waits: [] },
  { label: '404 (no such shop or API version)', answer: reject(404, 'Not Found'), reason: 'unavailable', message: /cannot serve this shop or API version \(HTTP 404\)/, requests: 1, waits: [] },
  { label: '429 with Retry-After, every time', answer: reject(429, '{"errors":"Throttled"}', { 'Retry-After': '2' }), reason: 'throttled', message: /rate-limiting this app \(HTTP 429\)/, requests: 3, waits: [2000, 2000] },
  { label: '429 without Retry-After, every time', answer: reject(429, '{"errors":"Throttled"}'), reason: 'throttled', message: /rate-limiting this app \(HTTP 429\)/, requests: 3, waits: [1000, 1000] },
  { label: '500', answer: reject(500, 'Internal Server Error'), reason: 'unavailable', message: /^Shopify is unavailable \(HTTP 500\)\.$/, requests: 3, waits: [500, 1000] },
  { label: '503 with Retry-After: 1', answer: reject(503, 'Service Unavailable', { 'Retry-After': '1' }), reason: 'unavailable', message: /^Shopify is unavailable \(HTTP 503\)\.$/, requests: 3, waits: [1000, 1000] },
  // An hour is not waited out: the failure is reported at once (bounded in time, not only in attempts).
  { label: '503 with Retry-After: 3600', answer: reject(503, 'Service Unavailable', { 'Retry-After': '3600' }), reason: 'unavailable', message: /HTTP 503/, requests: 1, waits: [] },
  { label: 'network error (status 0)', answer: async () => Promise.reject({ status: 0, statusText: 'error', responseText: '' }), reason: 'unavailable', message: /^Could not reach Shopify: the request did not complete$/, requests: 3, waits: [500, 1000] },
  { label: 'the proxy throws an Error', answer: async () => Promise.reject(new Error('Failed to fetch')), reason: 'unavailable', message: /^Could not reach Shopify: Failed to fetch$/, requests: 3, waits: [500, 1000] },
  { label: 'a response that never arrives', answer: () => new Promise(() => {}), reason: 'unavailable', message: /^Shopify did not answer within 0 s\.$/, requests: 3, waits: [500, 1000] },
  { label: '200 with malformed JSON', answer: async () => complete(200, '{"data": {"orders": {"nodes": [{"id": "gid://'), reason: 'malformed', message: /not JSON/, requests: 1, waits: [] },
  { label: '200 of the wrong shape', answer: async () => complete(200, '{"data": {"orders": {"nodes": [{"id": 5}]}}}'), reason: 'malformed', message: /unexpected shape \(orders\.nodes\[0\]/, requests: 1, waits: [] },
  { label: '200 that is not GraphQL at all', answer: async () => complete(200, '<html>Shopify is down for maintenance</html>'), reason: 'malformed', message: /not JSON/, requests: 1, waits: [] },
];

describe('Zendesk: Shopify failures through the secure proxy', () => {
  it.each(cases)('$label → $reason after $requests request(s)', async ({ answer, reason, message, requests, waits }) => {
    const client = fakeClient(routineTicket, { settings, request: answer });
    const slept: number[] = [];
    const desk = new ZendeskDesk(client, { sleep: async (ms) => void slept.push(ms), timeoutMs: 5 });
    const snapshot = await desk.loadTicket();
    const order = await desk.loadOrder(snapshot);

    expect(order.status).toBe('failed');
    if (order.status !== 'failed') return;
    expect(order.result.reason).toBe(reason);
    expect(order.result.message).toMatch(message);
    expect(order.reference).toBe('#1002');

    // Bounded: this many requests, these waits, and no more.
    expect(client.calls.filter((c) => c.kind === 'request')).toHaveLength(requests);
    expect(slept).toEqual(waits);

    // The panel: a specific banner, and the triage from the text as if there were no shop at all.
    const triage = desk.triage(snapshot, order, now);
    expect(triage).toEqual(desk.triage(snapshot, undefined, now));
    expect(triage.category).toBe('logistics_delay');
    expect(triage.replies.length).toBeGreaterThanOrEqual(5);
    const status: OrderStatus = { status: 'failed', reason: order.result.reason, reference: order.reference };
    const view = buildView(triage, desk.contextWithOrder(snapshot, order), desk.uiLanguage(snapshot), now, status);
    expect(view.orderNote?.text).toMatch(BANNER[reason]);
    expect(view.orderNote?.tone).toBe(reason === 'unauthorized' || reason === 'forbidden' ? 'danger' : 'warning');
    expect(view.order).toBeUndefined();
    expect(view.tier.id).toBe(triage.tier);

    // Nothing written: one batched read, the order requests, no set, no invoke.
    expect(client.calls.filter((c) => c.kind === 'get')).toHaveLength(1);
    expect(client.calls.filter((c) => c.kind === 'set' || c.kind === 'invoke')).toEqual([]);
  });

  it('every failure reason has a banner of its own, in each UI language', () => {
    for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      const texts = (['unauthorized', 'forbidden', 'throttled', 'unavailable', 'malformed'] as const).map((reason) => orderNote({ status: 'failed', reason, reference: '#1' }, lang)?.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('a failed lookup is not kept: the next re-triage asks again, once', async () => {
    let n = 0;
    const client = fakeClient(routineTicket, { settings, request: async () => (n++ === 0 ? Promise.reject(complete(401, '')) : complete(200, '{"data":{"orders":{"nodes":[]}}}')) });
    const desk = new ZendeskDesk(client, { sleep: async () => {} });
    const snapshot = await desk.loadTicket();
    expect((await desk.loadOrder(snapshot)).status).toBe('failed');
    expect(desk.peekOrder(snapshot)).toBeUndefined();
    expect((await desk.loadOrder(snapshot)).status).toBe('failed');
    expect(client.calls.filter((c) => c.kind === 'request')).toHaveLength(2);
  });
});
