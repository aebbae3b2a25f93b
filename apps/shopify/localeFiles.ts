// Reads the extensions' locale files from manifests/shopify, for tests (the extensions themselves get
// their strings from Shopify's i18n, which serves the files the build writes from these).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withLocaleData } from './localeData.ts';
import type { Messages } from './localeTranslator.ts';

export type LocaleName = 'en' | 'zh-CN' | 'zh-TW';
export type ExtensionHandle = 'complaint-block' | 'complaint-action';

const FILES: Record<LocaleName, string> = { en: 'en.default.json', 'zh-CN': 'zh-CN.json', 'zh-TW': 'zh-TW.json' };

/** The messages as the installed extension gets them: the action's with the language data the build adds. */
export const localeOf = (extension: ExtensionHandle, locale: LocaleName): Messages => {
  const messages = JSON.parse(readFileSync(join(import.meta.dirname, `../../manifests/shopify/extensions/${extension}/locales/${FILES[locale]}`), 'utf8')) as Messages;
  return extension === 'complaint-action' ? withLocaleData(messages) : messages;
};
