// Core label tables (tier, category, risk…) read with a key that came from outside: a saved metafield may
// name a tier or category this build does not know, and then its own word is shown rather than nothing.
import type { UiLanguage } from '../../core/model.ts';

export const nameOf = <K extends string>(names: Record<K, Record<UiLanguage, string>>, key: string, lang: UiLanguage): string =>
  Object.hasOwn(names, key) ? names[key as K][lang] : key;
