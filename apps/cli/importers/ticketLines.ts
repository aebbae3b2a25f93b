// Our own JSON Lines (the `triage` input, design.md §3), and the reading of any one-object-a-line
// export (Zendesk's account data export is one too).
import { createReadStream } from 'node:fs';
import { formatPath } from '../../../core/validation.ts';
import { readLines } from '../jsonLines.ts';
import { MAX_BODY_BYTES, TicketLine, toContext } from '../ticketLine.ts';
import { toRecord, type ImportedRecord, type Mapped } from './record.ts';

/** A line holds a body of up to 1 MB plus the order and conversation around it (as in `triage`). */
export const MAX_LINE_BYTES = 2 * MAX_BODY_BYTES;

export function ticketLine(json: unknown): Mapped {
  const parsed = TicketLine.safeParse(json);
  if (!parsed.success) {
    const id = typeof json === 'object' && json !== null && 'id' in json ? { id: String(json.id) } : {};
    return { ...id, error: parsed.error.issues.map((i) => `${formatPath(i.path) || '(line)'}: ${i.message}`).join('; ') };
  }
  return { id: parsed.data.id, context: toContext(parsed.data) };
}

export async function* readJsonLines(path: string, map: (json: unknown) => Mapped): AsyncGenerator<ImportedRecord> {
  for await (const line of readLines(createReadStream(path), MAX_LINE_BYTES)) {
    const where = `line ${line.number}`;
    if ('error' in line) {
      yield { ok: false, where, error: line.error };
      continue;
    }
    if (line.text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line.text);
    } catch (e) {
      yield { ok: false, where, error: `not valid JSON: ${(e as Error).message}` };
      continue;
    }
    yield toRecord(where, map(json));
  }
}
