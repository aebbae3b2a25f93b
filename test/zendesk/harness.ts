// The browser harness for the Zendesk app: the built package served on 127.0.0.1, a ZAF test host
// (apps/workbench/hosts/zendesk.html, also the workbench's) on localhost, the npm `zendesk_app_framework_sdk` served in place of Zendesk's CDN SDK,
// and Debian's Chromium driven by playwright-core.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildZendesk } from '../../scripts/build/zendesk.ts';
import { bundleZafSdk, HOSTS_DIR, ZAF_SDK_URL } from '../../apps/workbench/hostAssets.ts';
import { NOW } from '../../adapters/zendesk/fixtures/payloads.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SDK_URL = ZAF_SDK_URL;
const ROOT = resolve(import.meta.dirname, '../..');

export interface OrderAnswer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}
export interface Scenario {
  ticket: Record<string, unknown>;
  settings: Record<string, unknown>;
  orderResponses: OrderAnswer[];
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };

function listen(server: Server, host: string): Promise<number> {
  return new Promise((ok) => server.listen(0, host, () => ok((server.address() as { port: number }).port)));
}

export interface Harness {
  browser: Browser;
  scenarios: Map<string, Scenario>;
  /** `in`: another page of a context opened before, as an agent opens another ticket (same browser storage). */
  open(name: string, scenario: Scenario, options?: { viewport?: { width: number; height: number }; now?: Date; initScript?: string; in?: BrowserContext }): Promise<{ page: Page; context: BrowserContext; app: () => import('playwright-core').Frame }>;
  /**
   * A browser profile that lets the app's frame keep storage (launchKeepingStorage), for `open`'s
   * `in`; the caller closes it.
   */
  storageContext(options?: { now?: Date; initScript?: string }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * A Chromium profile where third-party frames may keep storage, as a Chrome profile allows by
 * default outside incognito windows: the test browser's own contexts block third-party cookies,
 * and with them the app frame's IndexedDB (the frame is on another site than the host, as Zendesk's
 * apps are). Closing the context closes its browser.
 */
export async function launchKeepingStorage(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'cd-chromium-profile-'));
  mkdirSync(join(profile, 'Default'));
  // 0: allow third-party cookies (1 blocks them in incognito windows, 2 everywhere).
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, viewport: { width: 1024, height: 768 }, locale: 'en-US' });
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  const { dist } = await buildZendesk({ quiet: true, dist: join(mkdtempSync(join(tmpdir(), 'cd-zendesk-browser-')), 'zendesk'), zip: join(tmpdir(), `cd-zendesk-${process.pid}.zip`) });
  const sdk = await bundleZafSdk();
  const assets = join(dist, 'assets');
  const app = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(assets, path);
    if (!file.startsWith(assets) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  const appPort = await listen(app, '127.0.0.1');
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const scenarios = new Map<string, Scenario>();
  const hostHtml = readFileSync(join(HOSTS_DIR, 'zendesk.html'));
  const host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/host.html') return void res.writeHead(200, { 'content-type': TYPES['.html']! }).end(hostHtml);
    const m = /^\/scenario\/([\w-]+)\.json$/.exec(url.pathname);
    const scenario = m ? scenarios.get(m[1]!) : undefined;
    if (scenario) return void res.writeHead(200, { 'content-type': TYPES['.json']! }).end(JSON.stringify({ ...scenario, appOrigin, appUrl: `${appOrigin}/iframe.html` }));
    res.writeHead(404).end();
  });
  const hostPort = await listen(host, 'localhost');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const prepare = async (context: BrowserContext, options: { now?: Date; initScript?: string }) => {
    // The fixtures' "now": the SLA clocks read the same in every run. Time flows on from there.
    await context.clock.install({ time: options.now ?? new Date(NOW) });
    // Zendesk's CDN is never reached: the npm SDK (same protocol) answers in its place. Anything else
    // outside the two local servers is refused, so a test can never depend on the network.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === SDK_URL) return route.fulfill({ status: 200, contentType: 'text/javascript', body: sdk });
      if (url.startsWith(appOrigin) || url.startsWith(`http://localhost:${hostPort}`)) return route.continue();
      return route.abort();
    });
    // A script run in every frame before its own (the bench's paint probe, bench-paint.ts).
    if (options.initScript) await context.addInitScript(options.initScript);
    return context;
  };
  return {
    browser,
    scenarios,
    storageContext: async (options = {}) => prepare(await launchKeepingStorage(), options),
    async open(name, scenario, options = {}) {
      scenarios.set(name, scenario);
      const context = options.in ?? (await prepare(await browser.newContext({ viewport: options.viewport ?? { width: 1024, height: 768 }, locale: 'en-US' }), options));
      const page = await context.newPage();
      await page.goto(`http://localhost:${hostPort}/host.html?scenario=${name}`);
      const appFrame = () => {
        const frame = page.frames().find((f) => f.url().startsWith(appOrigin));
        if (!frame) throw new Error('the app frame is not there');
        return frame;
      };
      await page.waitForFunction("!!document.querySelector('iframe')?.getAttribute('src')");
      for (let i = 0; i < 200 && !page.frames().some((f) => f.url().startsWith(appOrigin)); i++) await page.waitForTimeout(25);
      return { page, context, app: appFrame };
    },
    async close() {
      await browser.close();
      await new Promise((ok) => app.close(ok));
      await new Promise((ok) => host.close(ok));
    },
  };
}
