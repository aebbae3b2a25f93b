import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMilliseconds,
  addBusinessMinutes,
  BusinessCalendar,
  businessMillisecondsBetween,
  businessMinutesBetween,
  CalendarError,
  isoInstant,
  parseInstant,
  parseBusinessCalendar,
  WEEKDAYS,
  type BusinessCalendarInput,
} from './businessCalendar.ts';

type Ranges = [string, string][];
const weekdays = (ranges: Ranges, extra: Partial<Record<(typeof WEEKDAYS)[number], Ranges>> = {}) => ({
  mon: ranges,
  tue: ranges,
  wed: ranges,
  thu: ranges,
  fri: ranges,
  sat: [] as Ranges,
  sun: [] as Ranges,
  ...extra,
});
const everyDay = (ranges: Ranges) => weekdays(ranges, { sat: ranges, sun: ranges });

const add = (from: string, minutes: number, calendar?: BusinessCalendarInput) => isoInstant(addBusinessMinutes(new Date(from), minutes, calendar));
const between = (from: string, to: string, calendar?: BusinessCalendarInput) => businessMinutesBetween(new Date(from), new Date(to), calendar);

function errorOf(input: unknown): string {
  try {
    parseBusinessCalendar(input);
  } catch (e) {
    expect(e).toBeInstanceOf(CalendarError);
    return (e as Error).message;
  }
  throw new Error('the calendar was accepted');
}

// Chatwoot's spec calendar: Mon–Fri 09:00–17:00 UTC. January 2024: Mon 15th … Sun 21st.
const chatwoot = parseBusinessCalendar({ timeZone: 'UTC', week: weekdays([['09:00', '17:00']]) });

describe('the calendar format', () => {
  it('accepts the exact example of issue 3', () => {
    const cal = parseBusinessCalendar({
      timeZone: 'Asia/Shanghai',
      week: {
        mon: [['09:00', '12:00'], ['13:30', '18:00']],
        tue: [['09:00', '18:00']],
        wed: [],
        thu: [['00:00', '24:00']],
        fri: [['09:00', '18:00']],
        sat: [],
        sun: [],
      },
      holidays: ['2026-10-01', '2026-10-02'],
      workdays: { '2026-10-10': [['09:00', '18:00']] },
    });
    expect(cal.week.mon).toHaveLength(2);
    expect(cal.workdays['2026-10-10']).toEqual([['09:00', '18:00']]);
  });

  it('defaults holidays, workdays and left-out days to none', () => {
    const cal = parseBusinessCalendar({ timeZone: 'UTC', week: { mon: [['09:00', '17:00']] } });
    expect(cal.holidays).toEqual([]);
    expect(cal.workdays).toEqual({});
    expect(cal.week.sun).toEqual([]);
  });

  it('rejects an unknown time zone, naming the field', () => {
    expect(errorOf({ timeZone: 'Mars/Olympus_Mons', week: weekdays([['09:00', '17:00']]) })).toMatch(/^timeZone: unknown time zone "Mars\/Olympus_Mons"/);
    expect(errorOf({ timeZone: '', week: weekdays([['09:00', '17:00']]) })).toMatch(/^timeZone:/);
  });

  it('rejects "25:00" and other non-times, naming the range', () => {
    expect(errorOf({ timeZone: 'UTC', week: { mon: [['09:00', '25:00']] } })).toMatch(/^week\.mon\[0\]\[1\]: "25:00" is not a time/);
    expect(errorOf({ timeZone: 'UTC', week: { tue: [['9:00', '17:00']] } })).toMatch(/^week\.tue\[0\]\[0\]: "9:00" is not a time/);
    expect(errorOf({ timeZone: 'UTC', week: { wed: [['24:00', '24:00']] } })).toMatch(/^week\.wed\[0\]\[0\]: "24:00" is not a time/);
    expect(errorOf({ timeZone: 'UTC', week: { thu: [['09:60', '17:00']] } })).toMatch(/^week\.thu\[0\]\[0\]/);
  });

  it('accepts "24:00" as an end', () => {
    expect(() => parseBusinessCalendar({ timeZone: 'UTC', week: { mon: [['18:00', '24:00']] } })).not.toThrow();
  });

  it('rejects reversed and empty ranges; an end of "00:00" is reversed (Zammad: "nonsensical hours")', () => {
    expect(errorOf({ timeZone: 'UTC', week: { mon: [['18:00', '09:00']] } })).toMatch(/^week\.mon\[0\]: range 18:00–09:00 is reversed/);
    expect(errorOf({ timeZone: 'UTC', week: { mon: [['09:00', '00:00']] } })).toMatch(/^week\.mon\[0\]: range 09:00–00:00 is reversed/);
    expect(errorOf({ timeZone: 'UTC', week: { mon: [['09:00', '09:00']] } })).toMatch(/^week\.mon\[0\]: range 09:00–09:00 is empty/);
  });

  it('rejects overlapping ranges, naming the later one, in any order', () => {
    expect(errorOf({ timeZone: 'UTC', week: { mon: [['09:00', '12:00'], ['11:00', '13:00']] } })).toBe(
      'week.mon[1]: ranges overlap: 09:00–12:00 and 11:00–13:00',
    );
    expect(errorOf({ timeZone: 'UTC', week: { fri: [['13:00', '18:00'], ['09:00', '14:00']] } })).toMatch(/^week\.fri\[1\]: ranges overlap/);
    expect(errorOf({ timeZone: 'UTC', week: { mon: [['09:00', '17:00']] }, workdays: { '2026-10-10': [['08:00', '12:00'], ['10:00', '11:00']] } })).toMatch(
      /^workdays\.2026-10-10\[1\]: ranges overlap/,
    );
  });

  it('accepts touching ranges and ranges out of order', () => {
    const cal = parseBusinessCalendar({ timeZone: 'UTC', week: { mon: [['13:00', '18:00'], ['09:00', '13:00']] } });
    // Touching ranges are one opening: 2 h from 12:00 ends at 14:00, with no gap at 13:00.
    expect(add('2024-01-15T12:00:00Z', 120, cal)).toBe('2024-01-15T14:00:00Z');
  });

  it('rejects dates that are not dates', () => {
    expect(errorOf({ timeZone: 'UTC', week: weekdays([['09:00', '17:00']]), holidays: ['2026-02-30'] })).toMatch(/^holidays\[0\]: "2026-02-30" is not a date/);
    expect(errorOf({ timeZone: 'UTC', week: weekdays([['09:00', '17:00']]), holidays: ['2026-1-5'] })).toMatch(/^holidays\[0\]:/);
    expect(errorOf({ timeZone: 'UTC', week: weekdays([['09:00', '17:00']]), holidays: ['2025-02-29'] })).toMatch(/^holidays\[0\]:/);
    expect(() => parseBusinessCalendar({ timeZone: 'UTC', week: weekdays([['09:00', '17:00']]), holidays: ['2028-02-29'] })).not.toThrow();
    expect(errorOf({ timeZone: 'UTC', week: weekdays([['09:00', '17:00']]), workdays: { '2026-13-01': [['09:00', '12:00']] } })).toMatch(
      /^workdays\.2026-13-01: "2026-13-01" is not a date/,
    );
  });

  it('rejects a workday without hours, or one that is also a holiday', () => {
    expect(errorOf({ timeZone: 'UTC', week: weekdays([['09:00', '17:00']]), workdays: { '2026-10-10': [] } })).toMatch(/^workdays\.2026-10-10: a workday needs opening hours/);
    expect(errorOf({ timeZone: 'UTC', week: weekdays([['09:00', '17:00']]), holidays: ['2026-10-10'], workdays: { '2026-10-10': [['09:00', '12:00']] } })).toMatch(
      /^workdays\.2026-10-10: 2026-10-10 is also listed as a holiday/,
    );
  });

  it('rejects unknown fields and days', () => {
    expect(errorOf({ timeZone: 'UTC', week: weekdays([['09:00', '17:00']]), holiday: [] })).toMatch(/unknown field "holiday"/);
    expect(errorOf({ timeZone: 'UTC', week: { monday: [['09:00', '17:00']] } })).toMatch(/^week: unknown day "monday"/);
    expect(errorOf({ week: weekdays([['09:00', '17:00']]) })).toMatch(/^timeZone:/);
    expect(errorOf('Mon-Fri 9-5')).toMatch(/^\(calendar\):/);
  });

  it('Chatwoot case 2 / Zammad case 22: a calendar with no open time at all is rejected when loaded', () => {
    const closed = { timeZone: 'UTC', week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };
    expect(errorOf(closed)).toMatch(/^week: no opening hours on any day of the week/);
    expect(errorOf({ timeZone: 'UTC', week: {} })).toMatch(/^week: no opening hours/);
    // Workdays alone run out after their last date, so they do not make a calendar usable either.
    expect(errorOf({ ...closed, workdays: { '2026-10-10': [['09:00', '18:00']] } })).toMatch(/^week: no opening hours/);
    // Passed straight to the arithmetic (never loaded), it is refused rather than looped over.
    expect(() => addBusinessMinutes(new Date('2024-01-19T16:00:00Z'), 60, closed)).toThrow(CalendarError);
    expect(() => businessMinutesBetween(new Date('2024-01-19T16:00:00Z'), new Date('2024-01-29T16:00:00Z'), closed)).toThrow(CalendarError);
  });

  it('infers the TypeScript type from the schema', () => {
    const cal: BusinessCalendar = BusinessCalendar.parse({ timeZone: 'UTC', week: { mon: [['09:00', '17:00']] } });
    expect(cal.timeZone).toBe('UTC');
  });
});

describe('conventions of issue 3', () => {
  it('counts a start outside business hours from the next opening', () => {
    expect(add('2024-01-17T07:00:00Z', 60, chatwoot)).toBe('2024-01-17T10:00:00Z');
    expect(add('2024-01-17T17:00:00Z', 60, chatwoot)).toBe('2024-01-18T10:00:00Z');
    expect(add('2024-01-20T12:00:00Z', 60, chatwoot)).toBe('2024-01-22T10:00:00Z');
  });

  it('gives the closing time itself for a deadline that falls exactly at closing time', () => {
    expect(add('2024-01-17T15:00:00Z', 120, chatwoot)).toBe('2024-01-17T17:00:00Z');
    expect(add('2024-01-19T09:00:00Z', 480, chatwoot)).toBe('2024-01-19T17:00:00Z'); // not Monday 09:00
    expect(add('2024-01-18T16:00:00Z', 540, chatwoot)).toBe('2024-01-19T17:00:00Z');
  });

  it('gives the start itself for zero minutes from inside hours', () => {
    expect(add('2024-01-17T10:00:00Z', 0, chatwoot)).toBe('2024-01-17T10:00:00Z');
    expect(add('2024-01-17T09:00:00Z', 0, chatwoot)).toBe('2024-01-17T09:00:00Z');
    expect(add('2024-01-17T16:59:59Z', 0, chatwoot)).toBe('2024-01-17T16:59:59Z');
  });

  it('gives the next opening for zero minutes from outside hours, a closing time included', () => {
    expect(add('2024-01-17T17:00:00Z', 0, chatwoot)).toBe('2024-01-18T09:00:00Z');
    expect(add('2024-01-20T10:00:00Z', 0, chatwoot)).toBe('2024-01-22T09:00:00Z');
    expect(add('2024-01-20T10:00:00Z', 0)).toBe('2024-01-20T10:00:00Z'); // 24/7
  });

  it('keeps seconds: exact to the second, where Zammad truncates to the minute', () => {
    expect(add('2024-01-17T10:00:30Z', 60, chatwoot)).toBe('2024-01-17T11:00:30Z');
    expect(add('2024-01-17T16:30:45Z', 60, chatwoot)).toBe('2024-01-18T09:30:45Z');
    expect(between('2024-01-17T10:00:00Z', '2024-01-17T10:00:30Z', chatwoot)).toBe(0.5);
    expect(between('2024-01-17T16:59:00Z', '2024-01-18T09:00:01Z', chatwoot)).toBeCloseTo(1 + 1 / 60, 12);
  });

  it('takes whole minutes only', () => {
    expect(() => addBusinessMinutes(new Date('2024-01-17T10:00:00Z'), 1.5, chatwoot)).toThrow(RangeError);
    expect(() => addBusinessMinutes(new Date('2024-01-17T10:00:00Z'), -1, chatwoot)).toThrow(RangeError);
    expect(() => addBusinessMinutes(new Date('2024-01-17T10:00:00Z'), Number.NaN)).toThrow(RangeError);
    expect(() => addBusinessMinutes(new Date('nonsense'), 5, chatwoot)).toThrow(/start is not a valid date/);
  });

  it('counts business minutes between two instants, negative when reversed', () => {
    expect(between('2024-01-19T16:00:00Z', '2024-01-22T10:00:00Z', chatwoot)).toBe(120);
    expect(between('2024-01-22T10:00:00Z', '2024-01-19T16:00:00Z', chatwoot)).toBe(-120);
    expect(between('2024-01-20T00:00:00Z', '2024-01-21T23:59:59Z', chatwoot)).toBe(0);
    expect(between('2024-01-15T00:00:00Z', '2024-01-22T00:00:00Z', chatwoot)).toBe(5 * 480);
    expect(between('2024-01-15T00:00:00Z', '2024-01-22T00:00:00Z')).toBe(7 * 1440);
  });

  it('handles several ranges a day (a lunch break is not business time)', () => {
    const lunch = { timeZone: 'UTC', week: weekdays([['09:00', '12:00'], ['13:00', '18:00']]) };
    expect(add('2024-01-15T11:30:00Z', 60, lunch)).toBe('2024-01-15T13:30:00Z');
    expect(add('2024-01-15T12:30:00Z', 0, lunch)).toBe('2024-01-15T13:00:00Z');
    expect(add('2024-01-15T11:00:00Z', 60, lunch)).toBe('2024-01-15T12:00:00Z'); // closing time before lunch
    expect(between('2024-01-15T00:00:00Z', '2024-01-16T00:00:00Z', lunch)).toBe(480);
  });

  it('runs over long holiday stretches and long spans without giving up', () => {
    const holidays = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2024, 0, 22 + i)).toISOString().slice(0, 10));
    const cal = { timeZone: 'UTC', week: weekdays([['09:00', '17:00']]), holidays };
    expect(add('2024-01-19T16:00:00Z', 120, cal)).toBe('2024-03-22T10:00:00Z');
    // About 10 working years.
    const far = addBusinessMinutes(new Date('2024-01-15T09:00:00Z'), 480 * 260 * 10, chatwoot);
    expect(businessMinutesBetween(new Date('2024-01-15T09:00:00Z'), far, chatwoot)).toBe(480 * 260 * 10);
  });
});

describe('Chatwoot business_hours_service_spec (Mon–Fri 09–17 UTC, January 2024)', () => {
  it('case 1: without a calendar, wall-clock time: Fri 16:00 + 1 h = Fri 17:00', () => {
    expect(add('2024-01-19T16:00:00Z', 60)).toBe('2024-01-19T17:00:00Z');
    expect(add('2024-01-19T16:00:00Z', 60, undefined)).toBe('2024-01-19T17:00:00Z');
  });
  it('case 3: Wed 10:00 + 2 h = Wed 12:00', () => expect(add('2024-01-17T10:00:00Z', 120, chatwoot)).toBe('2024-01-17T12:00:00Z'));
  it('case 4: Fri 16:00 + 2 h = Mon 10:00, over the weekend', () => expect(add('2024-01-19T16:00:00Z', 120, chatwoot)).toBe('2024-01-22T10:00:00Z'));
  it('case 5: before opening, Wed 07:00 + 2 h = Wed 11:00', () => expect(add('2024-01-17T07:00:00Z', 120, chatwoot)).toBe('2024-01-17T11:00:00Z'));
  it('case 6: after closing, Wed 18:00 + 2 h = Thu 11:00', () => expect(add('2024-01-17T18:00:00Z', 120, chatwoot)).toBe('2024-01-18T11:00:00Z'));
  it('case 7: on a closed day, Sat 10:00 + 2 h = Mon 11:00', () => expect(add('2024-01-20T10:00:00Z', 120, chatwoot)).toBe('2024-01-22T11:00:00Z'));
  it('case 8: Mon 16:00 + 10 h = Wed 10:00 (1 h + 8 h + 1 h)', () => expect(add('2024-01-15T16:00:00Z', 600, chatwoot)).toBe('2024-01-17T10:00:00Z'));
  it('case 9: in America/New_York, Fri 16:00 EST + 2 h = Mon 10:00 EST', () => {
    const ny = { timeZone: 'America/New_York', week: weekdays([['09:00', '17:00']]) };
    expect(add('2024-01-19T16:00:00-05:00', 120, ny)).toBe('2024-01-22T15:00:00Z');
  });
  it('case 10: a Saturday open all day: Sat 10:00 + 2 h = Sat 12:00; Sat 00:00 + 24 h = Sun 00:00', () => {
    const cal = { timeZone: 'UTC', week: weekdays([['09:00', '17:00']], { sat: [['00:00', '24:00']] }) };
    expect(add('2024-01-20T10:00:00Z', 120, cal)).toBe('2024-01-20T12:00:00Z');
    expect(add('2024-01-20T00:00:00Z', 1440, cal)).toBe('2024-01-21T00:00:00Z');
    expect(between('2024-01-20T00:00:00Z', '2024-01-21T00:00:00Z', cal)).toBe(1440);
  });
  it('case 11: Mon 9–17, Tue 9–20: Mon 18:00 + 10 h = Tue 19:00; Mon 16:00 + 12 h = Tue 20:00, the closing time', () => {
    const cal = { timeZone: 'UTC', week: weekdays([['09:00', '17:00']], { tue: [['09:00', '20:00']] }) };
    expect(add('2024-01-15T18:00:00Z', 600, cal)).toBe('2024-01-16T19:00:00Z');
    expect(add('2024-01-15T16:00:00Z', 720, cal)).toBe('2024-01-16T20:00:00Z');
  });
});

describe('Zammad calendar and escalation specs (Europe/Berlin)', () => {
  it('case 12: Mon–Fri 08–18, created 2013-03-21 09:30 UTC: +60/+120/+180 = 10:30/11:30/12:30 UTC; a reply at 14:00 took 270 min', () => {
    const cal = { timeZone: 'Europe/Berlin', week: weekdays([['08:00', '18:00']]) };
    expect(add('2013-03-21T09:30:00Z', 60, cal)).toBe('2013-03-21T10:30:00Z');
    expect(add('2013-03-21T09:30:00Z', 120, cal)).toBe('2013-03-21T11:30:00Z');
    expect(add('2013-03-21T09:30:00Z', 180, cal)).toBe('2013-03-21T12:30:00Z');
    expect(between('2013-03-21T09:30:00Z', '2013-03-21T14:00:00Z', cal)).toBe(270);
  });

  it('case 14: a deadline exactly at closing time is that closing time (Zammad rolls it to the next opening)', () => {
    // Every day 09–18 Berlin (07–16 UTC in June); 60 min counted before the pause, 60 after it.
    const cal = { timeZone: 'Europe/Berlin', week: everyDay([['09:00', '18:00']]) };
    expect(add('2013-06-04T15:00:00Z', 60, cal)).toBe('2013-06-04T16:00:00Z');
    expect(add('2013-06-04T15:00:00Z', 60, cal)).not.toBe('2013-06-05T07:00:00Z');
  });

  it('case 15: created on a holiday (2016-11-01 13:56:21 UTC, Mon–Fri 08–20): +120 = 11-02 09:00 UTC; +1200 = 11-03 15:00 UTC', () => {
    const cal = { timeZone: 'Europe/Berlin', week: weekdays([['08:00', '20:00']]), holidays: ['2016-11-01'] };
    expect(add('2016-11-01T13:56:21Z', 120, cal)).toBe('2016-11-02T09:00:00Z');
    expect(add('2016-11-01T13:56:21Z', 1200, cal)).toBe('2016-11-03T15:00:00Z');
  });

  it('case 16: 2016-11-07 13:26:36 + 1200 business minutes keeps its seconds: 11-09 09:26:36 (Zammad: 09:26:00)', () => {
    const cal = { timeZone: 'Europe/Berlin', week: weekdays([['08:00', '20:00']]), holidays: ['2016-11-01'] };
    expect(add('2016-11-07T13:26:36Z', 1200, cal)).toBe('2016-11-09T09:26:36Z');
  });

  it('case 17: a holiday no longer listed is a working day (Mon 2015-09-21 14:30 UTC, 22nd off, 23rd open)', () => {
    const cal = { timeZone: 'Europe/Berlin', week: weekdays([['09:00', '17:00']]), holidays: ['2015-09-22'] };
    expect(add('2015-09-21T14:30:00Z', 120, cal)).toBe('2015-09-23T08:30:00Z');
    expect(add('2015-09-21T14:30:00Z', 240, cal)).toBe('2015-09-23T10:30:00Z');
    const bothOff = { ...cal, holidays: ['2015-09-22', '2015-09-23'] };
    expect(add('2015-09-21T14:30:00Z', 120, bothOff)).toBe('2015-09-24T08:30:00Z');
  });

  it('case 18: created before opening (2013-10-21 05:30 UTC, opening 07:00 UTC): +120 = 09:00 UTC', () => {
    const cal = { timeZone: 'Europe/Berlin', week: weekdays([['09:00', '18:00']]) };
    expect(add('2013-10-21T05:30:00Z', 120, cal)).toBe('2013-10-21T09:00:00Z');
  });

  it('case 22: on a 00:00–24:00 every-day calendar 24 h after noon is exactly one day (#3180: no minute lost at midnight)', () => {
    const cal = { timeZone: 'Europe/Berlin', week: everyDay([['00:00', '24:00']]) };
    expect(add('2026-01-14T12:00:00+01:00', 1440, cal)).toBe('2026-01-15T11:00:00Z');
    expect(between('2026-01-14T11:00:00Z', '2026-01-21T11:00:00Z', cal)).toBe(7 * 1440);
    // "23:59" means 23:59: we do not rewrite it to 24:00 as Zammad does, so a minute a day is closed.
    const almost = { timeZone: 'Europe/Berlin', week: everyDay([['00:00', '23:59']]) };
    expect(add('2026-01-14T12:00:00+01:00', 1440, almost)).toBe('2026-01-15T11:01:00Z');
  });
});

describe('daylight saving time in the calendar zone (anchors.md §2 case 25)', () => {
  const ny = { timeZone: 'America/New_York', week: weekdays([['09:00', '17:00']]) };
  const nyAllDay = { timeZone: 'America/New_York', week: everyDay([['00:00', '24:00']]) };
  const berlin = { timeZone: 'Europe/Berlin', week: weekdays([['09:00', '18:00']]) };
  const berlinAllDay = { timeZone: 'Europe/Berlin', week: everyDay([['00:00', '24:00']]) };

  it('America/New_York 2026-03-08: Fri 16:00 EST + 2 h = Mon 10:00 EDT (14:00 UTC, not 15:00)', () => {
    expect(add('2026-03-06T16:00:00-05:00', 120, ny)).toBe('2026-03-09T14:00:00Z');
    expect(between('2026-03-06T21:00:00Z', '2026-03-09T14:00:00Z', ny)).toBe(120);
  });

  it('America/New_York 2026-03-08 is a 23-hour day; its stated hours stay 8 hours', () => {
    expect(between('2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z', nyAllDay)).toBe(23 * 60);
    expect(add('2026-03-08T05:00:00Z', 23 * 60, nyAllDay)).toBe('2026-03-09T04:00:00Z');
    const sundays = { timeZone: 'America/New_York', week: { sun: [['09:00', '17:00']] as Ranges } };
    expect(add('2026-03-08T00:00:00Z', 0, sundays)).toBe('2026-03-08T13:00:00Z'); // 09:00 EDT
    expect(between('2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z', sundays)).toBe(480);
  });

  it('a reading the clocks skip means the moment of the jump (02:30 on 2026-03-08 in New York = 03:00 EDT)', () => {
    const night = { timeZone: 'America/New_York', week: { sun: [['02:30', '05:00']] as Ranges } };
    expect(add('2026-03-08T00:00:00Z', 0, night)).toBe('2026-03-08T07:00:00Z');
    expect(between('2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z', night)).toBe(120);
    // The week before and after, the same range is 2.5 hours.
    expect(between('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z', night)).toBe(150);
    // A range across the jump is as long as the time that really passed: 01:00–04:00 is 2 h.
    const across = { timeZone: 'America/New_York', week: { sun: [['01:00', '04:00']] as Ranges } };
    expect(between('2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z', across)).toBe(120);
    // A range wholly inside the skipped hour has no time that day.
    const skipped = { timeZone: 'America/New_York', week: { sun: [['02:10', '02:50']] as Ranges, mon: [['09:00', '10:00']] as Ranges } };
    expect(between('2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z', skipped)).toBe(0);
    expect(add('2026-03-08T00:00:00Z', 10, skipped)).toBe('2026-03-09T13:10:00Z');
  });

  it('Europe/Berlin 2026-03-29: Fri 17:00 CET + 2 h = Mon 10:00 CEST; the day has 23 hours', () => {
    expect(add('2026-03-27T17:00:00+01:00', 120, berlin)).toBe('2026-03-30T08:00:00Z');
    expect(between('2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', berlinAllDay)).toBe(23 * 60);
    expect(add('2026-03-29T00:30:00Z', 60, berlinAllDay)).toBe('2026-03-29T01:30:00Z'); // 01:30 CET + 1 h = 03:30 CEST
  });

  it('Europe/Berlin 2026-10-25: Fri 17:00 CEST + 2 h = Mon 10:00 CET; the day has 25 hours', () => {
    expect(add('2026-10-23T17:00:00+02:00', 120, berlin)).toBe('2026-10-26T09:00:00Z');
    expect(between('2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', berlinAllDay)).toBe(25 * 60);
    expect(add('2026-10-24T22:00:00Z', 25 * 60, berlinAllDay)).toBe('2026-10-25T23:00:00Z');
  });

  it('a reading that occurs twice means its first occurrence (02:30 on 2026-10-25 in Berlin)', () => {
    const night = { timeZone: 'Europe/Berlin', week: { sun: [['02:30', '05:00']] as Ranges } };
    expect(add('2026-10-24T22:00:00Z', 0, night)).toBe('2026-10-25T00:30:00Z'); // 02:30 CEST
    expect(between('2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', night)).toBe(210); // open through the repeated hour
  });

  it('stated hours are 8 hours on the days around each change', () => {
    const sundays = { timeZone: 'Europe/Berlin', week: { sun: [['09:00', '17:00']] as Ranges } };
    for (const [from, to] of [
      ['2026-03-28T12:00:00Z', '2026-03-30T00:00:00Z'],
      ['2026-10-24T12:00:00Z', '2026-10-26T00:00:00Z'],
    ] as const) {
      expect(between(from, to, sundays)).toBe(480);
    }
    expect(add('2026-03-29T00:00:00Z', 0, sundays)).toBe('2026-03-29T07:00:00Z');
    expect(add('2026-10-25T00:00:00Z', 0, sundays)).toBe('2026-10-25T08:00:00Z');
  });
});

describe('Asia/Shanghai with make-up working days (调休, anchors.md §2 case 26)', () => {
  // A Spring Festival break Mon 02-16 … Mon 02-23, made up on Saturdays 02-14 and 02-28.
  const shanghai = {
    timeZone: 'Asia/Shanghai',
    week: weekdays([['09:00', '12:00'], ['13:30', '18:00']]),
    holidays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'],
    workdays: { '2026-02-14': [['09:00', '18:00']] as Ranges, '2026-02-28': [['09:00', '18:00']] as Ranges },
  };

  it('works on a make-up Saturday', () => {
    // Fri 17:00 + 2 h: one hour on Friday, one on the make-up Saturday.
    expect(add('2026-02-13T17:00:00+08:00', 120, shanghai)).toBe('2026-02-14T02:00:00Z');
  });

  it('skips the holidays and the ordinary weekend between them', () => {
    expect(add('2026-02-14T17:30:00+08:00', 60, shanghai)).toBe('2026-02-24T01:30:00Z'); // Tue 09:30
    expect(between('2026-02-13T09:00:00+08:00', '2026-02-24T09:00:00+08:00', shanghai)).toBe(450 + 540);
  });

  it('counts the lunch break out', () => {
    expect(add('2026-03-02T11:30:00+08:00', 60, shanghai)).toBe('2026-03-02T06:00:00Z'); // 14:00
    expect(add('2026-03-02T12:30:00+08:00', 0, shanghai)).toBe('2026-03-02T05:30:00Z'); // 13:30
  });

  it('counts the second make-up Saturday and not the ordinary one before it', () => {
    expect(between('2026-02-21T00:00:00+08:00', '2026-02-22T00:00:00+08:00', shanghai)).toBe(0);
    expect(between('2026-02-28T00:00:00+08:00', '2026-03-01T00:00:00+08:00', shanghai)).toBe(540);
  });
});

// ── Properties ────────────────────────────────────────────────────────────────────────────────

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Kolkata', 'Pacific/Chatham'];
const Y2026 = Date.UTC(2026, 0, 1);
const YEAR = 365 * 86_400_000;

const hhmm = (m: number) => (m === 1440 ? '24:00' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

/** 0–3 non-overlapping ranges from sorted distinct boundaries (multiples of `step` minutes). */
const dayArb = (step: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 1440 / step }), { maxLength: 6 }).map((marks) => {
    const sorted = marks.map((m) => m * step).sort((a, b) => a - b);
    const ranges: Ranges = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push([hhmm(sorted[i]!), hhmm(sorted[i + 1]!)]);
    return ranges;
  });

const dateArb = fc.integer({ min: 0, max: 400 }).map((d) => new Date(Y2026 - 20 * 86_400_000 + d * 86_400_000).toISOString().slice(0, 10));

const calendarArb = (zones: string[], step: number) =>
  fc
    .record({
      timeZone: fc.constantFrom(...zones),
      week: fc.record(Object.fromEntries(WEEKDAYS.map((d) => [d, dayArb(step)])) as Record<(typeof WEEKDAYS)[number], fc.Arbitrary<Ranges>>),
      holidays: fc.uniqueArray(dateArb, { maxLength: 12 }),
      workdays: fc.dictionary(dateArb, dayArb(step).filter((r) => r.length > 0), { maxKeys: 4 }),
    })
    .filter((c) => WEEKDAYS.some((d) => c.week[d].length > 0))
    .map((c) => ({ ...c, holidays: c.holidays.filter((h) => !(h in c.workdays)) }))
    .map((c) => parseBusinessCalendar(c));

const instantArb = fc.integer({ min: 0, max: YEAR / 1000 }).map((s) => Y2026 + s * 1000);

describe('properties over random calendars and instants', () => {
  it('the two functions are inverse: businessMinutesBetween(s, addBusinessMinutes(s, m)) = m', () => {
    fc.assert(
      fc.property(calendarArb(ZONES, 15), instantArb, fc.integer({ min: 0, max: 20_000 }), (cal, s, m) => {
        const due = addBusinessMinutes(new Date(s), m, cal);
        expect(due.getTime()).toBeGreaterThanOrEqual(s);
        expect(businessMinutesBetween(new Date(s), due, cal)).toBe(m);
      }),
      { numRuns: 300 },
    );
  });

  it('and the other way: adding the open time up to t reaches t, or the last closing before it', () => {
    fc.assert(
      fc.property(calendarArb(ZONES, 15), instantArb, fc.integer({ min: 0, max: 20 * 86_400 }), (cal, s, span) => {
        const t = s + span * 1000;
        const open = businessMillisecondsBetween(s, t, cal);
        // With no open time in between, "zero minutes" is the next opening, which may lie after t.
        fc.pre(open > 0);
        const back = addBusinessMilliseconds(s, open, cal);
        expect(back).toBeLessThanOrEqual(t);
        expect(businessMillisecondsBetween(back, t, cal)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone: more minutes, or a later start, never gives an earlier due time', () => {
    fc.assert(
      fc.property(
        calendarArb(ZONES, 15),
        instantArb,
        instantArb,
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (cal, s1, s2, m1, m2) => {
          const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
          const [few, many] = m1 <= m2 ? [m1, m2] : [m2, m1];
          expect(addBusinessMinutes(new Date(early), few, cal).getTime()).toBeLessThanOrEqual(addBusinessMinutes(new Date(early), many, cal).getTime());
          expect(addBusinessMinutes(new Date(early), few, cal).getTime()).toBeLessThanOrEqual(addBusinessMinutes(new Date(late), few, cal).getTime());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is additive, and a due time after m > 0 minutes ends an open stretch (closing time, never the next opening)', () => {
    fc.assert(
      fc.property(calendarArb(ZONES, 15), instantArb, fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 1, max: 5_000 }), (cal, s, a, b) => {
        const once = addBusinessMinutes(new Date(s), a + b, cal);
        expect(addBusinessMinutes(addBusinessMinutes(new Date(s), a, cal), b, cal).getTime()).toBe(once.getTime());
        expect(businessMillisecondsBetween(once.getTime() - 1000, once.getTime(), cal)).toBe(1000);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a minute-by-minute count of the local wall clock', () => {
    // An independent reference: step one minute at a time, read the local date and time with Intl,
    // and count the minute when that reading is inside the date's ranges. (Whole-hour boundaries,
    // which never fall strictly inside a skipped or repeated hour in these zones.)
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Shanghai', 'America/Sao_Paulo'];
    fc.assert(
      fc.property(
        calendarArb(zones, 60),
        fc.integer({ min: 0, max: YEAR / 60_000 }).map((m) => Y2026 + m * 60_000),
        fc.integer({ min: 0, max: 1500 }),
        (cal, s, m) => {
          const expected = referenceAdd(cal, s, m);
          if (expected === undefined) return; // nothing open within the reference's 40-day window
          expect(addBusinessMinutes(new Date(s), m, cal).getTime()).toBe(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('checks the reference itself on the New York spring-forward day', () => {
    const cal = parseBusinessCalendar({ timeZone: 'America/New_York', week: { sun: [['00:00', '24:00']] } });
    expect(referenceAdd(cal, Date.parse('2026-03-08T05:00:00Z'), 1380)).toBe(Date.parse('2026-03-09T04:00:00Z'));
  });
});

function referenceAdd(cal: BusinessCalendar, start: number, minutes: number): number | undefined {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone: cal.timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
  });
  const isOpen = (t: number): boolean => {
    const p = Object.fromEntries(fmt.formatToParts(t).map((x) => [x.type, x.value]));
    const date = `${p.year}-${p.month}-${p.day}`;
    const minute = (Number(p.hour) % 24) * 60 + Number(p.minute);
    const ranges = cal.holidays.includes(date)
      ? []
      : (cal.workdays[date] ?? cal.week[String(p.weekday).toLowerCase().slice(0, 3) as (typeof WEEKDAYS)[number]]);
    return ranges.some(([a, b]) => {
      const from = Number(a.slice(0, 2)) * 60 + Number(a.slice(3));
      const to = Number(b.slice(0, 2)) * 60 + Number(b.slice(3));
      return minute >= from && minute < to;
    });
  };
  let counted = 0;
  for (let t = start; t < start + 40 * 86_400_000; t += 60_000) {
    if (!isOpen(t)) continue;
    if (minutes === 0) return t;
    counted++;
    if (counted === minutes) return t + 60_000;
  }
  return undefined;
}

describe('isoInstant', () => {
  const viaIntl = (t: number) => {
    const iso = new Date(t).toISOString();
    return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
  };

  it('writes what toISOString writes, without ".000"', () => {
    expect(isoInstant(new Date('2026-03-09T14:00:00Z'))).toBe('2026-03-09T14:00:00Z');
    expect(isoInstant(Date.UTC(2024, 1, 29, 23, 59, 59, 7))).toBe('2024-02-29T23:59:59.007Z');
    for (const t of [0, -1, Date.UTC(0, 0, 1) - 1, -62_167_219_200_000, 253_402_300_799_999, 253_402_300_800_000, 8.64e15, -8.64e15]) {
      expect(isoInstant(t)).toBe(viaIntl(t));
    }
    fc.assert(fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (t) => isoInstant(t) === viaIntl(t)), { numRuns: 1000 });
    // Years 0–9999, the ones written out by hand.
    fc.assert(fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (t) => isoInstant(t) === viaIntl(t)), { numRuns: 2000 });
    // Fractions of a millisecond are cut off toward zero, as by new Date(t).
    for (const t of [0.5, -0.5, 1.999, -1.999, -62_167_219_200_000.5, 253_402_300_799_999.5, Date.UTC(1969, 11, 31, 23, 59, 59, 999) + 0.25]) {
      expect(isoInstant(t)).toBe(viaIntl(t));
    }
    fc.assert(fc.property(fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true }), (t) => isoInstant(t) === viaIntl(t)), { numRuns: 1000 });
  });

  it('refuses an invalid date as toISOString does', () => {
    expect(() => isoInstant(Number.NaN)).toThrow(RangeError);
  });
});

describe('parseInstant', () => {
  it('reads what Date.parse reads', () => {
    const cases = [
      '2026-11-19T10:00:00Z', '2024-02-29T23:59:59.007Z', '2026-02-28T00:00:00.999Z', '2026-02-29T00:00:00Z', '2026-02-31T00:00:00Z',
      '2026-13-01T00:00:00Z', '2026-00-10T00:00:00Z', '2026-01-00T00:00:00Z', '2026-01-10T24:00:00Z', '2026-01-10T23:60:00Z', '2026-01-10T23:59:60Z',
      '0000-01-01T00:00:00Z', '1969-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z', '2026-11-19T10:00:00+08:00', '2026-11-19T10:00:00',
      '2026-11-19', '2026-11-19T10:00Z', '2026-11-19T10:00:00.5Z', '2026-11-19T10:00:00.1234Z', '2026-11-19 10:00:00Z', '2026-1a-19T10:00:00Z',
      '2026-11-19T10:00:00z', '+02026-11-19T10:00:00Z', '2026-11-19T1/:00:00Z', '2026-11-19T10:00:00,000Z', '', 'not a date',
    ];
    for (const iso of cases) expect(parseInstant(iso), iso).toBe(Date.parse(iso));
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), fc.boolean(), (t, withMs) => {
        const iso = new Date(withMs ? t : t - (((t % 1000) + 1000) % 1000)).toISOString();
        const short = iso.endsWith('.000Z') && !withMs ? `${iso.slice(0, -5)}Z` : iso;
        expect(parseInstant(short)).toBe(Date.parse(short));
      }),
      { numRuns: 3000 },
    );
    // Any character in any place of a valid one: whatever the fast path takes must be what Date.parse says.
    const chars = fc.constantFrom('0', '1', '2', '3', '5', '9', '-', 'T', ':', '.', 'Z', '/', 'a', ' ');
    fc.assert(
      fc.property(fc.constantFrom('2026-11-19T10:00:00Z', '2024-02-29T23:59:59.007Z'), fc.nat(23), chars, (iso, at, c) => {
        const mutated = iso.slice(0, at) + c + iso.slice(at + 1);
        expect(parseInstant(mutated), mutated).toBe(Date.parse(mutated));
      }),
      { numRuns: 3000 },
    );
  });
});
