// Real-browser tests: the built Freshdesk app (dist layout, index.html as the FDK serves it) inside a test
// host page that provides `app.initialized()` over a postMessage bridge, in Debian's Chromium. Host
// payloads come from adapters/freshdesk/fixtures, Shopify answers from adapters/shopify/fixtures.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentEn, agentZhHant, contactEn, contactTw, crisisTicket, lateTicket, xssTicket } from '../../adapters/freshdesk/fixtures/payloads.ts';
import { CHROMIUM, startHarness, type Harness, type Scenario } from './harness.ts';
import { storeCounterfeitTables, storedKey } from '../matcherStore.ts';

const shopify = (name: string) => readFileSync(new URL(`../../adapters/shopify/fixtures/${name}`, import.meta.url), 'utf8');
/** The late order (order-late.json) as the by-name search returns it, under the number the ticket carries. */
const lateOrder = () => {
  const order = JSON.parse(shopify('order-late.json')).data.order;
  return JSON.stringify({ data: { orders: { nodes: [{ ...order, name: '#1042' }] } } });
};
const ok = (body: string) => ({ status: 200, body, headers: { 'Content-Type': 'application/json' } });
const iparams = { shop_domain: 'acme-tw.myshopify.com', order_number_field: 'cf_order_number', tier_field: 'cf_complaint_tier', category_field: 'cf_complaint_category', add_private_note: 'No' };
const crisis = (extra: Partial<Scenario> = {}): Scenario => ({ payloads: { ticket: crisisTicket, contact: contactTw, loggedInUser: agentZhHant }, iparams, orderResponses: [ok(shopify('orders-by-name.json'))], ...extra });
const late = (extra: Partial<Scenario> = {}, ticket: object = lateTicket): Scenario => ({ payloads: { ticket, contact: contactEn, loggedInUser: agentEn }, iparams, orderResponses: [ok(lateOrder())], ...extra });

let harness: Harness;
const haveChromium = existsSync(CHROMIUM);

beforeAll(async () => {
  if (haveChromium) harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

const count = (calls: { kind: string; args: any[] }[], kind: string, first?: unknown) => calls.filter((c) => c.kind === kind && (first === undefined || c.args[0] === first)).length;

describe.skipIf(!haveChromium)('Freshdesk sidebar in Chromium', () => {
  it('a crisis complaint in Traditional Chinese: tier, risks, highlighted words, clocks beside Freshdesk\'s, order; host calls on open', async () => {
    const { app, calls, context, page } = await harness.open('crisis', crisis());
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    expect(await frame.getAttribute('[data-testid="tier"]', 'data-value')).toBe('crisis');
    expect(await frame.textContent('[data-testid="tier"]')).toBe('危機');
    expect(await frame.getAttribute('[data-testid="priority"]', 'data-value')).toBe('urgent');
    expect(await frame.textContent('[data-testid="risks"]')).toMatch(/人身安全|媒體|法律/);
    expect(await frame.locator('[data-testid="customer-text"] mark').count()).toBeGreaterThan(0);
    expect(await frame.textContent('[data-testid="clocks"]')).toMatch(/首次回應.*剩餘/);
    // Freshdesk's own fr_due_by and due_by beside ours (nr_due_by is null on this ticket).
    expect(await frame.locator('[data-testid="fd-due"]').count()).toBe(2);
    expect(await frame.textContent('[data-testid="fd-due"][data-kind="first_response"]')).toMatch(/^Freshdesk：截止 .*剩餘 2 小時 (49|50) 分鐘/);
    expect(await frame.textContent('[data-testid="order"]')).toContain('#1042');
    expect(await frame.textContent('[data-testid="remedies"]')).toMatch(/在你的權限內|需核准/);
    expect(await frame.textContent('[data-testid="apply"]')).toBe('套用到工單');
    // Crayons' look: the label and button carry Crayons' own classes and computed styles.
    expect(await frame.getAttribute('[data-testid="tier"]', 'class')).toBe('label label--red');
    expect(await frame.evaluate(`getComputedStyle(document.querySelector('[data-testid="apply"]')).borderRadius`)).toBe('4px');
    // Let the app.activated the host fires on open (and the debounce) pass: it must not read again.
    await page.waitForTimeout(1_000);
    const made = await calls();
    const summary = { iparams: count(made, 'iparams'), data: count(made, 'data'), invokeTemplate: count(made, 'invokeTemplate'), trigger: count(made, 'trigger'), on: count(made, 'on') };
    console.log(`freshdesk host calls on open (crisis): ${JSON.stringify(summary)}`);
    expect(summary).toEqual({ iparams: 1, data: 3, invokeTemplate: 1, trigger: 0, on: 8 });
    expect(made.filter((c) => c.kind === 'data').map((c) => c.args[0])).toEqual(['ticket', 'contact', 'loggedInUser']);
    const invoke = made.find((c) => c.kind === 'invokeTemplate')!;
    expect(invoke.args[0]).toBe('shopifyGraphql');
    expect(invoke.args[1].body).not.toMatch(/token|shpat_/i);
    await context.close();
  });

  it('a routine English complaint with a late shipment, Freshdesk\'s three due times beside our clocks', async () => {
    const { app, calls, context } = await harness.open('late', late());
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    expect(await frame.getAttribute('[data-testid="category"]', 'data-value')).toBe('logistics_delay');
    expect(await frame.textContent('[data-testid="tier"]')).toMatch(/^[A-Z]/);
    const card = await frame.textContent('[data-testid="order-card"]');
    expect(card).toContain('SF Express');
    expect(card).toContain('(late)');
    expect(await frame.getAttribute('[data-testid="order-card"] a', 'href')).toMatch(/^https:\/\/www\.sf-express\.com\//);
    expect(await frame.locator('[data-testid="fd-due"]').count()).toBe(3);
    expect(await frame.textContent('[data-testid="fd-due"][data-kind="first_response"]')).toMatch(/^Freshdesk: due .*overdue by .*escalated$/);
    expect(await frame.textContent('[data-testid="order-note"]')).toContain('from the ticket field');
    expect(await frame.textContent('[data-testid="apply"]')).toBe('Apply to ticket');
    const made = await calls();
    expect(count(made, 'data')).toBe(3);
    expect(count(made, 'invokeTemplate')).toBe(1);
    await context.close();
  });

  it('Apply twice: the host receives one priority set and one tag list', async () => {
    const { app, calls, context } = await harness.open('apply', crisis());
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    await frame.click('[data-testid="apply"]');
    await frame.waitForSelector('[data-testid="apply-result"]');
    expect(await frame.textContent('[data-testid="apply-result"]')).toContain('更新');
    await frame.click('[data-testid="apply"]');
    await frame.waitForFunction(`/已套用過/.test(document.querySelector('[data-testid="apply-result"]')?.textContent ?? '')`);
    const made = await calls();
    const sets = made.filter((c) => c.kind === 'trigger' && c.args[0] === 'setValue');
    const priority = sets.filter((c) => c.args[1].id === 'priority');
    const tags = sets.filter((c) => c.args[1].id === 'tag');
    expect(priority).toHaveLength(1);
    expect(priority[0]!.args[1].value).toBe(4);
    expect(tags).toHaveLength(1);
    expect(tags[0]!.args[1].value).toEqual(expect.arrayContaining(['cd_tier_crisis', 'cd_risk_safety_hazard', 'cd_priority_4']));
    expect(sets.filter((c) => c.args[1].id === 'cf_complaint_tier').map((c) => c.args[1].value)).toEqual(['crisis']);
    // Apply reads the ticket once more each time (to write only differences): 3 on open + 2.
    expect(count(made, 'data', 'ticket')).toBe(3);
    await context.close();
  });

  it('Apply asks before replacing a priority an agent set, and writes it only after the confirm', async () => {
    const { app, calls, context } = await harness.open('manual', late({}, { ...lateTicket, priority: 4 }));
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    await frame.click('[data-testid="apply"]');
    await frame.waitForSelector('[data-testid="confirm-priority"]');
    expect(await frame.textContent('[data-testid="confirm-priority"]')).toContain('Urgent');
    const prioritySets = async () => (await calls()).filter((c) => c.kind === 'trigger' && c.args[0] === 'setValue' && c.args[1].id === 'priority');
    expect(await prioritySets()).toHaveLength(0);
    await frame.click('[data-testid="replace-priority"]');
    await frame.waitForSelector('[data-testid="apply-result"]');
    expect(await prioritySets()).toHaveLength(1);
    await context.close();
  });

  it('insert a reply: the reply editor receives the filled draft, escaped, after what the agent typed', async () => {
    const { app, calls, context } = await harness.open('insert', late());
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    const kind = await frame.locator('[data-testid="replies"] .reply').first().getAttribute('data-kind');
    await frame.click(`[data-testid="insert-${kind}"]`);
    await frame.waitForFunction(`document.querySelector('[data-testid="replies"]')?.textContent?.includes('✓')`);
    const inserted = (await calls()).filter((c) => c.kind === 'trigger' && c.args[0] === 'setValue' && c.args[1].id === 'editor');
    expect(inserted).toHaveLength(1);
    const { text, replace } = inserted[0]!.args[1];
    expect(replace).toBe(false);
    expect(text.length).toBeGreaterThan(40);
    expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(text).toMatch(/Sam/);
    await context.close();
  });

  it('the tone guard: on demand in the panel, and on Send (an error finding asks; Edit holds the reply)', async () => {
    const { page, app, calls, context } = await harness.open('tone', late({ confirm: 'Edit' }));
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    const bad = "Calm down. This is normal, it is the courier's fault.";
    await frame.fill('[data-testid="tone-draft"]', bad);
    await frame.click('[data-testid="tone-check"]');
    await frame.waitForSelector('[data-testid="tone-guard"] .finding');
    expect(await frame.locator('[data-testid="tone-guard"] .finding').count()).toBeGreaterThan(0);
    const decision = await page.evaluate(`window.__emit('ticket.sendReply', { body_text: ${JSON.stringify(bad)} })`);
    expect(decision).toBe('fail');
    const confirms = (await calls()).filter((c) => c.kind === 'trigger' && c.args[0] === 'showConfirm');
    expect(confirms).toHaveLength(1);
    expect(confirms[0]!.args[1].saveLabel).toBe('Send anyway');
    await frame.waitForSelector('[data-testid="guard-outcome"][data-outcome="held"]');
    expect(await page.evaluate(`window.__emit('ticket.sendReply', { body_text: 'Sorry Sam, I have asked SF Express to trace it and will update you by 5 pm today.' })`)).toBe('done');
    await context.close();
  });

  it('the tone guard on Send: "Send anyway" lets the reply go, and the same text is not asked about again', async () => {
    const { page, app, calls, context } = await harness.open('send-anyway', late({ confirm: 'Send anyway' }));
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    const bad = JSON.stringify({ body: "<p>Calm down. This is normal, it is the courier's fault.</p>" });
    expect(await page.evaluate(`window.__emit('ticket.sendReply', ${bad})`)).toBe('done');
    await frame.waitForSelector('[data-testid="guard-outcome"][data-outcome="sent_anyway"]');
    expect(await page.evaluate(`window.__emit('ticket.sendReply', ${bad})`)).toBe('done');
    expect((await calls()).filter((c) => c.kind === 'trigger' && c.args[0] === 'showConfirm')).toHaveLength(1);
    await context.close();
  });

  it('the order template answers 429 (Retry-After) then 200: the order still shows', async () => {
    const { app, calls, context } = await harness.open('throttled', late({ orderResponses: [{ status: 429, body: shopify('throttled.json'), headers: { 'Retry-After': '1' } }, ok(lateOrder())] }));
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]', { timeout: 15_000 });
    expect(count(await calls(), 'invokeTemplate')).toBe(2);
    await context.close();
  });

  it('the order template answers 401: a banner for the admin, the triage from the text still shows', async () => {
    const { app, calls, context } = await harness.open('unauthorized', late({ orderResponses: [{ status: 401, body: shopify('unauthorized.json') }] }));
    const frame = app();
    await frame.waitForSelector('[data-testid="order-note"][data-tone="danger"]');
    expect(await frame.textContent('[data-testid="order-note"]')).toContain('Shopify token rejected: ask your admin to re-enter it in the app settings');
    expect(await frame.getAttribute('[data-testid="category"]', 'data-value')).toBe('logistics_delay');
    expect(count(await calls(), 'invokeTemplate')).toBe(1);
    await context.close();
  });

  it('a malformed policy iparam: a banner naming the field, the default policy used', async () => {
    const { app, context } = await harness.open('policy', crisis({ iparams: { ...iparams, policy_json: '{"tiers": {"severe": {"categories": ["lost"]}}}' } }));
    const frame = app();
    await frame.waitForSelector('[data-testid="setting-problem"]');
    await frame.waitForSelector('[data-testid="tier"]');
    const banner = await frame.textContent('[data-testid="setting-problem"]');
    expect(banner).toContain('policy_json');
    expect(banner).toContain('tiers.severe.categories[0]');
    expect(await frame.getAttribute('[data-testid="tier"]', 'data-value')).toBe('crisis');
    await context.close();
  });

  it('ticket text with <img src=x onerror=…>: nothing executes, it shows as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const ticket = { ...xssTicket, subject: `${payload} refund`, description_text: `<script>window.__pwned=2</script> ${payload} I want a refund for #1042` };
    const { page, app, calls, context } = await harness.open('xss', late({ orderResponses: [ok(shopify('orders-empty.json'))] }, ticket));
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    const frame = app();
    await frame.waitForSelector('[data-testid="tier"]');
    await frame.waitForSelector('[data-testid="order-note"]');
    const kind = await frame.locator('[data-testid="replies"] .reply').first().getAttribute('data-kind');
    await frame.click(`[data-testid="insert-${kind}"]`);
    expect(await frame.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await frame.locator('img').count()).toBe(0);
    expect(await frame.locator('script:not([src])').count()).toBe(0);
    expect(await frame.textContent('[data-testid="customer-text"]')).toContain(payload);
    // Drafts go to the editor escaped: markup from the ticket cannot become live HTML there either.
    const inserted = (await calls()).filter((c) => c.kind === 'trigger' && c.args[1]?.id === 'editor');
    for (const c of inserted) expect(c.args[1].text).not.toMatch(/<img|<script/i);
    await context.close();
  });

  it('Freshdesk gives no ticket: an error that says what to do, and Try again reads it again', async () => {
    const { app, calls, context } = await harness.open('no-ticket', crisis({ failing: ['ticket'] }));
    const frame = app();
    await frame.waitForSelector('[data-testid="error"]');
    expect(await frame.textContent('[data-testid="error"]')).toMatch(/無法讀取這張工單（Freshdesk 沒有向此應用程式提供工單）。請重新載入/);
    expect(count(await calls(), 'invokeTemplate')).toBe(0);
    await frame.click('[data-testid="retry"]');
    await frame.waitForFunction(`document.querySelectorAll('[data-testid="error"]').length === 1`);
    expect(count(await calls(), 'data', 'ticket')).toBe(2);
    await context.close();
  });

  it('a ticket without customer text: says it will triage when the customer writes, and asks Shopify nothing', async () => {
    const empty = { ...lateTicket, subject: '', description: '', description_text: '', conversations: [], custom_fields: {} };
    const { app, calls, context } = await harness.open('empty', late({}, empty));
    const frame = app();
    await frame.waitForSelector('[data-testid="empty"]');
    expect(await frame.textContent('[data-testid="empty"]')).toContain('as soon as the customer writes');
    expect(count(await calls(), 'invokeTemplate')).toBe(0);
    await context.close();
  });

  it('markup and template syntax in the contact, subject and order (titles, carrier, tracking, link): inert text everywhere', async () => {
    const order = JSON.parse(lateOrder());
    const node = order.data.orders.nodes[0];
    node.lineItems.nodes[0].title = '<img src=x onerror="window.__pwned=8">{{7*191}}';
    node.fulfillments[0].trackingInfo = [{ company: '${7*191}<script>window.__pwned=9</script>', number: '<%= 7*191 %>', url: 'javascript:window.__pwned=10' }];
    const ticket = { ...lateTicket, subject: 'Where is my parcel? {{setting.token}} <%= iparam.shopify_access_token %> ${window.__pwned=6}', description_text: `${lateTicket.description_text} <a href="javascript:window.__pwned=5">click</a>` };
    const scenario = late({ orderResponses: [ok(JSON.stringify(order))] }, ticket);
    scenario.payloads.contact = { ...contactEn, name: '{{7*191}}<b onclick=x>Sam</b>' };
    const { page, app, calls, context } = await harness.open('injection', scenario);
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    expect(await frame.textContent('[data-testid="order-card"]')).toContain('<img src=x onerror="window.__pwned=8">{{7*191}}');
    expect(await frame.textContent('[data-testid="order-card"]')).toContain('<%= 7*191 %>');
    const kind = await frame.locator('[data-testid="replies"] .reply').first().getAttribute('data-kind');
    await frame.click(`[data-testid="insert-${kind}"]`);
    await frame.waitForFunction(`document.querySelector('[data-testid="replies"]')?.textContent?.includes('✓')`);
    expect(await frame.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await frame.locator('img, b[onclick], script:not([src])').count()).toBe(0);
    const hrefs = (await frame.evaluate(`[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))`)) as string[];
    expect(hrefs.filter((h) => !h.startsWith('https://'))).toEqual([]);
    const inserted = (await calls()).filter((c) => c.kind === 'trigger' && c.args[1]?.id === 'editor');
    expect(inserted).toHaveLength(1);
    // The editor takes HTML: the name arrives escaped, so it shows as typed and runs nothing.
    expect(inserted[0]!.args[1].text).toContain('{{7*191}}&lt;b onclick=x&gt;Sam&lt;/b&gt;');
    expect(inserted[0]!.args[1].text).not.toMatch(/1337|<b[\s>]|<img|<script/);
    await context.close();
  });
});

// apps/shared/matcherCache.ts, as the Freshdesk sidebar uses it (test/zendesk/browser.test.ts tests the cache itself).
describe.skipIf(!haveChromium)('Freshdesk sidebar: the compiled lexicons kept between opens', () => {
  it('a reopened ticket is triaged with the tables the first open stored, not compiled again', async () => {
    const context = await harness.storageContext();
    try {
      const first = await harness.open('kept-1', late(), { in: context });
      await first.app().waitForSelector('[data-testid="summary"]');
      expect(await first.app().getAttribute('[data-testid="category"]', 'data-value')).toBe('logistics_delay');
      await storeCounterfeitTables(first.app(), await storedKey(first.app()));
      await first.page.close();
      const second = await harness.open('kept-2', late(), { in: context });
      await second.app().waitForSelector('[data-testid="summary"]');
      expect(await second.app().getAttribute('[data-testid="category"]', 'data-value')).toBe('counterfeit');
    } finally {
      await context.close();
    }
  });
});
