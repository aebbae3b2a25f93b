// What each part of the Zendesk sidebar bundle costs: `npx tsx scripts/build/zendeskCosts.ts [--modules]`.
// Builds the bundle in memory with the settings `buildZendesk` uses, then again with one group of
// modules emptied, and prints the gzip-9 bytes each group adds (the budget's measure, design.md §4).
// An emptied module exports nothing; `shimMissingExports` lets its importers still bundle (the result
// is measured, never run), and what only that group imported goes with it. Marginal costs overlap a
// little (shared strings compress together), so they sum to about, not exactly, the total. `--modules`
// also lists every module's rendered size.
import { gzipSync } from 'node:zlib';
import { build, type Plugin, type Rolldown } from 'vite';
import { ROOT, zendeskViteConfig } from './zendesk.ts';

const KB = 1024;

/** Groups of modules, by path fragment. */
export const GROUPS: Record<string, string[]> = {
  'core/lexicons (en + zh)': ['core/lexicons/'],
  'core/hanTables.ts + normalise.ts': ['core/hanTables.ts', 'core/normalise.ts'],
  'core/replyTemplates.ts': ['core/replyTemplates.ts'],
  'core/tonePhrases.ts': ['core/tonePhrases.ts'],
  'intl-messageformat + @formatjs': ['node_modules/intl-messageformat/', 'node_modules/@formatjs/'],
  'zod/mini + locale': ['core/zod.ts', 'node_modules/zod/'],
  'core/ (all of it, with zod and intl-messageformat)': ['core/', 'node_modules/zod/', 'node_modules/intl-messageformat/', 'node_modules/@formatjs/'],
  'preact (+ compat, hooks)': ['node_modules/preact/'],
  // These also empty what only they import: the desk is what calls triage(), so emptying adapters/zendesk
  // drops most of the core too, and App.tsx alone calls lintReply.
  'adapters/zendesk': ['adapters/zendesk/'],
  'adapters/shopify': ['adapters/shopify/'],
  'apps/shared': ['apps/shared/'],
  'apps/zendesk/src/App.tsx': ['apps/zendesk/src/App.tsx'],
};

const relative = (id: string) => id.replace(/^\0/, '').replace(`${ROOT}/`, '');

/** Empties every module whose path contains one of `fragments` (CommonJS ones keep an empty `module.exports`). */
function stub(fragments: string[]): Plugin {
  return {
    name: 'stub-group',
    enforce: 'pre',
    config: () => ({ build: { rollupOptions: { shimMissingExports: true } } }),
    load(id) {
      if (!fragments.some((f) => relative(id).includes(f))) return undefined;
      return /\.c?js$/.test(id) && !/\.(esm|module|mjs)\b|\/esm\//.test(id) ? 'module.exports = {};' : 'export default {};';
    },
  };
}

async function chunks(plugins: Plugin[] = []): Promise<Rolldown.OutputChunk[]> {
  const out = await build(zendeskViteConfig({ quiet: true, write: false, plugins }));
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output.filter((c): c is Rolldown.OutputChunk => c.type === 'chunk'));
}

/** Raw (UTF-8) and gzip-9 bytes of the bundle's JavaScript, as `appJsGzipBytes` measures the built files. */
export async function bundleSize(plugins: Plugin[] = []): Promise<{ raw: number; gzip: number; chunks: Rolldown.OutputChunk[] }> {
  const js = await chunks(plugins);
  return {
    raw: js.reduce((n, c) => n + Buffer.byteLength(c.code), 0),
    gzip: js.reduce((n, c) => n + gzipSync(c.code, { level: 9 }).length, 0),
    chunks: js,
  };
}

export async function costs(): Promise<{ raw: number; gzip: number; groups: [string, number][]; modules: [string, number][] }> {
  const { raw, gzip, chunks: js } = await bundleSize();
  const modules = js.flatMap((c) => Object.entries(c.modules).map(([id, m]): [string, number] => [relative(id), m.renderedLength]));
  const groups: [string, number][] = [];
  for (const [name, fragments] of Object.entries(GROUPS)) {
    if (!modules.some(([id]) => fragments.some((f) => id.includes(f)))) continue;
    groups.push([name, gzip - (await bundleSize([stub(fragments)])).gzip]);
  }
  return { raw, gzip, groups, modules };
}

// Run as a script (tsx scripts/build/zendeskCosts.ts), not when imported.
if (process.argv[1]?.endsWith('zendeskCosts.ts')) {
  const { raw, gzip, groups, modules } = await costs();
  console.log(`zendesk sidebar JS: ${(raw / KB).toFixed(1)} KB raw, ${(gzip / KB).toFixed(1)} KB gzip`);
  for (const [name, bytes] of groups.sort((a, b) => b[1] - a[1])) console.log(`  ${(bytes / KB).toFixed(1).padStart(6)} KB  ${name}`);
  const core = groups.find(([name]) => name.startsWith('core/ (all'))?.[1] ?? 0;
  console.log(`  everything but the core (UI, adapters, preact): ${((gzip - core) / KB).toFixed(1)} KB`);
  if (process.argv.includes('--modules')) {
    console.log('modules, rendered (minified, before gzip):');
    for (const [id, bytes] of modules.sort((a, b) => b[1] - a[1])) console.log(`  ${(bytes / KB).toFixed(1).padStart(6)} KB  ${id}`);
  }
}
