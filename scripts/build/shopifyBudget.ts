// The bundle-size rule for Shopify admin UI extensions: Shopify refuses to deploy an extension whose
// JavaScript is over 64 KB compressed (hosts/shopify.md §2), and the CLI only reports, never refuses, so
// we check ourselves. Our own budget is half that, leaving room to grow.
//
// Compressed how? Shopify's doc says "64 KB (compressed)" without naming the codec. We judge by brotli at
// quality 11 (what a CDN serves) and report gzip and deflate beside it: @shopify/cli 3.94.3 prints
// "~N KB compressed" from zlib deflate at its default level, which runs 20–25 % larger than brotli.
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';

export const KB = 1024;
export const BUDGET_BYTES = 32 * KB;
export const HARD_LIMIT_BYTES = 64 * KB;

export interface BundleSize {
  handle: string;
  raw: number;
  gzip: number;
  /** What `shopify app build` (3.94.3) prints as "~N KB compressed". */
  deflate: number;
  brotli: number;
}

export type Verdict = 'within_budget' | 'over_budget' | 'over_limit';

export function measure(handle: string, bytes: Uint8Array): BundleSize {
  return {
    handle,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    deflate: deflateSync(bytes).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function verdict(size: BundleSize): Verdict {
  return size.brotli > HARD_LIMIT_BYTES ? 'over_limit' : size.brotli > BUDGET_BYTES ? 'over_budget' : 'within_budget';
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const WORDS: Record<Verdict, string> = {
  within_budget: 'ok (within the 32 KB budget)',
  over_budget: 'OVER BUDGET (above 32 KB, under the 64 KB limit)',
  over_limit: 'HARD FAIL (above the 64 KB limit: Shopify will refuse to deploy it)',
};

export function sizeReport(sizes: readonly BundleSize[]): string {
  return sizes
    .map((s) => `${s.handle}: raw ${kb(s.raw)}, gzip ${kb(s.gzip)}, deflate ${kb(s.deflate)}, brotli ${kb(s.brotli)} → ${WORDS[verdict(s)]}`)
    .join('\n');
}
