// One batched `client.get` of everything the core needs, and its mapping into ComplaintContext.
// Every path is read on its own terms: Zendesk leaves a path out (or reports it in `errors`) when a
// field does not exist, an account lacks a feature or the ticket is new, and that must never crash.
import * as z from '../../core/zod.ts';
import { parseContext, ContextError, type ComplaintContext, type ComplaintContextInput, type Priority, type UiLanguage } from '../../core/index.ts';
import { htmlToText } from './html.ts';
import type { AppSettings } from './settings.ts';

export const customFieldPath = (id: string) => `ticket.customField:custom_field_${id}`;

/** The paths of the one `get` made when a ticket opens. */
export function ticketPaths(settings: Pick<AppSettings, 'orderFieldId' | 'tierFieldId' | 'categoryFieldId'>): string[] {
  const paths = [
    'ticket.id',
    'ticket.subject',
    'ticket.description',
    'ticket.comments',
    'ticket.requester',
    'ticket.tags',
    'ticket.priority',
    'ticket.status',
    'ticket.createdAt',
    'ticket.via',
    'currentUser.name',
    'currentUser.locale',
  ];
  for (const id of [settings.orderFieldId, settings.tierFieldId, settings.categoryFieldId]) if (id) paths.push(customFieldPath(id));
  return paths;
}

// ── Host payload shapes (hosts/zendesk.md §5; loose: Zendesk adds keys over time) ──────────────
const nullish = <T extends z.core.SomeType>(t: T) => z.optional(z.nullable(t));
const Id = z.union([z.number(), z.string()]);
const TimeZone = z.union([z.string(), z.looseObject({ ianaName: nullish(z.string()), name: nullish(z.string()) })]);
export const ZafUser = z.looseObject({
  id: nullish(Id),
  name: nullish(z.string()),
  email: nullish(z.string()),
  role: nullish(z.string()),
  locale: nullish(z.string()),
  tags: nullish(z.array(z.string())),
  timeZone: nullish(TimeZone),
});
export const ZafComment = z.looseObject({
  id: nullish(Id),
  value: nullish(z.string()),
  author: nullish(ZafUser),
  createdAt: nullish(z.string()),
  isPublic: nullish(z.boolean()),
  public: nullish(z.boolean()),
});
const Via = z.looseObject({ channel: nullish(z.union([z.string(), z.number()])) });

export interface TicketSnapshot {
  context: ComplaintContext;
  /** What the agent's UI follows. */
  agent: { name?: string; locale?: string };
  priority?: Priority;
  tags: string[];
  /** Custom field values by field id (as strings), for the fields the admin mapped. */
  fields: Record<string, string | undefined>;
  /** Paths Zendesk did not give us, or gave in a shape we could not read: shown, never thrown. */
  missing: string[];
}

export class TicketDataError extends Error {
  constructor(message: string, readonly issues: { path: string; message: string }[] = []) {
    super(message);
    this.name = 'TicketDataError';
  }
}

function isoOf(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

const STATUS: Record<string, ComplaintContextInput['ticket']['status']> = {
  new: 'new',
  open: 'open',
  pending: 'pending',
  hold: 'on_hold',
  on_hold: 'on_hold',
  solved: 'solved',
  closed: 'closed',
};

const isAgentRole = (role: string | null | undefined) => role === 'agent' || role === 'admin';

/** Maps a `get` result into the core's context. Throws TicketDataError only when there is no ticket at all. */
export function mapTicket(result: Record<string, unknown>, settings: Pick<AppSettings, 'orderFieldId' | 'tierFieldId' | 'categoryFieldId'>): TicketSnapshot {
  const errors = (result.errors && typeof result.errors === 'object' ? result.errors : {}) as Record<string, unknown>;
  const missing: string[] = [];
  function read<T extends z.ZodMiniType>(path: string, schema: T): z.infer<T> | undefined {
    if (path in errors || !(path in result) || result[path] === undefined || result[path] === null) {
      missing.push(path);
      return undefined;
    }
    const parsed = z.safeParse(schema, result[path]);
    if (!parsed.success) {
      missing.push(path);
      return undefined;
    }
    return parsed.data as z.infer<T>;
  }

  const id = read('ticket.id', Id);
  const subject = read('ticket.subject', z.string()) ?? '';
  const description = read('ticket.description', z.string());
  const comments = read('ticket.comments', z.array(z.unknown())) ?? [];
  const requester = read('ticket.requester', ZafUser);
  const tags = read('ticket.tags', z.array(z.string())) ?? [];
  const priorityRaw = read('ticket.priority', z.string());
  const statusRaw = read('ticket.status', z.string());
  const createdAt = isoOf(read('ticket.createdAt', z.string()));
  const via = read('ticket.via', Via);
  const agentName = read('currentUser.name', z.string());
  const agentLocale = read('currentUser.locale', z.string());

  const requesterId = requester?.id == null ? undefined : String(requester.id);
  // ZAF lists comments newest first (the agent's conversation view); the core wants oldest first.
  const parsedComments = comments
    .map((c) => z.safeParse(ZafComment, c))
    .filter((r) => r.success)
    .map((r) => r.data);
  const withTimes = parsedComments.every((c) => c.createdAt && isoOf(c.createdAt));
  const ordered = withTimes
    ? [...parsedComments].sort((a, b) => Date.parse(a.createdAt!) - Date.parse(b.createdAt!))
    : [...parsedComments].reverse();

  const texts = ordered.map((c) => ({ comment: c, text: htmlToText(c.value ?? '') }));
  // The description is the first comment; without it (a new ticket's API shape) take the oldest one.
  let body = description ?? '';
  let rest = texts;
  if (texts.length > 0) {
    const first = texts[0]!;
    const same = description !== undefined && normaliseSpace(first.text) === normaliseSpace(description);
    if (same || description === undefined) {
      if (description === undefined) body = first.text;
      rest = texts.slice(1);
    }
  }

  const ticketInput: ComplaintContextInput['ticket'] = {
    id: id === undefined || id === '' ? 'new' : String(id),
    subject,
    body,
    messages: rest
      .filter((m) => m.text !== '')
      .map(({ comment, text }) => {
        const authorId = comment.author?.id == null ? undefined : String(comment.author.id);
        const byCustomer = authorId !== undefined && requesterId !== undefined ? authorId === requesterId : !isAgentRole(comment.author?.role);
        const at = isoOf(comment.createdAt);
        return {
          author: byCustomer ? ('customer' as const) : ('agent' as const),
          body: text,
          public: comment.isPublic ?? comment.public ?? true,
          ...(at ? { at } : {}),
        };
      }),
    tags,
  };
  if (createdAt) ticketInput.createdAt = createdAt;
  if (via?.channel != null) ticketInput.channel = String(via.channel);
  const status = statusRaw ? STATUS[statusRaw.toLowerCase()] : undefined;
  if (status) ticketInput.status = status;
  if (requester) {
    const zone = typeof requester.timeZone === 'string' ? requester.timeZone : requester.timeZone?.ianaName ?? undefined;
    ticketInput.requester = {
      ...(requester.name ? { name: requester.name } : {}),
      ...(requester.email ? { email: requester.email } : {}),
      ...(requester.locale ? { locale: requester.locale } : {}),
      ...(zone && isZone(zone) ? { timeZone: zone } : {}),
    };
    if (requester.locale) ticketInput.locale = requester.locale;
  }
  const input: ComplaintContextInput = { ticket: ticketInput };
  if (requester) {
    input.customer = {
      ...(requesterId ? { id: requesterId } : {}),
      ...(requester.name ? { name: requester.name } : {}),
      ...(requester.email ? { email: requester.email } : {}),
      tags: requester.tags ?? [],
    };
  }

  let context: ComplaintContext;
  try {
    context = parseContext(input);
  } catch (error) {
    if (error instanceof ContextError) throw new TicketDataError('Zendesk sent ticket data Complaint Desk cannot read', error.issues);
    throw error;
  }

  const fields: Record<string, string | undefined> = {};
  for (const fid of [settings.orderFieldId, settings.tierFieldId, settings.categoryFieldId]) {
    if (!fid) continue;
    const value = read(customFieldPath(fid), z.union([z.string(), z.number()]));
    fields[fid] = value === undefined || value === '' ? undefined : String(value);
  }
  const priority = priorityRaw && ['low', 'normal', 'high', 'urgent'].includes(priorityRaw) ? (priorityRaw as Priority) : undefined;
  const agent: TicketSnapshot['agent'] = {};
  if (agentName) agent.name = agentName;
  if (agentLocale) agent.locale = agentLocale;
  const snapshot: TicketSnapshot = { context, agent, tags, fields, missing };
  if (priority) snapshot.priority = priority;
  return snapshot;
}

const normaliseSpace = (s: string) => s.replace(/\s+/g, ' ').trim();

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The agent's Zendesk locale → the UI language (apps/shared/strings.ts has the same mapping for every host). */
export function uiLanguageOf(locale: string | undefined): UiLanguage {
  const l = (locale ?? '').toLowerCase().replace('_', '-');
  if (!l.startsWith('zh')) return 'en';
  if (/^zh-(tw|hk|mo|hant)/.test(l)) return 'zh-Hant';
  return 'zh-Hans';
}
