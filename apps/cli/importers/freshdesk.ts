// Freshdesk ticket exports: the CSV of the Tickets list's "Export" (one column per chosen field, named
// as in the UI: "Ticket ID", "Subject", "Description", "Status", "Created time"…), and the JSON of the
// v2 API (`GET /api/v2/tickets`, an array, or `{"tickets": [...]}`; `include=requester,stats` and a
// ticket's `conversations` are read when present).
import { createReadStream } from 'node:fs';
import type { ComplaintContextInput, Message, TicketStatus } from '../../../core/model.ts';
import { isPlainObject } from '../../../core/validation.ts';
import { csvRecords } from './csv.ts';
import { htmlToText, looksLikeHtml } from './htmlText.ts';
import { jsonArrayItems } from './jsonStream.ts';
import { toRecord, type ImportedRecord, type Mapped } from './record.ts';
import { isoInstant } from './timestamps.ts';

// The API numbers statuses and priorities; the CSV names them (and an export from older tooling may
// still carry the numbers). "Waiting on …" are the custom statuses Freshdesk suggests, SLA timer off.
const STATUS: Record<string, TicketStatus> = {
  '2': 'open',
  '3': 'pending',
  '4': 'solved',
  '5': 'closed',
  open: 'open',
  pending: 'pending',
  resolved: 'solved',
  closed: 'closed',
  'waiting on customer': 'pending',
  'waiting on third party': 'pending',
};
const PRIORITY: Record<string, string> = { '1': 'low', '2': 'medium', '3': 'high', '4': 'urgent' };
const SOURCE: Record<string, string> = {
  '1': 'email',
  '2': 'portal',
  '3': 'phone',
  '7': 'chat',
  '9': 'feedback_widget',
  '10': 'outbound_email',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const textOf = (v: string) => (looksLikeHtml(v) ? htmlToText(v) : v);
const tagsOf = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((t): t is string => typeof t === 'string')
    : typeof v === 'string'
      ? v.split(',').map((t) => t.trim()).filter(Boolean)
      : [];

interface Fields {
  id: string;
  subject: string;
  body: string;
  createdAt: unknown;
  status?: string;
  priority?: string;
  source?: string;
  tags: string[];
  name?: string;
  email?: string;
  contactId?: string;
  firstReplyAt: unknown;
  solvedAt: unknown;
  messages: Message[];
}

function toContext(f: Fields): Mapped {
  const createdAt = isoInstant(f.createdAt);
  if (createdAt === null) return { id: f.id, error: `created time: "${String(f.createdAt)}" is not a date-time` };
  const solvedAt = isoInstant(f.solvedAt) ?? undefined;
  const messages = [...f.messages];
  // The export gives when the first reply went out, not the reply: the SLA clock needs only the instant.
  const firstReplyAt = isoInstant(f.firstReplyAt);
  if (firstReplyAt && !messages.some((m) => m.author === 'agent')) messages.push({ author: 'agent', body: '', at: firstReplyAt, public: true });
  const status = f.status === undefined ? undefined : STATUS[f.status.trim().toLowerCase()];
  const priority = f.priority === undefined ? undefined : (PRIORITY[f.priority.trim()] ?? f.priority.trim().toLowerCase());
  const channel = f.source === undefined ? undefined : (SOURCE[f.source.trim()] ?? f.source.trim().toLowerCase());
  const requester = f.name || f.email ? { name: f.name || undefined, email: f.email || undefined } : undefined;
  const context: ComplaintContextInput = {
    ticket: {
      id: f.id,
      subject: f.subject,
      body: f.body,
      messages,
      ...(createdAt ? { createdAt } : {}),
      ...(channel ? { channel } : {}),
      tags: f.tags,
      ...(status ? { status } : {}),
      ...(solvedAt ? { solvedAt } : {}),
      ...(requester ? { requester } : {}),
    },
    ...(requester || f.contactId ? { customer: { ...(f.contactId ? { id: f.contactId } : {}), ...requester, tags: [] } } : {}),
  };
  return { id: f.id, context, ...(priority ? { hostPriority: priority } : {}) };
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────────

/** The columns we read, by their header in the export (matched without case). */
export const CSV_COLUMNS = {
  id: 'ticket id',
  subject: 'subject',
  description: 'description',
  status: 'status',
  priority: 'priority',
  source: 'source',
  createdAt: 'created time',
  firstReplyAt: 'initial response time',
  resolvedAt: 'resolved time',
  closedAt: 'closed time',
  tags: 'tags',
  name: 'full name',
  email: 'email',
  contactId: 'contact id',
} as const;

export type CsvHeader = Partial<Record<keyof typeof CSV_COLUMNS, number>>;

export function csvHeader(fields: string[]): CsvHeader | { error: string } {
  const index = new Map(fields.map((f, i) => [f.trim().toLowerCase(), i]));
  const header: CsvHeader = {};
  for (const [key, name] of Object.entries(CSV_COLUMNS)) {
    const i = index.get(name);
    if (i !== undefined) header[key as keyof typeof CSV_COLUMNS] = i;
  }
  if (header.id === undefined) return { error: 'the header has no "Ticket ID" column' };
  if (header.subject === undefined && header.description === undefined) return { error: 'the header has neither "Subject" nor "Description"' };
  return header;
}

/** Whether a CSV header line is a Freshdesk ticket export's. */
export const isFreshdeskCsvHeader = (fields: string[]) => !('error' in csvHeader(fields));

export function freshdeskCsvRow(header: CsvHeader, row: string[], width: number): Mapped {
  const get = (key: keyof typeof CSV_COLUMNS) => {
    const i = header[key];
    return i === undefined ? undefined : row[i];
  };
  const id = get('id')?.trim();
  if (!id) return { error: 'Ticket ID: empty' };
  if (row.length !== width) return { id, error: `${row.length} fields where the header has ${width} (a stray quote?)` };
  return toContext({
    id,
    subject: get('subject') ?? '',
    body: textOf(get('description') ?? ''),
    createdAt: get('createdAt'),
    status: get('status'),
    priority: get('priority'),
    source: get('source'),
    tags: tagsOf(get('tags')),
    name: get('name')?.trim(),
    email: get('email')?.trim(),
    contactId: get('contactId')?.trim() || undefined,
    firstReplyAt: get('firstReplyAt'),
    solvedAt: get('resolvedAt') || get('closedAt'),
    messages: [],
  });
}

export async function* readFreshdeskCsv(path: string, maxChars: number): AsyncGenerator<ImportedRecord> {
  let header: CsvHeader | undefined;
  let width = 0;
  for await (const record of csvRecords(createReadStream(path), maxChars)) {
    const where = `row ${record.row}`;
    if ('error' in record) {
      yield { ok: false, where, error: record.error };
      continue;
    }
    if (!header) {
      const parsed = csvHeader(record.fields);
      if ('error' in parsed) {
        yield { ok: false, where, error: parsed.error };
        return;
      }
      header = parsed;
      width = record.fields.length;
      continue;
    }
    yield toRecord(where, freshdeskCsvRow(header, record.fields, width));
  }
}

// ── JSON ─────────────────────────────────────────────────────────────────────────────────────────

export function freshdeskJsonTicket(raw: unknown): Mapped {
  if (!isPlainObject(raw)) return { error: 'a ticket must be a JSON object' };
  const id = str(raw.id);
  if (id === undefined || id === '') return { error: 'id: missing' };
  const body = typeof raw.description_text === 'string' ? raw.description_text : typeof raw.description === 'string' ? htmlToText(raw.description) : undefined;
  if (body === undefined) return { id, error: 'description_text: missing' };
  const requester = isPlainObject(raw.requester) ? raw.requester : {};
  const stats = isPlainObject(raw.stats) ? raw.stats : {};
  const messages: Message[] = (Array.isArray(raw.conversations) ? raw.conversations.filter(isPlainObject) : []).map((c) => {
    const at = isoInstant(c.created_at);
    const text = typeof c.body_text === 'string' ? c.body_text : typeof c.body === 'string' ? htmlToText(c.body) : '';
    // `incoming`: the customer wrote it; `private`: an agent's note, which never answers the customer.
    return { author: c.incoming === true ? 'customer' : 'agent', body: text, public: c.private !== true, ...(at ? { at } : {}) };
  });
  return toContext({
    id,
    subject: str(raw.subject) ?? '',
    body,
    createdAt: raw.created_at,
    status: str(raw.status),
    priority: str(raw.priority),
    source: str(raw.source),
    tags: tagsOf(raw.tags),
    name: str(requester.name),
    email: str(requester.email) ?? str(raw.email),
    contactId: str(raw.requester_id) ?? str(requester.id),
    firstReplyAt: stats.first_responded_at,
    solvedAt: stats.resolved_at ?? stats.closed_at,
    messages,
  });
}

/** A root array of tickets, or `{"tickets": [...]}`. */
export async function* readFreshdeskJson(path: string, maxBytes: number): AsyncGenerator<ImportedRecord> {
  for await (const item of jsonArrayItems(createReadStream(path), [null, 'tickets'], maxBytes)) {
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
    yield toRecord(where, freshdeskJsonTicket(raw));
  }
}
