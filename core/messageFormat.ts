// ICU MessageFormat for the reply drafts: plurals and selects instead of string concatenation, and
// values that are always inserted as text (a "{{setting.token}}" or "<%= x %>" in an item title is
// never read as a template).
//
// Why our own and not intl-messageformat: the Shopify action must fit in 64 KB compressed, and the
// library with its parser costs 8.4 KB brotli there for the subset we use. This is that subset of
// ICU MessageFormat 1 with intl-messageformat's semantics (its `ignoreTag` mode, so "<b>" is text):
//   {name}                                   the value as text
//   {name, number[, integer|percent]}        formatted with Intl.NumberFormat
//   {name, date|time[, short|medium|long|full]}
//   {name, select, a {…} other {…}}
//   {name, plural|selectordinal, [offset:N] =0 {…} one {…} other {# …}}
//   '' is an apostrophe; '{…}' quotes syntax characters, and '#' inside a plural.
// Number and date skeletons ("::currency/EUR") are refused with a clear message, not half-supported.

export type Values = Record<string, string | number>;

type Node =
  | string
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'number' | 'date' | 'time'; name: string; style: string | undefined }
  | { kind: 'select'; name: string; options: Map<string, Node[]> }
  | { kind: 'plural'; name: string; ordinal: boolean; offset: number; options: Map<string, Node[]> };

class MessageSyntaxError extends Error {}

const NUMBER_STYLES: Record<string, Intl.NumberFormatOptions> = { integer: { maximumFractionDigits: 0 }, percent: { style: 'percent' } };
const DATE_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  short: { month: 'numeric', day: 'numeric', year: '2-digit' },
  medium: { month: 'short', day: 'numeric', year: 'numeric' },
  long: { month: 'long', day: 'numeric', year: 'numeric' },
  full: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
};
const TIME_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  short: { hour: 'numeric', minute: 'numeric' },
  medium: { hour: 'numeric', minute: 'numeric', second: 'numeric' },
  long: { hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' },
  full: { hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' },
};
const STYLES = { number: NUMBER_STYLES, date: DATE_STYLES, time: TIME_STYLES };

/** Parses `template`; throws MessageSyntaxError saying what is wrong and where. */
function parse(template: string): Node[] {
  let at = 0;
  const fail = (what: string): never => {
    throw new MessageSyntaxError(`${what} at character ${at + 1}`);
  };
  const skipSpace = () => {
    while (at < template.length && /\s/.test(template[at]!)) at++;
  };
  const word = (): string => {
    const start = at;
    while (at < template.length && !/[\s{}#,'=:]/.test(template[at]!)) at++;
    return template.slice(start, at);
  };
  const expect = (char: string, what: string) => {
    skipSpace();
    if (template[at] !== char) fail(what);
    at++;
  };

  /** Text and arguments up to the `}` that closes an option (depth > 0) or the end. */
  const message = (inPlural: boolean, depth: number): Node[] => {
    const nodes: Node[] = [];
    // Characters collected in an array and joined: `+=` one at a time would leave each literal a
    // chain of one-character strings that every formatted draft walks again when it is flattened.
    let text: string[] = [];
    const flush = () => {
      if (text.length > 0) nodes.push(text.join(''));
      text = [];
    };
    while (at < template.length) {
      const c = template[at]!;
      if (c === '}' && depth > 0) break; // at the top level a lone } is text
      if (c === '{') {
        flush();
        at++;
        nodes.push(argument(depth));
        continue;
      }
      if (c === '#' && inPlural) {
        flush();
        nodes.push({ kind: 'pound' });
        at++;
        continue;
      }
      if (c === "'") {
        const next = template[at + 1];
        if (next === "'") {
          text.push("'");
          at += 2;
          continue;
        }
        if (next === '{' || next === '}' || next === '<' || next === '>' || (next === '#' && inPlural)) {
          // Quoted literal up to the next lone apostrophe (or the end); '' inside is one apostrophe.
          at++;
          while (at < template.length) {
            if (template[at] === "'") {
              if (template[at + 1] === "'") {
                text.push("'");
                at += 2;
                continue;
              }
              at++;
              break;
            }
            text.push(template[at++]!);
          }
          continue;
        }
      }
      text.push(c);
      at++;
    }
    flush();
    return nodes;
  };

  const options = (name: string, plural: boolean, depth: number): Map<string, Node[]> => {
    const found = new Map<string, Node[]>();
    for (;;) {
      skipSpace();
      if (template[at] === '}') break;
      if (at >= template.length) fail(`expected options for {${name}}`);
      let key: string;
      if (template[at] === '=') {
        at++;
        key = `=${word()}`;
        if (!plural || !/^=-?\d+(\.\d+)?$/.test(key)) fail(`invalid selector ${key} in {${name}}`);
      } else key = word();
      if (key === '') fail(`expected a selector in {${name}}`);
      if (found.has(key)) fail(`duplicate selector ${key} in {${name}}`);
      expect('{', `expected {…} after the selector ${key} in {${name}}`);
      found.set(key, message(plural, depth + 1));
      expect('}', `expected } to close the ${key} option of {${name}}`);
    }
    if (!found.has('other')) fail(`missing other clause in {${name}}`);
    return found;
  };

  const argument = (depth: number): Node => {
    skipSpace();
    const name = word();
    if (name === '') fail(template[at] === '}' ? 'empty argument' : 'malformed argument');
    skipSpace();
    if (template[at] === '}') {
      at++;
      return { kind: 'arg', name };
    }
    expect(',', `expected , or } after {${name}`);
    skipSpace();
    const type = word();
    skipSpace();
    let node: Node;
    if (type === 'number' || type === 'date' || type === 'time') {
      let style: string | undefined;
      if (template[at] === ',') {
        at++;
        skipSpace();
        if (template.startsWith('::', at)) fail(`skeleton styles are not supported in {${name}, ${type}}`);
        style = word();
        if (!Object.hasOwn(STYLES[type], style)) fail(`unknown ${type} style "${style}" in {${name}}: use ${Object.keys(STYLES[type]).join(', ')}`);
      }
      node = { kind: type, name, style };
    } else if (type === 'select') {
      expect(',', `expected , after {${name}, select`);
      node = { kind: 'select', name, options: options(name, false, depth) };
    } else if (type === 'plural' || type === 'selectordinal') {
      expect(',', `expected , after {${name}, ${type}`);
      skipSpace();
      let offset = 0;
      if (template.startsWith('offset:', at)) {
        at += 'offset:'.length;
        skipSpace();
        const n = word();
        if (!/^\d+$/.test(n)) fail(`invalid plural offset "${n}" in {${name}}`);
        offset = Number(n);
      }
      node = { kind: 'plural', name, ordinal: type === 'selectordinal', offset, options: options(name, true, depth) };
    } else {
      return fail(`unknown argument type "${type}" in {${name}}: use number, date, time, select, plural or selectordinal`);
    }
    expect('}', `expected } to close {${name}}`);
    return node;
  };

  return message(false, 0);
}

// One Intl object per locale and options: constructing them costs far more than formatting.
const intlCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function intl<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let value = intlCache.get(key) as T | undefined;
  if (!value) intlCache.set(key, (value = make()));
  return value;
}
const numberFormat = (locale: string, style?: string) =>
  intl(`n|${locale}|${style ?? ''}`, () => new Intl.NumberFormat(locale, style ? NUMBER_STYLES[style] : undefined));

type Formatter = (values: Values) => string;

function valueOf(values: Values, name: string): string | number {
  const value = values[name];
  if (value === undefined) throw new Error(`the value {${name}} was not provided`);
  return value;
}

function compileNodes(nodes: Node[], locale: string): (values: Values, pound: number | undefined) => string {
  const parts = nodes.map((node): ((values: Values, pound: number | undefined) => string) => {
    if (typeof node === 'string') return () => node;
    switch (node.kind) {
      case 'arg':
        return (values) => String(valueOf(values, node.name));
      case 'pound':
        return (_values, pound) => (pound === undefined ? '' : numberFormat(locale).format(pound));
      case 'number':
        return (values) => numberFormat(locale, node.style).format(Number(valueOf(values, node.name)));
      case 'date':
      case 'time': {
        const options = node.style ? STYLES[node.kind][node.style] : node.kind === 'time' ? TIME_STYLES.medium : undefined;
        const format = intl(`d|${locale}|${node.kind}|${node.style ?? ''}`, () => new Intl.DateTimeFormat(locale, options));
        return (values) => format.format(Number(valueOf(values, node.name)));
      }
      case 'select': {
        const options = new Map([...node.options].map(([key, value]) => [key, compileNodes(value, locale)]));
        const other = options.get('other')!;
        // A select's branches do not see an enclosing plural's #, as in intl-messageformat.
        return (values) => (options.get(String(valueOf(values, node.name))) ?? other)(values, undefined);
      }
      case 'plural': {
        const options = new Map([...node.options].map(([key, value]) => [key, compileNodes(value, locale)]));
        const other = options.get('other')!;
        const type = node.ordinal ? 'ordinal' : 'cardinal';
        const rules = intl(`p|${locale}|${type}`, () => new Intl.PluralRules(locale, { type }));
        return (values) => {
          const value = Number(valueOf(values, node.name));
          const branch = options.get(`=${value}`) ?? options.get(rules.select(value - node.offset)) ?? other;
          return branch(values, value - node.offset);
        };
      }
    }
  });
  if (parts.length === 1) return parts[0]!;
  return (values, pound) => {
    let out = '';
    for (const part of parts) out += part(values, pound);
    return out;
  };
}

// Keyed by locale, then by the template itself: triage formats the same few dozen templates for
// every complaint, so each is parsed once.
const compiled = new Map<string, Map<string, Formatter>>();
let compiledCount = 0;
/** Shops' overrides arrive at run time; a bound keeps a long-running host from growing forever. */
const MAX_COMPILED = 2000;

function compile(template: string, locale: string): Formatter {
  let forLocale = compiled.get(locale);
  if (!forLocale) compiled.set(locale, (forLocale = new Map()));
  let formatter = forLocale.get(template);
  if (!formatter) {
    if (compiledCount >= MAX_COMPILED) {
      compiled.clear();
      compiled.set(locale, forLocale);
      forLocale.clear();
      compiledCount = 0;
    }
    const run = compileNodes(parse(template), locale);
    formatter = (values) => run(values, undefined);
    forLocale.set(template, formatter);
    compiledCount++;
  }
  return formatter;
}

/** Formats `template`; throws when it is not valid ICU or uses a value it was not given. */
export function formatMessage(template: string, locale: string, values: Values): string {
  return compile(template, locale)(values);
}

/** Every value `nodes` names, and whether it is read as a number (number, date, time, plural). */
function namesIn(nodes: Node[], into: Map<string, boolean>): Map<string, boolean> {
  for (const node of nodes) {
    if (typeof node === 'string' || node.kind === 'pound') continue;
    const numeric = node.kind !== 'arg' && node.kind !== 'select';
    into.set(node.name, (into.get(node.name) ?? false) || numeric);
    if (node.kind === 'select' || node.kind === 'plural') for (const option of node.options.values()) namesIn(option, into);
  }
  return into;
}

/**
 * Why `template` cannot be used with `known` values (of which only `numbers` may be counted,
 * formatted as numbers or pluralised), or undefined when it can. Checked when a policy is loaded,
 * so a shop's typo is refused with its path instead of failing a triage later.
 */
export function templateProblem(template: string, known: ReadonlySet<string>, numbers: ReadonlySet<string>): string | undefined {
  let nodes: Node[];
  try {
    nodes = parse(template);
  } catch (e) {
    if (!(e instanceof MessageSyntaxError)) throw e;
    return `not a valid ICU message: ${e.message}`;
  }
  const names = namesIn(nodes, new Map());
  const unknown = [...names.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0) return `unknown value ${unknown.map((n) => `{${n}}`).join(', ')}; known: ${[...known].join(', ')}`;
  const text = [...names].filter(([name, numeric]) => numeric && !numbers.has(name)).map(([name]) => name);
  if (text.length > 0) return `${text.map((n) => `{${n}}`).join(', ')} is text: only ${[...numbers].map((n) => `{${n}}`).join(', ')} can be a number, date or plural`;
  return undefined;
}
