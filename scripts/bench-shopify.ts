// Shopify figures for `npm run bench`: each admin extension as `shopify app build` bundles it (offline,
// scripts/build/shopify.ts) in raw, gzip and brotli bytes, against our 32 KB budget and Shopify's 64 KB
// deploy limit (judged by brotli, scripts/build/shopifyBudget.ts). The test suite holds the limit;
// here the figures are only printed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildShopify } from './build/shopify.ts';
import { verdict } from './build/shopifyBudget.ts';
import { sizeFigures, type SizeFigure } from './bench-sizes.ts';

const VERDICT: Record<ReturnType<typeof verdict>, string> = {
  within_budget: 'within budget',
  over_budget: 'OVER BUDGET',
  over_limit: 'OVER THE 64 KB LIMIT',
};

export async function benchShopify(): Promise<SizeFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-shopify-'));
  try {
    const { sizes } = await buildShopify({ dist: join(dir, 'app'), quiet: true });
    return sizes.flatMap((s) => sizeFigures(`Shopify ${s.handle} [${VERDICT[verdict(s)]}]`, s, { brotli: '≤ 32, limit 64' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
