// The Shopify transport inside Freshdesk: the request template `shopifyGraphql` (config/requests.json),
// whose header carries the secure iparam with the token. The browser only ever sends the GraphQL body.
//
// `invokeTemplate` resolves with `{status, headers, response}` for 2xx and rejects with the same shape
// for anything else (plus `errorSource`), so a rejection that carries a status is a response: 401, 429
// and 5xx keep their meaning for lookupOrder. A rejection without one (the platform failed before
// Shopify answered) is thrown on, and the lookup reports it as 'unavailable'.
import { lookupOrder, MAX_WAIT_MS, type LookupOptions, type LookupResult, type OrderLookup } from '../shopify/orderLookup.ts';
import type { Transport, TransportResponse } from '../shopify/transport.ts';
import type { FreshdeskClient } from './fdk.ts';

/** The template's name in config/requests.json and manifest.json `modules.common.requests`. */
export const SHOPIFY_TEMPLATE = 'shopifyGraphql';
/**
 * The platform's default template timeout is 15 s (the documented alternatives are longer); with the
 * template's one retry (maxAttempts 2) an answer can take two of them. Past this the agent gets the
 * 'unavailable' banner and the triage from the text alone.
 */
export const TEMPLATE_TIMEOUT_MS = 16_000;

function headersOf(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v === 'string' || typeof v === 'number') out[k.toLowerCase()] = String(v);
      // Some proxies hand multi-valued headers as arrays.
      else if (Array.isArray(v) && typeof v[0] === 'string') out[k.toLowerCase()] = v[0];
    }
  return out;
}

/** A template result (resolved or rejected) as the lookup's TransportResponse, or undefined without a status. */
export function toTransportResponse(raw: unknown): TransportResponse | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const status = typeof r.status === 'number' ? r.status : typeof r.status === 'string' && /^\d{3}$/.test(r.status) ? Number(r.status) : undefined;
  if (status === undefined || status === 0) return undefined;
  // `response` is documented as a string; keep anything else as JSON so the lookup still validates it.
  const body = typeof r.response === 'string' ? r.response : r.response === undefined || r.response === null ? '' : JSON.stringify(r.response);
  return { status, headers: headersOf(r.headers), body };
}

export function freshdeskTransport(client: Pick<FreshdeskClient, 'request'>): Transport {
  return async (request) => {
    let raw: unknown;
    try {
      raw = await client.request.invokeTemplate(SHOPIFY_TEMPLATE, { context: {}, body: JSON.stringify(request) });
    } catch (error) {
      const response = toTransportResponse(error);
      if (response) return response;
      const message = error instanceof Error ? error.message : error && typeof error === 'object' && 'message' in error ? String(error.message) : 'the request did not complete';
      throw new Error(message);
    }
    const response = toTransportResponse(raw);
    if (!response) throw new Error('the request template answered without a status');
    return response;
  };
}

/** Extra attempts of our own: none by default, because the template already retries 429/5xx/network. */
export interface TemplateLookupOptions extends LookupOptions {
  retries?: number;
  backoffMs?: number;
}

/**
 * lookupOrder over the template. Retries are bounded twice over: the template's `maxAttempts` (2) for
 * network errors, 429 and 5xx inside the platform, and lookupOrder's own (at most 2, 10 s in all) for
 * 429 Retry-After and Shopify's THROTTLED. `retries` adds whole-lookup attempts after 'unavailable'
 * (a timeout, say) and defaults to 0: the platform's rate limit is 50 requests a minute per app.
 */
export async function lookupViaTemplate(client: Pick<FreshdeskClient, 'request'>, lookup: OrderLookup, options: TemplateLookupOptions = {}): Promise<LookupResult> {
  const retries = options.retries ?? 0;
  const backoff = options.backoffMs ?? 500;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const transport = freshdeskTransport(client);
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    const result = await lookupOrder(transport, lookup, { timeoutMs: TEMPLATE_TIMEOUT_MS, ...options });
    // 402/404/423 are about the shop or the API version: asking again cannot help.
    if (result.ok || result.reason !== 'unavailable' || /HTTP 40[24]|HTTP 423/.test(result.message) || attempt >= retries) return result;
    const wait = result.retryAfterMs ?? backoff * 2 ** attempt;
    // Bounded in time as well as in attempts (as lookupOrder bounds its throttle waits): a 503 whose
    // Retry-After says an hour must not keep the agent looking at a spinner for an hour.
    if (waited + wait > MAX_WAIT_MS) return result;
    await sleep(wait);
    waited += wait;
  }
}
