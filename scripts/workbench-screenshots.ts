// The README's pictures: the workbench in Chromium, each plug-in cut out of it, on samples a newcomer
// recognises. Run: npx tsx scripts/workbench-screenshots.ts (wants fonts-noto-cjk for the Chinese ones).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Frame, type Page } from 'playwright-core';
import { startWorkbench } from '../apps/workbench/server.ts';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function appIn(page: Page, host: string, origin: string): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = (await (await page.$(`[data-testid="${host}-frame"]`))?.contentFrame())?.childFrames().find((f) => f.url().startsWith(origin));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`no ${host} app`);
}

mkdirSync(OUT, { recursive: true });
const workbench = await startWorkbench();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(workbench.url);
  await page.waitForSelector('[data-testid="sample"]');
  const shoot = async (sample: string, lang: string, host: string, file: string) => {
    await page.selectOption('[data-testid="language"]', lang);
    await page.selectOption('[data-testid="sample"]', sample);
    if (host !== 'shopify') await (await appIn(page, host, workbench.appOrigin)).waitForSelector('[data-testid="order-card"]');
    await page.waitForTimeout(1500);
    await page.locator(`section[data-host="${host}"]`).screenshot({ path: join(OUT, file) });
    console.log(`wrote docs/screenshots/${file}`);
  };
  await shoot('oak-table-lawyer-en', 'en', 'zendesk', 'zendesk-crisis-en.png');
  await shoot('heater-fire-zh-hant', 'zh-Hant', 'freshdesk', 'freshdesk-crisis-zh-hant.png');
  await shoot('porch-delivered-vip-en', 'en', 'shopify', 'shopify-block-en.png');
  await page.click('[data-testid="shopify-open-action"]');
  const action = await (await page.waitForSelector('[data-testid="shopify-action-frame"]')).contentFrame();
  await action!.waitForSelector('s-text-area textarea');
  await action!.fill('s-text-area textarea >> nth=0', "My parcel says delivered but it's not here. I checked with the front desk. This is the third time I'm writing and nobody answers.");
  await action!.click('s-button:text-is("Triage")');
  await page.waitForTimeout(1500);
  await page.locator('section[data-host="shopify"]').screenshot({ path: join(OUT, 'shopify-action-en.png') });
  console.log('wrote docs/screenshots/shopify-action-en.png');
  await page.selectOption('[data-testid="sample"]', 'late-headphones-en');
  await page.waitForTimeout(2500);
  await page.screenshot({ path: join(OUT, 'workbench.png') });
  console.log('wrote docs/screenshots/workbench.png');
} finally {
  await browser.close();
  await workbench.close();
}
