// Holidays from an iCalendar (.ics) export, the form shops get them in from Google Calendar,
// Outlook or a public-holiday feed. Only all-day events count: a holiday closes whole dates, and a
// timed event ("team meeting 14:00") is not a closure.
//
// What is read, and why:
// - Lines are unfolded first (RFC 5545 §3.1: a line starting with a space or tab continues the
//   previous one); Google folds at 75 octets, often inside a SUMMARY.
// - DTSTART;VALUE=DATE (or a bare 8-digit date) starts an all-day event; DTEND is exclusive, so a
//   DTEND one day later is a one-day event and longer spans give every date in between. DURATION
//   (P3D, P1W) is read when DTEND is missing. Outlook's all-day events written as midnight-to-
//   midnight date-times with X-MICROSOFT-CDO-ALLDAYEVENT:TRUE count as dates too.
// - RRULE with FREQ=YEARLY is expanded (INTERVAL, COUNT, UNTIL, BYMONTH, BYMONTHDAY, BYDAY such as
//   4TH or -1MO), minus EXDATE and minus occurrences overridden by a RECURRENCE-ID event. Other
//   rules are refused with an error naming the line, rather than read wrongly.
// - Left out: cancelled events; events that mark clock changes ("Daylight Saving Time starts",
//   "Beginn der Sommerzeit"), as Zammad also drops them; China's make-up working days (补班,
//   调休上班), which are the opposite of a holiday (add them to the calendar's `workdays`); and
//   Google's "Observance" entries (Valentine's Day, Mother's Day), which are not days off.

export interface IcsHolidayOptions {
  /** First date to return (YYYY-MM-DD, inclusive). */
  from?: string;
  /**
   * Last date to return (YYYY-MM-DD, inclusive). Yearly rules without COUNT or UNTIL are expanded
   * up to here; without it, through 2099 (the core has no clock to pick "the next few years").
   */
  until?: string;
}

const DAY = 86_400_000;
const NOT_A_HOLIDAY = /daylight saving|sommerzeit|summer ?time|winterzeit|heure d'été|heure d'hiver|补班|補班|调休上班|調休上班|上班日|make-?up work/i;
const MAX_OCCURRENCES = 1000;
const DEFAULT_UNTIL = '2099-12-31';

interface Prop {
  name: string;
  params: Map<string, string>;
  value: string;
  line: number;
}

/** All-day holiday dates in an .ics text, sorted and unique, as YYYY-MM-DD. Throws on a malformed file. */
export function holidaysFromIcs(text: string, options: IcsHolidayOptions = {}): string[] {
  const fromDay = options.from === undefined ? Number.NEGATIVE_INFINITY : parseIsoDate(options.from, 'from');
  const untilDay = parseIsoDate(options.until ?? DEFAULT_UNTIL, 'until');
  const events = readEvents(text);

  // Occurrences replaced by a RECURRENCE-ID event are not generated from the master as well.
  const overridden = new Map<string, Set<number>>();
  for (const ev of events) {
    const rid = ev.find((p) => p.name === 'RECURRENCE-ID');
    const uid = ev.find((p) => p.name === 'UID')?.value;
    if (rid && uid !== undefined) {
      const day = dateOf(rid, true);
      if (day !== undefined) (overridden.get(uid) ?? overridden.set(uid, new Set()).get(uid)!).add(day);
    }
  }

  const days = new Set<number>();
  for (const ev of events) {
    const get = (name: string) => ev.find((p) => p.name === name);
    if (get('STATUS')?.value.toUpperCase() === 'CANCELLED') continue;
    const summary = unescapeText(get('SUMMARY')?.value ?? '');
    const description = unescapeText(get('DESCRIPTION')?.value ?? '');
    if (NOT_A_HOLIDAY.test(summary) || /^observance\b/i.test(description.trim())) continue;
    const dtstart = get('DTSTART');
    if (!dtstart) continue;
    const allDayFlag = get('X-MICROSOFT-CDO-ALLDAYEVENT')?.value.toUpperCase() === 'TRUE';
    const start = dateOf(dtstart, allDayFlag);
    if (start === undefined) continue; // a timed event
    const length = eventLength(start, get('DTEND'), get('DURATION'));

    const rrule = get('RRULE');
    let starts = [start];
    if (rrule) {
      const excluded = new Set<number>(overridden.get(get('UID')?.value ?? '') ?? []);
      for (const p of ev) if (p.name === 'EXDATE') for (const d of p.value.split(',')) excluded.add(parseIcsDate(d.trim(), p.line));
      starts = expandYearly(rrule, start, untilDay).filter((d) => !excluded.has(d));
    }
    for (const s of starts) for (let i = 0; i < length; i++) days.add(s + i);
  }
  return [...days]
    .filter((d) => d >= fromDay && d <= untilDay)
    .sort((a, b) => a - b)
    .map(isoDate);
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

function readEvents(text: string): Prop[][] {
  const lines = unfold(text);
  if (!lines.some((l) => l.text.trim().toUpperCase() === 'BEGIN:VCALENDAR')) {
    throw new Error('not an iCalendar file: no BEGIN:VCALENDAR line');
  }
  const events: Prop[][] = [];
  const stack: string[] = [];
  let current: Prop[] | undefined;
  for (const { text: raw, line } of lines) {
    if (raw.trim() === '') continue;
    const prop = parseLine(raw, line);
    if (prop.name === 'BEGIN') {
      stack.push(prop.value.toUpperCase());
      if (prop.value.toUpperCase() === 'VEVENT') current = [];
    } else if (prop.name === 'END') {
      const closed = stack.pop();
      if (closed === 'VEVENT' && current) {
        events.push(current);
        current = undefined;
      }
    } else if (current && stack[stack.length - 1] === 'VEVENT') {
      // Properties of a nested VALARM belong to the alarm, not the event.
      current.push(prop);
    }
  }
  return events;
}

function unfold(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  raw.forEach((l, i) => {
    if ((l.startsWith(' ') || l.startsWith('\t')) && out.length > 0) out[out.length - 1]!.text += l.slice(1);
    else out.push({ text: l, line: i + 1 });
  });
  return out;
}

function parseLine(raw: string, line: number): Prop {
  // The value starts at the first colon outside a quoted parameter value.
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) throw new Error(`line ${line}: not an iCalendar property (no ":"): ${JSON.stringify(raw.slice(0, 60))}`);
  const [name = '', ...params] = raw.slice(0, colon).split(';');
  const map = new Map<string, string>();
  for (const p of params) {
    const eq = p.indexOf('=');
    if (eq > 0) map.set(p.slice(0, eq).toUpperCase(), p.slice(eq + 1).replace(/^"|"$/g, ''));
  }
  return { name: name.toUpperCase(), params: map, value: raw.slice(colon + 1), line };
}

function unescapeText(s: string): string {
  return s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The date of a DTSTART-like property when it is a date (or an all-day midnight), else undefined. */
function dateOf(p: Prop, allDayFlag: boolean): number | undefined {
  const v = p.value.trim();
  if (p.params.get('VALUE')?.toUpperCase() === 'DATE' || /^\d{8}$/.test(v)) return parseIcsDate(v, p.line);
  if (allDayFlag && /^\d{8}T000000Z?$/.test(v)) return parseIcsDate(v.slice(0, 8), p.line);
  return undefined;
}

function eventLength(start: number, dtend: Prop | undefined, duration: Prop | undefined): number {
  if (dtend) {
    // DTEND of an all-day event is a date, or (Outlook) the following midnight.
    const end = dateOf(dtend, true);
    if (end !== undefined && end > start) return end - start;
    return 1;
  }
  if (duration) {
    const m = /^P(?:(\d+)W|(\d+)D)$/.exec(duration.value.trim());
    if (m) return Math.max(1, m[1] ? Number(m[1]) * 7 : Number(m[2]));
  }
  return 1;
}

function parseIcsDate(v: string, line: number): number {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/.exec(v);
  const day = m ? civilDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (day === undefined) throw new Error(`line ${line}: ${JSON.stringify(v)} is not a date (YYYYMMDD)`);
  return day;
}

function parseIsoDate(v: string, name: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const day = m ? civilDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (day === undefined) throw new RangeError(`${name}: ${JSON.stringify(v)} is not a date (YYYY-MM-DD)`);
  return day;
}

// ── Yearly rules ───────────────────────────────────────────────────────────────────────────────

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function expandYearly(rrule: Prop, start: number, horizon: number): number[] {
  const parts = new Map(
    rrule.value.split(';').map((kv) => {
      const eq = kv.indexOf('=');
      return [kv.slice(0, eq).toUpperCase(), kv.slice(eq + 1).toUpperCase()] as const;
    }),
  );
  const fail = (why: string): never => {
    throw new Error(`line ${rrule.line}: RRULE ${rrule.value}: ${why}; only yearly rules are read (list the dates instead)`);
  };
  if (parts.get('FREQ') !== 'YEARLY') fail(`FREQ=${parts.get('FREQ') ?? '(missing)'} is not supported`);
  for (const key of parts.keys()) {
    if (!['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYMONTH', 'BYMONTHDAY', 'BYDAY', 'WKST'].includes(key)) fail(`${key} is not supported`);
  }
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1) fail('INTERVAL must be a positive whole number');
  const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : Number.POSITIVE_INFINITY;
  const until = parts.has('UNTIL') ? parseIcsDate(parts.get('UNTIL')!, rrule.line) : horizon;
  const last = Math.min(until, horizon);

  const { y: startYear, m: startMonth, d: startDate } = civil(start);
  const months = parts.has('BYMONTH') ? parts.get('BYMONTH')!.split(',').map(Number) : [startMonth];
  const monthDays = parts.has('BYMONTHDAY') ? parts.get('BYMONTHDAY')!.split(',').map(Number) : undefined;
  const byDay = parts.has('BYDAY')
    ? parts.get('BYDAY')!.split(',').map((code) => {
        const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(code);
        if (!m) return fail(`BYDAY ${code} is not understood`);
        return { n: m[1] ? Number(m[1]) : 0, wd: WEEKDAY_CODES.indexOf(m[2]!) };
      })
    : undefined;
  if (byDay && !parts.has('BYMONTH')) fail('BYDAY without BYMONTH is not supported');
  if (months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) fail('BYMONTH must list months 1–12');

  const out: number[] = [];
  let emitted = 0;
  for (let year = startYear; emitted < count && out.length < MAX_OCCURRENCES; year += interval) {
    if (civilDay(year, 1, 1)! > last) break;
    const candidates: number[] = [];
    for (const month of months) {
      const length = daysInMonth(year, month);
      let dates: number[];
      if (byDay) {
        dates = [];
        for (const { n, wd } of byDay) {
          const matching: number[] = [];
          for (let d = 1; d <= length; d++) if (weekday(civilDay(year, month, d)!) === wd) matching.push(d);
          if (n === 0) dates.push(...matching);
          else {
            const pick = n > 0 ? matching[n - 1] : matching[matching.length + n];
            if (pick !== undefined) dates.push(pick);
          }
        }
        if (monthDays) dates = dates.filter((d) => monthDays.some((md) => (md > 0 ? md : length + md + 1) === d));
      } else if (monthDays) {
        dates = monthDays.map((md) => (md > 0 ? md : length + md + 1)).filter((d) => d >= 1 && d <= length);
      } else {
        // RFC 5545: a date that does not exist that year (Feb 29) is skipped, not moved.
        dates = startDate <= length ? [startDate] : [];
      }
      for (const d of dates) candidates.push(civilDay(year, month, d)!);
    }
    for (const day of [...new Set(candidates)].sort((a, b) => a - b)) {
      if (day < start) continue;
      if (day > last || emitted >= count) return out;
      out.push(day);
      emitted++;
    }
  }
  return out;
}

// ── Civil dates as day numbers (days since 1970-01-01) ─────────────────────────────────────────

function civilDay(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return Math.round(date.getTime() / DAY);
}

function civil(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Monday. */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function isoDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
