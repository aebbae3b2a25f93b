import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintReply, defaultPolicy, type Finding } from '../../core/index.ts';
import { planApply, priorityTag } from './apply.ts';
import { FreshdeskDesk, RETRIAGE_EVENTS } from './desk.ts';
import { fakeClient, type FakeOptions } from './fakeClient.ts';
import type { TemplateResponse } from './fdk.ts';
import { agentEn, agentZhHant, contactEn, contactTw, crisisTicket, lateTicket, NOW, xssTicket } from './fixtures/payloads.ts';
import { SEND_REPLY_EVENT } from './replyGuard.ts';
import { SHOPIFY_TEMPLATE } from './shopifyTemplate.ts';
import { mapTicket } from './ticketContext.ts';

const shopify = (name: string) => readFileSync(new URL(`../shopify/fixtures/${name}`, import.meta.url), 'utf8');
const iparams = {
  shop_domain: 'acme-tw.myshopify.com',
  order_number_field: 'cf_order_number',
  tier_field: 'cf_complaint_tier',
  category_field: 'complaint_category',
  add_private_note: 'Yes',
};
const instant = { sleep: async () => {} };
const ok = (body: string): TemplateResponse => ({ status: 200, headers: { 'Content-Type': 'application/json' }, response: body });
/** invokeTemplate rejects with the response shape for a non-2xx (hosts/freshdesk.md §2). */
const rejected = (status: number, response = '', headers: Record<string, string> = {}) => ({ status, headers, response, errorSource: 'APP', attempts: 2 });

function crisisDesk(invoke?: FakeOptions['invoke'], extra: Record<string, unknown> = {}) {
  const client = fakeClient({ ticket: crisisTicket, contact: contactTw, loggedInUser: agentZhHant }, { iparams: { ...iparams, ...extra }, ...(invoke ? { invoke } : {}) });
  return { client, desk: new FreshdeskDesk(client, instant) };
}

describe('ticket, contact and agent into the core context', () => {
  it('maps the documented fields: codes, dates, tags, custom fields, Freshdesk due dates', () => {
    const s = mapTicket({ ticket: lateTicket, contact: contactEn, loggedInUser: agentEn });
    const t = s.context.ticket;
    expect(t.id).toBe('3102');
    expect(t.status).toBe('pending');
    expect(t.channel).toBe('portal');
    expect(t.createdAt).toBe('2026-11-19T15:00:00.000Z');
    expect(t.tags).toEqual(['shipping']);
    expect(t.requester).toEqual({ name: 'Sam Buyer', email: 'sam@example.com', locale: 'en', timeZone: 'America/New_York' });
    expect(s.priority).toBe('normal');
    expect(s.fields).toEqual({ cf_order_number: '1042' });
    expect(s.due).toEqual({ dueBy: '2026-11-22T15:00:00.000Z', frDueBy: '2026-11-19T23:00:00.000Z', nrDueBy: '2026-11-20T12:00:00.000Z', isEscalated: false, frEscalated: true, nrEscalated: false });
    expect(s.agent).toEqual({ name: 'Sam Agent', email: 'sam@shop.example', locale: 'en' });
    expect(s.missing).toEqual([]);
  });

  it('reads the conversation when present: customer vs agent, private notes not public', () => {
    const m = mapTicket({ ticket: lateTicket, contact: contactEn }).context.ticket.messages;
    expect(m.map((x) => [x.author, x.public])).toEqual([
      ['agent', true],
      ['customer', true],
      ['agent', false],
    ]);
    expect(m[1]!.at).toBe('2026-11-20T07:30:00.000Z');
  });

  it('survives a failed contact call, nulls and wrong types, recording what is missing', () => {
    const s = mapTicket({ ticket: { id: 9, description: '<p>It broke &amp; smells</p>', priority: 'Urgent', status: 'weird', tags: 'x', custom_fields: null } });
    expect(s.context.ticket.body).toBe('It broke & smells');
    expect(s.priority).toBe('urgent');
    expect(s.context.ticket.status).toBeUndefined();
    expect(s.context.customer).toBeUndefined();
    expect(s.missing).toEqual(expect.arrayContaining(['ticket.tags', 'contact', 'loggedInUser']));
  });

  it('reads a new ticket with no data at all as an empty one, never throwing', () => {
    const s = mapTicket({});
    expect(s.context.ticket.id).toBe('new');
    expect(s.context.ticket.body).toBe('');
  });

  it('keeps markup as inert text', () => {
    const s = mapTicket({ ticket: xssTicket });
    expect(s.context.ticket.body).toContain('<script>alert(1)</script>');
    expect(s.context.ticket.subject).toContain('<img src=x onerror=alert(1)>');
  });

  it('a malformed policy iparam is a problem to show; the default policy stays', async () => {
    const { desk } = crisisDesk(undefined, { policy_json: '{"tiers": {' });
    const settings = await desk.init();
    expect(settings.problems.map((p) => p.setting)).toEqual(['policy_json']);
    expect(settings.policy).toBe(defaultPolicy);
  });

  it('installation settings that cannot be read leave the defaults and a problem', async () => {
    const client = fakeClient({ ticket: crisisTicket });
    client.iparams.get = async () => Promise.reject(new Error('not ready'));
    const settings = await new FreshdeskDesk(client).init();
    expect(settings.shopDomain).toBeUndefined();
    expect(settings.problems[0]?.message).toMatch(/not ready/);
  });

  it('follows the agent language: zh-TW → Traditional', async () => {
    const { desk } = crisisDesk();
    expect(desk.uiLanguage(await desk.loadTicket())).toBe('zh-Hant');
  });
});

describe('order through the request template', () => {
  it('finds the order named in the text with three data calls and one template request', async () => {
    const { client, desk } = crisisDesk(async () => ok(shopify('orders-by-name.json')));
    const order = await desk.loadOrder(await desk.loadTicket());
    expect(order.status).toBe('found');
    expect(client.calls.filter((c) => c.kind === 'data')).toHaveLength(3);
    const invokes = client.calls.filter((c) => c.kind === 'invokeTemplate');
    expect(invokes).toHaveLength(1);
    const [name, options] = invokes[0]!.args as [string, { context: object; body: string }];
    expect(name).toBe(SHOPIFY_TEMPLATE);
    expect(options.context).toEqual({});
    expect(JSON.parse(options.body).variables.query).toBe('name:"#1042"');
    // Nothing secret travels from the browser: the token lives in the template's header.
    expect(options.body).not.toMatch(/token|shpat_/i);
  });

  it('prefers the mapped custom field over the text', async () => {
    const client = fakeClient({ ticket: { ...lateTicket, custom_fields: { cf_order_number: '1042' } }, contact: contactEn }, { iparams, invoke: async () => ok(shopify('orders-by-name.json')) });
    const order = await new FreshdeskDesk(client, instant).loadOrder(await new FreshdeskDesk(client, instant).loadTicket());
    expect(order.status === 'found' && order.source).toBe('field');
  });

  it('triages from the text with the order: crisis, urgent, in the agent language', async () => {
    const { desk } = crisisDesk(async () => ok(shopify('orders-by-name.json')));
    const snapshot = await desk.loadTicket();
    const triage = desk.triage(snapshot, await desk.loadOrder(snapshot), new Date(NOW));
    expect(triage.tier).toBe('crisis');
    expect(triage.priority).toBe('urgent');
    expect(triage.language).toBe('zh-Hant');
  });

  it('no shop configured: no request at all', async () => {
    const { client, desk } = crisisDesk(undefined, { shop_domain: '' });
    expect(await desk.loadOrder(await desk.loadTicket())).toEqual({ status: 'none', why: 'no_shop' });
    expect(client.calls.some((c) => c.kind === 'invokeTemplate')).toBe(false);
  });

  const failures: [string, (n: number) => Promise<TemplateResponse>, string, number][] = [
    ['401', async () => Promise.reject(rejected(401, shopify('unauthorized.json'))), 'unauthorized', 1],
    ['403', async () => Promise.reject(rejected(403, '{"errors":"Forbidden"}')), 'forbidden', 1],
    ['404 (unknown shop or API version)', async () => Promise.reject(rejected(404, 'Not Found')), 'unavailable', 1],
    ['429 with Retry-After, three times', async () => Promise.reject(rejected(429, '', { 'Retry-After': '2' })), 'throttled', 3],
    ['429 without Retry-After, three times', async () => Promise.reject(rejected(429)), 'throttled', 3],
    ['500', async () => Promise.reject(rejected(500, 'oops')), 'unavailable', 1],
    ['503', async () => Promise.reject(rejected(503, 'maintenance', { 'Retry-After': '30' })), 'unavailable', 1],
    ['the platform failed without a status', async () => Promise.reject({ message: 'Error in establishing connection' }), 'unavailable', 1],
    ['malformed JSON with 200', async () => ok('{"data": {"orders": '), 'malformed', 1],
    ['a 200 of the wrong shape', async () => ok('{"data": {"orders": {"nodes": [{"id": 5}]}}}'), 'malformed', 1],
    ['THROTTLED three times', async () => ok(shopify('throttled.json')), 'throttled', 3],
  ];
  it.each(failures)('%s → %s after %i request(s)', async (_label, invoke, reason, count) => {
    const { client, desk } = crisisDesk((_n, _o, n) => invoke(n));
    const order = await desk.loadOrder(await desk.loadTicket());
    expect(order.status).toBe('failed');
    if (order.status === 'failed') expect(order.result.reason).toBe(reason);
    expect(client.calls.filter((c) => c.kind === 'invokeTemplate')).toHaveLength(count);
  });

  it('429 honours Retry-After, then 200', async () => {
    const waits: number[] = [];
    const { client, desk } = crisisDesk(async (_n, _o, n) => (n === 0 ? Promise.reject(rejected(429, '', { 'Retry-After': '2' })) : ok(shopify('orders-by-name.json'))));
    const d = new FreshdeskDesk(client, { sleep: async (ms) => void waits.push(ms) });
    void desk;
    expect((await d.loadOrder(await d.loadTicket())).status).toBe('found');
    expect(waits).toEqual([2000]);
  });

  it('a template that never answers times out as unavailable', async () => {
    const client = fakeClient({ ticket: crisisTicket, contact: contactTw }, { iparams, invoke: () => new Promise<TemplateResponse>(() => {}) });
    const desk = new FreshdeskDesk(client, { ...instant, timeoutMs: 20 });
    const order = await desk.loadOrder(await desk.loadTicket());
    expect(order.status === 'failed' && order.result.reason).toBe('unavailable');
  });

  it('retries a timeout only when asked to, and boundedly', async () => {
    const client = fakeClient({ ticket: crisisTicket, contact: contactTw }, { iparams, invoke: () => new Promise<TemplateResponse>(() => {}) });
    const desk = new FreshdeskDesk(client, { ...instant, timeoutMs: 10, retries: 1 });
    await desk.loadOrder(await desk.loadTicket());
    expect(client.calls.filter((c) => c.kind === 'invokeTemplate')).toHaveLength(2);
  });
});

describe('apply', () => {
  async function triaged(invoke = async () => ok(shopify('orders-by-name.json'))) {
    const { client, desk } = crisisDesk(invoke);
    const snapshot = await desk.loadTicket();
    return { client, desk, triage: desk.triage(snapshot, await desk.loadOrder(snapshot), new Date(NOW)) };
  }

  it('sets priority code 4, the tags, the mapped fields and opens a private note', async () => {
    const { client, desk, triage } = await triaged();
    const outcome = await desk.apply(triage);
    expect(outcome.status).toBe('applied');
    expect(client.form.priority).toBe(4);
    expect(client.form.tags).toEqual(expect.arrayContaining(['cd_tier_crisis', 'cd_risk_safety_hazard', priorityTag('urgent')]));
    expect(client.form.fields).toEqual({ cf_complaint_tier: 'crisis', cf_complaint_category: triage.category });
    expect(client.form.note).toMatch(/^\[Complaint Desk\] crisis/);
    const note = client.calls.find((c) => c.kind === 'trigger' && (c.args[0] as string) === 'click')!;
    expect(note.args[1]).toMatchObject({ id: 'note', isPublic: false });
  });

  it('twice changes nothing more, before and after the agent saves', async () => {
    const { client, desk, triage } = await triaged();
    await desk.apply(triage);
    const writes = () => client.calls.filter((c) => c.kind === 'trigger').length;
    const after = writes();
    expect((await desk.apply(triage)).status).toBe('unchanged');
    expect(writes()).toBe(after);
    client.save();
    expect((await desk.apply(triage)).status).toBe('unchanged');
    expect(writes()).toBe(after);
  });

  it("never overwrites the agent's own priority without confirm", async () => {
    const client = fakeClient({ ticket: { ...crisisTicket, priority: 2, tags: ['cd_tier_routine', 'cd_priority_1'] }, contact: contactTw, loggedInUser: agentZhHant }, { iparams, invoke: async () => ok(shopify('orders-by-name.json')) });
    const desk = new FreshdeskDesk(client, instant);
    const snapshot = await desk.loadTicket();
    const triage = desk.triage(snapshot, await desk.loadOrder(snapshot), new Date(NOW));
    const outcome = await desk.apply(triage);
    expect(outcome.status).toBe('needs_confirm');
    expect(outcome.plan.priorityNeedsConfirm).toEqual({ current: 'normal', proposed: 'urgent' });
    expect(client.form.priority).toBeUndefined();
    // The stale tier and priority markers are replaced, so the tags never claim the agent's priority.
    expect(client.form.tags).not.toContain('cd_priority_1');
    expect(client.form.tags).not.toContain('cd_tier_routine');
    expect((await desk.apply(triage, { confirmPriority: true })).status).toBe('applied');
    expect(client.form.priority).toBe(4);
  });

  it('a priority the agent picks in the form after our apply is theirs', async () => {
    const { client, desk, triage } = await triaged();
    await desk.apply(triage);
    desk.subscribe(() => {});
    client.form.priority = 3;
    await client.emit('ticket.priorityChanged', { old: 4, new: 3 });
    client.save();
    expect((await desk.apply(triage)).status).toBe('needs_confirm');
  });

  it('the plan is pure: no note without the toggle, none when the note is already there', () => {
    const triage = { tier: 'severe' as const, category: 'lost_parcel' as const, risks: [], priority: 'high' as const };
    const plain = planApply(triage, { priority: 'low', tags: [], fields: {} }, { addPrivateNote: false }, { note: '[Complaint Desk] severe' });
    expect(plain.note).toBeUndefined();
    const again = planApply(triage, { priority: 'low', tags: [], fields: {}, notes: ['[Complaint Desk] severe · x'] }, { addPrivateNote: true }, { note: '[Complaint Desk] severe' });
    expect(again.note).toBeUndefined();
  });
});

describe('reply editor and events', () => {
  it('inserts a draft after what the agent typed, escaped', async () => {
    const { client, desk } = crisisDesk();
    client.form.editor = 'Hi ';
    await desk.insertReply('Sorry <b>Chen</b>\nWe will call today.');
    expect(client.calls.at(-1)!.args).toEqual(['setValue', { id: 'editor', text: 'Sorry &lt;b&gt;Chen&lt;/b&gt;<br>We will call today.', replace: false }]);
    expect(client.form.editor).toBe('Hi Sorry &lt;b&gt;Chen&lt;/b&gt;<br>We will call today.');
  });

  it('re-triages (debounced) on activation, saved properties and field changes', async () => {
    const { client, desk } = crisisDesk();
    let count = 0;
    desk.subscribe(() => count++, 0);
    expect(client.calls.filter((c) => c.kind === 'on').map((c) => c.args[0])).toEqual([...RETRIAGE_EVENTS]);
    await client.emit('app.activated');
    await client.emit('ticket.statusChanged', { old: 2, new: 3 });
    await new Promise((r) => setTimeout(r, 5));
    expect(count).toBe(1);
  });
});

describe('tone guard on Send', () => {
  const policy = defaultPolicy;
  const check = (text: string): Finding[] => lintReply(text, { ticket: { id: '1', subject: '', body: 'where is my order', messages: [], tags: [], statusHistory: [] } }, policy, 'agent');
  const errorText = 'This is your fault. Calm down.';

  it('lets a clean reply through without asking', async () => {
    const { client, desk } = crisisDesk();
    desk.guardReplies(() => []);
    expect(client.calls.find((c) => c.kind === 'on')!.args).toEqual([SEND_REPLY_EVENT, { intercept: true }]);
    expect(await client.emit(SEND_REPLY_EVENT, { body: '<p>Sorry, we will call you today.</p>' })).toBe('done');
    expect(client.calls.some((c) => c.args[0] === 'showConfirm')).toBe(false);
  });

  it('warns on an error finding; Edit holds the reply, Send anyway sends it (and is not asked twice)', async () => {
    expect(check(errorText).some((f) => f.severity === 'error')).toBe(true);
    let answer = 'Edit';
    const client = fakeClient({ ticket: crisisTicket }, { confirm: async () => answer });
    const desk = new FreshdeskDesk(client, instant);
    const outcomes: string[] = [];
    desk.guardReplies(check, { onOutcome: (o) => outcomes.push(o) });
    expect(await client.emit(SEND_REPLY_EVENT, { body_text: errorText })).toBe('fail');
    const confirm = client.calls.find((c) => c.args[0] === 'showConfirm')!.args[1] as Record<string, string>;
    expect(confirm.message!.length).toBeLessThanOrEqual(100);
    expect(confirm.saveLabel!.length).toBeLessThanOrEqual(11);
    answer = 'Send anyway';
    expect(await client.emit(SEND_REPLY_EVENT, { body_text: errorText })).toBe('done');
    expect(await client.emit(SEND_REPLY_EVENT, { body_text: errorText })).toBe('done');
    expect(outcomes).toEqual(['held', 'sent_anyway', 'sent_anyway']);
    expect(client.calls.filter((c) => c.args[0] === 'showConfirm')).toHaveLength(2);
  });

  it('never blocks on its own failure: no text, a throwing check, a dialog that fails', async () => {
    const client = fakeClient({ ticket: crisisTicket }, { confirm: async () => Promise.reject(new Error('timeout')) });
    const desk = new FreshdeskDesk(client, instant);
    const guard = desk.guardReplies(check);
    expect(await client.emit(SEND_REPLY_EVENT, {})).toBe('done');
    expect(await client.emit(SEND_REPLY_EVENT, { body_text: errorText })).toBe('done');
    const throwing = fakeClient({ ticket: crisisTicket });
    new FreshdeskDesk(throwing, instant).guardReplies(() => {
      throw new Error('bug');
    });
    expect(await throwing.emit(SEND_REPLY_EVENT, { body_text: 'x' })).toBe('done');
    guard.dispose();
    expect(await client.emit(SEND_REPLY_EVENT, { body_text: errorText })).toBe('done');
  });
});
