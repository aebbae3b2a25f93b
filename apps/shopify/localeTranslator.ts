// Shopify's `i18n.translate` over one of our locale files, for tests and previews: dotted keys,
// `{{name}}` placeholders, and plural branches (`one`, `other`…) chosen by `count`, as the admin does.
// Unlike the tester's default (which echoes the key), a missing key throws, so a test that renders a
// view also proves every key it uses exists.
import type { Translate } from './translate.ts';

export type Messages = { [key: string]: string | Messages };

export function translatorFor(messages: Messages, locale: string): Translate {
  const plural = new Intl.PluralRules(locale);
  return (key, values = {}) => {
    let node: string | Messages | undefined = messages;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node === 'object' && typeof values.count === 'number') node = node[plural.select(values.count)] ?? node.other;
    if (typeof node !== 'string') throw new Error(`no message "${key}" in the ${locale} locale`);
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
      if (!(name in values)) throw new Error(`message "${key}" needs {{${name}}}`);
      return String(values[name]);
    });
  };
}

/** Every dotted key of a locale file with its placeholders, to compare the languages. */
export function keysOf(messages: Messages, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, value] of Object.entries(messages)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') out.set(key, [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort());
    else if ('other' in value && typeof value.other === 'string') out.set(key, keysOf({ other: value.other }).get('other')!);
    else for (const [k, v] of keysOf(value, key)) out.set(k, v);
  }
  return out;
}
