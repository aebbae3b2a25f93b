// `due --calendar FILE --from ISO (--add MINUTES | --to ISO)`: lets an admin check a business
// calendar by hand. Prints the due instant (ISO 8601 UTC) or the business minutes between two instants.
import { parseArgs } from 'node:util';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  CalendarError,
  isoInstant,
  parseBusinessCalendar,
  type BusinessCalendar,
} from '../../core/businessCalendar.ts';
import { instantOfWall, wallMs } from '../../core/timeZone.ts';
import { diagnostic } from './io.ts';

export const DUE_USAGE = `usage: due --calendar FILE --from ISO --add MINUTES
       due --calendar FILE --from ISO --to ISO

  --calendar FILE   business calendar JSON: {"timeZone", "week", "holidays", "workdays"}
  --from ISO        start, e.g. 2026-03-06T16:00:00Z or 2026-03-06T16:00:00-05:00; without an
                    offset (2026-03-06T16:00) it is a local time in the calendar's time zone
  --add MINUTES     whole business minutes to add: prints the due instant in UTC
  --to ISO          end: prints the business minutes from --from to --to
`;

export interface DueIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  readFile: (path: string) => Promise<string>;
}

export async function dueCommand(args: string[], io: DueIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`due: ${diagnostic(message)}\n`);
    return 2;
  };
  // parseArgs reads "--add -5" as a missing value; say what is really wrong.
  const addAt = args.indexOf('--add');
  if (addAt >= 0 && /^-\d/.test(args[addAt + 1] ?? '')) return fail(`--add: "${args[addAt + 1]}" is not a whole number of minutes (0 or more)`);
  let values: { calendar?: string; from?: string; add?: string; to?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        calendar: { type: 'string' },
        from: { type: 'string' },
        add: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return fail(`${(e as Error).message}\n${DUE_USAGE}`);
  }
  if (values.help) {
    io.stdout.write(DUE_USAGE);
    return 0;
  }
  if (values.calendar === undefined) return fail(`--calendar FILE is required\n${DUE_USAGE}`);
  if (values.from === undefined) return fail(`--from ISO is required\n${DUE_USAGE}`);
  if ((values.add === undefined) === (values.to === undefined)) return fail(`give either --add MINUTES or --to ISO\n${DUE_USAGE}`);

  let minutes: number | undefined;
  if (values.add !== undefined) {
    minutes = /^\d+$/.test(values.add.trim()) ? Number(values.add.trim()) : Number.NaN;
    if (!Number.isSafeInteger(minutes)) return fail(`--add: "${values.add}" is not a whole number of minutes (0 or more)`);
  }

  let text: string;
  try {
    text = await io.readFile(values.calendar);
  } catch (e) {
    return fail(`cannot read calendar ${values.calendar}: ${(e as Error).message}`);
  }
  let calendar: BusinessCalendar;
  try {
    calendar = parseBusinessCalendar(JSON.parse(text));
  } catch (e) {
    if (e instanceof CalendarError) return fail(e.issues.map((i) => `${values.calendar}: ${i.path || '(calendar)'}: ${i.message}`).join('\ndue: '));
    return fail(`${values.calendar}: not valid JSON: ${(e as Error).message}`);
  }

  const from = parseInstant(values.from, calendar.timeZone);
  if (typeof from === 'string') return fail(`--from: ${from}`);
  try {
    if (minutes !== undefined) {
      io.stdout.write(`${isoInstant(addBusinessMinutes(new Date(from), minutes, calendar))}\n`);
    } else {
      const to = parseInstant(values.to!, calendar.timeZone);
      if (typeof to === 'string') return fail(`--to: ${to}`);
      io.stdout.write(`${formatMinutes(businessMinutesBetween(new Date(from), new Date(to), calendar))}\n`);
    }
  } catch (e) {
    return fail((e as Error).message);
  }
  return 0;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Epoch milliseconds, or what is wrong with the text. */
function parseInstant(text: string, timeZone: string): number | string {
  const m = ISO.exec(text.trim());
  const bad = `"${text}" is not an ISO 8601 date-time such as 2026-03-06T16:00:00Z`;
  if (!m) return bad;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate() || h > 23 || mi > 59 || s > 59) return bad;
  const wall = wallMs(y, mo, d, h, mi, s) + ms;
  const zone = m[8];
  if (zone === undefined) return instantOfWall(timeZone, wall);
  if (zone.toUpperCase() === 'Z') return wall;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0)) * 60_000;
  return wall - offset;
}

// Whole minutes print as integers; a span with seconds prints to the second (6 decimals).
function formatMinutes(minutes: number): string {
  return String(Number(minutes.toFixed(6)));
}
