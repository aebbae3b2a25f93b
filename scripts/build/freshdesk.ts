// Builds the Freshdesk app: the sidebar bundle (Vite; React code run on Preact's compat layer, Crayons'
// CSS) into dist/freshdesk/app/, the rest of manifests/freshdesk beside it, app/index.html filled with
// the built files, our `fdk validate` stand-in run on the result (errors fail the build), and
// dist/complaint-desk-freshdesk.zip laid out like `fdk pack`'s output.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { fillIndexHtml } from '../../manifests/freshdesk/indexHtml.ts';
import { errorsOf, formatFindings, validateApp, type Finding } from '../../manifests/freshdesk/validate.ts';
import { PACKAGE_ENTRIES } from '../../manifests/freshdesk/validator/appFolder.ts';
import { zip } from '../zip.ts';
import { buildId } from './buildId.ts';
import { crayonsComponentCss } from './crayonsCss.ts';
import { files } from './zendesk.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const FRESHDESK_DIST_DEFAULT = join(ROOT, 'dist/freshdesk');
export const FRESHDESK_ZIP_DEFAULT = join(ROOT, 'dist/complaint-desk-freshdesk.zip');
const SRC = join(ROOT, 'apps/freshdesk/src');
const MANIFEST_DIR = join(ROOT, 'manifests/freshdesk');

export interface FreshdeskBuild {
  dist: string;
  zip: string;
  scripts: string[];
  styles: string[];
  findings: Finding[];
}

export async function buildFreshdesk(options: { quiet?: boolean; dist?: string; zip?: string } = {}): Promise<FreshdeskBuild> {
  const dist = options.dist ?? FRESHDESK_DIST_DEFAULT;
  const zipPath = options.zip ?? FRESHDESK_ZIP_DEFAULT;
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  // What an FDK app folder holds (hosts/freshdesk.md §1); our validator's sources and tests stay behind.
  for (const name of PACKAGE_ENTRIES) if (existsSync(join(MANIFEST_DIR, name))) cpSync(join(MANIFEST_DIR, name), join(dist, name), { recursive: true });

  const cssDir = mkdtempSync(join(tmpdir(), 'cd-crayons-'));
  const componentsCss = join(cssDir, 'crayons-components.css');
  writeFileSync(componentsCss, crayonsComponentCss());
  const out = await build({
    configFile: false,
    root: SRC,
    base: './',
    logLevel: options.quiet ? 'error' : 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), COMPLAINT_DESK_BUILD: JSON.stringify(buildId()) },
    mode: 'production',
    // The UI is written against React's API (as the Zendesk app, sharing apps/shared/react); Preact's
    // compat layer runs it for ~7 KB gzip instead of React DOM's ~45 KB (the 150 KB budget, design.md §4).
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
    resolve: {
      alias: [
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react$/, replacement: 'preact/compat' },
        { find: /^crayons-components\.css$/, replacement: componentsCss },
      ],
    },
    build: {
      outDir: join(dist, 'app'),
      emptyOutDir: false,
      assetsDir: '',
      target: 'es2020',
      sourcemap: false,
      cssCodeSplit: false,
      modulePreload: false,
      rollupOptions: {
        input: join(SRC, 'main.tsx'),
        output: { entryFileNames: 'scripts/app-[hash].js', chunkFileNames: 'scripts/[name]-[hash].js', assetFileNames: 'styles/[name]-[hash][extname]' },
      },
    },
  });
  rmSync(cssDir, { recursive: true, force: true });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  const scripts = outputs.filter((o) => o.type === 'chunk' && o.isEntry).map((o) => o.fileName);
  const styles = outputs.filter((o) => o.type === 'asset' && o.fileName.endsWith('.css')).map((o) => o.fileName);
  if (scripts.length !== 1) throw new Error(`expected one entry script, got ${scripts.join(', ') || 'none'}`);

  const indexPath = join(dist, 'app/index.html');
  writeFileSync(indexPath, fillIndexHtml(readFileSync(indexPath, 'utf8'), { scripts, styles }));

  const findings = validateApp(dist);
  const errors = errorsOf(findings);
  if (errors.length > 0) throw new Error(`the built Freshdesk app fails validation:\n${formatFindings(errors)}`);
  if (!options.quiet && findings.length > 0) console.warn(formatFindings(findings));

  const entries: [string, Uint8Array][] = files(dist).map((path) => [relative(dist, path).split('\\').join('/'), readFileSync(path)]);
  writeFileSync(zipPath, zip(entries));
  return { dist, zip: zipPath, scripts, styles, findings };
}

/** The app's JavaScript, gzipped at level 9: the design budget is 150 KB (design.md §4). */
export function freshdeskJsGzipBytes(dir: string): { files: string[]; raw: number; gzip: number } {
  const js = files(join(dir, 'app')).filter((f) => /\.(m?js)$/.test(f));
  const raw = js.reduce((n, f) => n + statSync(f).size, 0);
  const gzip = js.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { files: js.map((f) => relative(dir, f)), raw, gzip };
}
