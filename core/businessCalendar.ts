// A shop's opening hours, and business-time arithmetic over them.
//
// Conventions (each one is tested in businessCalendar.test.ts):
// - Ranges are local wall-clock readings in the calendar's zone, [start, end): a range is open from
//   its start and closed from its end on.
// - A start outside business hours counts from the next opening.
// - A deadline that falls exactly at a closing time IS that closing time (not the next opening):
//   the due instant is the earliest one at which enough open time has passed. (Chatwoot agrees;
//   Zammad rolls over to the next opening.)
// - Zero minutes from inside hours is the start itself; zero minutes from outside hours (a closing
//   time included) is the next opening, consistent with the first rule.
// - Minutes are whole numbers; instants keep their seconds and milliseconds. Zammad truncates the
//   start to the minute (13:26:36 + 1200 min → …09:26:00); we return …09:26:36. Business time
//   between two instants is exact, so it may be a fraction of a minute.
// - Daylight saving: ranges are local readings, so a 23- or 25-hour day keeps its stated hours
//   (09:00–17:00 is 8 hours on either). A range that spans the change is as long as the real time
//   that passed (00:00–24:00 is 23 h or 25 h). A reading the clocks skip (02:30 on a spring-forward
//   night) means the moment of the jump; a reading that occurs twice means its first occurrence.
// - `undefined` as the calendar means calendar hours (24/7, no zone needed).
// - A calendar with no weekly open time is rejected when loaded, so no computation loops forever.
import { remember } from './remember.ts';
import * as z from './zod.ts';
import { DAY, instantOfWall, isTimeZone, MINUTE } from './timeZone.ts';
import { ValidationError, parseOrThrow, type Issue } from './validation.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const timeMessage = (end: boolean) => (iss: { input?: unknown }) =>
  `${JSON.stringify(iss.input)} is not a time: use "HH:MM" from "00:00" to "23:59"${end ? ' (or "24:00" to close at midnight)' : ''}`;

const StartTime = z.string({ error: timeMessage(false) }).check(z.regex(TIME, { error: timeMessage(false) }));
const EndTime = z
  .string({ error: timeMessage(true) })
  .check(z.refine((s) => s === '24:00' || TIME.test(s), { error: timeMessage(true) }));

const Range = z
  .tuple([StartTime, EndTime], { error: 'a range is a pair of times such as ["09:00","18:00"]' })
  .check(
    z.refine(([a, b]) => minutesOf(a) < minutesOf(b), {
      error: (iss) => {
        const [a, b] = iss.input as [string, string];
        return a === b
          ? `range ${a}–${b} is empty: the end must be after the start`
          : `range ${a}–${b} is reversed: the end must be after the start (use "24:00" for midnight)`;
      },
    }),
  );

// Ranges may be written in any order; they may touch (12:00–13:00 then 13:00–18:00) but not overlap.
const DayRanges = z.array(Range, { error: 'a day is a list of ranges such as [["09:00","12:00"],["13:00","18:00"]]' }).check(
  z.superRefine((ranges, ctx) => {
    const order = ranges.map((r, i) => ({ s: minutesOf(r[0]), e: minutesOf(r[1]), i })).sort((x, y) => x.s - y.s || x.i - y.i);
    for (let k = 1; k < order.length; k++) {
      const prev = order[k - 1]!;
      const cur = order[k]!;
      if (cur.s < prev.e) {
        const later = Math.max(prev.i, cur.i);
        const earlier = Math.min(prev.i, cur.i);
        ctx.addIssue({
          code: 'custom',
          path: [later],
          message: `ranges overlap: ${show(ranges[earlier]!)} and ${show(ranges[later]!)}`,
        });
      }
    }
  }),
);

const DateString = z.string().check(
  z.superRefine((s, ctx) => {
    if (!isRealDate(s)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(s)} is not a date: use YYYY-MM-DD, e.g. "2026-10-01"` });
  }),
);

export const BusinessCalendar = z
  .strictObject({
    /** IANA zone the hours are read in, e.g. "Asia/Shanghai". */
    timeZone: z.string({ error: 'a time zone such as "Europe/Berlin" is required' }).check(
      z.refine(isTimeZone, {
        error: (iss) => `unknown time zone ${JSON.stringify(iss.input)}: use an IANA name such as "Europe/Berlin" or "UTC"`,
      }),
    ),
    /** Weekly hours; a day left out or given as [] is closed. */
    week: z.strictObject(
      {
        mon: z._default(DayRanges, []),
        tue: z._default(DayRanges, []),
        wed: z._default(DayRanges, []),
        thu: z._default(DayRanges, []),
        fri: z._default(DayRanges, []),
        sat: z._default(DayRanges, []),
        sun: z._default(DayRanges, []),
      },
      {
        error: (iss) =>
          iss.code === 'unrecognized_keys'
            ? `unknown day ${iss.keys.map((k) => JSON.stringify(k)).join(', ')}: the days are mon, tue, wed, thu, fri, sat, sun`
            : 'week must be an object with days mon, tue, wed, thu, fri, sat, sun',
      },
    ),
    /** Dates (in the calendar's zone) closed all day. */
    holidays: z._default(z.array(DateString), []),
    /** Extra working dates with their own hours, e.g. China's make-up working weekends (调休). */
    workdays: z._default(z.record(z.string(), DayRanges), {}),
  }, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `unknown field ${iss.keys.map((k) => JSON.stringify(k)).join(', ')}: a calendar has timeZone, week, holidays and workdays`
        : 'a calendar must be a JSON object with timeZone and week',
  })
  .check(
    z.superRefine((cal, ctx) => {
      if (WEEKDAYS.every((d) => cal.week[d].length === 0)) {
        ctx.addIssue({
          code: 'custom',
          path: ['week'],
          message: 'no opening hours on any day of the week: a calendar must be open some time each week (leave the calendar out for 24/7)',
        });
      }
      const holidays = new Set(cal.holidays);
      for (const [date, ranges] of Object.entries(cal.workdays)) {
        if (!isRealDate(date)) {
          ctx.addIssue({ code: 'custom', path: ['workdays', date], message: `${JSON.stringify(date)} is not a date: use YYYY-MM-DD, e.g. "2026-10-10"` });
        } else if (ranges.length === 0) {
          ctx.addIssue({ code: 'custom', path: ['workdays', date], message: 'a workday needs opening hours; list a closed date under holidays instead' });
        } else if (holidays.has(date)) {
          ctx.addIssue({ code: 'custom', path: ['workdays', date], message: `${date} is also listed as a holiday: a date is either closed or a workday` });
        }
      }
    }),
  );
export type BusinessCalendar = z.infer<typeof BusinessCalendar>;
/** What a shop writes: holidays, workdays and closed days may be left out. */
export type BusinessCalendarInput = z.input<typeof BusinessCalendar>;

export class CalendarError extends ValidationError {
  constructor(issues: Issue[]) {
    super(issues, 'calendar');
    this.name = 'CalendarError';
  }
}

/** Validates a calendar as a shop wrote it; throws CalendarError naming each bad field. */
export function parseBusinessCalendar(input: unknown): BusinessCalendar {
  return parseOrThrow(BusinessCalendar, input, CalendarError);
}

// ── Business-time arithmetic ───────────────────────────────────────────────────────────────────

/**
 * The instant `minutes` business minutes after `start`. `minutes` is a whole number ≥ 0.
 * Without a calendar it is plain elapsed time.
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar?: BusinessCalendarInput): Date {
  if (!Number.isSafeInteger(minutes) || minutes < 0) throw new RangeError(`minutes must be a whole number ≥ 0, got ${minutes}`);
  return new Date(addBusinessMilliseconds(instant(start, 'start'), minutes * MINUTE, calendar));
}

/**
 * Business minutes from `from` to `to`, exact (a fraction when the span holds part of a minute);
 * negative when `to` is before `from`. Without a calendar it is plain elapsed time.
 */
export function businessMinutesBetween(from: Date, to: Date, calendar?: BusinessCalendarInput): number {
  return businessMillisecondsBetween(instant(from, 'from'), instant(to, 'to'), calendar) / MINUTE;
}

/** As addBusinessMinutes, in epoch milliseconds; any duration ≥ 0 (the SLA clocks resume mid-minute). */
export function addBusinessMilliseconds(start: number, ms: number, calendar?: BusinessCalendarInput): number {
  if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`duration must be ≥ 0, got ${ms}`);
  if (!calendar) return start + ms;
  const c = compiled(calendar);
  let t = start;
  let remaining = ms;
  let d = dayOf(c, t);
  for (let n = 0; n < MAX_DAYS; n++, d++) {
    const iv = day(c, d).iv;
    for (let i = 0; i < iv.length; i += 2) {
      const end = iv[i + 1]!;
      if (end <= t) continue;
      const from = iv[i]! > t ? iv[i]! : t;
      if (remaining === 0) return from;
      const available = end - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
      t = end;
    }
  }
  throw new RangeError(`the due time lies more than ${MAX_DAYS} days after the start`);
}

/** As businessMinutesBetween, in milliseconds. */
export function businessMillisecondsBetween(from: number, to: number, calendar?: BusinessCalendarInput): number {
  if (to < from) return -businessMillisecondsBetween(to, from, calendar);
  if (!calendar) return to - from;
  const c = compiled(calendar);
  let sum = 0;
  let d = dayOf(c, from);
  for (let n = 0; n < MAX_DAYS; n++, d++) {
    const rec = day(c, d);
    if (rec.start >= to) return sum;
    const iv = rec.iv;
    for (let i = 0; i < iv.length; i += 2) {
      const s = iv[i]! > from ? iv[i]! : from;
      const e = iv[i + 1]! < to ? iv[i + 1]! : to;
      if (e > s) sum += e - s;
    }
  }
  throw new RangeError(`the span is longer than ${MAX_DAYS} days`);
}

// ── Compiled calendars ─────────────────────────────────────────────────────────────────────────
// A calendar is compiled once (validated, ranges merged into minute pairs, dates turned into day
// numbers) and each local day's open intervals are computed once, as UTC instants, then reused:
// after warm-up a due computation touches no Intl and no Date object.

// Calendars are read as immutable: a compiled form is keyed by the object itself.
const MAX_DAYS = 146_100; // 400 years
const MAX_CACHED_DAYS = 20_000;

interface DayRecord {
  /** First instant of the local day and of the next one. */
  start: number;
  end: number;
  /** Open intervals as flat [open, close, open, close, …] epoch milliseconds, ascending. */
  iv: number[];
}

interface Compiled {
  zone: string;
  /** Minute pairs per weekday, Monday first. */
  week: number[][];
  holidays: Set<number>;
  workdays: Map<number, number[]>;
  days: Map<number, DayRecord>;
  /** Last offset seen, so an instant finds its local day without asking Intl. */
  hint: number;
}

const cache = new WeakMap<object, Compiled>();

function compiled(calendar: BusinessCalendarInput): Compiled {
  let c = cache.get(calendar);
  if (!c) {
    const cal = parseBusinessCalendar(calendar);
    c = {
      zone: cal.timeZone,
      week: WEEKDAYS.map((w) => mergedMinutes(cal.week[w])),
      holidays: new Set(cal.holidays.map(dayNumber)),
      workdays: new Map(Object.entries(cal.workdays).map(([date, ranges]) => [dayNumber(date), mergedMinutes(ranges)])),
      days: new Map(),
      hint: 0,
    };
    cache.set(calendar, c);
  }
  return c;
}

function dayOf(c: Compiled, t: number): number {
  let d = Math.floor((t + c.hint) / DAY);
  for (;;) {
    const rec = day(c, d);
    if (t < rec.start) d--;
    else if (t >= rec.end) d++;
    else {
      c.hint = d * DAY - rec.start;
      return d;
    }
  }
}

function day(c: Compiled, d: number): DayRecord {
  const rec = c.days.get(d);
  if (rec) return rec;
  const wall0 = d * DAY;
  const start = instantOfWall(c.zone, wall0);
  const end = instantOfWall(c.zone, wall0 + DAY);
  const minutes = c.holidays.has(d) ? [] : (c.workdays.get(d) ?? c.week[(((d % 7) + 7 + 3) % 7)]!);
  const iv: number[] = [];
  const offset = wall0 - start;
  // Same offset at both midnights: no change that day, every reading maps by that offset.
  const steady = offset === wall0 + DAY - end;
  for (let i = 0; i < minutes.length; i += 2) {
    const s = minuteInstant(c.zone, wall0, minutes[i]!, start, end, steady, offset);
    const e = minuteInstant(c.zone, wall0, minutes[i + 1]!, start, end, steady, offset);
    if (e > s) iv.push(s, e);
  }
  return remember(c.days, d, { start, end, iv }, MAX_CACHED_DAYS);
}

function minuteInstant(zone: string, wall0: number, minute: number, start: number, end: number, steady: boolean, offset: number): number {
  if (minute === 0) return start;
  if (minute === 1440) return end;
  return steady ? wall0 + minute * MINUTE - offset : instantOfWall(zone, wall0 + minute * MINUTE);
}

/** Sorted, touching ranges joined, as flat minute pairs. */
function mergedMinutes(ranges: readonly (readonly [string, string])[]): number[] {
  const sorted = ranges.map((r) => [minutesOf(r[0]), minutesOf(r[1])] as const).sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [s, e] of sorted) {
    if (out.length > 0 && s <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, e);
    else out.push(s, e);
  }
  return out;
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function show(range: readonly [string, string]): string {
  return `${range[0]}–${range[1]}`;
}

function isRealDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(2000, mo, 0)).getUTCDate() - (mo === 2 && !isLeap(y) ? 1 : 0);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const d = new Date(Date.UTC(2000, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
  d.setUTCFullYear(y);
  return Math.floor(d.getTime() / DAY);
}

/** "00" … "99": the two-digit fields of an instant, looked up rather than padded. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));
const FIRST_YEAR_0 = -62_167_219_200_000; // 0000-01-01T00:00:00Z
const FIRST_YEAR_10000 = 253_402_300_800_000; // 10000-01-01T00:00:00Z

/** ISO 8601 in UTC, to the second ("2026-03-09T14:00:00Z"); milliseconds only when there are some. */
export function isoInstant(t: Date | number): string {
  // Written out from the epoch milliseconds by integer arithmetic: toISOString costs a microsecond
  // in V8, a Date and its getters half of one, and every clock of every triage prints two or three
  // instants. Years it writes as ±YYYYYY, and invalid dates (a RangeError), go through toISOString.
  const ms = Math.trunc(typeof t === 'number' ? t : t.getTime()); // as new Date(t) clips it
  if (!(ms >= FIRST_YEAR_0 && ms < FIRST_YEAR_10000)) {
    const iso = new Date(t).toISOString();
    return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
  }
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  // The civil date of a day number (Howard Hinnant's days_to_civil), in 400-year eras from 0000-03-01.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153); // months from March
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return (
    `${year >= 1000 ? year : String(year).padStart(4, '0')}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}` +
    `T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}` +
    `${milli === 0 ? '' : `.${String(milli).padStart(3, '0')}`}Z`
  );
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const isDigit = (s: string, i: number) => s.charCodeAt(i) - 48 <= 9 && s.charCodeAt(i) >= 48;

/**
 * Date.parse, with the form this core writes and most sources send ("2026-11-19T10:00:00Z", or
 * with ".sss") read directly: Date.parse costs ~0.25 µs, and the clocks read every message's time.
 * Anything else, and any date past the 28th (whose month must be checked), goes to Date.parse.
 */
export function parseInstant(iso: string): number {
  const n = iso.length;
  if (
    (n === 20 || (n === 24 && iso.charCodeAt(19) === 46)) && // "." before milliseconds
    iso.charCodeAt(n - 1) === 90 && // "Z"
    iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45 && iso.charCodeAt(10) === 84 && iso.charCodeAt(13) === 58 && iso.charCodeAt(16) === 58 &&
    isDigit(iso, 0) && isDigit(iso, 1) && isDigit(iso, 2) && isDigit(iso, 3) && isDigit(iso, 5) && isDigit(iso, 6) && isDigit(iso, 8) && isDigit(iso, 9) &&
    isDigit(iso, 11) && isDigit(iso, 12) && isDigit(iso, 14) && isDigit(iso, 15) && isDigit(iso, 17) && isDigit(iso, 18) &&
    (n === 20 || (isDigit(iso, 20) && isDigit(iso, 21) && isDigit(iso, 22)))
  ) {
    const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
    const month = digit(iso, 5) * 10 + digit(iso, 6);
    const day = digit(iso, 8) * 10 + digit(iso, 9);
    const hour = digit(iso, 11) * 10 + digit(iso, 12);
    const minute = digit(iso, 14) * 10 + digit(iso, 15);
    const second = digit(iso, 17) * 10 + digit(iso, 18);
    const ms = n === 20 ? 0 : digit(iso, 20) * 100 + digit(iso, 21) * 10 + digit(iso, 22);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour <= 23 && minute <= 59 && second <= 59) {
      return daysFromCivil(year, month, day) * DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
    }
  }
  return Date.parse(iso);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // from March
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function instant(date: Date, name: string): number {
  const t = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new RangeError(`${name} is not a valid date`);
  return t;
}
