// Builds the command line as it is published: apps/cli as one ES module with zod and picocolors
// inside (dist/cli/complaint-desk.mjs), and the report's chart script beside it, which the report
// reads from there. bin/complaint-desk.js runs this bundle in an installed package. From the
// TypeScript sources, tsx's helpers wrap every call between modules and name every inner function
// as it is created; bundled, the CLI triages ~20 % more tickets a second (`npm run bench`).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type * as Esbuild from 'esbuild';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI_BUNDLE_DEFAULT = join(ROOT, 'dist/cli/complaint-desk.mjs');

/**
 * Writes the bundle to `outfile` (and charts.browser.js beside it); returns its size in bytes.
 * `entry` replaces the published entry with another program around the same CLI (the bench's child).
 */
export function buildCli(outfile = CLI_BUNDLE_DEFAULT, entry?: string): number {
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof Esbuild;
  mkdirSync(dirname(outfile), { recursive: true });
  const result = esbuild.buildSync({
    ...(entry !== undefined
      ? { entryPoints: [entry] }
      : {
          stdin: {
            contents: "export { main } from './apps/cli/main.ts';\nexport { processIo } from './apps/cli/io.ts';\n",
            resolveDir: ROOT,
            sourcefile: 'complaint-desk.ts',
            loader: 'ts' as const,
          },
        }),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // chart.js is read as a file when a report is written (report/chartLibrary.ts), not imported.
    external: ['chart.js'],
    outfile,
    metafile: true,
    logLevel: 'error',
  });
  copyFileSync(join(ROOT, 'apps/cli/report/charts.browser.js'), join(dirname(outfile), 'charts.browser.js'));
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
}

if (process.argv[1] === import.meta.filename) {
  const bytes = buildCli();
  console.log(`built the CLI (dist/cli/complaint-desk.mjs, ${(bytes / 1024).toFixed(0)} KB)`);
}
