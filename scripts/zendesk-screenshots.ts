// Marketplace screenshots (1024×768) of the real app in the ZAF test host, in Chromium:
// manifests/zendesk/assets/screenshot-0.png … Run: npx tsx scripts/zendesk-screenshots.ts
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crisisOrder, crisisTicket, routineOrder, routineTicket } from '../adapters/zendesk/fixtures/payloads.ts';
import { startHarness } from '../test/zendesk/harness.ts';

const dir = resolve(import.meta.dirname, '../manifests/zendesk/assets');
const settings = { shop_domain: 'acme.myshopify.com', tier_field_id: '360001', category_field_id: '360002' };
const fields = { 'ticket.customField:custom_field_360001': null, 'ticket.customField:custom_field_360002': null };
const ok = (body: string) => ({ status: 200, body });

const harness = await startHarness();
try {
  const shots: { name: string; run: () => Promise<Buffer> }[] = [
    {
      name: 'screenshot-0.png',
      run: async () => {
        const { page, app, context } = await harness.open('shot-routine', { ticket: { ...routineTicket, ...fields }, settings, orderResponses: [ok(routineOrder)] });
        await app().waitForSelector('[data-testid="order-card"]');
        await app().evaluate(`document.querySelector('[data-testid="clocks"]').scrollIntoView()`);
        const png = await page.screenshot();
        await context.close();
        return png;
      },
    },
    {
      name: 'screenshot-1.png',
      run: async () => {
        const { page, app, context } = await harness.open('shot-crisis', { ticket: { ...crisisTicket, ...fields }, settings, orderResponses: [ok(crisisOrder)] });
        await app().waitForSelector('[data-testid="order-card"]');
        const png = await page.screenshot();
        await context.close();
        return png;
      },
    },
    {
      name: 'screenshot-2.png',
      run: async () => {
        const { page, app, context } = await harness.open('shot-tone', { ticket: { ...routineTicket, ...fields }, settings, orderResponses: [ok(routineOrder)] });
        const frame = app();
        await frame.waitForSelector('[data-testid="order-card"]');
        await page.evaluate(`window.__emit('comment.text.changed', "Calm down, this is normal. It's the courier's fault, not ours.")`);
        await frame.waitForSelector('[data-testid="tone-guard"] .finding');
        await frame.evaluate(`document.querySelector('[data-testid="replies"]').scrollIntoView()`);
        const png = await page.screenshot();
        await context.close();
        return png;
      },
    },
  ];
  for (const shot of shots) {
    writeFileSync(join(dir, shot.name), await shot.run());
    console.log(`wrote ${shot.name}`);
  }
} finally {
  await harness.close();
}
