import { afterEach, describe, expect, it } from 'vitest';
import { SHARED_FORMS, SIMPLIFIED, TRADITIONAL } from './hanTableData.ts';
import { provideHanTables } from './hanTables.ts';
import { countScriptMarkers, normalise } from './normalise.ts';

const BUILT_IN = { traditional: TRADITIONAL, simplified: SIMPLIFIED, sharedForms: SHARED_FORMS };

afterEach(() => provideHanTables(BUILT_IN));

describe('Han tables', () => {
  it('are what normalise and the script count use, and tables provided later replace them', () => {
    expect(normalise('還沒到貨')).toBe('还没到货');
    provideHanTables({ traditional: '還', simplified: '还', sharedForms: '' });
    expect(normalise('還沒到貨')).toBe('还沒到貨');
    expect(countScriptMarkers('還沒到貨')).toEqual({ traditional: 1, simplified: 0 });
    provideHanTables(BUILT_IN);
    expect(normalise('還沒到貨')).toBe('还没到货');
    expect(countScriptMarkers('還沒到貨').traditional).toBe(3); // 到 is written alike in both
  });

  it('refuses tables whose two halves do not line up', () => {
    expect(() => provideHanTables({ traditional: '還沒', simplified: '还', sharedForms: '' })).toThrow(/2 Traditional characters for 1 Simplified/);
    expect(() => provideHanTables({ traditional: '', simplified: '', sharedForms: '' })).toThrow(/Han tables/);
    expect(normalise('貨')).toBe('货');
  });
});
