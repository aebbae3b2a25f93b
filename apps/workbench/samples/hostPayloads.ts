// What each host would send for one sample, as pure functions of the sample and `now`:
//   - zendeskTicket: the result of the Zendesk app's one batched `client.get` (adapters/zendesk/ticketData.ts
//     `ticketPaths` with default settings), shaped as adapters/zendesk/fixtures/payloads.ts;
//   - freshdeskPayloads: the `ticket`, `contact` and `loggedInUser` objects of Freshdesk's data method, shaped
//     as adapters/freshdesk/fixtures/payloads.ts;
//   - findOrder / shopifyGraphqlResponse: a mock Shopify Admin GraphQL API answering the three lookups of
//     adapters/shopify/orderQuery.ts from the samples' orders.
// Ids derive from the sample's `seq` and the order's name, so they are unique and the same on every call.
import { queryCost } from '../../../adapters/shopify/queryCost.ts';
import type { LookupBy } from '../../../adapters/shopify/orderQuery.ts';
import type { ShopifyOrder } from '../../../adapters/shopify/shopifyResponse.ts';
import { escapeHtml } from '../../../core/replies.ts';
import { SAMPLES, type Sample, type SampleLanguage, type SampleMessage } from './samples.ts';

export { SAMPLES, sampleById, type Sample, type SampleLanguage, type SampleMessage } from './samples.ts';

export type ZendeskAgentLocale = 'en-US' | 'zh-cn' | 'zh-tw';
export type FreshdeskAgentLanguage = 'en' | 'zh-CN' | 'zh-TW';

/** Where the samples' tickets are sent; the agents' addresses are at the same domain. */
export const SUPPORT_ADDRESS = 'support@shop.example';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** UTC, whole seconds, as both helpdesks print their times. */
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const messageTime = (now: Date, m: SampleMessage) => now.getTime() - m.minutesAgo * MINUTE_MS;

// ── Time zones ──────────────────────────────────────────────────────────────────────────────────

/** Rails' zone names (what Zendesk shows as `timeZone.name` and Freshdesk stores) for the samples' zones. */
const RAILS_NAMES: Record<string, string> = {
  'America/New_York': 'Eastern Time (US & Canada)',
  'America/Chicago': 'Central Time (US & Canada)',
  'America/Denver': 'Mountain Time (US & Canada)',
  'America/Los_Angeles': 'Pacific Time (US & Canada)',
  'Europe/London': 'London',
  'Europe/Dublin': 'Dublin',
  'Europe/Amsterdam': 'Amsterdam',
  'Asia/Shanghai': 'Beijing',
  'Asia/Taipei': 'Taipei',
  'Asia/Hong_Kong': 'Hong Kong',
};
const railsName = (zone: string) => RAILS_NAMES[zone] ?? zone;

/** The zone's offset from UTC at `now`, in minutes and as "GMT+08:00". */
function zoneOffset(zone: string, now: Date): { offset: number; formattedOffset: string } {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(now)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part ?? '');
  if (!m) return { offset: 0, formattedOffset: 'GMT+00:00' };
  const offset = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  return { offset, formattedOffset: `GMT${m[1]}${m[2]}:${m[3]}` };
}

// ── Text as HTML ────────────────────────────────────────────────────────────────────────────────

/** Paragraphs (blank lines) and line breaks of a plain text, every character of it escaped. */
function paragraphs(text: string): string[] {
  return text.split(/\n{2,}/).map((p) => escapeHtml(p).replace(/\n/g, '<br>'));
}

// ── Zendesk ─────────────────────────────────────────────────────────────────────────────────────

interface Agent {
  id: number;
  name: string;
  email: string;
  zone: string;
}

const ZENDESK_AGENTS: Record<ZendeskAgentLocale, Agent> = {
  'en-US': { id: 900101, name: 'Alex Morgan', email: 'alex@shop.example', zone: 'America/New_York' },
  'zh-cn': { id: 900102, name: '王静', email: 'wangjing@shop.example', zone: 'Asia/Shanghai' },
  'zh-tw': { id: 900103, name: '林美', email: 'mei@shop.example', zone: 'Asia/Taipei' },
};
/** Who answered the sample's earlier agent messages: the agent who writes the customer's language. */
const REPLY_LOCALE: Record<SampleLanguage, ZendeskAgentLocale> = { en: 'en-US', 'zh-Hans': 'zh-cn', 'zh-Hant': 'zh-tw' };

/** Zendesk's locale for a customer's BCP 47 locale: "en-US", "en-gb", "zh-cn", "zh-tw" (Hong Kong uses zh-tw). */
export function zendeskLocaleOf(locale: string): string {
  const l = locale.toLowerCase();
  if (l === 'en-us') return 'en-US';
  if (l.startsWith('zh')) return /^zh-(tw|hk|mo|hant)/.test(l) ? 'zh-tw' : 'zh-cn';
  return l;
}

const zendeskTicketId = (s: Sample) => 2000 + s.seq;
const zendeskUserId = (s: Sample) => 41000 + s.seq;

function zendeskTimeZone(zone: string, now: Date) {
  const name = railsName(zone);
  return { name, translatedName: name, ianaName: zone, ...zoneOffset(zone, now) };
}

function zendeskRequester(sample: Sample, now: Date) {
  const r = sample.requester;
  return {
    id: zendeskUserId(sample),
    name: r.name,
    email: r.email,
    role: 'end-user',
    locale: zendeskLocaleOf(r.locale),
    notes: '',
    details: '',
    externalId: null,
    tags: r.tags,
    organizations: [],
    identities: [{ type: 'email', value: r.email }],
    avatarUrl: null,
    timeZone: zendeskTimeZone(r.timeZone, now),
  };
}

function zendeskAgent(locale: ZendeskAgentLocale, now: Date) {
  const a = ZENDESK_AGENTS[locale];
  return { id: a.id, name: a.name, email: a.email, role: 'agent', locale, tags: [], avatarUrl: null, timeZone: zendeskTimeZone(a.zone, now) };
}

function zendeskVia(sample: Sample, from: 'customer' | 'agent') {
  if (from === 'agent') return { channel: 'web', source: { from: {}, to: {}, rel: null } };
  if (sample.ticket.channel === 'email')
    return {
      channel: 'email',
      source: { from: { address: sample.requester.email, name: sample.requester.name }, to: { address: SUPPORT_ADDRESS, name: 'Support' }, rel: null },
    };
  return { channel: sample.ticket.channel, source: { from: {}, to: {}, rel: null } };
}

/**
 * The result of the Zendesk app's batched `client.get(ticketPaths(defaultSettings))` for the sample: the
 * `{errors: {}, 'ticket.…': …, 'currentUser.…': …}` envelope, comments newest first with HTML bodies.
 */
export function zendeskTicket(sample: Sample, now: Date, agentLocale: ZendeskAgentLocale): Record<string, unknown> {
  const requester = zendeskRequester(sample, now);
  const replier = zendeskAgent(REPLY_LOCALE[sample.language], now);
  const ticketId = zendeskTicketId(sample);
  const first = sample.messages[0]!;
  const comments = sample.messages
    .map((m, i) => ({
      id: ticketId * 100 + i + 1,
      value: `<div class="zd-comment" dir="auto">${paragraphs(m.body)
        .map((p) => `<p>${p}</p>`)
        .join('')}</div>`,
      author: m.author === 'customer' ? requester : replier,
      createdAt: iso(messageTime(now, m)),
      via: zendeskVia(sample, m.author),
      imageAttachments: [],
      nonImageAttachments: [],
    }))
    .reverse();
  return {
    errors: {},
    'ticket.id': ticketId,
    'ticket.subject': sample.subject,
    'ticket.description': first.body,
    'ticket.comments': comments,
    'ticket.requester': requester,
    'ticket.tags': sample.ticket.tags,
    'ticket.priority': '',
    'ticket.status': sample.ticket.status,
    'ticket.createdAt': iso(messageTime(now, first)),
    'ticket.via': zendeskVia(sample, 'customer'),
    'currentUser.name': ZENDESK_AGENTS[agentLocale].name,
    'currentUser.locale': agentLocale,
  };
}

// ── Freshdesk ───────────────────────────────────────────────────────────────────────────────────

const FRESHDESK_AGENTS: Record<FreshdeskAgentLanguage, Agent> = {
  en: { id: 80101, name: 'Alex Morgan', email: 'alex@shop.example', zone: 'America/New_York' },
  'zh-CN': { id: 80102, name: '王静', email: 'wangjing@shop.example', zone: 'Asia/Shanghai' },
  'zh-TW': { id: 80103, name: '林美', email: 'mei@shop.example', zone: 'Asia/Taipei' },
};
const FRESHDESK_REPLY_LANGUAGE: Record<SampleLanguage, FreshdeskAgentLanguage> = { en: 'en', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

/** Freshdesk's contact language for a BCP 47 locale: "en", "zh-CN", "zh-TW" (Hong Kong uses zh-TW). */
export function freshdeskLanguageOf(locale: string): string {
  const l = locale.toLowerCase();
  if (l.startsWith('zh')) return /^zh-(tw|hk|mo|hant)/.test(l) ? 'zh-TW' : 'zh-CN';
  return l.split('-')[0]!;
}

/** 2 Open, 3 Pending (adapters/freshdesk/codes.ts); Freshdesk has no "new", a new ticket is Open. */
const FRESHDESK_STATUS = { new: 2, open: 2, pending: 3 } as const;
/** 1 Email, 2 Portal, 7 Chat. */
const FRESHDESK_SOURCE = { email: 1, web: 2, chat: 7 } as const;
/** The samples arrive untriaged at Freshdesk's default priority, Low. */
const FRESHDESK_PRIORITY = 1;
/** Freshdesk's default SLA policy for Low priority, in calendar hours: respond within 24 h, resolve within 72 h. */
const LOW_SLA = { respondHours: 24, resolveHours: 72 };

const freshdeskTicketId = (s: Sample) => 5000 + s.seq;
const freshdeskContactId = (s: Sample) => 60000 + s.seq;

const freshdeskHtml = (text: string) => paragraphs(text)
  .map((p) => `<div>${p}</div>`)
  .join('<div><br></div>');

/**
 * The three objects of Freshdesk's data method for the sample, already unwrapped (`client.data.get('ticket')`
 * resolves to `{ticket: …}`; this returns what is inside). The ticket carries `conversations` (the replies
 * after the description), which the adapter reads when a host provides them.
 */
export function freshdeskPayloads(
  sample: Sample,
  now: Date,
  agentLanguage: FreshdeskAgentLanguage,
): { ticket: Record<string, unknown>; contact: Record<string, unknown>; loggedInUser: Record<string, unknown> } {
  const [first, ...rest] = sample.messages as [SampleMessage, ...SampleMessage[]];
  const contactId = freshdeskContactId(sample);
  const replier = FRESHDESK_AGENTS[FRESHDESK_REPLY_LANGUAGE[sample.language]];
  const created = messageTime(now, first);
  const last = sample.messages[sample.messages.length - 1]!;
  const firstReply = rest.find((m) => m.author === 'agent');
  const lastAgent = [...rest].reverse().find((m) => m.author === 'agent');
  // The next response is due when the customer wrote after the agent's last reply.
  const awaitingAgent = lastAgent !== undefined && last.author === 'customer';
  const frDue = created + LOW_SLA.respondHours * 3_600_000;
  const due = created + LOW_SLA.resolveHours * 3_600_000;
  const nrDue = awaitingAgent ? messageTime(now, last) + LOW_SLA.respondHours * 3_600_000 : undefined;
  const ticketId = freshdeskTicketId(sample);

  const ticket = {
    id: ticketId,
    subject: sample.subject,
    description: freshdeskHtml(first.body),
    description_text: first.body,
    status: FRESHDESK_STATUS[sample.ticket.status],
    priority: FRESHDESK_PRIORITY,
    source: FRESHDESK_SOURCE[sample.ticket.channel],
    type: 'Problem',
    requester_id: contactId,
    responder_id: firstReply ? replier.id : null,
    group_id: null,
    company_id: null,
    tags: sample.ticket.tags,
    custom_fields: { cf_order_number: null, cf_complaint_tier: null, cf_complaint_category: null },
    created_at: iso(created),
    updated_at: iso(messageTime(now, last)),
    due_by: iso(due),
    fr_due_by: iso(frDue),
    nr_due_by: nrDue === undefined ? null : iso(nrDue),
    is_escalated: now.getTime() > due,
    fr_escalated: firstReply ? messageTime(now, firstReply) > frDue : now.getTime() > frDue,
    nr_escalated: nrDue !== undefined && now.getTime() > nrDue,
    spam: false,
    email_config_id: null,
    attachments: [],
    conversations: rest.map((m, i) => ({
      id: ticketId * 100 + i + 1,
      body: freshdeskHtml(m.body),
      body_text: m.body,
      incoming: m.author === 'customer',
      private: false,
      user_id: m.author === 'customer' ? contactId : replier.id,
      // As in the fixtures: 0 an agent's reply, 1 the customer's e-mail in.
      source: m.author === 'customer' ? 1 : 0,
      created_at: iso(messageTime(now, m)),
    })),
  };
  const r = sample.requester;
  // Contacts exist from their first ticket, or from an earlier one: a steady, sample-specific age.
  const contactCreated = created - ((sample.seq * 53) % 700) * DAY_MS;
  const contact = {
    id: contactId,
    name: r.name,
    email: r.email,
    phone: null,
    mobile: null,
    language: freshdeskLanguageOf(r.locale),
    time_zone: railsName(r.timeZone),
    tags: r.tags,
    created_at: iso(contactCreated),
    company_id: null,
  };
  const agent = FRESHDESK_AGENTS[agentLanguage];
  const loggedInUser = {
    id: agent.id,
    contact: { name: agent.name, email: agent.email, language: agentLanguage, time_zone: railsName(agent.zone), mobile: null, phone: null },
    group_ids: [3001],
    role_ids: [1],
    is_active: true,
  };
  return { ticket, contact, loggedInUser };
}

// ── Shopify ─────────────────────────────────────────────────────────────────────────────────────

export interface ShopifyOrderRecord {
  sampleId: string;
  /** The buyer's e-mail, which the by-e-mail search filters on (the node itself carries no e-mail). */
  email: string;
  node: ShopifyOrder;
}

/** Every sample's order node, as the mock shop holds them. */
export function shopifyOrders(now: Date): ShopifyOrderRecord[] {
  return SAMPLES.flatMap((s) => (s.order ? [{ sampleId: s.id, email: s.requester.email, node: s.order(now) }] : []));
}

const bareName = (name: string) => name.trim().replace(/^#/, '').toLowerCase();

/**
 * The order node Shopify would return for one lookup: by `id` (a GID, or the number from the admin URL),
 * by `name` (the bare name, "#1042") or the most recent order of an e-mail address; null when none matches.
 */
export function findOrder(now: Date, lookup: { by: LookupBy; value: string }): ShopifyOrder | null {
  const value = lookup.value.trim();
  const orders = shopifyOrders(now);
  switch (lookup.by) {
    case 'id': {
      const gid = /^\d+$/.test(value) ? `gid://shopify/Order/${value}` : value;
      return orders.find((o) => o.node.id === gid)?.node ?? null;
    }
    case 'name':
      return orders.find((o) => o.node.name !== null && bareName(o.node.name) === bareName(value))?.node ?? null;
    case 'email': {
      const mine = orders.filter((o) => o.email.toLowerCase() === value.toLowerCase());
      mine.sort((a, b) => Date.parse(b.node.createdAt ?? '') - Date.parse(a.node.createdAt ?? ''));
      return mine[0]?.node ?? null;
    }
  }
}

/** The order the Shopify order page would show for the sample (the extension's `data.selected[0].id`). */
export function sampleOrderGid(sample: Sample): string | undefined {
  return sample.order?.(new Date(0)).id ?? undefined;
}

/** `name:"#1042"` or `email:"a@b"`, with the `\"` and `\\` escapes orderQuery.ts writes. */
function searchTerm(query: string): { by: 'name' | 'email'; value: string } | undefined {
  const m = /^(name|email):"((?:[^"\\]|\\.)*)"$/.exec(query.trim());
  if (!m) return undefined;
  return { by: m[1] as 'name' | 'email', value: m[2]!.replace(/\\(.)/g, '$1') };
}

/**
 * The whole Admin GraphQL answer (`{data, extensions}`) to one of orderQuery.ts's requests, as a mock API
 * returns it: `order(id:)` for the by-id variant, `orders(query:)` for the searches.
 */
export function shopifyGraphqlResponse(now: Date, request: { query: string; variables?: Record<string, unknown> }): Record<string, unknown> {
  const variables = request.variables ?? {};
  const cost = (by: LookupBy, found: boolean) => {
    const actual = found ? 14 : 3;
    return { cost: { requestedQueryCost: queryCost(by), actualQueryCost: actual, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 2000 - actual, restoreRate: 100 } } };
  };
  if (typeof variables.id === 'string') {
    const node = findOrder(now, { by: 'id', value: variables.id });
    return { data: { order: node }, extensions: cost('id', node !== null) };
  }
  const term = typeof variables.query === 'string' ? searchTerm(variables.query) : undefined;
  if (!term) return { errors: [{ message: 'Variable $query of type String! was provided invalid value', extensions: { code: 'BAD_USER_INPUT' } }] };
  const node = findOrder(now, term);
  return { data: { orders: { nodes: node ? [node] : [] } }, extensions: cost(term.by, node !== null) };
}
