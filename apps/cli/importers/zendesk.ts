// Zendesk ticket exports: the JSON of the incremental ticket export (`GET /api/v2/incremental/tickets…`)
// or of the ticket list API (`GET /api/v2/tickets`), `{"tickets": [...]}` with, when asked for
// (`include=users,metric_sets`), the requesters and ticket metrics beside them; and the account's
// JSON data export, one ticket a line with its `comments`.
import { createReadStream } from 'node:fs';
import type { ComplaintContextInput, Message, TicketStatus } from '../../../core/model.ts';
import { isPlainObject } from '../../../core/validation.ts';
import { jsonArrayItems } from './jsonStream.ts';
import { toRecord, type ImportedRecord, type Mapped } from './record.ts';
import { isoInstant } from './timestamps.ts';

export interface ZendeskUser {
  name?: string;
  email?: string;
  locale?: string;
  timeZone?: string;
  tags: string[];
  role?: string;
}

export interface ZendeskMetrics {
  solvedAt?: string;
  /** When the first public agent reply went out, from `reply_time_in_minutes.calendar`. */
  firstReplyAt?: string;
}

export interface ZendeskLookups {
  users: Map<string, ZendeskUser>;
  metrics: Map<string, ZendeskMetrics>;
}

export const noLookups = (): ZendeskLookups => ({ users: new Map(), metrics: new Map() });

// The API says "hold"; the core says "on_hold". "deleted" tickets come in incremental exports.
const STATUS: Record<string, TicketStatus> = { new: 'new', open: 'open', pending: 'pending', hold: 'on_hold', solved: 'solved', closed: 'closed' };

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const idOf = (v: unknown): string | undefined => (typeof v === 'number' || (typeof v === 'string' && v !== '') ? String(v) : undefined);

export function zendeskUser(raw: Record<string, unknown>): ZendeskUser {
  return {
    name: str(raw.name),
    email: str(raw.email),
    locale: str(raw.locale),
    // `iana_time_zone` is the zone itself; `time_zone` is a Rails name ("Beijing") the core cannot read.
    timeZone: str(raw.iana_time_zone),
    tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [],
    role: str(raw.role),
  };
}

export function zendeskMetrics(raw: Record<string, unknown>, createdAt: string | undefined): ZendeskMetrics {
  const out: ZendeskMetrics = {};
  const solved = isoInstant(raw.solved_at);
  if (solved) out.solvedAt = solved;
  const reply = isPlainObject(raw.reply_time_in_minutes) ? raw.reply_time_in_minutes.calendar : undefined;
  const created = isoInstant(createdAt ?? raw.created_at);
  if (typeof reply === 'number' && created) out.firstReplyAt = new Date(Date.parse(created) + reply * 60_000).toISOString();
  return out;
}

/** One ticket object of an export, mapped to the core's context. */
export function zendeskTicket(raw: unknown, lookups: ZendeskLookups = noLookups()): Mapped {
  if (!isPlainObject(raw)) return { error: 'a ticket must be a JSON object' };
  const id = idOf(raw.id);
  if (id === undefined) return { error: 'id: missing' };
  if (raw.status === 'deleted') return { id, error: 'status: deleted in Zendesk (export with exclude_deleted=true to leave these out)' };
  const comments = Array.isArray(raw.comments) ? raw.comments.filter(isPlainObject) : [];
  const commentText = (c: Record<string, unknown>) => str(c.plain_body) ?? str(c.body) ?? '';
  const description = str(raw.description) ?? (comments[0] ? commentText(comments[0]) : undefined);
  if (description === undefined) return { id, error: 'description: missing' };
  const createdAt = isoInstant(raw.created_at);
  if (createdAt === null) return { id, error: `created_at: "${String(raw.created_at)}" is not a date-time` };

  const requesterId = idOf(raw.requester_id);
  const user = requesterId ? lookups.users.get(requesterId) : undefined;
  // The ticket list API can embed the requester itself.
  const requester = user ?? (isPlainObject(raw.requester) ? zendeskUser(raw.requester) : undefined);
  const metrics = lookups.metrics.get(id) ?? (isPlainObject(raw.metric_set) ? zendeskMetrics(raw.metric_set, createdAt) : {});

  const messages: Message[] = [];
  comments.forEach((c, i) => {
    // The first comment is the description itself.
    if (i === 0 && commentText(c).trim() === description.trim()) return;
    const authorId = idOf(c.author_id);
    const role = authorId ? lookups.users.get(authorId)?.role : undefined;
    const customer = role ? role === 'end-user' : authorId === requesterId;
    const at = isoInstant(c.created_at);
    messages.push({ author: customer ? 'customer' : 'agent', body: commentText(c), public: c.public !== false, ...(at ? { at } : {}) });
  });
  // Without the conversation, the metrics still say when the first reply went out: the SLA needs it.
  if (!messages.some((m) => m.author === 'agent') && metrics.firstReplyAt) messages.push({ author: 'agent', body: '', at: metrics.firstReplyAt, public: true });

  const status = str(raw.status);
  const via = isPlainObject(raw.via) ? str(raw.via.channel) : undefined;
  const context: ComplaintContextInput = {
    ticket: {
      id,
      subject: str(raw.subject) ?? str(raw.raw_subject) ?? '',
      body: description,
      messages,
      ...(createdAt ? { createdAt } : {}),
      ...(via ? { channel: via } : {}),
      tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [],
      ...(status && STATUS[status] ? { status: STATUS[status] } : {}),
      ...(metrics.solvedAt ? { solvedAt: metrics.solvedAt } : {}),
      ...(requester?.locale ? { locale: requester.locale } : {}),
      ...(requester
        ? { requester: { name: requester.name, email: requester.email, locale: requester.locale, ...(requester.timeZone ? { timeZone: requester.timeZone } : {}) } }
        : {}),
    },
    ...(requesterId || requester
      ? { customer: { ...(requesterId ? { id: requesterId } : {}), name: requester?.name, email: requester?.email, tags: requester?.tags ?? [] } }
      : {}),
  };
  const priority = str(raw.priority);
  return { id, context, ...(priority ? { hostPriority: priority } : {}) };
}

/** The sideloads of a document export (users, metric sets), read in a first pass because Zendesk may put them after the tickets. */
export async function zendeskLookups(path: string, maxBytes: number): Promise<ZendeskLookups> {
  const lookups = noLookups();
  for await (const item of jsonArrayItems(createReadStream(path), ['users', 'metric_sets'], maxBytes)) {
    if (!('text' in item)) continue; // the ticket pass reports what is wrong with the file
    let raw: unknown;
    try {
      raw = JSON.parse(item.text);
    } catch {
      continue;
    }
    if (!isPlainObject(raw)) continue;
    if (item.key === 'users') {
      const id = idOf(raw.id);
      if (id) lookups.users.set(id, zendeskUser(raw));
    } else {
      const ticketId = idOf(raw.ticket_id);
      if (ticketId) lookups.metrics.set(ticketId, zendeskMetrics(raw, str(raw.created_at)));
    }
  }
  return lookups;
}

/** `{"tickets": [...]}`: every ticket, in order, as a record. */
export async function* readZendeskDocument(path: string, maxBytes: number): AsyncGenerator<ImportedRecord> {
  const lookups = await zendeskLookups(path, maxBytes);
  for await (const item of jsonArrayItems(createReadStream(path), ['tickets'], maxBytes)) {
    const where = `ticket ${item.index + 1}`;
    if ('error' in item) {
      yield { ok: false, where, error: item.error };
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(item.text);
    } catch (e) {
      yield { ok: false, where, error: `not valid JSON: ${(e as Error).message}` };
      continue;
    }
    yield toRecord(where, zendeskTicket(raw, lookups));
  }
}
