// Builds the Shopify app: assembles dist/shopify/ (shopify.app.toml, each extension's
// shopify.extension.toml and locales from manifests/shopify/, the action's with its language data added), runs `shopify app build` from the
// @shopify/cli 3.94.3 dev dependency (offline, no login: hosts/shopify.md §4), then measures each
// extension's bundle against the budget (shopifyBudget.ts). Exported for scripts/build.ts to call.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { withLocaleData } from '../../apps/shopify/localeData.ts';
import type { Messages } from '../../apps/shopify/localeTranslator.ts';
import { measure, sizeReport, verdict, type BundleSize } from './shopifyBudget.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHOPIFY_DIST_DEFAULT = join(ROOT, 'dist/shopify');
const MANIFESTS = join(ROOT, 'manifests/shopify');
const CLI = join(ROOT, 'node_modules/@shopify/cli/bin/run.js');

export interface ShopifyBuild {
  dist: string;
  sizes: BundleSize[];
  /** The CLI's own output, for the log. */
  log: string;
}

/**
 * The extension tomls name their module relative to manifests/shopify/extensions/<handle>/ (where the tester
 * reads them). Rewritten for the copy's folder, so the app can be assembled anywhere.
 */
export function rewriteModules(toml: string, from: string, to: string): string {
  return toml.replace(/^(\s*module\s*=\s*")([^"]+)(")/gm, (_, a: string, path: string, b: string) => `${a}${relative(to, resolve(from, path)).split('\\').join('/')}${b}`);
}

/** The action's language data goes into every one of its locale files (apps/shopify/localeData.ts says why). */
function addLocaleData(folder: string): void {
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
    const messages = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Messages;
    writeFileSync(join(folder, file), `${JSON.stringify(withLocaleData(messages), null, 2)}\n`);
  }
}

export function assembleShopifyApp(dist: string): string[] {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  cpSync(join(MANIFESTS, 'shopify.app.toml'), join(dist, 'shopify.app.toml'));
  // The CLI looks for a package.json to find the app's root; dependencies come from the repository's.
  writeFileSync(join(dist, 'package.json'), `${JSON.stringify({ name: 'complaint-desk-shopify', private: true, type: 'module' }, null, 2)}\n`);
  const handles = readdirSync(join(MANIFESTS, 'extensions'));
  for (const handle of handles) {
    const from = join(MANIFESTS, 'extensions', handle);
    const to = join(dist, 'extensions', handle);
    mkdirSync(to, { recursive: true });
    cpSync(join(from, 'locales'), join(to, 'locales'), { recursive: true });
    if (handle === 'complaint-action') addLocaleData(join(to, 'locales'));
    writeFileSync(join(to, 'shopify.extension.toml'), rewriteModules(readFileSync(join(from, 'shopify.extension.toml'), 'utf8'), from, to));
  }
  return handles;
}

export async function buildShopify(options: { dist?: string; quiet?: boolean } = {}): Promise<ShopifyBuild> {
  const dist = options.dist ?? SHOPIFY_DIST_DEFAULT;
  if (!existsSync(CLI)) throw new Error('@shopify/cli is not installed: run npm install (it is a dev dependency).');
  const handles = assembleShopifyApp(dist);
  const run = spawnSync(process.execPath, [CLI, 'app', 'build', '--path', dist, '--no-color', '--skip-dependencies-installation'], {
    cwd: dist,
    encoding: 'utf8',
    // No analytics and no update check: the build must not depend on the network.
    env: { ...process.env, SHOPIFY_CLI_NO_ANALYTICS: '1', SHOPIFY_CLI_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    timeout: 300_000,
  });
  const log = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0) throw new Error(`shopify app build failed (exit ${run.status ?? run.signal}):\n${log}`);
  const sizes = handles.map((handle) => {
    const bundle = join(dist, 'extensions', handle, 'dist', `${handle}.js`);
    if (!existsSync(bundle)) throw new Error(`shopify app build wrote no bundle for ${handle} (${relative(ROOT, dirname(bundle))})`);
    return measure(handle, readFileSync(bundle));
  });
  if (!options.quiet) console.log(`shopify app build: ${relative(ROOT, dist)}\n${sizeReport(sizes)}`);
  return { dist, sizes, log };
}

export const overLimit = (sizes: readonly BundleSize[]) => sizes.filter((s) => verdict(s) === 'over_limit');
