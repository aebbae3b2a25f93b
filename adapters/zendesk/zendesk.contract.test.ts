import { describe, expect, it } from 'vitest';
import { ZendeskDesk } from './desk.ts';
import { crisisOrder, crisisTicket, NOW, routineOrder, routineTicket, xssTicket } from './fixtures/payloads.ts';
import { fakeClient } from './fakeClient.ts';
import { htmlToText } from './html.ts';
import { chooseOrderLookup, lookupFromField, orderNumberInText } from './orderNumber.ts';
import { PARAMS, parseSettings } from './settings.ts';
import { shopifyRequestOptions, TOKEN_PLACEHOLDER } from './shopifyProxy.ts';
import { mapTicket, ticketPaths, uiLanguageOf } from './ticketData.ts';
import { planApply, tagsFor } from './apply.ts';

const settings = { shop_domain: 'acme-tw.myshopify.com', order_number_field_id: '', tier_field_id: '360001', category_field_id: '360002' };
const instant = { sleep: async () => {} };
const ok = (body: string) => async () => ({ status: 200, responseText: body, headers: { 'content-type': 'application/json' } });

describe('ticket data from one batched get', () => {
  it('asks for everything in one get, with the mapped fields', () => {
    const paths = ticketPaths(parseSettings(settings));
    expect(paths).toContain('ticket.comments');
    expect(paths).toContain('ticket.customField:custom_field_360001');
    expect(paths).toContain('currentUser.locale');
  });

  it('maps a real-shaped payload: comments oldest first, HTML stripped, roles, time zone', () => {
    const s = mapTicket(routineTicket, parseSettings(settings));
    const t = s.context.ticket;
    expect(t.id).toBe('1202');
    expect(t.body).toContain('my order #1002');
    expect(t.messages.map((m) => m.author)).toEqual(['agent', 'customer']);
    expect(t.messages[0]!.body).toBe("Hi Sam, sorry about the wait — I'm checking with the carrier.");
    expect(t.messages[1]!.at).toBe('2026-11-20T09:30:00.000Z');
    expect(t.requester?.timeZone).toBe('America/New_York');
    expect(t.channel).toBe('web');
    expect(s.agent.locale).toBe('en-US');
    expect(s.missing).toEqual(['ticket.customField:custom_field_360001', 'ticket.customField:custom_field_360002']);
  });

  it('survives fields Zendesk leaves out or reports as errors', () => {
    const s = mapTicket({ errors: { 'ticket.requester': { message: 'nope' } }, 'ticket.id': 5, 'ticket.description': 'It broke', 'ticket.comments': 'garbage' }, parseSettings({}));
    expect(s.context.ticket.body).toBe('It broke');
    expect(s.context.ticket.requester).toBeUndefined();
    expect(s.missing).toContain('ticket.requester');
    expect(s.missing).toContain('ticket.comments');
  });

  it('reads a new ticket (no id, no description) from its comments', () => {
    const s = mapTicket({ errors: {}, 'ticket.id': null, 'ticket.comments': [{ value: '<p>hello &amp; bye</p>', author: { id: 1, role: 'end-user' } }] }, parseSettings({}));
    expect(s.context.ticket.id).toBe('new');
    expect(s.context.ticket.body).toBe('hello & bye');
  });

  it('maps "hold" to on_hold and reads Zendesk\'s older date strings', () => {
    const s = mapTicket({ ...routineTicket, 'ticket.status': 'hold', 'ticket.createdAt': 'Tue Nov 01 2016 00:43:37 GMT+0100 (CET)' }, parseSettings({}));
    expect(s.context.ticket.status).toBe('on_hold');
    expect(s.context.ticket.createdAt).toBe('2016-10-31T23:43:37.000Z');
  });

  it('gives up on a host that never answers, with a message', async () => {
    const client = fakeClient(routineTicket);
    client.get = () => new Promise(() => {});
    await expect(new ZendeskDesk(client).loadTicket(20)).rejects.toThrow(/did not send the ticket/);
  });

  it('follows the agent locale', () => {
    expect(uiLanguageOf('zh-cn')).toBe('zh-Hans');
    expect(uiLanguageOf('zh-CN')).toBe('zh-Hans');
    expect(uiLanguageOf('zh-tw')).toBe('zh-Hant');
    expect(uiLanguageOf('zh-hk')).toBe('zh-Hant');
    expect(uiLanguageOf('en-GB')).toBe('en');
    expect(uiLanguageOf(undefined)).toBe('en');
  });

  it('keeps markup as inert text', () => {
    const s = mapTicket(xssTicket, parseSettings({}));
    expect(s.context.ticket.body).toContain('<img src=x onerror=');
    expect(htmlToText('<p>a &lt;b&gt; <script>x()</script>c</p>')).toBe('a <b> c');
  });
});

describe('order number', () => {
  it.each([
    ['my order #1001 is late', '#1001'],
    ['订单号 1001 还没到', '#1001'],
    ['訂單編號1001', '#1001'],
    ['訂單號碼：１００１', '#1001'],
    ['Order 1001 never came', '#1001'],
    ['order number: 1001', '#1001'],
    ['order no. 1001', '#1001'],
    ['call me at 555-1001', undefined],
    ['abc#1001', undefined],
  ])('%s → %s', (text, expected) => expect(orderNumberInText(text)).toBe(expected));

  it('prefers the mapped field, then the text, then the e-mail', () => {
    expect(chooseOrderLookup({ fieldValue: '1005', texts: ['#1001'], email: 'a@b.c', emailLookup: true })?.lookup).toEqual({ by: 'name', value: '#1005' });
    expect(chooseOrderLookup({ texts: ['#1001'], email: 'a@b.c', emailLookup: true })?.source).toBe('text');
    expect(chooseOrderLookup({ texts: ['hello'], email: 'a@b.c', emailLookup: true })?.lookup).toEqual({ by: 'email', value: 'a@b.c' });
    expect(chooseOrderLookup({ texts: ['hello'], email: 'a@b.c', emailLookup: false })).toBeUndefined();
    expect(lookupFromField('5501234567890')).toEqual({ by: 'id', value: '5501234567890' });
  });
});

describe('settings', () => {
  it('names the policy field when the JSON is malformed, and keeps the default policy', () => {
    const s = parseSettings({ policy_json: '{"tiers": ' });
    expect(s.problems[0]?.setting).toBe('policy_json');
    expect(s.problems[0]?.message).toMatch(/not valid JSON/);
  });
  it('names the bad path of a policy that parses but is wrong', () => {
    const s = parseSettings({ policy_json: '{"tiers":{"severe":{"categories":["lost"]}}}' });
    expect(s.problems.map((p) => p.message).join()).toMatch(/tiers\.severe\.categories\[0\]/);
  });
  it('reads shop domains and field ids', () => {
    const s = parseSettings({ shop_domain: 'https://Acme.myshopify.com/', tier_field_id: 'custom_field_42', category_field_id: 'abc' });
    expect(s.shopDomain).toBe('acme.myshopify.com');
    expect(s.tierFieldId).toBe('42');
    expect(s.problems.map((p) => p.setting)).toEqual(['category_field_id']);
    expect(parseSettings({ shop_domain: 'evil.example.com' }).shopDomain).toBeUndefined();
  });
});

describe('Shopify through the secure proxy', () => {
  it('sends the token as a placeholder in a header, secure and never cors', () => {
    const o = shopifyRequestOptions('acme.myshopify.com', '{}');
    expect(o.secure).toBe(true);
    expect(o.cors).toBe(false);
    expect(o.headers).toEqual({ 'X-Shopify-Access-Token': TOKEN_PLACEHOLDER });
    expect(TOKEN_PLACEHOLDER).toBe(`{{setting.${PARAMS.shopifyToken}}}`);
    expect(o.url).toMatch(/^https:\/\/acme\.myshopify\.com\/admin\/api\/\d{4}-\d{2}\/graphql\.json$/);
    expect(Object.keys(o.headers!).every((h) => !h.includes('_'))).toBe(true);
  });

  it('finds the order named in the text with one request', async () => {
    const client = fakeClient(crisisTicket, { settings, request: ok(crisisOrder) });
    const desk = new ZendeskDesk(client, instant);
    const order = await desk.loadOrder(await desk.loadTicket());
    expect(order.status).toBe('found');
    expect(client.calls.filter((c) => c.kind === 'get')).toHaveLength(1);
    expect(client.calls.filter((c) => c.kind === 'request')).toHaveLength(1);
    const sent = JSON.parse((client.calls[1]!.args[0] as { data: string }).data);
    expect(sent.variables.query).toBe('name:"#1001"');
  });

  it('429 with Retry-After, then 200', async () => {
    const waits: number[] = [];
    const client = fakeClient(routineTicket, {
      settings,
      request: async (o, n) => {
        if (n === 0) throw { status: 429, responseText: '{"errors":"Throttled"}', headers: { 'Retry-After': '2' } };
        return { status: 200, responseText: routineOrder, headers: {} };
      },
    });
    const desk = new ZendeskDesk(client, { sleep: async (ms) => void waits.push(ms) });
    const order = await desk.loadOrder(await desk.loadTicket());
    expect(order.status).toBe('found');
    expect(waits).toEqual([2000]);
  });

  it('401 is reported, not retried', async () => {
    const client = fakeClient(routineTicket, { settings, request: async () => Promise.reject({ status: 401, responseText: '{"errors":"[API] Invalid API key or access token"}' }) });
    const desk = new ZendeskDesk(client, instant);
    const order = await desk.loadOrder(await desk.loadTicket());
    expect(order.status === 'failed' && order.result.reason).toBe('unauthorized');
    expect(client.calls.filter((c) => c.kind === 'request')).toHaveLength(1);
  });

  it('5xx and timeouts: bounded retry with backoff, then a failure', async () => {
    const waits: number[] = [];
    const client = fakeClient(routineTicket, { settings, request: async (o, n) => Promise.reject(n % 2 ? { status: 502, responseText: 'Bad gateway' } : { status: 0, statusText: 'timeout' }) });
    const desk = new ZendeskDesk(client, { sleep: async (ms) => void waits.push(ms) });
    const order = await desk.loadOrder(await desk.loadTicket());
    expect(order.status === 'failed' && order.result.reason).toBe('unavailable');
    expect(client.calls.filter((c) => c.kind === 'request')).toHaveLength(3);
    expect(waits).toEqual([500, 1000]);
  });

  it('no shop configured: no request at all', async () => {
    const client = fakeClient(routineTicket, { settings: {} });
    const desk = new ZendeskDesk(client, instant);
    expect(await desk.loadOrder(await desk.loadTicket())).toEqual({ status: 'none', why: 'no_shop' });
    expect(client.calls.filter((c) => c.kind === 'request')).toHaveLength(0);
  });
});

describe('apply', () => {
  const now = new Date(NOW);

  it('is idempotent: the second apply writes nothing', async () => {
    const client = fakeClient({ ...crisisTicket, 'ticket.customField:custom_field_360001': null, 'ticket.customField:custom_field_360002': null }, { settings, request: ok(crisisOrder) });
    const desk = new ZendeskDesk(client, instant);
    const snap = await desk.loadTicket();
    const t = desk.triage(snap, await desk.loadOrder(snap), now);
    expect(t.tier).toBe('crisis');
    const first = await desk.apply(t);
    const second = await desk.apply(t);
    expect(first.status).toBe('applied');
    expect(second.status).toBe('unchanged');
    const sets = client.calls.filter((c) => c.kind === 'set');
    const adds = client.calls.filter((c) => c.kind === 'invoke' && c.args[0] === 'ticket.tags.add');
    expect(sets).toHaveLength(1);
    expect(sets[0]!.args[0]).toEqual({
      'ticket.priority': 'urgent',
      'ticket.customField:custom_field_360001': 'cd_tier_crisis',
      'ticket.customField:custom_field_360002': `cd_cat_${t.category}`,
    });
    expect(adds).toHaveLength(1);
    expect(adds[0]!.args[1]).toEqual(tagsFor(t));
  });

  it('asks before replacing a priority the agent set', () => {
    const triage = { tier: 'routine' as const, category: 'logistics_delay' as const, risks: [], priority: 'normal' as const };
    const plan = planApply(triage, { priority: 'high', tags: [], fields: {} }, { addInternalNote: false });
    expect(plan.setPriority).toBeUndefined();
    expect(plan.priorityNeedsConfirm).toEqual({ current: 'high', proposed: 'normal' });
    expect(planApply(triage, { priority: 'high', tags: [], fields: {} }, { addInternalNote: false }, { confirmPriority: true }).setPriority).toBe('normal');
    // A priority we set ourselves (our tier tag is there) may follow a new triage.
    expect(planApply(triage, { priority: 'high', tags: ['cd_tier_severe'], fields: {} }, { addInternalNote: false }).setPriority).toBe('normal');
  });

  it('adds the internal note once, through the API, never through the composer', async () => {
    const client = fakeClient(routineTicket, { settings: { ...settings, add_internal_note: true }, request: async (o) => {
      if (o.url.startsWith('/api/v2/tickets/')) {
        const note = JSON.parse(o.data!).ticket.comment;
        client.state['ticket.comments'] = [{ id: 9, value: `<p>${note.body.replace(/\n/g, '<br>')}</p>`, author: { id: 900001, role: 'agent' } }, ...(client.state['ticket.comments'] as unknown[])];
        return {};
      }
      return { status: 200, responseText: routineOrder };
    } });
    const desk = new ZendeskDesk(client, instant);
    const snap = await desk.loadTicket();
    const t = desk.triage(snap, await desk.loadOrder(snap), now);
    await desk.apply(t);
    await desk.apply(t);
    const notes = client.calls.filter((c) => c.kind === 'request' && (c.args[0] as { url: string }).url.startsWith('/api/'));
    expect(notes).toHaveLength(1);
    expect(JSON.parse((notes[0]!.args[0] as { data: string }).data).ticket.comment.public).toBe(false);
    expect(client.calls.some((c) => c.kind === 'set' && JSON.stringify(c.args).includes('ticket.comment.type'))).toBe(false);
  });

  it('inserts a reply with appendText and re-triages on ticket events', async () => {
    const client = fakeClient(routineTicket, { settings });
    const desk = new ZendeskDesk(client, instant);
    await desk.init();
    await desk.insertReply('Hello Sam');
    expect(client.calls.at(-1)).toEqual({ kind: 'invoke', args: ['ticket.comment.appendText', 'Hello Sam'] });
    let changes = 0;
    const texts: string[] = [];
    const stop = desk.subscribe(() => changes++, (t) => texts.push(t), 1);
    client.emit('ticket.comments.changed');
    client.emit('comment.text.changed', '<p>It is normal</p>');
    await new Promise((r) => setTimeout(r, 300));
    expect(changes).toBe(1);
    expect(texts).toEqual(['It is normal']);
    stop();
  });
});
