// Builds the Zendesk app: the sidebar bundle (Vite) into dist/zendesk/assets/, the manifest,
// translations, requirements and marketing assets beside it, and dist/complaint-desk-zendesk.zip.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { zip } from '../zip.ts';

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

/** `dist`/`zip` default to dist/zendesk and dist/complaint-desk-zendesk.zip; tests build into their own folder. */
export async function buildZendesk(options: { quiet?: boolean; dist?: string; zip?: string } = {}): Promise<{ dist: string; zip: string }> {
  const ZENDESK_DIST = options.dist ?? ZENDESK_DIST_DEFAULT;
  const ZENDESK_ZIP = options.zip ?? ZENDESK_ZIP_DEFAULT;
  rmSync(ZENDESK_DIST, { recursive: true, force: true });
  mkdirSync(ZENDESK_DIST, { recursive: true });
  await build({
    configFile: false,
    root: SRC,
    base: './',
    logLevel: options.quiet ? 'error' : 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // Explicit: under vitest NODE_ENV is "test", which would otherwise select the dev JSX runtime.
    mode: 'production',
    oxc: { jsx: { runtime: 'automatic', development: false } },
    plugins: [
      {
        // prop-types (through Garden) links to http://fb.me/…; ZAS warns on any http:// URL in the code.
        name: 'https-only',
        renderChunk: (code) => ({ code: code.replaceAll('http://fb.me/', 'https://fb.me/'), map: null }),
      },
    ],
    build: {
      outDir: join(ZENDESK_DIST, 'assets'),
      emptyOutDir: true,
      assetsDir: '',
      target: 'es2020',
      sourcemap: false,
      // Our own budget check (test/zendesk/package.test.ts, npm run bench) measures gzip; this one is noise.
      chunkSizeWarningLimit: 1000,
      // The SDK is a classic <script> from Zendesk's CDN; Vite leaves it as it is.
      rollupOptions: { input: join(SRC, 'iframe.html') },
    },
  });
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
