// The preview page in Debian's Chromium: built with buildShopifyPreview into a temporary folder, served
// under /shopify/ as the workbench serves it, with a local Admin GraphQL endpoint answering from
// adapters/shopify/fixtures. The real block and action run against it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShopifyPreview } from './build.ts';
import { COMPONENT_TAGS } from './polaris/tags.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Skipped on a developer machine without Chromium; on CI (.ci/run installs it) a missing browser fails.
const haveChromium = existsSync(CHROMIUM) || !!process.env.CI;

const ROOT = resolve(import.meta.dirname, '../../..');
const ORDER_ID = 'gid://shopify/Order/6098812345021';
// The late fixture's parcel was due 2026-11-14; the clock is pinned so "late" and the SLA clocks read alike in every run.
const NOW = new Date('2026-11-23T12:00:00Z');
const GRAPHQL_PATH = '/shopify/admin/api/2026-07/graphql.json';
const COMPLAINT = 'My espresso machine order #1031 is 6 days late and nobody answers!';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css' };
const cost = { requestedQueryCost: 10, actualQueryCost: 10, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1990, restoreRate: 100 } };

interface Sent {
  operation: string;
  query: string;
  variables: Record<string, unknown>;
}

// What a hostile shopper or a compromised catalogue can put in front of the merchant: markup that
// runs when parsed as HTML, a javascript: link, and template syntax of the hosts and of JavaScript.
const HOSTILE_ORDER_ID = 'gid://shopify/Order/6098812345666';
const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=\'title\'">Grinder {{setting.token}} ${globalThis.__pwned}';
const HOSTILE_MESSAGE = 'My grinder never arrived <script>window.__pwned="message"</script><img src=x onerror="window.__pwned=1"> {{setting.token}} <%= iparam.x %> see javascript:alert(1)';

function hostileOrder(): unknown {
  const late = JSON.parse(readFileSync(join(ROOT, 'adapters/shopify/fixtures/order-late.json'), 'utf8')) as { data: { order: Record<string, any> } };
  const order = late.data.order;
  order.id = HOSTILE_ORDER_ID;
  order.lineItems.nodes[0].title = HOSTILE_TITLE;
  order.tags = ['<script>window.__pwned="tag"</script>'];
  order.fulfillments[0].trackingInfo[0] = { company: '<b onmouseover="window.__pwned=\'carrier\'">SF</b>', number: 'SF1', url: 'javascript:window.__pwned="url"' };
  return late;
}

/** Shopify's answer per operation: the late order, no saved triage yet, and a Save that succeeds. */
function answer(request: Sent): unknown {
  if (request.operation === 'ComplaintOrderById' && request.variables.id === HOSTILE_ORDER_ID) return hostileOrder();
  if (request.operation === 'ComplaintOrderById') return JSON.parse(readFileSync(join(ROOT, 'adapters/shopify/fixtures/order-late.json'), 'utf8'));
  if (request.operation === 'ComplaintSavedTriage') return { data: { order: { metafield: null } }, extensions: { cost } };
  if (request.operation === 'ComplaintSave') {
    // Only the root fields the mutation asked for, each with no user errors (saveTriage.ts reads userErrors).
    const data: Record<string, unknown> = {};
    if (request.query.includes('tagsAdd(')) data.tagsAdd = { userErrors: [] };
    if (request.query.includes('tagsRemove(')) data.tagsRemove = { userErrors: [] };
    if (request.query.includes('metafieldsSet(')) data.metafieldsSet = { userErrors: [] };
    return { data, extensions: { cost } };
  }
  return { errors: [{ message: `no answer for ${request.operation}` }] };
}

const body = (req: IncomingMessage) =>
  new Promise<string>((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });

let out: string;
let server: Server;
let origin: string;
let browser: Browser;
const sent: Sent[] = [];

beforeAll(async () => {
  if (!haveChromium) return;
  out = mkdtempSync(join(tmpdir(), 'cd-shopify-preview-'));
  await buildShopifyPreview(out);
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === GRAPHQL_PATH && req.method === 'POST') {
      const request = JSON.parse(await body(req)) as { query: string; variables?: Record<string, unknown> };
      const entry = { operation: /(?:query|mutation)\s+(\w+)/.exec(request.query)?.[1] ?? '', query: request.query, variables: request.variables ?? {} };
      sent.push(entry);
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(entry)));
    }
    // The build under /shopify/, as the workbench mounts it: relative asset URLs must hold there.
    if (!url.pathname.startsWith('/shopify/')) return void res.writeHead(404).end();
    const file = join(out, normalize(decodeURIComponent(url.pathname.slice('/shopify/'.length))).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(out) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((ok) => server.close(ok));
  if (out) rmSync(out, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Console errors and warnings, and uncaught page errors. */
  problems: string[];
  /** What the page posted to its parent (standalone: to itself). */
  messages: () => Promise<unknown[]>;
  close: () => Promise<void>;
}

async function open(query: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 }, locale: 'en-US' });
  await context.clock.install({ time: NOW });
  // Nothing leaves the machine: anything but our server is refused.
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  await context.addInitScript(() => {
    const w = window as unknown as { __messages: unknown[] };
    w.__messages = [];
    window.addEventListener('message', (event) => w.__messages.push(event.data));
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(`${origin}/shopify/preview.html?${query}`);
  return {
    page,
    problems,
    messages: async () => (await page.evaluate('window.__messages')) as unknown[],
    close: () => context.close(),
  };
}

/** Every <s-*> element on the page is one of ours, registered (not an unknown inline element). */
const undefinedTags = (page: Page) =>
  page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('s-') && !customElements.get(n)))]);

const ops = (operation: string) => sent.filter((s) => s.operation === operation);

describe.skipIf(!haveChromium)('Shopify admin extensions in an ordinary page (Chromium)', () => {
  it('the block shows the late order as a complaint risk, in English, and opens the action', async () => {
    sent.length = 0;
    const { page, problems, messages, close } = await open(`target=block&order=${encodeURIComponent(ORDER_ID)}&locale=en`);
    const block = page.locator('s-admin-block[collapsed-summary="1 complaint risk"]');
    await block.waitFor();
    expect(await block.getAttribute('heading')).toBe('Complaint Desk');
    // Headings are the components' own chrome (shadow DOM), set as text, and real headings.
    await expect.poll(() => page.getByRole('heading', { name: 'Complaint Desk', level: 2 }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Risk from the order', level: 3 }).count()).toBe(1);
    const text = (await page.locator('s-admin-block').textContent()) ?? '';
    expect(text).toContain('Late: parcel SF1402938475612 was due 2026-11-14');
    expect(text).toContain('VIP customer (tag VIP)');
    expect(await page.locator('s-badge', { hasText: 'Watch' }).getAttribute('tone')).toBe('warning');
    expect(await page.locator('s-badge', { hasText: 'Watch' }).evaluate((e) => getComputedStyle(e.shadowRoot!.querySelector('span')!).backgroundColor)).toBe('rgb(255, 214, 164)');
    expect(await undefinedTags(page)).toEqual([]);

    // Both reads went to the same-origin endpoint, for this order.
    expect(ops('ComplaintOrderById').map((s) => s.variables)).toEqual([{ id: ORDER_ID }]);
    expect(ops('ComplaintSavedTriage')).toHaveLength(1);

    // Collapsed, the block shows its summary instead of its content.
    await page.locator('s-admin-block .toggle').click();
    expect(await page.locator('s-admin-block .summary').isVisible()).toBe(true);
    expect(await page.locator('s-admin-block .summary').textContent()).toBe('1 complaint risk');
    await page.locator('s-admin-block .toggle').click();

    // Past 300 px Shopify cuts the block with "Show more"; then the button opens the action.
    const more = page.locator('s-admin-block .more button');
    if (await more.isVisible()) await more.click();
    await page.locator('s-button', { hasText: 'Handle complaint' }).click();
    await expect.poll(messages).toContainEqual({ shopifyNavigate: 'extension://complaint-action' });
    expect((await messages()).some((m) => typeof m === 'object' && m !== null && 'shopifyResize' in m)).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('the action triages a typed complaint, shows tier and reply drafts, and Save sends one mutation', async () => {
    sent.length = 0;
    const { page, problems, messages, close } = await open(`target=action&order=${encodeURIComponent(ORDER_ID)}&locale=en`);
    await page.locator('s-admin-action[heading="Handle complaint"]:not([loading])').waitFor();
    await page.locator('s-text-area[label="Customer\'s message"] textarea').waitFor();
    expect(await page.getByRole('dialog', { name: 'Handle complaint' }).count()).toBe(1);
    const save = page.locator('s-button[slot="primary-action"]');
    expect(await save.textContent()).toBe('Save to order');
    expect(await save.getAttribute('disabled')).not.toBeNull();

    // Typed as a person types: the extension hears `input` on s-text-area and reads currentTarget.value.
    const field = page.locator('s-text-area[label="Customer\'s message"]');
    await field.evaluate((e) => e.addEventListener('change', (event) => ((window as unknown as { __change: string }).__change = (event.currentTarget as HTMLElement & { value: string }).value)));
    await page.getByLabel("Customer's message").pressSequentially(COMPLAINT, { delay: 0 });
    expect(await field.evaluate((e) => (e as HTMLElement & { value: string }).value)).toBe(COMPLAINT);
    // Leaving the field commits it: `change` on s-text-area, with the text as currentTarget.value.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('window.__change')).toBe(COMPLAINT);
    await page.locator('s-button', { hasText: /^Triage$/ }).click();

    const triage = page.locator('s-section[heading="Triage"]');
    await triage.waitFor();
    const tier = triage.locator('s-badge').first();
    expect(await tier.textContent()).toMatch(/^(Routine|Severe|Crisis)$/);
    expect(await tier.getAttribute('tone')).toMatch(/^(info|warning|critical)$/);
    expect(await triage.textContent()).toContain('Late delivery');
    const drafts = page.locator('s-section[heading="Reply drafts"] s-text-area');
    expect(await drafts.count()).toBeGreaterThan(0);
    const first = await drafts.first().evaluate((e) => ({ value: (e as HTMLElement & { value: string }).value, shown: e.shadowRoot!.querySelector('textarea')!.value, readOnly: e.shadowRoot!.querySelector('textarea')!.readOnly }));
    expect(first.value.length).toBeGreaterThan(20);
    expect(first.shown).toBe(first.value);
    expect(first.readOnly).toBe(true);

    await page.locator('s-button[slot="primary-action"]:not([disabled])').click();
    await page.locator('s-banner[tone="success"]', { hasText: 'Saved to the order' }).waitFor();
    expect(ops('ComplaintSave')).toHaveLength(1);
    const mutation = ops('ComplaintSave')[0]!;
    expect(mutation.variables.id).toBe(ORDER_ID);
    expect(mutation.variables.add).toEqual(expect.arrayContaining([expect.stringMatching(/^complaint:(routine|severe|crisis)$/), 'complaint:logistics_delay']));
    expect(mutation.variables.metafields).toEqual([expect.objectContaining({ ownerId: ORDER_ID, namespace: '$app:complaint-desk', key: 'last_triage', type: 'json' })]);

    // Save again: the order already carries this triage, nothing is sent.
    await page.locator('s-button[slot="primary-action"]').click();
    await page.locator('s-banner[tone="info"]', { hasText: 'Already saved' }).waitFor();
    expect(ops('ComplaintSave')).toHaveLength(1);

    await page.locator('s-button[slot="secondary-actions"]', { hasText: 'Close' }).click();
    await expect.poll(messages).toContainEqual({ shopifyClose: true });
    expect(await undefinedTags(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('markup, links and template syntax from the order and the message stay inert text in both extensions', async () => {
    for (const target of ['block', 'action'] as const) {
      const { page, problems, close } = await open(`target=${target}&order=${encodeURIComponent(HOSTILE_ORDER_ID)}&locale=en`);
      if (target === 'block') await page.locator('s-admin-block[collapsed-summary]').waitFor();
      else {
        await page.locator('s-admin-action[heading="Handle complaint"]:not([loading])').waitFor();
        await page.getByLabel("Customer's message").fill(HOSTILE_MESSAGE);
        await page.locator('s-button', { hasText: /^Triage$/ }).click();
        await page.locator('s-section[heading="Reply drafts"]').waitFor();
        const drafts = await page.locator('s-section[heading="Reply drafts"] s-text-area').evaluateAll((els) => els.map((e) => (e as HTMLElement & { value: string }).value));
        // The drafts name the carrier as the order has it, as text: the markup is characters in a text area.
        // (shortened, as the drafts shorten any long fact)
        expect(drafts.join('\n')).toContain(`with <b onmouseover="window.__pwned='carrier…`);
      }
      // Hover everything, as a merchant's pointer would, before asking whether anything ran.
      for (const el of await page.locator('s-admin-block *, s-admin-action *').all()) await el.hover({ force: true, timeout: 200 }).catch(() => undefined);
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      // No element came from the data: no <img>, <script> or <b> anywhere, shadow roots included.
      const injected = await page.evaluate(() => {
        const found: string[] = [];
        const walk = (root: ShadowRoot) =>
          root.querySelectorAll('*').forEach((e) => {
            if (['img', 'script', 'b'].includes(e.localName)) found.push(e.localName);
            if (e.shadowRoot) walk(e.shadowRoot);
          });
        // The extension's tree only: the preview page loads itself with a <script> of its own.
        document.querySelectorAll('s-admin-block, s-admin-action').forEach((root) => {
          if (root.shadowRoot) walk(root.shadowRoot);
          root.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot));
        });
        document.querySelectorAll('s-admin-block *, s-admin-action *').forEach((e) => ['img', 'script', 'b'].includes(e.localName) && found.push(e.localName));
        return found;
      });
      expect(injected).toEqual([]);
      expect(await page.locator('a[href^="javascript:"], s-link[href^="javascript:"]').count()).toBe(0);
      expect(problems).toEqual([]);
      await close();
    }
  });

  it('in zh-TW the block speaks Traditional Chinese', async () => {
    const { page, problems, close } = await open(`target=block&order=${encodeURIComponent(ORDER_ID)}&locale=zh-TW`);
    const block = page.locator('s-admin-block[collapsed-summary="1 項客訴風險"]');
    await block.waitFor();
    expect(await block.getAttribute('heading')).toBe('客訴台');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    await expect.poll(() => page.getByRole('heading', { name: '訂單本身的風險' }).count()).toBe(1);
    const text = (await block.textContent()) ?? '';
    expect(text).toContain('延誤：包裹 SF1402938475612 應於 2026-11-14 送達');
    expect(text).toContain('處理客訴');
    expect(await page.locator('s-badge', { hasText: '留意' }).getAttribute('tone')).toBe('warning');
    // Not the Simplified strings of zh-CN.
    expect(text).not.toMatch(/订单|风险|处理投诉/);
    expect(problems).toEqual([]);
    await close();
  });

  it('knows every Polaris component the extensions render', () => {
    const used = new Set<string>();
    const src = join(ROOT, 'apps/shopify/src');
    for (const name of readdirSync(src).filter((f) => f.endsWith('.tsx'))) {
      for (const m of readFileSync(join(src, name), 'utf8').matchAll(/<(s-[a-z-]+)/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((tag) => !(COMPONENT_TAGS as readonly string[]).includes(tag))).toEqual([]);
  });
});
