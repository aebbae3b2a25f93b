// Fault injection at the Freshdesk adapter (issue 9): every way Shopify's answer can fail, through the
// request template as `invokeTemplate` reports it (resolved for 2xx, rejected with status, headers and
// response otherwise; rejected without a status when the platform failed before Shopify answered).
// freshdesk.contract.test.ts counts the reason and the requests for most of these; here each case also
// checks the log message, the sidebar's banner (the shared view model the app renders), the triage from
// the ticket text, the waits, and that nothing is written to the ticket.
import { describe, expect, it } from 'vitest';
import { buildView, type OrderStatus } from '../../apps/shared/viewModel.ts';
import type { LookupFailure } from '../shopify/orderLookup.ts';
import { FreshdeskDesk } from './desk.ts';
import { fakeClient } from './fakeClient.ts';
import type { TemplateResponse } from './fdk.ts';
import { agentEn, contactEn, lateTicket, NOW } from './fixtures/payloads.ts';
import type { TemplateLookupOptions } from './shopifyTemplate.ts';

const iparams = { shop_domain: 'acme-tw.myshopify.com', order_number_field: 'cf_order_number', tier_field: 'cf_complaint_tier', category_field: 'cf_complaint_category', add_private_note: 'Yes' };
const now = new Date(NOW);
const ok = (response: string): TemplateResponse => ({ status: 200, headers: { 'Content-Type': 'application/json' }, response });
type Answer = () => Promise<TemplateResponse>;
/** The template's rejection for a non-2xx, after its own attempts (maxAttempts 2). */
const reject = (status: number, response = '', headers: Record<string, string> = {}): Answer => async () => Promise.reject({ status, headers, response, errorSource: 'APP', attempts: 2 });

const BANNER: Partial<Record<LookupFailure, RegExp>> = {
  unauthorized: /^Shopify token rejected: ask your admin to re-enter it/,
  forbidden: /^Shopify refused access to orders/,
  throttled: /^Shopify is busy \(rate limit\)\. Triage uses the ticket text only/,
  unavailable: /^Shopify could not be reached\. Triage uses the ticket text only/,
  malformed: /^Shopify answered something unexpected\. Triage uses the ticket text only/,
};

const cases: { label: string; answer: Answer; options?: TemplateLookupOptions; reason: LookupFailure; message: RegExp; requests: number; waits: number[] }[] = [
  { label: '401', answer: reject(401, '{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}'), reason: 'unauthorized', message: /credentials \(HTTP 401\): \[API\] Invalid API key/, requests: 1, waits: [] },
  { label: '403', answer: reject(403, '{"errors":"Forbidden"}'), reason: 'forbidden', message: /refused access \(HTTP 403\): Forbidden/, requests: 1, waits: [] },
  { label: '404', answer: reject(404, 'Not Found'), reason: 'unavailable', message: /cannot serve this shop or API version \(HTTP 404\)/, requests: 1, waits: [] },
  { label: '429 with Retry-After', answer: reject(429, '', { 'Retry-After': '3' }), reason: 'throttled', message: /HTTP 429/, requests: 3, waits: [3000, 3000] },
  { label: '429 without Retry-After', answer: reject(429), reason: 'throttled', message: /HTTP 429/, requests: 3, waits: [1000, 1000] },
  { label: '429 whose Retry-After is past the 10 s bound', answer: reject(429, '', { 'Retry-After': '60' }), reason: 'throttled', message: /HTTP 429/, requests: 1, waits: [] },
  { label: '500 (the template already retried it)', answer: reject(500, 'oops'), reason: 'unavailable', message: /^Shopify is unavailable \(HTTP 500\)\.$/, requests: 1, waits: [] },
  { label: '503', answer: reject(503, 'maintenance', { 'Retry-After': '30' }), reason: 'unavailable', message: /^Shopify is unavailable \(HTTP 503\)\.$/, requests: 1, waits: [] },
  { label: '503 with our own retries on', options: { retries: 2 }, answer: reject(503, 'maintenance'), reason: 'unavailable', message: /HTTP 503/, requests: 3, waits: [500, 1000] },
  // With retries on, a Retry-After of an hour is reported at once, not waited out.
  { label: '503 with our own retries on and Retry-After: 3600', options: { retries: 2 }, answer: reject(503, 'maintenance', { 'Retry-After': '3600' }), reason: 'unavailable', message: /HTTP 503/, requests: 1, waits: [] },
  { label: 'network error (the platform, no status)', answer: async () => Promise.reject({ message: 'Error in establishing connection', errorSource: 'PLATFORM' }), reason: 'unavailable', message: /^Could not reach Shopify: Error in establishing connection$/, requests: 1, waits: [] },
  { label: 'a response that never arrives', answer: () => new Promise<TemplateResponse>(() => {}), reason: 'unavailable', message: /^Shopify did not answer within 0 s\.$/, requests: 1, waits: [] },
  { label: '200 with malformed JSON', answer: async () => ok('{"data": {"orders": '), reason: 'malformed', message: /not JSON/, requests: 1, waits: [] },
  { label: '200 of the wrong shape', answer: async () => ok('{"data": {"orders": {"nodes": [{"id": 5}]}}}'), reason: 'malformed', message: /unexpected shape \(orders\.nodes\[0\]/, requests: 1, waits: [] },
  { label: '200 without a status from the platform', answer: async () => ({ response: '{}' }) as unknown as TemplateResponse, reason: 'unavailable', message: /answered without a status/, requests: 1, waits: [] },
];

describe('Freshdesk: Shopify failures through the request template', () => {
  it.each(cases)('$label → $reason after $requests request(s)', async ({ answer, options, reason, message, requests, waits }) => {
    const client = fakeClient({ ticket: lateTicket, contact: contactEn, loggedInUser: agentEn }, { iparams, invoke: () => answer() });
    const slept: number[] = [];
    const desk = new FreshdeskDesk(client, { sleep: async (ms) => void slept.push(ms), timeoutMs: 5, ...options });
    const snapshot = await desk.loadTicket();
    const order = await desk.loadOrder(snapshot);

    expect(order.status).toBe('failed');
    if (order.status !== 'failed') return;
    expect(order.result.reason).toBe(reason);
    expect(order.result.message).toMatch(message);
    expect(order.source).toBe('field');

    expect(client.calls.filter((c) => c.kind === 'invokeTemplate')).toHaveLength(requests);
    expect(slept).toEqual(waits);

    const triage = desk.triage(snapshot, order, now);
    expect(triage).toEqual(desk.triage(snapshot, undefined, now));
    expect(triage.category).toBe('logistics_delay');
    expect(triage.replies.length).toBeGreaterThanOrEqual(5);
    const status: OrderStatus = { status: 'failed', reason: order.result.reason, reference: order.reference };
    const view = buildView(triage, desk.contextWithOrder(snapshot, order), desk.uiLanguage(snapshot), now, status);
    expect(view.orderNote?.text).toMatch(BANNER[reason]!);
    expect(view.order).toBeUndefined();

    // Nothing written: the three reads, the template, and no interface call at all.
    expect(client.calls.filter((c) => c.kind === 'data')).toHaveLength(3);
    expect(client.calls.filter((c) => c.kind === 'trigger')).toEqual([]);
    expect(client.form).toEqual({ fields: {}, editor: '' });
  });
});
