// The Shopify transport inside Zendesk: `client.request` through Zendesk's secure proxy. The token is
// the placeholder `{{setting.shopify_token}}`, which only the proxy replaces (hosts/zendesk.md §4);
// the browser never holds it. `cors` stays false: a CORS request bypasses the proxy.
import { lookupOrder, MAX_WAIT_MS, type LookupOptions, type LookupResult, type OrderLookup } from '../shopify/orderLookup.ts';
import { API_VERSION } from '../shopify/orderQuery.ts';
import { adminGraphqlUrl, type Transport, type TransportResponse } from '../shopify/transport.ts';
import type { ZafClient, ZafRequestOptions } from './zaf.ts';

/** Written out in full so a reviewer (and our package test) can find it in the bundle. */
export const TOKEN_PLACEHOLDER = '{{setting.shopify_token}}';
/** Zendesk's proxy has no documented timeout (§4); ours keeps an agent from waiting forever. */
export const REQUEST_TIMEOUT_MS = 8_000;

export function shopifyRequestOptions(shopDomain: string, body: string): ZafRequestOptions {
  return {
    url: adminGraphqlUrl(shopDomain, API_VERSION),
    type: 'POST',
    contentType: 'application/json',
    data: body,
    // Hyphens only: Zendesk's proxy drops headers with underscores (§4).
    headers: { 'X-Shopify-Access-Token': TOKEN_PLACEHOLDER },
    secure: true,
    cors: false,
    autoRetry: false,
    httpCompleteResponse: true,
    timeout: REQUEST_TIMEOUT_MS,
  };
}

function headersOf(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (typeof v === 'string' || typeof v === 'number') out[k.toLowerCase()] = String(v);
  return out;
}

/** A response (resolved) or a failure (rejected) from `client.request`, as the lookup's TransportResponse. */
export function toTransportResponse(raw: unknown, failed: boolean): TransportResponse {
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>;
    const status = typeof r.status === 'number' ? r.status : failed ? 0 : 200;
    const body =
      typeof r.responseText === 'string'
        ? r.responseText
        : r.responseJSON !== undefined
          ? JSON.stringify(r.responseJSON)
          : failed
            ? ''
            : JSON.stringify(raw);
    return { status, headers: headersOf(r.headers ?? r.responseHeaders), body };
  }
  if (typeof raw === 'string') return { status: failed ? 0 : 200, body: raw };
  return { status: 0, body: '' };
}

export function zendeskTransport(client: ZafClient, shopDomain: string): Transport {
  return async (request) => {
    try {
      const raw = await client.request(shopifyRequestOptions(shopDomain, JSON.stringify(request)));
      return toTransportResponse(raw, false);
    } catch (error) {
      const response = toTransportResponse(error, true);
      // Status 0: the proxy timed out or the network failed. Thrown, the lookup reports 'unavailable'.
      if (response.status === 0) throw new Error(error instanceof Error ? error.message : 'the request did not complete');
      return response;
    }
  };
}

export interface RetryOptions extends LookupOptions {
  /** Extra attempts after a 5xx, a timeout or a network failure (429s are paced by the lookup itself). */
  retries?: number;
  backoffMs?: number;
}

/**
 * lookupOrder plus bounded retry with exponential backoff for 5xx, timeouts and network failures.
 * 429 / THROTTLED are already retried inside lookupOrder, honouring Retry-After.
 */
export async function lookupWithRetry(transport: Transport, lookup: OrderLookup, options: RetryOptions = {}): Promise<LookupResult> {
  const retries = options.retries ?? 2;
  const backoff = options.backoffMs ?? 500;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    const result = await lookupOrder(transport, lookup, { timeoutMs: REQUEST_TIMEOUT_MS + 1000, ...options });
    // 402/404/423 are about the shop, not a passing failure: asking again cannot help.
    if (result.ok || result.reason !== 'unavailable' || /HTTP 40[24]|HTTP 423/.test(result.message) || attempt >= retries) return result;
    const wait = result.retryAfterMs ?? backoff * 2 ** attempt;
    // Bounded in time as well as in attempts (as lookupOrder bounds its throttle waits): a 503 whose
    // Retry-After says an hour must not keep the agent looking at a spinner for an hour.
    if (waited + wait > MAX_WAIT_MS) return result;
    await sleep(wait);
    waited += wait;
  }
}
