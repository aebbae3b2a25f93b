import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, formattingLocale, maximizedLocale, zoneOfLocale } from './localeFormat.ts';

const ZONES = ['UTC', 'Asia/Shanghai', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe', 'Europe/Berlin', 'Pacific/Chatham'];
const LOCALES = ['en-US', 'en-GB', 'zh-CN', 'zh-TW'];
// Around a daylight-saving change, a midnight, and long ago when zones kept local mean time.
const MINUTES = ['2026-03-29T00:59:00Z', '2026-11-01T05:59:00Z', '2026-11-19T15:59:00Z', '2026-12-31T23:59:00Z', '1900-01-01T00:00:00Z', '1972-01-06T23:59:00Z'];

describe('formatDay and formatMoment', () => {
  it('write what Intl writes, for every instant of a minute, whether remembered or not', () => {
    for (const locale of LOCALES) {
      for (const timeZone of ZONES) {
        const day = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
        const moment = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
        for (const iso of MINUTES) {
          const minute = Date.parse(iso);
          // The first and last instants of the minute, twice each: once written, once remembered.
          for (const t of [minute, minute + 59_999, minute + 30_000, minute, minute + 59_999, minute + 60_000, minute - 1]) {
            expect(formatDay(t, locale, timeZone)).toBe(day.format(t));
            expect(formatMoment(t, locale, timeZone)).toBe(moment.format(t));
          }
        }
      }
    }
  });

  it('refuses what Intl refuses', () => {
    expect(() => formatDay(Number.NaN, 'en-US', 'UTC')).toThrow(RangeError);
    expect(() => formatMoment(Date.parse('2026-11-19T15:59:00Z'), 'en-US', 'Not/AZone')).toThrow(RangeError);
  });
});

describe('customer locale tags', () => {
  it('give the formatting locale, the zone and the maximized locale, however often asked', () => {
    for (let round = 0; round < 2; round++) {
      expect(formattingLocale('en', 'en-GB')).toBe('en-Latn-GB');
      expect(formattingLocale('zh-Hans', 'en-GB')).toBe('zh-CN');
      expect(formattingLocale('zh-Hant', 'zh_TW')).toBe('zh-Hant-TW');
      expect(formattingLocale('zh-Hans', 'zh_TW')).toBe('zh-CN');
      expect(formattingLocale('zh-Hans', 'zh')).toBe('zh-Hans-CN');
      expect(formattingLocale('en', 'not a locale')).toBe('en-US');
      expect(formattingLocale('en', undefined)).toBe('en-US');
      expect(zoneOfLocale('zh_TW')).toBe('Asia/Taipei');
      expect(zoneOfLocale('zh-Hant')).toBeUndefined(); // a region maximize() would guess does not count
      expect(zoneOfLocale('en-US')).toBeUndefined(); // a region with many zones
      expect(zoneOfLocale('not a locale')).toBeUndefined();
      expect(zoneOfLocale(undefined)).toBeUndefined();
      expect(maximizedLocale('zh-HK')).toEqual({ language: 'zh', script: 'Hant', baseName: 'zh-Hant-HK' });
      expect(maximizedLocale('')).toBeUndefined();
    }
  });
});
