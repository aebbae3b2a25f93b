// ICU MessageFormat through intl-messageformat: plurals and selects instead of string
// concatenation, and values that are always inserted as text (a "{{setting.token}}" or "<%= x %>"
// in an item title is never read as a template). Compiled messages are cached: parsing costs far
// more than formatting, and triage formats the same few dozen templates for every complaint.
import IntlMessageFormat from 'intl-messageformat';

export type Values = Record<string, string | number>;

// Keyed by locale, then by the template string itself: templates are long, and a key built by
// concatenation would be a new string to hash on every lookup.
type Formatter = (values: Values) => string;
const compiled = new Map<string, Map<string, Formatter>>();
let compiledCount = 0;
/** Shops' overrides arrive at run time; a bound keeps a long-running host from growing forever. */
const MAX_COMPILED = 2000;

// intl-messageformat memoises the Intl objects it needs by JSON-serialising their arguments on
// every call; our messages ask for a handful of them, so a plain cache keyed by locale and the
// options we use is enough and costs nothing per format.
const intlCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(kind: string, locales: unknown, opts: unknown, make: () => T): T {
  const key = `${kind}|${String(locales)}|${opts === undefined ? '' : JSON.stringify(opts)}`;
  let value = intlCache.get(key) as T | undefined;
  if (!value) intlCache.set(key, (value = make()));
  return value;
}
const formatters = {
  getNumberFormat: (locales?: string | string[], opts?: Intl.NumberFormatOptions) =>
    cached('n', locales, opts, () => new Intl.NumberFormat(locales, opts)),
  getDateTimeFormat: (locales?: string | string[], opts?: Intl.DateTimeFormatOptions) =>
    cached('d', locales, opts, () => new Intl.DateTimeFormat(locales, opts)),
  getPluralRules: (locales?: string | string[], opts?: Intl.PluralRulesOptions) =>
    cached('p', locales, opts, () => new Intl.PluralRules(locales, opts)),
};

// Tags are plain text in our messages: a shop's "<b>" must not need escaping rules to survive.
const OPTIONS = { ignoreTag: true, formatters };

function compile(template: string, locale: string): Formatter {
  let forLocale = compiled.get(locale);
  if (!forLocale) compiled.set(locale, (forLocale = new Map()));
  let message = forLocale.get(template);
  if (!message) {
    if (compiledCount >= MAX_COMPILED) {
      compiled.clear();
      compiled.set(locale, forLocale);
      forLocale.clear();
      compiledCount = 0;
    }
    message = formatterOf(new IntlMessageFormat(template, locale, undefined, OPTIONS));
    forLocale.set(template, message);
    compiledCount++;
  }
  return message;
}

/**
 * Most of our messages are text with plain `{name}` arguments; joining their parsed pieces gives
 * what intl-messageformat's formatter gives, at a fraction of its cost (it serialises its
 * arguments to memoise Intl objects on every call). Plurals, selects and numbers go through it.
 */
function formatterOf(message: IntlMessageFormat): Formatter {
  const ast = message.getAst() as Element[];
  if (!ast.every((el) => el.type === LITERAL || el.type === ARGUMENT)) {
    return (values) => {
      const out = message.format(values);
      return Array.isArray(out) ? out.join('') : String(out);
    };
  }
  const pieces = ast.map((el) => ({ literal: el.type === LITERAL, value: String(el.value) }));
  return (values) => {
    let out = '';
    for (const piece of pieces) {
      if (piece.literal) out += piece.value;
      else {
        const value = values[piece.value];
        if (value === undefined) throw new Error(`the value {${piece.value}} was not provided`);
        out += String(value);
      }
    }
    return out;
  };
}
const LITERAL = 0;
const ARGUMENT = 1;

/** Formats `template`; throws when it is not valid ICU or uses a value it was not given. */
export function formatMessage(template: string, locale: string, values: Values): string {
  return compile(template, locale)(values);
}

// AST element types of @formatjs/icu-messageformat-parser that name a value: argument, number,
// date, time, select, plural. Plural and select branches and tag children hold nested messages.
const NAMED = new Set([1, 2, 3, 4, 5, 6]);
/** number, date, time, plural: they read their value as a number. */
const NUMERIC = new Set([2, 3, 4, 6]);
interface Element {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
}

function namesIn(elements: Element[], into: Map<string, boolean>): Map<string, boolean> {
  for (const el of elements) {
    if (NAMED.has(el.type) && typeof el.value === 'string') into.set(el.value, (into.get(el.value) ?? false) || NUMERIC.has(el.type));
    if (el.options) for (const option of Object.values(el.options)) namesIn(option.value, into);
    if (el.children) namesIn(el.children, into);
  }
  return into;
}

/**
 * Why `template` cannot be used with `known` values (of which only `numbers` may be counted,
 * formatted as numbers or pluralised), or undefined when it can. Checked when a policy is loaded,
 * so a shop's typo is refused with its path instead of failing a triage later.
 */
export function templateProblem(template: string, known: ReadonlySet<string>, numbers: ReadonlySet<string>): string | undefined {
  let ast: Element[];
  try {
    ast = new IntlMessageFormat(template, 'en', undefined, OPTIONS).getAst() as Element[];
  } catch (e) {
    const message = (e as Error).message.toLowerCase().replaceAll('_', ' ');
    return `not a valid ICU message: ${message}`;
  }
  const names = namesIn(ast, new Map());
  const unknown = [...names.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0) return `unknown value ${unknown.map((n) => `{${n}}`).join(', ')}; known: ${[...known].join(', ')}`;
  const text = [...names].filter(([name, numeric]) => numeric && !numbers.has(name)).map(([name]) => name);
  if (text.length > 0) return `${text.map((n) => `{${n}}`).join(', ')} is text: only ${[...numbers].map((n) => `{${n}}`).join(', ')} can be a number, date or plural`;
  return undefined;
}
