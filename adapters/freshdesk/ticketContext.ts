// The three data-method objects (`ticket`, `contact`, `loggedInUser`) mapped into the core's
// ComplaintContext. Each object and each field is read on its own terms: a data call that failed, a
// field a plan lacks or a null is recorded in `missing` and never throws; only a context the core itself
// refuses does (TicketDataError).
import * as z from '../../core/zod.ts';
import { parseContext, ContextError, type ComplaintContext, type ComplaintContextInput, type Priority, type UiLanguage } from '../../core/index.ts';
import { priorityOf, sourceOf, statusOf } from './codes.ts';
import { htmlToText } from './html.ts';
import { FdContact, FdConversation, FdLoggedInUser, FdTicket } from './payloads.ts';
import { ianaZoneOf } from './timeZones.ts';

/** Freshdesk's own SLA targets, shown beside ours (issue 6), ISO UTC. */
export interface FreshdeskDueDates {
  dueBy?: string;
  frDueBy?: string;
  nrDueBy?: string;
  isEscalated: boolean;
  frEscalated: boolean;
  nrEscalated: boolean;
}

export interface FreshdeskSnapshot {
  context: ComplaintContext;
  agent: { name?: string; email?: string; locale?: string };
  /** The ticket's saved priority, in core words and as Freshdesk's code. */
  priority?: Priority;
  tags: string[];
  /** Every custom field the ticket carries, as text (`cf_order_number` → "1001"); empty values left out. */
  fields: Record<string, string>;
  due: FreshdeskDueDates;
  /** Objects or fields Freshdesk did not give us, or gave in a shape we could not read. */
  missing: string[];
}

/** What `client.data.get(...)` resolved to for each object, already unwrapped; undefined if the call failed. */
export interface HostData {
  ticket?: unknown;
  contact?: unknown;
  loggedInUser?: unknown;
}

export class TicketDataError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'TicketDataError';
  }
}

function isoOf(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

const nonEmpty = (s: string | null | undefined): string | undefined => (s && s.trim() !== '' ? s : undefined);

/** Field by field: a bad field costs that field, not the object (a whole-object parse would lose all). */
function readObject<T extends z.ZodMiniObject>(name: string, schema: T, value: unknown, missing: string[]): Partial<z.infer<T>> {
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
    missing.push(name);
    return {};
  }
  const out: Record<string, unknown> = {};
  const shape = schema.def.shape as Record<string, z.ZodMiniType>;
  const record = value as Record<string, unknown>;
  for (const [key, fieldSchema] of Object.entries(shape)) {
    if (!(key in record)) continue;
    const parsed = z.safeParse(fieldSchema, record[key]);
    if (parsed.success) out[key] = parsed.data;
    else missing.push(`${name}.${key}`);
  }
  return out as Partial<z.infer<T>>;
}

function fieldText(value: unknown): string | undefined {
  if (typeof value === 'string') return nonEmpty(value.trim());
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

function messagesOf(conversations: unknown[], requesterId: string | undefined): NonNullable<ComplaintContextInput['ticket']['messages']> {
  const parsed = conversations.flatMap((c) => {
    const r = z.safeParse(FdConversation, c);
    return r.success ? [r.data] : [];
  });
  const timed = parsed.every((c) => isoOf(c.created_at));
  const ordered = timed ? [...parsed].sort((a, b) => Date.parse(a.created_at!) - Date.parse(b.created_at!)) : parsed;
  return ordered.flatMap((c) => {
    const body = nonEmpty(c.body_text) ?? (c.body ? htmlToText(c.body) : '');
    if (body.trim() === '') return [];
    const userId = c.user_id == null ? undefined : String(c.user_id);
    const byCustomer = c.incoming === true || (c.incoming == null && userId !== undefined && userId === requesterId);
    const at = isoOf(c.created_at);
    return [{ author: byCustomer ? ('customer' as const) : ('agent' as const), body, public: c.private !== true, ...(at ? { at } : {}) }];
  });
}

export function mapTicket(data: HostData): FreshdeskSnapshot {
  const missing: string[] = [];
  const t = readObject('ticket', FdTicket, data.ticket, missing);
  const contact = readObject('contact', FdContact, data.contact, missing);
  const user = readObject('loggedInUser', FdLoggedInUser, data.loggedInUser, missing);

  const requesterId = t.requester_id == null ? (contact.id == null ? undefined : String(contact.id)) : String(t.requester_id);
  const body = nonEmpty(t.description_text) ?? (t.description ? htmlToText(t.description) : '');
  const tags = t.tags ?? [];
  const ticketInput: ComplaintContextInput['ticket'] = {
    id: t.id == null || t.id === '' ? 'new' : String(t.id),
    subject: t.subject ?? '',
    body,
    messages: messagesOf(t.conversations ?? [], requesterId),
    tags,
  };
  const createdAt = isoOf(t.created_at);
  if (createdAt) ticketInput.createdAt = createdAt;
  const channel = sourceOf(t.source);
  if (channel) ticketInput.channel = channel;
  const status = statusOf(t.status);
  if (status) ticketInput.status = status;

  const zone = ianaZoneOf(contact.time_zone);
  const hasContact = Object.keys(contact).length > 0;
  if (hasContact) {
    ticketInput.requester = {
      ...(nonEmpty(contact.name) ? { name: contact.name! } : {}),
      ...(nonEmpty(contact.email) ? { email: contact.email! } : {}),
      ...(nonEmpty(contact.language) ? { locale: contact.language! } : {}),
      ...(zone ? { timeZone: zone } : {}),
    };
    if (nonEmpty(contact.language)) ticketInput.locale = contact.language!;
  }
  const input: ComplaintContextInput = { ticket: ticketInput };
  if (hasContact) {
    const customerCreated = isoOf(contact.created_at);
    input.customer = {
      ...(contact.id != null ? { id: String(contact.id) } : {}),
      ...(nonEmpty(contact.name) ? { name: contact.name! } : {}),
      ...(nonEmpty(contact.email) ? { email: contact.email! } : {}),
      ...(customerCreated ? { createdAt: customerCreated } : {}),
      tags: contact.tags ?? [],
    };
  }

  let context: ComplaintContext;
  try {
    context = parseContext(input);
  } catch (error) {
    if (error instanceof ContextError) throw new TicketDataError('Freshdesk sent ticket data Complaint Desk cannot read', error.issues);
    throw error;
  }

  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(t.custom_fields ?? {})) {
    const v = fieldText(value);
    if (v !== undefined) fields[key] = v;
  }
  const due: FreshdeskDueDates = {
    isEscalated: t.is_escalated === true,
    frEscalated: t.fr_escalated === true,
    nrEscalated: t.nr_escalated === true,
  };
  const dueBy = isoOf(t.due_by);
  if (dueBy) due.dueBy = dueBy;
  const frDueBy = isoOf(t.fr_due_by);
  if (frDueBy) due.frDueBy = frDueBy;
  const nrDueBy = isoOf(t.nr_due_by);
  if (nrDueBy) due.nrDueBy = nrDueBy;

  const agent: FreshdeskSnapshot['agent'] = {};
  if (nonEmpty(user.contact?.name)) agent.name = user.contact!.name!;
  if (nonEmpty(user.contact?.email)) agent.email = user.contact!.email!;
  if (nonEmpty(user.contact?.language)) agent.locale = user.contact!.language!;

  const snapshot: FreshdeskSnapshot = { context, agent, tags, fields, due, missing };
  const priority = priorityOf(t.priority);
  if (priority) snapshot.priority = priority;
  return snapshot;
}

/** The agent's Freshdesk language ("zh-CN", "zh-TW", "en") → the UI language. */
export function uiLanguageOf(locale: string | undefined): UiLanguage {
  const l = (locale ?? '').toLowerCase().replace('_', '-');
  if (!l.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo|hant)/.test(l) ? 'zh-Hant' : 'zh-Hans';
}
