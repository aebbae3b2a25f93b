// What each part of an extension costs in its bundle: `npx tsx scripts/build/shopifyCosts.ts [block|action]`.
// Bundles the extension with the settings `shopify app build` uses (esbuild from @shopify/cli's own
// dependency, target es6, minified, automatic JSX), then again with one group of modules emptied, and
// prints the brotli bytes each group adds. Marginal costs overlap a little (shared strings compress
// together), so they sum to about, not exactly, the total.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Esbuild from 'esbuild';
import { ROOT } from './shopify.ts';
import { KB, measure, type BundleSize } from './shopifyBudget.ts';

const esbuild = createRequire(import.meta.url)(join(ROOT, 'node_modules/@shopify/cli/node_modules/esbuild')) as typeof Esbuild;

/** Groups of modules, by path fragment. */
export const GROUPS: Record<string, string[]> = {
  'core/lexicons (en + zh)': ['core/lexicons/'],
  'core/replyTemplates.ts': ['core/replyTemplates.ts'],
  'core/hanTables.ts': ['core/hanTables.ts'],
  'core/tonePhrases.ts': ['core/tonePhrases.ts'],
  'intl-messageformat + @formatjs': ['node_modules/intl-messageformat/', 'node_modules/@formatjs/'],
  'zod locale (en messages)': ['node_modules/zod/v4/locales/'],
  // adapters/shopify/shopifyResponse.ts imports zod/mini directly, the core through core/zod.ts.
  'zod/mini (all of it, locale included)': ['core/zod.ts', 'node_modules/zod/mini/index.js'],
  'core/toneLint.ts + amounts.ts (guard logic)': ['core/toneLint.ts', 'core/amounts.ts'],
  'core/businessCalendar.ts + timeZone.ts': ['core/businessCalendar.ts', 'core/timeZone.ts'],
  'core/replies.ts + reasons.ts + remedies.ts (logic)': ['core/replies.ts', 'core/reasons.ts', 'core/remedies.ts'],
  'preact + hooks': ['node_modules/preact/'],
  'adapters/shopify (lookup)': ['adapters/shopify/'],
};

/** The zod functions our code calls (`z.object`…): core/zod.ts re-exports zod/mini with `export *`, which names none. */
function zodNames(): string[] {
  const names = new Set<string>();
  for (const dir of ['core', 'adapters/shopify'])
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts')))
      for (const m of readFileSync(join(ROOT, dir, file), 'utf8').matchAll(/\bz\.(\w+)/g)) names.add(m[1]!);
  return [...names];
}

/** Empties a module but keeps its export names, so the rest still bundles. */
function stub(fragments: string[]): Esbuild.Plugin {
  return {
    name: 'stub',
    setup(build) {
      build.onLoad({ filter: /\.(m?js|tsx?)$/ }, (args) => {
        if (!fragments.some((f) => args.path.includes(f))) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const names = new Set([...source.matchAll(/export\s+(?:const|let|var|function\*?|class|async function)\s+([\w$]+)/g)].map((m) => m[1]!));
        for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const part of m[1]!.split(',')) names.add(part.trim().split(/\s+as\s+/).pop()!.trim());
        if (args.path.endsWith('core/zod.ts') || args.path.includes('node_modules/zod/')) for (const n of zodNames()) names.add(n);
        names.delete('default');
        names.delete('');
        // `export { s0 as enum }`: some zod names (enum, null, function) are reserved words.
        const body = [...names].map((n, i) => `const s${i} = new Proxy(function () {}, { get: () => ({}) }); export { s${i} as ${n} };`).join('\n');
        return { contents: `${body}\nexport default function Stub() {}`, loader: 'js' };
      });
    },
  };
}

async function bundle(entry: string, plugins: Esbuild.Plugin[] = []): Promise<Uint8Array> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    target: 'es6',
    jsx: 'automatic',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins,
  });
  return result.outputFiles[0]!.contents;
}

/**
 * Both extensions' sizes from an esbuild bundle with the CLI's settings (about a second, no CLI run): what
 * `npm run bench` can print. Within a few hundred bytes of what `shopify app build` writes.
 */
export async function extensionSizes(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const [handle, entry] of [
    ['complaint-block', 'block'],
    ['complaint-action', 'action'],
  ] as const)
    sizes.push(measure(handle, await bundle(join(ROOT, `apps/shopify/src/${entry}.tsx`))));
  return sizes;
}

/** The extension's brotli size with several groups emptied at once: what a combination of changes would bring. */
export async function sizeWithout(extension: 'block' | 'action', groups: string[]): Promise<number> {
  const fragments = groups.flatMap((g) => GROUPS[g] ?? []);
  return measure(extension, await bundle(join(ROOT, `apps/shopify/src/${extension}.tsx`), [stub(fragments)])).brotli;
}

export async function costs(extension: 'block' | 'action'): Promise<{ total: number; groups: [string, number][] }> {
  const entry = join(ROOT, `apps/shopify/src/${extension}.tsx`);
  const total = measure(extension, await bundle(entry)).brotli;
  const groups: [string, number][] = [];
  for (const [name, fragments] of Object.entries(GROUPS)) {
    const without = measure(extension, await bundle(entry, [stub(fragments)])).brotli;
    if (total - without > 0) groups.push([name, total - without]);
  }
  return { total, groups };
}

// Run as a script (tsx scripts/build/shopifyCosts.ts), not when imported.
if (process.argv[1]?.endsWith('shopifyCosts.ts')) {
  for (const extension of (process.argv[2] ? [process.argv[2]] : ['block', 'action']) as ('block' | 'action')[]) {
    const { total, groups } = await costs(extension);
    console.log(`${extension}: ${(total / KB).toFixed(1)} KB brotli`);
    for (const [name, bytes] of groups.sort((a, b) => b[1] - a[1])) console.log(`  ${(bytes / KB).toFixed(1).padStart(6)} KB  ${name}`);
    // Groups overlap (zod and its locale; a logic group and the data it imports), so no remainder is printed.
  }
}
