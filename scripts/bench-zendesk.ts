// Zendesk app figures for `npm run bench`: the app's JS size (raw, gzip, brotli) and the host calls made
// when a ticket opens, counted in the ZAF test host in Chromium, and the time to the first triage painted
// (skipped when Chromium is not installed).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crisisOrder, crisisTicket, routineOrder, routineTicket } from '../adapters/zendesk/fixtures/payloads.ts';
import { appJsGzipBytes, buildZendesk } from './build/zendesk.ts';
import { jsSize, sizeFigures } from './bench-sizes.ts';
import { openingFigures } from './bench-paint.ts';

export interface ZendeskFigure {
  name: string;
  value: number;
  unit: string;
  budget?: string;
}

export async function benchZendesk(): Promise<ZendeskFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-zendesk-'));
  const { dist } = await buildZendesk({ quiet: true, dist: join(dir, 'zendesk'), zip: join(dir, 'app.zip') });
  const { files } = appJsGzipBytes(dist);
  const figures: ZendeskFigure[] = sizeFigures('Zendesk sidebar JS', jsSize(files.map((f) => join(dist, f))), { gzip: '≤ 150' });
  const { CHROMIUM, startHarness } = await import('../test/zendesk/harness.ts');
  if (!existsSync(CHROMIUM)) return figures;
  const harness = await startHarness();
  try {
    const settings = { shop_domain: 'acme.myshopify.com', tier_field_id: '360001', category_field_id: '360002' };
    for (const [name, ticket, order] of [
      ['crisis zh-Hant', crisisTicket, crisisOrder],
      ['routine en', routineTicket, routineOrder],
    ] as const) {
      const scenario = { ticket, settings, orderResponses: [{ status: 200, body: order }] };
      figures.push(...(await openingFigures('Zendesk', name, harness, scenario)));
      const { page, app, context } = await harness.open(`bench-${name.replace(/\W/g, '')}`, scenario);
      await app().waitForSelector('[data-testid="order-card"]');
      await page.waitForTimeout(500); // anything late would show up here
      const calls = (await page.evaluate('window.__calls')) as { kind: string }[];
      const count = (kind: string) => calls.filter((c) => c.kind === kind).length;
      figures.push({ name: `Zendesk open (${name}): host get calls`, value: count('get'), unit: 'calls', budget: '≤ 1' });
      figures.push({ name: `Zendesk open (${name}): order requests`, value: count('request'), unit: 'calls', budget: '≤ 1' });
      figures.push({ name: `Zendesk open (${name}): set/invoke calls`, value: count('set') + count('invoke'), unit: 'calls', budget: '0' });
      const ui = ((await page.evaluate('window.__ui || []')) as string[]).length;
      figures.push({ name: `Zendesk open (${name}): resize (UI only)`, value: ui, unit: 'calls' });
      await context.close();
    }
  } finally {
    await harness.close();
  }
  return figures;
}
