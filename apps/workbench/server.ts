// `npm start`: builds the three plug-ins as they ship (the Zendesk and Freshdesk packages, the Shopify
// extensions in a browser preview) and serves them with the workbench page. Two origins, as in the real
// products: the host pages on localhost (where msw's service worker answers the Shopify Admin API) and the
// sidebar apps on 127.0.0.1, so an app can only reach its host through the host's own protocol.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { buildFreshdesk } from '../../scripts/build/freshdesk.ts';
import { buildZendesk } from '../../scripts/build/zendesk.ts';
import { bundleFreshdeskHost, bundleZafSdk, freshdeskAppClient, HOSTS_DIR, ZAF_SDK_URL } from './hostAssets.ts';
import { buildShopifyPreview } from './shopify/build.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'dist/workbench');
const APP_CLIENT_PATH = '/__fdk/appclient.js';
const SDK_PATH = '/zendesk/zaf_sdk.min.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'page'),
    base: '/',
    logLevel: 'error',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 4000 },
  });
}

/** A file under `dir` for a URL path, or undefined: no `..` escapes, no directories. */
function fileUnder(dir: string, path: string): string | undefined {
  const file = join(dir, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
  return file.startsWith(dir) && extname(file) !== '' && existsSync(file) ? file : undefined;
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok((server.address() as { port: number }).port));
  });
}

export interface Workbench {
  url: string;
  appOrigin: string;
  close(): Promise<void>;
}

export async function startWorkbench(options: { port?: number; appPort?: number; log?: (line: string) => void } = {}): Promise<Workbench> {
  const log = options.log ?? (() => {});
  log('Building the Zendesk app, the Freshdesk app and the Shopify extensions…');
  const [zendesk, freshdesk] = await Promise.all([
    buildZendesk({ quiet: true, dist: join(OUT, 'zendesk'), zip: join(OUT, 'complaint-desk-zendesk.zip') }),
    buildFreshdesk({ quiet: true, dist: join(OUT, 'freshdesk'), zip: join(OUT, 'complaint-desk-freshdesk.zip') }),
  ]);
  await buildShopifyPreview(join(OUT, 'shopify'));
  await buildPage(join(OUT, 'page'));
  const [sdk, freshdeskHostJs] = await Promise.all([bundleZafSdk(), bundleFreshdeskHost()]);
  const appClient = freshdeskAppClient();
  const zendeskAssets = join(zendesk.dist, 'assets');
  const freshdeskApp = join(freshdesk.dist, 'app');
  const shopifyDir = join(OUT, 'shopify');
  const pageDir = join(OUT, 'page');
  const msw = join(ROOT, 'node_modules/msw/lib/mockServiceWorker.js');

  const send = (res: import('node:http').ServerResponse, file: string | undefined, body?: string | Buffer) => {
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body ?? readFileSync(file));
  };

  // The plug-ins, as each marketplace would serve them.
  const apps = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === SDK_PATH) return send(res, 'sdk.js', sdk);
    if (path === APP_CLIENT_PATH) return send(res, 'appclient.js', appClient);
    if (path.startsWith('/zendesk/')) {
      const file = fileUnder(zendeskAssets, path.slice('/zendesk/'.length));
      // Zendesk's CDN copy of the SDK is not reachable offline: the npm package speaks the same protocol.
      if (file?.endsWith('.html')) return send(res, file, readFileSync(file, 'utf8').replace(ZAF_SDK_URL, SDK_PATH));
      return send(res, file);
    }
    if (path.startsWith('/freshdesk/')) {
      const file = fileUnder(freshdeskApp, path.slice('/freshdesk/'.length));
      // What `fdk run` and Freshdesk do: the placeholder becomes the app client script.
      if (file?.endsWith('.html')) return send(res, file, readFileSync(file, 'utf8').replaceAll('{{{appclient}}}', APP_CLIENT_PATH));
      return send(res, file);
    }
    send(res, undefined);
  });
  const appPort = await listen(apps, '127.0.0.1', options.appPort ?? 0);
  const appOrigin = `http://127.0.0.1:${appPort}`;

  // The workbench page and the stand-ins for Zendesk, Freshdesk and the Shopify admin.
  const hosts = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/workbench/config.json') return send(res, 'config.json', JSON.stringify({ appOrigin }));
    if (path === '/mockServiceWorker.js') return send(res, msw);
    if (path === '/hosts/zendesk.html' || path === '/hosts/freshdesk.html') return send(res, join(HOSTS_DIR, path.slice('/hosts/'.length)));
    if (path === '/host.js') return send(res, 'host.js', freshdeskHostJs);
    if (path.startsWith('/shopify/')) return send(res, fileUnder(shopifyDir, path.slice('/shopify/'.length)));
    send(res, fileUnder(pageDir, path === '/' ? 'index.html' : path));
  });
  const port = await listen(hosts, 'localhost', options.port ?? 0);
  return {
    url: `http://localhost:${port}/`,
    appOrigin,
    close: async () => {
      await new Promise((ok) => apps.close(ok));
      await new Promise((ok) => hosts.close(ok));
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 4310);
  const started = Date.now();
  const workbench = await startWorkbench({ port, log: (line) => console.log(line) });
  console.log(`\nComplaint Desk workbench: ${workbench.url}  (built in ${((Date.now() - started) / 1000).toFixed(1)} s; Ctrl+C stops it)`);
}
