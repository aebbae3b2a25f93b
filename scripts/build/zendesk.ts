// Builds the Zendesk app: the sidebar bundle (Vite; React code run on Preact's compat layer, Garden's
// styles as a stylesheet) into dist/zendesk/assets/, the manifest, translations, requirements and
// marketing assets beside it, and dist/complaint-desk-zendesk.zip.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig, type Plugin } from 'vite';
import { zip } from '../zip.ts';
import { buildId } from './buildId.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ZENDESK_DIST_DEFAULT = join(ROOT, 'dist/zendesk');
export const ZENDESK_ZIP_DEFAULT = join(ROOT, 'dist/complaint-desk-zendesk.zip');
const SRC = join(ROOT, 'apps/zendesk/src');
const MANIFEST_DIR = join(ROOT, 'manifests/zendesk');

export function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * Garden's component styles (apps/zendesk/gardenCss.ts) as their own stylesheet, linked after the app's
 * so they cascade where styled-components would have put them. Shipped as rendered, not through Vite's
 * CSS minifier: lightningcss keeps numbers as 32-bit floats, and Garden's line-heights (20/14 =
 * 1.4285714285714286) would then lay the text out a fraction of a pixel off.
 */
function gardenStylesheet(): Plugin {
  let fileName = '';
  return {
    name: 'garden-stylesheet',
    async buildStart() {
      // Loaded here, not at the top: the Freshdesk build imports this file for `files` and needs no Garden.
      const { gardenCss } = await import('../../apps/zendesk/gardenCss.ts');
      const css = gardenCss();
      fileName = `garden-${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
      this.emitFile({ type: 'asset', fileName, source: css });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'link', attrs: { rel: 'stylesheet', href: `./${fileName}` }, injectTo: 'head' }],
    },
  };
}

/**
 * The sidebar bundle's Vite settings: what `buildZendesk` writes, and what scripts/build/zendeskCosts.ts
 * rebuilds in memory (`write: false`) with extra plugins.
 */
export function zendeskViteConfig(options: { outDir?: string; quiet?: boolean; write?: boolean; plugins?: Plugin[] } = {}): InlineConfig {
  return {
    configFile: false,
    root: SRC,
    base: './',
    logLevel: options.quiet ? 'error' : 'warn',
    resolve: {
      // The app is written against React 18's API (types, tests, apps/shared/react), but React DOM costs
      // ~45 KB gzip of the 150 KB budget (design.md §4); Preact's compat layer runs the same code for ~5 KB,
      // as in the Freshdesk app. Exact matches, so nothing else under react* is redirected by accident.
      alias: [
        { find: /^react$/, replacement: 'preact/compat' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      ],
    },
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), COMPLAINT_DESK_BUILD: JSON.stringify(buildId()) },
    // Explicit: under vitest NODE_ENV is "test", which would otherwise select the dev JSX runtime.
    mode: 'production',
    oxc: { jsx: { runtime: 'automatic', development: false } },
    plugins: [
      ...(options.plugins ?? []),
      gardenStylesheet(),
    ],
    build: {
      outDir: options.outDir,
      write: options.write ?? true,
      emptyOutDir: true,
      assetsDir: '',
      target: 'es2020',
      sourcemap: false,
      // One chunk and nothing to preload: Vite's modulepreload polyfill would be dead code.
      modulePreload: { polyfill: false },
      // Our own budget check (test/zendesk/package.test.ts, npm run bench) measures gzip; this one is noise.
      chunkSizeWarningLimit: 1000,
      // The SDK is a classic <script> from Zendesk's CDN; Vite leaves it as it is.
      rollupOptions: { input: join(SRC, 'iframe.html') },
    },
  };
}

/** `dist`/`zip` default to dist/zendesk and dist/complaint-desk-zendesk.zip; tests build into their own folder. */
export async function buildZendesk(options: { quiet?: boolean; dist?: string; zip?: string } = {}): Promise<{ dist: string; zip: string }> {
  const ZENDESK_DIST = options.dist ?? ZENDESK_DIST_DEFAULT;
  const ZENDESK_ZIP = options.zip ?? ZENDESK_ZIP_DEFAULT;
  rmSync(ZENDESK_DIST, { recursive: true, force: true });
  mkdirSync(ZENDESK_DIST, { recursive: true });
  await build(zendeskViteConfig({ outDir: join(ZENDESK_DIST, 'assets'), quiet: options.quiet }));
  // Marketplace files: manifest, translations, requirements, logos and screenshots.
  for (const name of ['manifest.json', 'requirements.json', 'translations', 'assets']) {
    const from = join(MANIFEST_DIR, name);
    if (existsSync(from)) cpSync(from, join(ZENDESK_DIST, name), { recursive: true });
  }
  const entries: [string, Uint8Array][] = files(ZENDESK_DIST).map((path) => [relative(ZENDESK_DIST, path).split('\\').join('/'), readFileSync(path)]);
  writeFileSync(ZENDESK_ZIP, zip(entries));
  return { dist: ZENDESK_DIST, zip: ZENDESK_ZIP };
}

/** The package as the validator reads it: every file by its path inside the package. */
export function readPackageDir(dir: string): Map<string, Uint8Array> {
  return new Map(files(dir).map((path) => [relative(dir, path).split('\\').join('/'), readFileSync(path)]));
}

/** The app's JavaScript, gzipped at level 9: the design budget is 150 KB (design.md §4). */
export function appJsGzipBytes(dir: string): { files: string[]; raw: number; gzip: number } {
  const js = files(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  const raw = js.reduce((n, f) => n + statSync(f).size, 0);
  const gzip = js.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { files: js.map((f) => relative(dir, f)), raw, gzip };
}
