import { describe, expect, it } from 'vitest';
import { ianaZoneOf } from './timeZones.ts';

describe("Freshdesk's zone names", () => {
  it('translates the Rails names our customers use, keeps IANA names, drops the rest', () => {
    expect(ianaZoneOf('Beijing')).toBe('Asia/Shanghai');
    expect(ianaZoneOf('Taipei')).toBe('Asia/Taipei');
    expect(ianaZoneOf('Eastern Time (US & Canada)')).toBe('America/New_York');
    expect(ianaZoneOf('Europe/Berlin')).toBe('Europe/Berlin');
    expect(ianaZoneOf('Atlantis')).toBeUndefined();
    expect(ianaZoneOf(null)).toBeUndefined();
  });
});
