// Freshdesk app figures for `npm run bench`: the app's JS size (raw, gzip, brotli; 150 KB gzip budget,
// design.md §4) and the host calls made when a ticket opens, counted by the scripted client in the test
// host (test/freshdesk/harness.ts) in Chromium, and the time to the first triage painted (bench-paint.ts).
// Without Chromium only the sizes are given.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agentEn, agentZhHant, contactEn, contactTw, crisisTicket, lateTicket } from '../adapters/freshdesk/fixtures/payloads.ts';
import { buildFreshdesk, freshdeskJsGzipBytes } from './build/freshdesk.ts';
import { jsSize, sizeFigures, type SizeFigure } from './bench-sizes.ts';
import { openingFigures } from './bench-paint.ts';

const shopify = (name: string) => readFileSync(new URL(`../adapters/shopify/fixtures/${name}`, import.meta.url), 'utf8');
const ok = (body: string) => ({ status: 200, body, headers: { 'Content-Type': 'application/json' } });
const iparams = { shop_domain: 'acme-tw.myshopify.com', order_number_field: 'cf_order_number', tier_field: 'cf_complaint_tier', category_field: 'cf_complaint_category', add_private_note: 'No' };

function sizes(dist: string): SizeFigure[] {
  const { files } = freshdeskJsGzipBytes(dist);
  return sizeFigures('Freshdesk sidebar JS', jsSize(files.map((f) => join(dist, f))), { gzip: '≤ 150' });
}

export async function benchFreshdesk(): Promise<SizeFigure[]> {
  const { CHROMIUM, startHarness } = await import('../test/freshdesk/harness.ts');
  if (!existsSync(CHROMIUM)) {
    const dir = mkdtempSync(join(tmpdir(), 'cd-bench-freshdesk-'));
    const built = await buildFreshdesk({ quiet: true, dist: join(dir, 'freshdesk'), zip: join(dir, 'app.zip') });
    return sizes(built.dist);
  }
  const harness = await startHarness();
  try {
    const figures = sizes(harness.built.dist);
    const late = JSON.parse(shopify('order-late.json')).data.order;
    const lateOrder = JSON.stringify({ data: { orders: { nodes: [{ ...late, name: '#1042' }] } } });
    for (const [name, payloads, order] of [
      ['crisis zh-Hant', { ticket: crisisTicket, contact: contactTw, loggedInUser: agentZhHant }, shopify('orders-by-name.json')],
      ['routine en', { ticket: lateTicket, contact: contactEn, loggedInUser: agentEn }, lateOrder],
    ] as const) {
      const scenario = { payloads, iparams, orderResponses: [ok(order)] };
      figures.push(...(await openingFigures('Freshdesk', name, harness, scenario)));
      const { page, app, calls, context } = await harness.open(`bench-${name.replace(/\W/g, '')}`, scenario);
      await app().waitForSelector('[data-testid="order-card"]');
      // The host fires app.activated on open; the re-render after it (and its debounce) must ask nothing.
      await page.waitForTimeout(1_000);
      const made = await calls();
      const count = (kind: string) => made.filter((c) => c.kind === kind).length;
      figures.push({ name: `Freshdesk open (${name}): data.get calls`, value: count('data'), unit: 'calls', budget: '≤ 3 (ticket, contact, agent)' });
      figures.push({ name: `Freshdesk open (${name}): order requests`, value: count('invokeTemplate'), unit: 'calls', budget: '≤ 1' });
      figures.push({ name: `Freshdesk open (${name}): iparams reads`, value: count('iparams'), unit: 'calls', budget: '1' });
      figures.push({ name: `Freshdesk open (${name}): interface writes`, value: count('trigger'), unit: 'calls', budget: '0' });
      await context.close();
    }
    return figures;
  } finally {
    await harness.close();
  }
}
