import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, HARD_LIMIT_BYTES, measure, sizeReport, verdict, type BundleSize } from './shopifyBudget.ts';

const size = (brotli: number): BundleSize => ({ handle: 'x', raw: brotli * 4, gzip: brotli * 1.3, deflate: brotli * 1.3, brotli });

describe('Shopify bundle budget', () => {
  it('passes up to 32 KB, warns up to 64 KB, and hard-fails above', () => {
    expect(verdict(size(BUDGET_BYTES))).toBe('within_budget');
    expect(verdict(size(BUDGET_BYTES + 1))).toBe('over_budget');
    expect(verdict(size(HARD_LIMIT_BYTES))).toBe('over_budget');
    expect(verdict(size(HARD_LIMIT_BYTES + 1))).toBe('over_limit');
  });

  it('measures raw, gzip, deflate and brotli sizes', () => {
    const bytes = new TextEncoder().encode('const a = 1;'.repeat(1000));
    const s = measure('block', bytes);
    expect(s.raw).toBe(12000);
    expect(s.brotli).toBeLessThan(s.gzip);
    expect(s.deflate).toBeLessThan(s.raw);
  });

  it('says which extension fails and why', () => {
    expect(sizeReport([{ ...size(70 * 1024), handle: 'complaint-action' }])).toMatch(/^complaint-action: raw .* brotli 70\.0 KB → HARD FAIL/);
  });
});
