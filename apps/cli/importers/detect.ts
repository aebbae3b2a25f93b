// Which export a file is, from its shape alone (no flag to get wrong): our JSON Lines, a Zendesk
// export (`{"tickets": [...]}` from the incremental export or ticket list API, or its one-ticket-a-line
// data export), or a Freshdesk export (the CSV of the Tickets list, or the v2 API's JSON).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isPlainObject } from '../../../core/validation.ts';
import { csvRecords } from './csv.ts';
import { isFreshdeskCsvHeader, readFreshdeskCsv, readFreshdeskJson } from './freshdesk.ts';
import { readLines } from '../jsonLines.ts';
import { jsonArrayItems } from './jsonStream.ts';
import type { ImportedRecord, Source } from './record.ts';
import { MAX_LINE_BYTES, readJsonLines, ticketLine } from './ticketLines.ts';
import { readZendeskDocument, zendeskTicket } from './zendesk.ts';

const HEAD_BYTES = 64 * 1024;

/** Freshdesk numbers statuses and has a plain-text twin of the description; Zendesk names them. */
const isFreshdeskTicket = (t: Record<string, unknown>) => 'description_text' in t || typeof t.status === 'number' || typeof t.priority === 'number';
/** A ticket of Zendesk's line export, as opposed to one of ours (which has `body`). */
const isZendeskTicket = (t: Record<string, unknown>) => !('body' in t) && 'description' in t && ('requester_id' in t || 'comments' in t || 'via' in t);

export async function detectSource(path: string): Promise<Source | { error: string }> {
  const file = await open(path, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await file.close();
  }
  const start = head.trimStart();
  if (start === '') return 'jsonl';
  if (start[0] === '[') return 'freshdesk-json';
  if (start[0] === '{') {
    // One ticket a line, or one document? The first line decides when it is a whole object.
    let first: unknown;
    for await (const line of readLines(createReadStream(path), MAX_LINE_BYTES)) {
      if ('text' in line && line.text.trim() === '') continue;
      try {
        first = 'text' in line ? JSON.parse(line.text) : undefined;
      } catch {
        first = undefined; // pretty-printed, or one of our lines gone bad
      }
      break;
    }
    if (isPlainObject(first) && !('tickets' in first)) return isZendeskTicket(first) ? 'zendesk-jsonl' : 'jsonl';
    let documentError: string | undefined;
    for await (const item of jsonArrayItems(createReadStream(path), ['tickets'], MAX_LINE_BYTES)) {
      if (!('text' in item)) {
        documentError = item.error;
        break;
      }
      let ticket: unknown;
      try {
        ticket = JSON.parse(item.text);
      } catch {
        break;
      }
      return isPlainObject(ticket) && isFreshdeskTicket(ticket) ? 'freshdesk-json' : 'zendesk-json';
    }
    // No ticket found: several JSON values one after another are our lines (the bad ones get reported
    // one by one); a single document with no tickets is an empty export.
    return documentError === undefined ? 'zendesk-json' : 'jsonl';
  }
  for await (const record of csvRecords(createReadStream(path), HEAD_BYTES)) {
    if ('fields' in record && isFreshdeskCsvHeader(record.fields)) return 'freshdesk-csv';
    break;
  }
  return {
    error:
      'not a ticket file this command reads: expected JSON Lines (one ticket a line), a Zendesk export ({"tickets": [...]}), or a Freshdesk export (CSV with a "Ticket ID" column, or JSON)',
  };
}

export function readRecords(path: string, source: Source): AsyncGenerator<ImportedRecord> {
  switch (source) {
    case 'jsonl':
      return readJsonLines(path, ticketLine);
    case 'zendesk-jsonl':
      return readJsonLines(path, (json) => zendeskTicket(json));
    case 'zendesk-json':
      return readZendeskDocument(path, MAX_LINE_BYTES);
    case 'freshdesk-json':
      return readFreshdeskJson(path, MAX_LINE_BYTES);
    case 'freshdesk-csv':
      return readFreshdeskCsv(path, MAX_LINE_BYTES);
  }
}
