// Every sample, through both helpdesks the way the real apps read them: the host payloads go through a
// scripted host client into the adapter's desk (ZendeskDesk / FreshdeskDesk: mapTicket, the order
// lookup over the host's Shopify transport into adapters/shopify/lookupOrder → mapOrder / mapCustomer,
// contextWithOrder), answered by the samples' mock Shopify API; then the core's triage with the default
// policy. Each sample must triage as it says, on both hosts, with e-mail lookup on and off, at two
// different instants (the samples' times follow `now`).
import { beforeAll, describe, expect, it } from 'vitest';
import { ZendeskDesk } from '../../../adapters/zendesk/desk.ts';
import { fakeClient as zendeskClient } from '../../../adapters/zendesk/fakeClient.ts';
import { htmlToText } from '../../../adapters/zendesk/html.ts';
import { orderNumberInText } from '../../../adapters/zendesk/orderNumber.ts';
import { FreshdeskDesk } from '../../../adapters/freshdesk/desk.ts';
import { fakeClient as freshdeskClient } from '../../../adapters/freshdesk/fakeClient.ts';
import { mapCustomer, mapOrder } from '../../../adapters/shopify/mapOrder.ts';
import { ShopifyOrder } from '../../../adapters/shopify/shopifyResponse.ts';
import { CATEGORY_IDS, type ComplaintContext, type Triage } from '../../../core/model.ts';
import { defaultPolicy } from '../../../core/policy.ts';
import { triage } from '../../../core/triage.ts';
import { findOrder, freshdeskPayloads, sampleOrderGid, shopifyGraphqlResponse, shopifyOrders, zendeskTicket } from './hostPayloads.ts';
import { SAMPLES, type Sample } from './samples.ts';

const NOW = new Date('2026-11-20T10:10:00Z');
/** A second instant, months later and in northern summer time: relative times keep every fact. */
const LATER = new Date('2027-06-03T23:47:00Z');
const SHOP = 'complaint-desk-demo.myshopify.com';

type Host = 'zendesk' | 'freshdesk';

interface Run {
  context: ComplaintContext;
  triage: Triage;
  orderStatus: string;
}

async function viaZendesk(sample: Sample, now: Date, emailLookup: boolean): Promise<Run> {
  const client = zendeskClient(zendeskTicket(sample, now, 'en-US'), {
    settings: { shop_domain: SHOP, lookup_orders_by_email: emailLookup },
    request: async (o) => ({ status: 200, headers: {}, responseText: JSON.stringify(shopifyGraphqlResponse(now, JSON.parse(o.data ?? '{}'))) }),
  });
  const desk = new ZendeskDesk(client, { retries: 0, sleep: async () => undefined });
  const snapshot = await desk.loadTicket();
  const order = await desk.loadOrder(snapshot);
  const context = desk.contextWithOrder(snapshot, order);
  return { context, triage: triage(context, defaultPolicy, now), orderStatus: order.status };
}

async function viaFreshdesk(sample: Sample, now: Date, emailLookup: boolean): Promise<Run> {
  const client = freshdeskClient(freshdeskPayloads(sample, now, 'zh-TW'), {
    iparams: { shop_domain: SHOP, lookup_orders_by_email: emailLookup ? 'Yes' : 'No' },
    invoke: async (_name, o) => ({ status: 200, headers: {}, response: JSON.stringify(shopifyGraphqlResponse(now, JSON.parse(o.body ?? '{}'))) }),
  });
  const desk = new FreshdeskDesk(client, { sleep: async () => undefined });
  const snapshot = await desk.loadTicket();
  const order = await desk.loadOrder(snapshot);
  const context = desk.contextWithOrder(snapshot, order);
  return { context, triage: triage(context, defaultPolicy, now), orderStatus: order.status };
}

const run = (host: Host, sample: Sample, now: Date, emailLookup: boolean) =>
  host === 'zendesk' ? viaZendesk(sample, now, emailLookup) : viaFreshdesk(sample, now, emailLookup);

const customerTexts = (s: Sample) => [s.subject, ...s.messages.filter((m) => m.author === 'customer').map((m) => m.body)];

/** What a reader of a failure needs: what the core saw and decided. */
function summary(t: Triage) {
  return {
    tier: t.tier,
    category: t.category,
    language: t.language,
    emotion: t.emotion,
    risks: t.risks.map((r) => `${r.id}: ${r.evidence.map((e) => e.text).join(' | ')}`),
    categories: t.categories.map((c) => `${c.id} ${c.score}: ${c.evidence.map((e) => e.text).join(' | ')}`),
  };
}

// Triaged once per sample and configuration, then read by the coverage checks below.
const results = new Map<string, Run>();
const key = (host: Host, id: string, now: Date, emailLookup: boolean) => `${host} ${id} ${now.toISOString()} ${emailLookup}`;

describe.each(SAMPLES.map((s) => [s.id, s] as const))('sample %s', (_id, sample) => {
  it.each([
    [NOW, false],
    [NOW, true],
    [LATER, false],
    [LATER, true],
  ] as const)('triages as expected through Zendesk and Freshdesk (now %s, e-mail lookup %s)', async (now, emailLookup) => {
    const zendesk = await run('zendesk', sample, now, emailLookup);
    const freshdesk = await run('freshdesk', sample, now, emailLookup);
    results.set(key('zendesk', sample.id, now, emailLookup), zendesk);
    results.set(key('freshdesk', sample.id, now, emailLookup), freshdesk);
    for (const r of [zendesk, freshdesk]) {
      expect({ tier: r.triage.tier, category: r.triage.category, language: r.triage.language }, JSON.stringify(summary(r.triage), null, 2)).toEqual({
        ...sample.expected,
        language: sample.language,
      });
    }
    // Both hosts hand the core the same complaint, so they must agree on everything that matters.
    const agreed = (t: Triage) => ({ tier: t.tier, category: t.category, priority: t.priority, risks: t.risks.map((r) => r.id), emotion: t.emotion, owner: t.owner });
    expect(agreed(freshdesk.triage)).toEqual(agreed(zendesk.triage));
    expect(freshdesk.context.order).toEqual(zendesk.context.order);
    // Zendesk's paragraphs come back as single line breaks (<p>…</p> → "\n"), Freshdesk keeps the text as typed.
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(freshdesk.context.ticket.body).toBe(zendesk.context.ticket.body);
    expect(freshdesk.context.ticket.messages.map((m) => [m.author, norm(m.body)])).toEqual(zendesk.context.ticket.messages.map((m) => [m.author, norm(m.body)]));
  });

  it('finds its order the way the apps do, and the context carries exactly the mapped node', async () => {
    const named = orderNumberInText(...customerTexts(sample));
    const node = sample.order?.(NOW);
    for (const emailLookup of [false, true]) {
      const r = await viaZendesk(sample, NOW, emailLookup);
      const expectFound = node !== undefined && (named !== undefined || emailLookup);
      expect(r.orderStatus).toBe(expectFound ? 'found' : named || emailLookup ? 'failed' : 'none');
      if (expectFound) {
        expect(r.context.order).toEqual(mapOrder(node!));
        expect(r.context.customer).toMatchObject({ ...mapCustomer(node!), tags: expect.arrayContaining(sample.requester.tags) });
      } else expect(r.context.order).toBeUndefined();
    }
    // An order number in the text is this sample's order; a sample without one is found only by e-mail.
    if (named !== undefined) expect(named).toBe(node?.name);
  });

  it('keeps the HTML of every message inert and equal to its text', () => {
    const zd = zendeskTicket(sample, NOW, 'zh-cn');
    const comments = zd['ticket.comments'] as { value: string }[];
    const fd = freshdeskPayloads(sample, NOW, 'en');
    const fdHtml = [fd.ticket.description as string, ...(fd.ticket.conversations as { body: string }[]).map((c) => c.body)];
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    [...comments].reverse().forEach((c, i) => {
      expect(norm(htmlToText(c.value))).toBe(norm(sample.messages[i]!.body));
      // Outside the tags we wrote, no markup character is left unescaped.
      expect(c.value.replace(/<\/?(?:div|p|br)\b[^>]*>/g, '')).not.toMatch(/[<>"']|&(?!(?:amp|lt|gt|quot|#39);)/);
    });
    fdHtml.forEach((html, i) => expect(norm(htmlToText(html))).toBe(norm(sample.messages[i]!.body)));
  });
});

describe('the set of samples', () => {
  /** The Zendesk triage at NOW without e-mail lookup: from the runs above, or run now (a filtered test run). */
  const triaged = new Map<string, Triage>();
  const t = (s: Sample) => triaged.get(s.id)!;
  beforeAll(async () => {
    for (const s of SAMPLES) triaged.set(s.id, (results.get(key('zendesk', s.id, NOW, false)) ?? (await viaZendesk(s, NOW, false))).triage);
  });

  it('has unique, url-safe, stable ids', () => {
    const ids = SAMPLES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const seqs = SAMPLES.map((s) => s.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    const emails = SAMPLES.map((s) => s.requester.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('gives every ticket, user, contact, order and customer its own id, the same on every call', () => {
    const unique = (values: unknown[]) => expect(new Set(values).size).toBe(values.length);
    const zd = SAMPLES.map((s) => zendeskTicket(s, NOW, 'en-US'));
    unique(zd.map((p) => p['ticket.id']));
    unique(zd.map((p) => (p['ticket.requester'] as { id: number }).id));
    unique(zd.flatMap((p) => (p['ticket.comments'] as { id: number }[]).map((c) => c.id)));
    const fd = SAMPLES.map((s) => freshdeskPayloads(s, NOW, 'en'));
    unique(fd.map((p) => p.ticket.id));
    unique(fd.map((p) => p.contact.id));
    unique(fd.flatMap((p) => (p.ticket.conversations as { id: number }[]).map((c) => c.id)));
    const orders = shopifyOrders(NOW);
    unique(orders.map((o) => o.node.id));
    unique(orders.map((o) => o.node.name));
    unique(orders.map((o) => o.node.customer?.id));
    expect(shopifyOrders(LATER).map((o) => [o.node.id, o.node.customer?.id])).toEqual(orders.map((o) => [o.node.id, o.node.customer?.id]));
    expect(SAMPLES.map((s) => zendeskTicket(s, LATER, 'zh-tw')['ticket.id'])).toEqual(zd.map((p) => p['ticket.id']));
    expect(shopifyOrders(NOW)).toEqual(orders);
  });

  it('holds order nodes exactly as Shopify returns them, found by id, name and e-mail', () => {
    for (const now of [NOW, LATER])
      for (const { node, email } of shopifyOrders(now)) {
        const parsed = ShopifyOrder.safeParse(node);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        // No key beyond what ORDER_FIELDS asks for (the schema strips unknown keys).
        expect(parsed.data).toEqual(node);
        expect(findOrder(now, { by: 'id', value: node.id! })).toEqual(node);
        expect(findOrder(now, { by: 'id', value: node.id!.replace(/\D/g, '') })).toEqual(node);
        expect(findOrder(now, { by: 'name', value: node.name! })).toEqual(node);
        expect(findOrder(now, { by: 'email', value: email.toUpperCase() })).toEqual(node);
        expect(node.customer?.amountSpent?.currencyCode).toBe(node.totalPriceSet?.shopMoney?.currencyCode);
      }
    expect(findOrder(NOW, { by: 'name', value: '#9999' })).toBeNull();
    expect(findOrder(NOW, { by: 'id', value: 'gid://shopify/Order/1' })).toBeNull();
    for (const s of SAMPLES) expect(sampleOrderGid(s)).toBe(s.order ? findOrder(NOW, { by: 'name', value: s.order(NOW).name! })?.id : undefined);
  });

  it('covers every category as a primary, and every tier', () => {
    expect(new Set(SAMPLES.map((s) => s.expected.category))).toEqual(new Set(CATEGORY_IDS));
    expect(new Set(SAMPLES.map((s) => s.expected.tier))).toEqual(new Set(['routine', 'severe', 'crisis']));
  });

  it('has at least four crises, between them a legal threat, media exposure, a mass complaint and a safety hazard', () => {
    const crises = SAMPLES.filter((s) => s.expected.tier === 'crisis');
    expect(crises.length).toBeGreaterThanOrEqual(4);
    const risks = new Set(crises.flatMap((s) => t(s).risks.map((r) => r.id)));
    for (const id of ['legal_threat', 'media_exposure', 'mass_complaint', 'safety_hazard'] as const) expect(risks).toContain(id);
  });

  it('has at least 26 samples, six or more in each language, each priced in its shop currency', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(26);
    const currencies = { en: ['USD', 'EUR'], 'zh-Hans': ['CNY'], 'zh-Hant': ['TWD', 'HKD'] };
    for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      const of = SAMPLES.filter((s) => s.language === lang);
      expect(of.length).toBeGreaterThanOrEqual(6);
      for (const s of of) if (s.order) expect(currencies[lang]).toContain(s.order(NOW).totalPriceSet?.shopMoney?.currencyCode);
    }
  });

  it('has the situations the workbench shows', () => {
    const nodes = SAMPLES.map((s) => ({ s, node: s.order?.(NOW) }));
    const past = (iso: string | null) => iso !== null && Date.parse(iso) < NOW.getTime();
    // A shipment past its estimated delivery, still on its way.
    expect(nodes.some(({ s, node }) => s.expected.category === 'logistics_delay' && node?.fulfillments?.some((f) => f.deliveredAt === null && past(f.estimatedDeliveryAt)))).toBe(true);
    // Delivered (or picked up) on paper, never received.
    expect(nodes.some(({ s, node }) => s.expected.category === 'lost_parcel' && node?.fulfillments?.some((f) => ['DELIVERED', 'PICKED_UP'].includes(f.displayStatus ?? '')))).toBe(true);
    // An open refund: a return still open on the order.
    expect(nodes.some(({ s, node }) => s.expected.category === 'refund_return' && node?.returns?.nodes.some((r) => ['REQUESTED', 'OPEN'].includes(r.status ?? '')))).toBe(true);
    // A VIP: tagged so in the helpdesk and in Shopify, with a lifetime spend the policy calls high.
    const vips = nodes.filter(({ s, node }) => {
      const spent = node?.customer?.amountSpent;
      const threshold = spent ? defaultPolicy.highLifetimeValue[spent.currencyCode] : undefined;
      return s.requester.tags.includes('VIP') && node?.customer?.tags?.includes('VIP') && spent && threshold && Number(spent.amount) >= threshold;
    });
    expect(vips.length).toBeGreaterThanOrEqual(1);
    // …which raises the priority a step above the tier's own (design.md §1).
    for (const { s } of vips) {
      const ladder = ['low', 'normal', 'high', 'urgent'];
      const triaged = t(s);
      expect(ladder.indexOf(triaged.priority)).toBe(Math.min(3, ladder.indexOf(defaultPolicy.priority.byTier[triaged.tier]) + 1));
    }
    // A repeat complainer.
    expect(SAMPLES.some((s) => t(s).risks.some((r) => r.id === 'repeat_contact'))).toBe(true);
    // No order at all: none in the text and none for the requester's address.
    const orderless = SAMPLES.filter((s) => !s.order && orderNumberInText(...customerTexts(s)) === undefined);
    expect(orderless.length).toBeGreaterThanOrEqual(1);
    for (const s of orderless) expect(findOrder(NOW, { by: 'email', value: s.requester.email })).toBeNull();
    // A conversation: an agent's reply and the customer writing again after it.
    expect(SAMPLES.some((s) => s.messages.some((m, i) => m.author === 'agent' && s.messages.slice(i + 1).some((n) => n.author === 'customer')))).toBe(true);
  });

  it('writes conversations oldest first, opened by the customer', () => {
    for (const s of SAMPLES) {
      expect(s.messages[0]?.author).toBe('customer');
      s.messages.forEach((m, i) => i > 0 && expect(m.minutesAgo).toBeLessThan(s.messages[i - 1]!.minutesAgo));
      expect(s.messages.at(-1)!.minutesAgo).toBeGreaterThan(0);
    }
  });
});
