// The browser harness for the Freshdesk app: the built app folder served on 127.0.0.1 with
// `{{{appclient}}}` swapped for our bridge (apps/workbench/hosts/freshdeskAppClient.js), as `fdk run` swaps in the real client; a test
// host page on localhost holding the scripted client (apps/workbench/hosts/freshdeskHost.ts over adapters/freshdesk/fakeClient.ts);
// Debian's Chromium driven by playwright-core. Nothing outside the two local servers is reachable.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { buildFreshdesk, type FreshdeskBuild } from '../../scripts/build/freshdesk.ts';
import { bundleFreshdeskHost, freshdeskAppClient, HOSTS_DIR } from '../../apps/workbench/hostAssets.ts';
import { NOW } from '../../adapters/freshdesk/fixtures/payloads.ts';
import { launchKeepingStorage } from '../zendesk/harness.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const APP_CLIENT_PATH = '/__fdk/appclient.js';

export interface OrderAnswer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}
export interface Scenario {
  payloads: { ticket?: object; contact?: object; loggedInUser?: object };
  iparams: Record<string, unknown>;
  orderResponses: OrderAnswer[];
  /** The label showConfirm answers with (default "Cancel"). */
  confirm?: string;
  /** Data objects whose data.get rejects. */
  failing?: string[];
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

function listen(server: Server, host: string): Promise<number> {
  return new Promise((ok) => server.listen(0, host, () => ok((server.address() as { port: number }).port)));
}

export interface Opened {
  page: Page;
  context: BrowserContext;
  app: () => Frame;
  calls: () => Promise<{ kind: string; args: any[] }[]>;
}

export interface Harness {
  built: FreshdeskBuild;
  /** `in`: another page of a context opened before, as an agent opens another ticket (same browser storage). */
  open(name: string, scenario: Scenario, options?: { now?: Date; initScript?: string; in?: BrowserContext }): Promise<Opened>;
  /** A browser profile that lets the app's frame keep storage (launchKeepingStorage), for `open`'s `in`; the caller closes it. */
  storageContext(options?: { now?: Date; initScript?: string }): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  const dir = mkdtempSync(join(tmpdir(), 'cd-freshdesk-browser-'));
  const built = await buildFreshdesk({ quiet: true, dist: join(dir, 'freshdesk'), zip: join(dir, 'app.zip') });
  const appDir = join(built.dist, 'app');
  const appClient = freshdeskAppClient();
  const hostJs = await bundleFreshdeskHost();
  const app = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === APP_CLIENT_PATH) return void res.writeHead(200, { 'content-type': TYPES['.js']! }).end(appClient);
    const file = join(appDir, normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(appDir) || !existsSync(file) || !extname(file)) return void res.writeHead(404).end();
    let body: Buffer | string = readFileSync(file);
    // What `fdk run` and the Freshdesk host do: the placeholder becomes the client script's URL.
    if (file.endsWith('.html')) body = body.toString('utf8').replaceAll('{{{appclient}}}', APP_CLIENT_PATH);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  const appPort = await listen(app, '127.0.0.1');
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const scenarios = new Map<string, Scenario>();
  const hostHtml = readFileSync(join(HOSTS_DIR, 'freshdesk.html'));
  const host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/host.html') return void res.writeHead(200, { 'content-type': TYPES['.html']! }).end(hostHtml);
    if (url.pathname === '/host.js') return void res.writeHead(200, { 'content-type': TYPES['.js']! }).end(hostJs);
    const m = /^\/scenario\/([\w-]+)\.json$/.exec(url.pathname);
    const scenario = m ? scenarios.get(m[1]!) : undefined;
    if (scenario) return void res.writeHead(200, { 'content-type': TYPES['.json']! }).end(JSON.stringify({ ...scenario, appOrigin, appUrl: `${appOrigin}/index.html` }));
    res.writeHead(404).end();
  });
  const hostPort = await listen(host, 'localhost');
  const hostOrigin = `http://localhost:${hostPort}`;
  // playwright-core gives every launch a fresh, temporary --user-data-dir of its own (and refuses one passed in args).
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const prepare = async (context: BrowserContext, options: { now?: Date; initScript?: string }) => {
    await context.clock.install({ time: options.now ?? new Date(NOW) });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(appOrigin) || url.startsWith(hostOrigin)) return route.continue();
      return route.abort();
    });
    // A script run in every frame before its own (the bench's paint probe, bench-paint.ts).
    if (options.initScript) await context.addInitScript(options.initScript);
    return context;
  };
  return {
    built,
    storageContext: async (options = {}) => prepare(await launchKeepingStorage(), options),
    async open(name, scenario, options = {}) {
      scenarios.set(name, scenario);
      const context = options.in ?? (await prepare(await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'en-US' }), options));
      const page = await context.newPage();
      await page.goto(`${hostOrigin}/host.html?scenario=${name}`);
      await page.waitForFunction('window.__ready === true');
      const appFrame = () => {
        const frame = page.frames().find((f) => f.url().startsWith(appOrigin));
        if (!frame) throw new Error('the app frame is not there');
        return frame;
      };
      await page.waitForFunction(`[...document.querySelectorAll('iframe')].length === 1`);
      for (let i = 0; i < 100 && !page.frames().some((f) => f.url().startsWith(appOrigin)); i++) await page.waitForTimeout(50);
      const calls = async () => (await page.evaluate('window.__calls')) as { kind: string; args: any[] }[];
      return { page, context, app: appFrame, calls };
    },
    async close() {
      await browser.close();
      await new Promise((ok) => app.close(ok));
      await new Promise((ok) => host.close(ok));
    },
  };
}
