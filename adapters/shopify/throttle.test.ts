import { describe, expect, it } from 'vitest';
import { DEFAULT_WAIT_MS, retryAfterMs, throttleWaitMs } from './throttle.ts';

describe('throttleWaitMs', () => {
  it('waits exactly as long as the restore rate needs to cover the shortfall', () => {
    // 48 requested, 8 available, 100 points/s: 40 points take 400 ms.
    expect(throttleWaitMs(48, { maximumAvailable: 2000, currentlyAvailable: 8, restoreRate: 100 })).toBe(400);
    expect(throttleWaitMs(50, { maximumAvailable: 1000, currentlyAvailable: 0, restoreRate: 50 })).toBe(1000);
    expect(throttleWaitMs(48, { maximumAvailable: 2000, currentlyAvailable: 47.5, restoreRate: 1000 })).toBe(1);
  });

  it('does not wait when the bucket already holds enough', () => {
    expect(throttleWaitMs(48, { maximumAvailable: 2000, currentlyAvailable: 60, restoreRate: 100 })).toBe(0);
  });

  it('falls back to a second when Shopify did not say', () => {
    expect(throttleWaitMs(48, undefined)).toBe(DEFAULT_WAIT_MS);
    expect(throttleWaitMs(48, { maximumAvailable: 2000, currentlyAvailable: 0, restoreRate: 0 })).toBe(DEFAULT_WAIT_MS);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-20T12:00:00Z');
  it('reads seconds, fractional too', () => {
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs(' 2.0 ', now)).toBe(2000);
    expect(retryAfterMs('0.25', now)).toBe(250);
  });
  it('reads an HTTP date', () => {
    expect(retryAfterMs('Fri, 20 Nov 2026 12:00:03 GMT', now)).toBe(3000);
    expect(retryAfterMs('Fri, 20 Nov 2026 11:59:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});
