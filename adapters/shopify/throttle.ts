// How long to wait before asking Shopify again. Two signals exist:
//   - a GraphQL `THROTTLED` error (HTTP 200), with `extensions.cost.throttleStatus`: the bucket refills at
//     `restoreRate` points a second, and the query can run once `currentlyAvailable` covers its requested
//     cost, so the wait is exactly the shortfall divided by the restore rate;
//   - HTTP 429 with `Retry-After` (seconds, or an HTTP date), which proxies and the REST-era edge still send.
import type { ThrottleStatus } from './shopifyResponse.ts';

/** When neither signal says how long: one second refills 100 points on the smallest plan. */
export const DEFAULT_WAIT_MS = 1000;

export function throttleWaitMs(requestedCost: number, status: ThrottleStatus | null | undefined): number {
  if (!status || !(status.restoreRate > 0)) return DEFAULT_WAIT_MS;
  const shortfall = requestedCost - status.currentlyAvailable;
  if (!(shortfall > 0)) return 0;
  return Math.ceil((shortfall / status.restoreRate) * 1000);
}

/** `Retry-After` in milliseconds, or undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
