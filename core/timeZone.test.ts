import { describe, expect, it } from 'vitest';
import { instantOfWall, isTimeZone, localDayOf, offsetAt, wallMs } from './timeZone.ts';

const H = 3_600_000;

describe('time zones through Intl', () => {
  it('knows IANA zones and refuses others', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('reads offsets on both sides of a change', () => {
    expect(offsetAt('Europe/Berlin', Date.parse('2026-03-29T00:59:59Z'))).toBe(1 * H);
    expect(offsetAt('Europe/Berlin', Date.parse('2026-03-29T01:00:00Z'))).toBe(2 * H);
    expect(offsetAt('America/New_York', Date.parse('2026-03-08T06:59:59Z'))).toBe(-5 * H);
    expect(offsetAt('America/New_York', Date.parse('2026-03-08T07:00:00Z'))).toBe(-4 * H);
    expect(offsetAt('Asia/Kolkata', Date.parse('2026-06-01T00:00:00Z'))).toBe(5.5 * H);
  });

  it('maps an ordinary wall time to its one instant', () => {
    expect(instantOfWall('Asia/Shanghai', wallMs(2026, 10, 1, 9))).toBe(Date.parse('2026-10-01T01:00:00Z'));
  });

  it('maps a skipped wall time to the moment of the jump', () => {
    expect(instantOfWall('America/New_York', wallMs(2026, 3, 8, 2, 30))).toBe(Date.parse('2026-03-08T07:00:00Z'));
    expect(instantOfWall('Europe/Berlin', wallMs(2026, 3, 29, 2, 0))).toBe(Date.parse('2026-03-29T01:00:00Z'));
  });

  it('maps a repeated wall time to its first occurrence', () => {
    expect(instantOfWall('Europe/Berlin', wallMs(2026, 10, 25, 2, 30))).toBe(Date.parse('2026-10-25T00:30:00Z'));
    expect(instantOfWall('America/New_York', wallMs(2026, 11, 1, 1, 30))).toBe(Date.parse('2026-11-01T05:30:00Z'));
  });

  it('handles a half-hour change (Australia/Lord_Howe)', () => {
    // 2026-04-05 02:00 LHDT (+11) becomes 01:30 LHST (+10:30).
    expect(instantOfWall('Australia/Lord_Howe', wallMs(2026, 4, 5, 1, 45))).toBe(Date.parse('2026-04-04T14:45:00Z'));
  });

  it('finds the local day of an instant', () => {
    expect(localDayOf('Asia/Shanghai', Date.parse('2026-10-01T16:00:00Z'))).toBe(Date.UTC(2026, 9, 2) / 86_400_000);
    expect(localDayOf('America/New_York', Date.parse('2026-10-02T03:00:00Z'))).toBe(Date.UTC(2026, 9, 1) / 86_400_000);
  });
});
