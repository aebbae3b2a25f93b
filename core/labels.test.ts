import { describe, expect, it } from 'vitest';
import { listOf } from './labels.ts';

describe('listOf', () => {
  it('lists English as Intl.ListFormat does', () => {
    const intl = new Intl.ListFormat('en', { type: 'conjunction' });
    const names = ['legal threat', '“refund” and more', 'A, B', '', 'and', '{0}', '退款'];
    for (let n = 0; n <= names.length; n++) {
      const items = names.slice(0, n);
      expect(listOf(items, 'en')).toBe(intl.format(items));
    }
  });

  it('lists Chinese with the enumeration comma', () => {
    expect(listOf(['法律威胁', '媒体曝光'], 'zh-Hans')).toBe('法律威胁、媒体曝光');
    expect(listOf([], 'zh-Hant')).toBe('');
  });
});
