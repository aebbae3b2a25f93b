// Shopify figures for `npm run bench`: each admin extension as `shopify app build` bundles it (offline,
// scripts/build/shopify.ts) in raw, gzip and brotli bytes, against our 32 KB budget and Shopify's 64 KB
// deploy limit (judged by brotli, scripts/build/shopifyBudget.ts). The test suite holds the limit;
// here the figures are only printed. Beside each, what the bundle compresses to with the text of every
// string literal taken out: a floor that moving wording into locale files cannot go below (what each
// part of the code costs: scripts/build/shopifyCosts.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { buildShopify } from './build/shopify.ts';
import { measure, verdict } from './build/shopifyBudget.ts';
import { sizeFigures, type SizeFigure } from './bench-sizes.ts';

const VERDICT: Record<ReturnType<typeof verdict>, string> = {
  within_budget: 'within budget',
  over_budget: 'OVER BUDGET',
  over_limit: 'OVER THE 64 KB LIMIT',
};

export async function benchShopify(): Promise<SizeFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-shopify-'));
  try {
    const { dist, sizes } = await buildShopify({ dist: join(dir, 'app'), quiet: true });
    return sizes.flatMap((s) => {
      const bundle = join(dist, 'extensions', s.handle, 'dist', `${s.handle}.js`);
      return [
        ...sizeFigures(`Shopify ${s.handle} [${VERDICT[verdict(s)]}]`, s, { brotli: '≤ 32, limit 64' }),
        { name: `Shopify ${s.handle} without its string literals (brotli 11)`, value: measure(s.handle, withoutStrings(readFileSync(bundle, 'utf8'))).brotli / 1024, unit: 'KB' },
      ];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bundle with every string and template literal's text emptied. */
function withoutStrings(code: string): Uint8Array {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const literals: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      literals.push([node.getStart(source), node.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  literals.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of literals) {
    out += `${code.slice(at, start)}""`;
    at = end;
  }
  return new TextEncoder().encode(out + code.slice(at));
}
