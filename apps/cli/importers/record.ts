// What every importer yields: a ticket mapped to the core's context, or the reason a record could not
// be read. Errors travel as records (not exceptions) so the report counts and lists them and goes on.
import type { ComplaintContextInput } from '../../../core/model.ts';

export type ImportedRecord =
  | {
      ok: true;
      /** Where the record sits in the file, in words the reader can find again: "line 12", "row 7". */
      where: string;
      id: string;
      context: ComplaintContextInput;
      /** The priority the help desk had, when the export carries one (shown beside ours). */
      hostPriority?: string;
    }
  | { ok: false; where: string; id?: string; error: string };

export type Source = 'jsonl' | 'zendesk-json' | 'zendesk-jsonl' | 'freshdesk-json' | 'freshdesk-csv';

/** Mapping one exported object: the ticket, or what is wrong with it (naming the field). */
export type Mapped = { id: string; context: ComplaintContextInput; hostPriority?: string } | { id?: string; error: string };

export function toRecord(where: string, mapped: Mapped): ImportedRecord {
  return 'error' in mapped ? { ok: false, where, id: mapped.id, error: mapped.error } : { ok: true, where, ...mapped };
}
