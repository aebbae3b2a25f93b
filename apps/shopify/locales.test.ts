// Every string of both extensions exists in English, Simplified and Traditional Chinese, with the same
// placeholders: a missing translation would show the merchant a raw key.
import { describe, expect, it } from 'vitest';
import { localeOf } from './localeFiles.ts';
import { keysOf, translatorFor } from './localeTranslator.ts';
import { uiLanguageOf } from './translate.ts';

describe.each(['complaint-block', 'complaint-action'] as const)('%s locales', (extension) => {
  const en = keysOf(localeOf(extension, 'en'));

  it.each(['zh-CN', 'zh-TW'] as const)('%s has every English key, with the same placeholders', (locale) => {
    expect(Object.fromEntries(keysOf(localeOf(extension, locale)))).toEqual(Object.fromEntries(en));
  });

  it('names the core UI language each locale maps to', () => {
    expect(uiLanguageOf(translatorFor(localeOf(extension, 'en'), 'en'))).toBe('en');
    expect(uiLanguageOf(translatorFor(localeOf(extension, 'zh-CN'), 'zh-CN'))).toBe('zh-Hans');
    expect(uiLanguageOf(translatorFor(localeOf(extension, 'zh-TW'), 'zh-TW'))).toBe('zh-Hant');
  });
});

describe('translator', () => {
  const t = translatorFor({ a: { b: 'Hi {{name}}' }, n: { one: '{{count}} risk', other: '{{count}} risks' } }, 'en');
  it('follows dotted keys, fills placeholders and picks plurals', () => {
    expect(t('a.b', { name: 'Ann' })).toBe('Hi Ann');
    expect(t('n', { count: 1 })).toBe('1 risk');
    expect(t('n', { count: 3 })).toBe('3 risks');
  });
  it('throws on a missing key or value', () => {
    expect(() => t('a.c')).toThrow(/no message/);
    expect(() => t('a.b')).toThrow(/needs/);
  });
});
