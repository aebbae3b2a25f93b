// Real-browser tests: the built Zendesk app in an iframe of a test host that speaks ZAF's postMessage
// protocol, in Debian's Chromium. Host payloads come from adapters/zendesk/fixtures.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crisisOrder, crisisTicket, routineOrder, routineTicket, xssTicket } from '../../adapters/zendesk/fixtures/payloads.ts';
import { resolvePolicy } from '../../core/policy.ts';
import { CHROMIUM, startHarness, type Harness, type Scenario } from './harness.ts';
import { eventually, storeCounterfeitTables, storedKey, withStore } from '../matcherStore.ts';

interface Call {
  kind: 'get' | 'set' | 'invoke' | 'request';
  args: any[];
}

const settings = { shop_domain: 'acme.myshopify.com', tier_field_id: '360001', category_field_id: '360002', add_internal_note: false };
const fields = { 'ticket.customField:custom_field_360001': null, 'ticket.customField:custom_field_360002': null };
const ok = (body: string) => ({ status: 200, body, headers: { 'content-type': 'application/json' } });

let harness: Harness;
// Skipped on a developer machine without Chromium; on CI (.ci/run installs it) a missing browser fails.
const haveChromium = existsSync(CHROMIUM) || !!process.env.CI;

beforeAll(async () => {
  if (haveChromium) harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

async function open(name: string, scenario: Scenario) {
  const opened = await harness.open(name, scenario);
  const app = opened.app;
  const calls = async (): Promise<Call[]> => (await opened.page.evaluate('window.__calls')) as Call[];
  return { ...opened, calls };
}

describe.skipIf(!haveChromium)('Zendesk sidebar in Chromium', () => {
  it('a crisis complaint in Traditional Chinese: tier, risks, highlighted words, clocks, order; one get + one order request', async () => {
    const { app, calls, context } = await open('crisis', { ticket: { ...crisisTicket, ...fields }, settings, orderResponses: [ok(crisisOrder)] });
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    expect(await frame.getAttribute('[data-testid="tier"]', 'data-value')).toBe('crisis');
    expect(await frame.textContent('[data-testid="tier"]')).toBe('危機');
    expect(await frame.textContent('[data-testid="priority"]')).toBe('特急');
    expect(await frame.textContent('[data-testid="risks"]')).toMatch(/人身安全|媒體曝光|法律/);
    expect(await frame.locator('[data-testid="customer-text"] mark').count()).toBeGreaterThan(0);
    expect(await frame.textContent('[data-testid="clocks"]')).toMatch(/首次回應.*剩餘/);
    expect(await frame.textContent('[data-testid="order-card"]')).toContain('陶瓷電暖器');
    expect(await frame.textContent('[data-testid="order"]')).toContain('#1001');
    expect(await frame.textContent('[data-testid="remedies"]')).toMatch(/在你的權限內|需核准/);
    expect(await frame.textContent('[data-testid="apply"]')).toBe('套用到工單');
    const made = await calls();
    expect(made.filter((c) => c.kind === 'get')).toHaveLength(1);
    expect(made.filter((c) => c.kind === 'request')).toHaveLength(1);
    expect(made.filter((c) => c.kind === 'set' || c.kind === 'invoke')).toHaveLength(0);
    const request = made.find((c) => c.kind === 'request')!.args[0];
    expect(request).toMatchObject({ secure: true, cors: false, type: 'POST', headers: { 'X-Shopify-Access-Token': '{{setting.shopify_token}}' } });
    expect(request.url).toMatch(/^https:\/\/acme\.myshopify\.com\/admin\/api\//);
    console.log(`host calls on open (crisis): ${made.filter((c) => c.kind === 'get').length} get, ${made.filter((c) => c.kind === 'request').length} order request`);
    await context.close();
  });

  it('a routine English complaint with a late shipment', async () => {
    const { app, calls, context } = await open('routine', { ticket: { ...routineTicket, ...fields }, settings, orderResponses: [ok(routineOrder)] });
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    expect(await frame.getAttribute('[data-testid="tier"]', 'data-value')).toBe('routine');
    expect(await frame.getAttribute('[data-testid="category"]', 'data-value')).toBe('logistics_delay');
    const card = await frame.textContent('[data-testid="order-card"]');
    expect(card).toContain('UPS');
    expect(card).toContain('(late)');
    expect(card).toContain('$89.90');
    expect(await frame.getAttribute('[data-testid="order-card"] a', 'href')).toBe('https://www.ups.com/track?tracknum=1Z999AA10123456784');
    expect(await frame.textContent('[data-testid="apply"]')).toBe('Apply to ticket');
    const made = await calls();
    expect(made.filter((c) => c.kind === 'get')).toHaveLength(1);
    expect(made.filter((c) => c.kind === 'request')).toHaveLength(1);
    await context.close();
  });

  it('Apply twice: the host receives one priority set and one tag add', async () => {
    const { app, calls, context } = await open('apply', { ticket: { ...crisisTicket, ...fields }, settings, orderResponses: [ok(crisisOrder)] });
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    await frame.click('[data-testid="apply"]');
    await frame.waitForSelector('[data-testid="apply-result"]');
    await frame.click('[data-testid="apply"]');
    await frame.waitForFunction(`/已套用過/.test(document.querySelector('[data-testid="apply-result"]')?.textContent ?? '')`);
    const made = await calls();
    const sets = made.filter((c) => c.kind === 'set');
    const tagAdds = made.filter((c) => c.kind === 'invoke' && c.args[0] === 'ticket.tags.add');
    expect(sets).toHaveLength(1);
    expect(sets[0]!.args[0]).toMatchObject({ 'ticket.priority': 'urgent', 'ticket.customField:custom_field_360001': 'cd_tier_crisis' });
    expect(tagAdds).toHaveLength(1);
    expect(tagAdds[0]!.args[1]).toEqual(expect.arrayContaining(['cd_tier_crisis', 'cd_risk_safety_hazard']));
    await context.close();
  });

  it('Apply asks before replacing a priority an agent set', async () => {
    const { app, calls, context } = await open('manual', { ticket: { ...routineTicket, ...fields, 'ticket.priority': 'urgent' }, settings, orderResponses: [ok(routineOrder)] });
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    await frame.click('[data-testid="apply"]');
    await frame.waitForSelector('[data-testid="confirm-priority"]');
    expect((await calls()).some((c) => c.kind === 'set' && 'ticket.priority' in c.args[0])).toBe(false);
    await frame.click('[data-testid="replace-priority"]');
    await frame.waitForSelector('[data-testid="apply-result"]');
    const prioritySets = (await calls()).filter((c) => c.kind === 'set' && 'ticket.priority' in c.args[0]);
    expect(prioritySets).toHaveLength(1);
    await context.close();
  });

  it('insert a reply: the host receives the filled text', async () => {
    const { app, calls, context } = await open('insert', { ticket: { ...routineTicket, ...fields }, settings, orderResponses: [ok(routineOrder)] });
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    const first = frame.locator('[data-testid="replies"] .reply').first();
    const kind = await first.getAttribute('data-kind');
    await frame.click(`[data-testid="insert-${kind}"]`);
    await frame.waitForFunction(`document.querySelector('[data-testid="replies"]')?.textContent?.includes('✓')`);
    const appended = (await calls()).filter((c) => c.kind === 'invoke' && c.args[0] === 'ticket.comment.appendText');
    expect(appended).toHaveLength(1);
    const text: string = appended[0]!.args[1];
    expect(text.length).toBeGreaterThan(40);
    expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(text).toMatch(/Sam/);
    await context.close();
  });

  it('the tone guard checks what the agent types', async () => {
    const { page, app, context } = await open('tone', { ticket: { ...routineTicket, ...fields }, settings, orderResponses: [ok(routineOrder)] });
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    await page.evaluate(`window.__emit('comment.text.changed', '<p>Calm down. This is normal, it is the courier\\'s fault.</p>')`);
    await frame.waitForSelector('[data-testid="tone-guard"] .finding');
    expect(await frame.locator('[data-testid="tone-guard"] .finding').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('re-triages when a comment arrives, without asking Shopify again or touching the composer', async () => {
    const { page, app, calls, context } = await open('retriage', { ticket: { ...routineTicket, ...fields }, settings, orderResponses: [ok(routineOrder)] });
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]');
    expect(await frame.getAttribute('[data-testid="tier"]', 'data-value')).toBe('routine');
    await page.evaluate(`(() => {
      const s = window.__state;
      s['ticket.comment.text'] = 'Draft the agent is typing';
      s['ticket.comments'] = [{ id: 7013, value: '<p>This is a fire hazard, the charger melted and burned my hand. I will report you to the regulator and talk to the press.</p>', author: s['ticket.requester'], createdAt: '2026-11-20T10:05:00Z' }, ...s['ticket.comments']];
      window.__emit('ticket.comments.changed', s['ticket.comments']);
    })()`);
    await frame.waitForSelector('[data-testid="tier"][data-value="crisis"]', { timeout: 10_000 });
    const made = await calls();
    expect(made.filter((c) => c.kind === 'get')).toHaveLength(2);
    expect(made.filter((c) => c.kind === 'request')).toHaveLength(1);
    expect(made.filter((c) => c.kind === 'set' || c.kind === 'invoke')).toHaveLength(0);
    expect(await page.evaluate(`window.__state['ticket.comment.text']`)).toBe('Draft the agent is typing');
    await context.close();
  });

  it('says what to do when there is nothing to triage yet, and when no shop is connected', async () => {
    const empty = await open('empty', { ticket: { errors: {}, 'ticket.id': null, 'ticket.subject': '', 'ticket.description': '', 'ticket.comments': [], 'currentUser.locale': 'zh-cn' }, settings: {}, orderResponses: [] });
    await empty.app().waitForSelector('[data-testid="empty"]');
    expect(await empty.app().textContent('[data-testid="empty"]')).toContain('客户留言后');
    await empty.context.close();
    const noShop = await open('noshop', { ticket: { ...routineTicket }, settings: {}, orderResponses: [] });
    await noShop.app().waitForSelector('[data-testid="order-note"]');
    expect(await noShop.app().textContent('[data-testid="order-note"]')).toContain('Ask your admin to enter the shop domain');
    expect((await noShop.calls()).filter((c) => c.kind === 'request')).toHaveLength(0);
    await noShop.context.close();
  });

  it('the order API answers 429 (Retry-After) then 200: the order still shows', async () => {
    const { app, calls, context } = await open('throttled', {
      ticket: { ...routineTicket, ...fields },
      settings,
      orderResponses: [{ status: 429, body: '{"errors":"Exceeded 2 calls per second for api client."}', headers: { 'retry-after': '1' } }, ok(routineOrder)],
    });
    const frame = app();
    await frame.waitForSelector('[data-testid="order-card"]', { timeout: 15_000 });
    expect((await calls()).filter((c) => c.kind === 'request')).toHaveLength(2);
    await context.close();
  });

  it('the order API answers 401: a banner for the admin, the triage from the text still shows', async () => {
    const { app, calls, context } = await open('unauthorized', { ticket: { ...routineTicket, ...fields }, settings, orderResponses: [{ status: 401, body: '{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}' }] });
    const frame = app();
    await frame.waitForSelector('[data-testid="order-note"][data-tone="danger"]');
    expect(await frame.textContent('[data-testid="order-note"]')).toContain('Shopify token rejected: ask your admin to re-enter it in the app settings');
    expect(await frame.getAttribute('[data-testid="tier"]', 'data-value')).toBe('routine');
    expect((await calls()).filter((c) => c.kind === 'request')).toHaveLength(1);
    await context.close();
  });

  it('a malformed policy setting: a banner naming the field, the default policy used', async () => {
    const { app, context } = await open('policy', { ticket: { ...crisisTicket, ...fields }, settings: { ...settings, policy_json: '{"tiers": {"severe": {"categories": ["lost"]}}}' }, orderResponses: [ok(crisisOrder)] });
    const frame = app();
    await frame.waitForSelector('[data-testid="setting-problem"]');
    const banner = await frame.textContent('[data-testid="setting-problem"]');
    expect(banner).toContain('policy_json');
    expect(banner).toContain('tiers.severe.categories[0]');
    expect(await frame.getAttribute('[data-testid="tier"]', 'data-value')).toBe('crisis');
    await context.close();
  });

  it('ticket text with <img src=x onerror=…>: nothing executes, it shows as text', async () => {
    const { page, app, context } = await open('xss', { ticket: { ...xssTicket, ...fields }, settings, orderResponses: [{ status: 200, body: '{"data":{"orders":{"nodes":[]}}}' }] });
    const frame = app();
    await frame.waitForSelector('[data-testid="tier"]');
    await frame.waitForSelector('[data-testid="order-note"]');
    expect(await frame.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await frame.locator('img').count()).toBe(0);
    expect(await frame.locator('script:not([src])').count()).toBe(0);
    expect(await frame.textContent('[data-testid="customer-text"]')).toContain('<img src=x onerror="window.__pwned=1">');
    await context.close();
  });

  it('markup and template syntax in the requester, subject and order (titles, carrier, tracking, link): inert text everywhere', async () => {
    const answer = JSON.parse(routineOrder);
    const node = answer.data.orders.nodes[0];
    node.lineItems.nodes[0].title = '<img src=x onerror="window.__pwned=8">{{7*191}}';
    node.fulfillments[0].trackingInfo = [{ company: '${7*191}<script>window.__pwned=9</script>', number: '<%= 7*191 %>', url: 'javascript:window.__pwned=10' }];
    const ticket = {
      ...routineTicket,
      ...fields,
      'ticket.subject': 'Where is my order? {{setting.shopify_token}} <%= iparam.x %> ${window.__pwned=6}',
      'ticket.description': `${routineTicket['ticket.description']} <a href="javascript:window.__pwned=5">click</a>`,
      'ticket.requester': { ...(routineTicket['ticket.requester'] as object), name: '{{7*191}}<b onclick=x>Sam</b>' },
    };
    const { page, app, calls, context } = await open('injection', { ticket, settings, orderResponses: [ok(JSON.stringify(answer))] });
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
    const appended = (await calls()).filter((c) => c.kind === 'invoke' && c.args[0] === 'ticket.comment.appendText');
    expect(appended).toHaveLength(1);
    expect(appended[0]!.args[1]).toContain('{{7*191}}<b onclick=x>Sam</b>');
    expect(appended[0]!.args[1]).not.toMatch(/1337/);
    await context.close();
  });
});

// apps/shared/matcherCache.ts: the lexicons' compiled tables kept in IndexedDB between opens.
describe.skipIf(!haveChromium)('Zendesk sidebar: the compiled lexicons kept between opens', () => {
  const scenario = { ticket: { ...crisisTicket, ...fields }, settings, orderResponses: [ok(crisisOrder)] };

  it('a reopened ticket is triaged with the tables the first open stored, not compiled again', async () => {
    const context = await harness.storageContext();
    try {
      const first = await harness.open('kept-1', scenario, { in: context });
      await first.app().waitForSelector('[data-testid="summary"]');
      expect(await first.app().getAttribute('[data-testid="category"]', 'data-value')).toBe('safety_health');
      const key = await storedKey(first.app());
      expect(key).toMatch(/^[0-9a-f]{16}\|default$/);
      await storeCounterfeitTables(first.app(), key);
      await first.page.close();
      const second = await harness.open('kept-2', scenario, { in: context });
      await second.app().waitForSelector('[data-testid="summary"]');
      expect(await second.app().getAttribute('[data-testid="category"]', 'data-value')).toBe('counterfeit');
    } finally {
      await context.close();
    }
  });

  it('a damaged entry is ignored: the triage compiles, and the entry is written again whole', async () => {
    const context = await harness.storageContext();
    try {
      const first = await harness.open('damaged-1', scenario, { in: context });
      const key = await storedKey(first.app());
      await first.app().evaluate(withStore(`(run) => run('readwrite', (s) => s.put({ sources: 'cut short' }, ${JSON.stringify(key)}))`));
      await first.page.close();
      const second = await harness.open('damaged-2', scenario, { in: context });
      await second.app().waitForSelector('[data-testid="summary"]');
      expect(await second.app().getAttribute('[data-testid="category"]', 'data-value')).toBe('safety_health');
      await eventually(second.app(), withStore(`async (run) => ((await run('readonly', (s) => s.get(${JSON.stringify(key)})))?.sourceEnds instanceof Int32Array) || undefined`));
    } finally {
      await context.close();
    }
  });

  it("a shop's own lexicons are kept under a hash of their content, so a changed policy never reads old tables", async () => {
    const policy = { lexicons: { en: { categories: { counterfeit: { 'knock-off': 3 } } } } };
    const context = await harness.storageContext();
    try {
      const first = await harness.open('kept-policy', { ...scenario, settings: { ...settings, policy_json: JSON.stringify(policy) } }, { in: context });
      const digest = createHash('sha256').update(JSON.stringify(resolvePolicy(policy).lexicons)).digest('hex');
      expect(await storedKey(first.app())).toMatch(new RegExp(`^[0-9a-f]{16}\\|${digest}$`));
    } finally {
      await context.close();
    }
  });

  it('where the browser keeps no storage for the frame (third-party storage blocked), the sidebar still triages', async () => {
    const { app, context } = await open('no-storage', scenario);
    await app().waitForSelector('[data-testid="summary"]');
    expect(await app().getAttribute('[data-testid="category"]', 'data-value')).toBe('safety_health');
    expect(await app().evaluate(`new Promise((ok) => { const o = indexedDB.open('complaint-desk'); o.onerror = () => ok('denied'); o.onsuccess = () => ok('open'); })`)).toBe('denied');
    await context.close();
  });
});
