import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, isoInstant, parseBusinessCalendar } from './businessCalendar.ts';
import { holidaysFromIcs } from './icalHolidays.ts';

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

// Shaped like Google Calendar's export of "Holidays in Germany" (CRLF, folded at 75 octets).
const google = crlf([
  'BEGIN:VCALENDAR',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'VERSION:2.0',
  'CALSCALE:GREGORIAN',
  'METHOD:PUBLISH',
  'X-WR-CALNAME:Feiertage in Deutschland',
  'X-WR-TIMEZONE:UTC',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261225',
  'DTEND;VALUE=DATE:20261226',
  'DTSTAMP:20261122T101010Z',
  'UID:20261225_3ahjsbjfhs@google.com',
  'CLASS:PUBLIC',
  'CREATED:20250801T000000Z',
  'DESCRIPTION:Gesetzlicher Feiertag',
  'LAST-MODIFIED:20250801T000000Z',
  'SEQUENCE:0',
  'STATUS:CONFIRMED',
  'SUMMARY:1. Weihnachtstag',
  'TRANSP:TRANSPARENT',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261226',
  'DTEND;VALUE=DATE:20261227',
  'UID:20261226_sdf@google.com',
  'DESCRIPTION:Gesetzlicher Feiertag',
  'SUMMARY:2. Weihnachtstag (Zweiter Weihnachtsfeiertag\\, auch Stephanstag gen',
  ' annt)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261025',
  'DTEND;VALUE=DATE:20261026',
  'UID:20261025_dst@google.com',
  'DESCRIPTION:Beobachtung',
  'SUMMARY:Ende der Sommerzeit',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260329',
  'DTEND;VALUE=DATE:20260330',
  'UID:20260329_dst@google.com',
  'SUMMARY:Daylight Saving Time starts',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260214',
  'DTEND;VALUE=DATE:20260215',
  'UID:20260214_valentine@google.com',
  'DESCRIPTION:Observance\\nTo hide observances\\, go to Google Calendar Setting',
  ' s > Holidays in Germany',
  'SUMMARY:Valentinstag',
  'END:VEVENT',
  'END:VCALENDAR',
]);

// Shaped like an Outlook export: a multi-day all-day event, an alarm inside an event, a timed
// meeting, and Outlook's midnight-to-midnight all-day form.
const outlook = crlf([
  'BEGIN:VCALENDAR',
  'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
  'VERSION:2.0',
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16011028T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'SUMMARY:Betriebsferien',
  'DTSTART;VALUE=DATE:20261228',
  'DTEND;VALUE=DATE:20270102',
  'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
  'BEGIN:VALARM',
  'TRIGGER:-PT15M',
  'ACTION:DISPLAY',
  'DESCRIPTION:Reminder',
  'END:VALARM',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'SUMMARY:Team meeting',
  'DTSTART;TZID=W. Europe Standard Time:20261230T140000',
  'DTEND;TZID=W. Europe Standard Time:20261230T150000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'SUMMARY:Inventur',
  'DTSTART;TZID=W. Europe Standard Time:20261231T000000',
  'DTEND;TZID=W. Europe Standard Time:20270101T000000',
  'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'SUMMARY:Abgesagt',
  'STATUS:CANCELLED',
  'DTSTART;VALUE=DATE:20261124',
  'END:VEVENT',
  'END:VCALENDAR',
]);

describe('holidaysFromIcs', () => {
  it('reads all-day events from a Google export, unfolding lines', () => {
    expect(holidaysFromIcs(google)).toEqual(['2026-12-25', '2026-12-26']);
  });

  it('drops clock-change events (anchors.md §2 case 24) and Google observances', () => {
    const days = holidaysFromIcs(google);
    expect(days).not.toContain('2026-10-25');
    expect(days).not.toContain('2026-03-29');
    expect(days).not.toContain('2026-02-14');
  });

  it('expands multi-day events with DTEND exclusive, ignores timed, cancelled and alarm content', () => {
    expect(holidaysFromIcs(outlook)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01']);
  });

  it('reads DURATION when there is no DTEND, and bare dates without VALUE=DATE', () => {
    const ics = crlf(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART:20261001', 'DURATION:P3D', 'SUMMARY:国庆节', 'END:VEVENT', 'END:VCALENDAR']);
    expect(holidaysFromIcs(ics)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03']);
    const oneDay = crlf(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261001', 'END:VEVENT', 'END:VCALENDAR']);
    expect(holidaysFromIcs(oneDay)).toEqual(['2026-10-01']);
  });

  it('leaves out make-up working days (补班), which are not holidays', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20260215',
      'DTEND;VALUE=DATE:20260224',
      'SUMMARY:春节',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20260214',
      'DTEND;VALUE=DATE:20260215',
      'SUMMARY:春节补班',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n'); // LF line ends too
    const days = holidaysFromIcs(ics);
    expect(days).toHaveLength(9);
    expect(days[0]).toBe('2026-02-15');
    expect(days).not.toContain('2026-02-14');
  });

  it('expands yearly rules: fixed dates with COUNT, nth weekdays, last weekdays, UNTIL and EXDATE', () => {
    const ics = crlf([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:founders',
      'DTSTART;VALUE=DATE:20240612',
      'RRULE:FREQ=YEARLY;COUNT=3',
      'SUMMARY:Founders day',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:thanksgiving',
      'DTSTART;VALUE=DATE:20251127',
      'DTEND;VALUE=DATE:20251129',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;UNTIL=20271231T000000Z',
      'SUMMARY:Thanksgiving (and Friday)',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:memorial',
      'DTSTART;VALUE=DATE:20250526',
      'RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO;COUNT=3',
      'EXDATE;VALUE=DATE:20260525',
      'SUMMARY:Memorial Day',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(holidaysFromIcs(ics)).toEqual([
      '2024-06-12',
      '2025-05-26',
      '2025-06-12',
      '2025-11-27',
      '2025-11-28',
      '2026-06-12',
      '2026-11-26',
      '2026-11-27',
      '2027-05-31',
      '2027-11-25',
      '2027-11-26',
    ]);
  });

  it('expands an endless yearly rule up to `until`, skipping years without the date', () => {
    const ics = crlf(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20240229', 'RRULE:FREQ=YEARLY', 'SUMMARY:Leap day off', 'END:VEVENT', 'END:VCALENDAR']);
    expect(holidaysFromIcs(ics, { until: '2033-01-01' })).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
    expect(holidaysFromIcs(ics, { from: '2025-01-01', until: '2030-12-31' })).toEqual(['2028-02-29']);
  });

  it('lets a RECURRENCE-ID event move one occurrence of a rule', () => {
    const ics = crlf([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:x',
      'DTSTART;VALUE=DATE:20250101',
      'RRULE:FREQ=YEARLY;COUNT=3',
      'SUMMARY:New year',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:x',
      'RECURRENCE-ID;VALUE=DATE:20260101',
      'DTSTART;VALUE=DATE:20260102',
      'SUMMARY:New year (moved)',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(holidaysFromIcs(ics)).toEqual(['2025-01-01', '2026-01-02', '2027-01-01']);
  });

  it('refuses what it cannot read, naming the line', () => {
    expect(() => holidaysFromIcs('Christmas: 2026-12-25')).toThrow(/not an iCalendar file/);
    const weekly = crlf(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=WEEKLY;BYDAY=MO', 'END:VEVENT', 'END:VCALENDAR']);
    expect(() => holidaysFromIcs(weekly)).toThrow(/^line 4: RRULE FREQ=WEEKLY;BYDAY=MO: FREQ=WEEKLY is not supported/);
    const badDate = crlf(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261332', 'END:VEVENT', 'END:VCALENDAR']);
    expect(() => holidaysFromIcs(badDate)).toThrow(/^line 3: "20261332" is not a date/);
    expect(() => holidaysFromIcs(google, { until: 'soon' })).toThrow(/until/);
  });

  it('gives dates a business calendar accepts and closes', () => {
    const calendar = parseBusinessCalendar({
      timeZone: 'Europe/Berlin',
      week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
      holidays: holidaysFromIcs(google),
    });
    // Thu 24 Dec 16:00 + 2 h: one hour on Thursday, Fri 25 is a holiday, so Monday 28 at 10:00.
    expect(isoInstant(addBusinessMinutes(new Date('2026-12-24T16:00:00+01:00'), 120, calendar))).toBe('2026-12-28T09:00:00Z');
  });
});
