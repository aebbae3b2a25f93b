// The one signature every view uses for its words: Shopify's `i18n.translate` with the result as text.
// The strings live in manifests/shopify/extensions/*/locales/{en.default,zh-CN,zh-TW}.json.
import type { UiLanguage } from '../../core/model.ts';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The core writes reasons, remedy labels and reply titles in a UI language of its own. Each locale file
 * names it under `uiLanguage`, so the language the admin chose for the merchant is the one the core uses;
 * anything else (a test's echoing translate, a locale we do not ship) falls back to English.
 */
export function uiLanguageOf(t: Translate): UiLanguage {
  const lang = t('uiLanguage');
  return lang === 'zh-Hans' || lang === 'zh-Hant' ? lang : 'en';
}
