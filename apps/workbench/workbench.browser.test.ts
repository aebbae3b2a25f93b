// `npm start` as a newcomer sees it: the workbench in Chromium, samples switched, each plug-in showing the
// tier the core gives, the Shopify API switched to failing, a policy edited, a reply typed into the hosts.
// Nothing outside the two local servers is reachable.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { startWorkbench, type Workbench } from './server.ts';
import { SAMPLES, sampleOrderGid } from './samples/hostPayloads.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let workbench: Workbench;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  workbench = await startWorkbench();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(workbench.url.replace(/\/$/, '')) || url.startsWith(workbench.appOrigin) ? route.continue() : route.abort();
  });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(workbench.url);
  await page.waitForSelector('[data-testid="sample"]');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await workbench?.close();
});

/** The sidebar app inside a host frame (the host page is on localhost, the app on 127.0.0.1). */
async function appFrame(host: 'zendesk' | 'freshdesk'): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const hostFrame = await (await page.$(`[data-testid="${host}-frame"]`))?.contentFrame();
    const app = hostFrame?.childFrames().find((f) => f.url().startsWith(workbench.appOrigin));
    if (app) return app;
    await page.waitForTimeout(50);
  }
  throw new Error(`no ${host} app frame`);
}

async function shopifyFrame(name: 'block' | 'action'): Promise<Frame> {
  const handle = await page.waitForSelector(`[data-testid="shopify-${name}-frame"]`);
  return (await handle.contentFrame())!;
}

async function tierIn(frame: Frame): Promise<string | null> {
  await frame.waitForSelector('[data-testid="tier"]', { timeout: 15_000 });
  return frame.getAttribute('[data-testid="tier"]', 'data-value');
}

async function choose(sampleId: string) {
  await page.selectOption('[data-testid="sample"]', sampleId);
  await page.waitForTimeout(100);
}

describe('the workbench (npm start)', () => {
  it('offers at least 24 samples and shows the same tier in Zendesk and Freshdesk for each kind', async () => {
    expect(await page.locator('[data-testid="sample"] option').count()).toBeGreaterThanOrEqual(24);
    const picks = [SAMPLES.find((s) => s.expected.tier === 'crisis' && s.language === 'zh-Hant'), SAMPLES.find((s) => s.expected.tier === 'routine' && s.language === 'en'), SAMPLES.find((s) => s.expected.tier === 'severe' && s.language === 'zh-Hans')];
    for (const sample of picks) {
      expect(sample).toBeDefined();
      await choose(sample!.id);
      expect(await tierIn(await appFrame('zendesk'))).toBe(sample!.expected.tier);
      expect(await tierIn(await appFrame('freshdesk'))).toBe(sample!.expected.tier);
      expect(await (await appFrame('zendesk')).getAttribute('[data-testid="category"]', 'data-value')).toBe(sample!.expected.category);
    }
  }, 90_000);

  it('shows the order from the mock Shopify API in both sidebars and the order block', async () => {
    const sample = SAMPLES.find((s) => sampleOrderGid(s) && s.expected.tier === 'crisis')!;
    await choose(sample.id);
    const zendesk = await appFrame('zendesk');
    await zendesk.waitForSelector('[data-testid="order-card"]', { timeout: 15_000 });
    const freshdesk = await appFrame('freshdesk');
    await freshdesk.waitForSelector('[data-testid="order-card"]', { timeout: 15_000 });
    const block = await shopifyFrame('block');
    await block.waitForSelector('s-admin-block', { timeout: 15_000 });
    await expect.poll(async () => (await block.textContent('body'))?.trim().length ?? 0, { timeout: 15_000 }).toBeGreaterThan(10);
  }, 60_000);

  it('runs the Shopify action on the order page when the merchant pastes the message', async () => {
    const sample = SAMPLES.find((s) => sampleOrderGid(s) && s.language === 'en' && s.expected.tier !== 'routine')!;
    await choose(sample.id);
    await page.click('[data-testid="shopify-open-action"]');
    const action = await shopifyFrame('action');
    await action.waitForSelector('s-text-area textarea', { timeout: 15_000 });
    await action.fill('s-text-area textarea >> nth=0', sample.messages.find((m) => m.author === 'customer')!.body);
    await action.click('s-button:text-is("Triage")');
    await expect.poll(async () => (await action.textContent('body')) ?? '', { timeout: 15_000 }).toMatch(new RegExp(sample.expected.tier === 'crisis' ? 'Crisis' : 'Severe'));
  }, 60_000);

  it("says the token was rejected when the Shopify API answers 401, and still triages the text", async () => {
    const sample = SAMPLES.find((s) => sampleOrderGid(s))!;
    await page.selectOption('[data-testid="mode"]', 'unauthorized');
    await choose(sample.id);
    await page.click('[data-testid="reload"]');
    const zendesk = await appFrame('zendesk');
    expect(await tierIn(zendesk)).toBe(sample.expected.tier);
    await expect.poll(async () => (await zendesk.textContent('body')) ?? '', { timeout: 15_000 }).toMatch(/token|admin/i);
    await page.selectOption('[data-testid="mode"]', 'normal');
  }, 60_000);

  it('validates the policy live with the path of the bad field', async () => {
    await page.fill('[data-testid="policy"]', '{"tiers": {"severe": {"categories": ["lost"]}}}');
    await expect.poll(() => page.textContent('[data-testid="policy-problems"]')).toMatch(/tiers\.severe\.categories\[0\]/);
    await page.fill('[data-testid="policy"]', '{"vipTags": ["gold"]}');
    await expect.poll(() => page.textContent('[data-testid="policy-problems"]')).toMatch(/Valid policy/);
  });

  it("feeds the reply box into Zendesk's composer, where the tone guard checks it", async () => {
    const sample = SAMPLES.find((s) => s.language === 'en')!;
    await choose(sample.id);
    const zendesk = await appFrame('zendesk');
    await tierIn(zendesk);
    await page.fill('[data-testid="reply"]', 'Calm down. That is not our problem, it is the courier.');
    await expect.poll(async () => (await zendesk.textContent('body')) ?? '', { timeout: 10_000 }).toMatch(/calm down/i);
    await page.fill('[data-testid="reply"]', '');
  }, 30_000);

  it('logged no page error', () => {
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
