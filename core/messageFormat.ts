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
import { remember } from './remember.ts';

/** The values a message may use; one that is undefined is not provided, as if absent. */
export type Values = Record<string, string | number | undefined>;
/** Values by position, for messages bound to a `ValueNames`. */
export type ValueList = (string | number | undefined)[];

// `slot`: where the value sits in a ValueList, once the message is bound to names (-1: not bound,
// or a name that is not among them).
type Node =
  | string
  | { kind: 'arg'; name: string; slot: number }
  | { kind: 'pound' }
  | { kind: 'number' | 'date' | 'time'; name: string; slot: number; style: string | undefined }
  | { kind: 'select'; name: string; slot: number; options: Options; other: Node[] }
  | { kind: 'plural'; name: string; slot: number; ordinal: boolean; offset: number; options: Options; other: Node[] };

/**
 * A select's or plural's branches by selector, in an object without a prototype (so no selector
 * finds "toString"): a draft makes ~35 selects, and this lookup costs less than a Map's.
 */
type Options = Record<string, Node[] | undefined>;

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

  const options = (name: string, plural: boolean, depth: number): Options => {
    const found: Options = Object.create(null);
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
      if (found[key]) fail(`duplicate selector ${key} in {${name}}`);
      expect('{', `expected {…} after the selector ${key} in {${name}}`);
      found[key] = message(plural, depth + 1);
      expect('}', `expected } to close the ${key} option of {${name}}`);
    }
    if (!found.other) fail(`missing other clause in {${name}}`);
    return found;
  };

  const argument = (depth: number): Node => {
    skipSpace();
    const name = word();
    if (name === '') fail(template[at] === '}' ? 'empty argument' : 'malformed argument');
    skipSpace();
    if (template[at] === '}') {
      at++;
      return { kind: 'arg', name, slot: -1 };
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
      node = { kind: type, name, slot: -1, style };
    } else if (type === 'select') {
      expect(',', `expected , after {${name}, select`);
      const found = options(name, false, depth);
      node = { kind: 'select', name, slot: -1, options: found, other: found.other! };
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
      const found = options(name, true, depth);
      node = { kind: 'plural', name, slot: -1, ordinal: type === 'selectordinal', offset, options: found, other: found.other! };
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

function valueOf(values: Values | ValueList, node: { name: string; slot: number }): string | number {
  const value = Array.isArray(values) ? values[node.slot] : (values as Values)[node.name];
  if (value === undefined) throw new Error(`the value {${node.name}} was not provided`);
  return value;
}

const dateFormat = (locale: string, kind: 'date' | 'time', style: string | undefined) =>
  intl(`d|${locale}|${kind}|${style ?? ''}`, () => new Intl.DateTimeFormat(locale, style ? STYLES[kind][style] : kind === 'time' ? TIME_STYLES.medium : undefined));
const pluralRules = (locale: string, type: 'ordinal' | 'cardinal') => intl(`p|${locale}|${type}`, () => new Intl.PluralRules(locale, { type }));

/**
 * Formats parsed `nodes` by walking them: no closure per node and no compiled copy per locale. A
 * draft formats a few dozen messages of mostly text and selects, where a walk over the parsed
 * nodes costs less than calling a closure per node; the locale is only read by numbers, dates and
 * plurals, whose Intl objects are cached by locale.
 */
function run(nodes: Node[], values: Values | ValueList, locale: string, pound: number | undefined): string {
  let out = '';
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    switch (node.kind) {
      case 'arg':
        out += String(valueOf(values, node));
        break;
      case 'pound':
        if (pound !== undefined) out += numberFormat(locale).format(pound);
        break;
      case 'number':
        out += numberFormat(locale, node.style).format(Number(valueOf(values, node)));
        break;
      case 'date':
      case 'time':
        out += dateFormat(locale, node.kind, node.style).format(Number(valueOf(values, node)));
        break;
      case 'select': {
        // A select's branches do not see an enclosing plural's #, as in intl-messageformat.
        const branch = node.options[String(valueOf(values, node))] ?? node.other;
        // Most branches are one piece of text or none: no call for those.
        if (branch.length === 1 && typeof branch[0] === 'string') out += branch[0];
        else if (branch.length > 0) out += run(branch, values, locale, undefined);
        break;
      }
      case 'plural': {
        const value = Number(valueOf(values, node));
        const rules = pluralRules(locale, node.ordinal ? 'ordinal' : 'cardinal');
        const branch = node.options[`=${value}`] ?? node.options[rules.select(value - node.offset)] ?? node.other;
        out += run(branch, values, locale, value - node.offset);
        break;
      }
    }
  }
  return out;
}

// Parsed messages by template: triage formats the same few dozen templates for every complaint,
// so each is parsed once. The parse does not depend on the locale, so neither does the key.
const parsed = new Map<string, Node[]>();
/** Shops' overrides arrive at run time; a bound keeps a long-running host from growing forever. */
const MAX_PARSED = 2000;

function parsedFor(template: string): Node[] {
  return parsed.get(template) ?? remember(parsed, template, parse(template), MAX_PARSED);
}

/** Formats `template`; throws when it is not valid ICU or uses a value it was not given. */
export function formatMessage(template: string, locale: string, values: Values): string {
  return run(parsedFor(template), values, locale, undefined);
}

/**
 * Value names given positions once, for a caller that formats many messages from the same values
 * (the reply drafts: ~90 reads a draft from fifty values). Messages bound to them read a value from
 * its slot in a ValueList, where a read by name from an object of fifty keys costs V8 a binary
 * search of the keys each time (~20 ns against ~1 ns; a tenth of a draft).
 */
export interface ValueNames {
  readonly slots: ReadonlyMap<string, number>;
  /** Messages bound to these names, by template; bounded as the parsed ones. */
  readonly bound: Map<string, unknown>;
}

export function valueNames(names: readonly string[]): ValueNames {
  return { slots: new Map(names.map((name, i) => [name, i])), bound: new Map() };
}

/** A copy of `nodes` whose values are read from their slots among `slots`. */
function bind(nodes: Node[], slots: ReadonlyMap<string, number>): Node[] {
  return nodes.map((node): Node => {
    if (typeof node === 'string' || node.kind === 'pound') return node;
    const slot = slots.get(node.name) ?? -1;
    if (node.kind === 'select' || node.kind === 'plural') {
      const options: Options = Object.create(null);
      for (const key in node.options) options[key] = bind(node.options[key]!, slots);
      return { ...node, slot, options, other: options.other! };
    }
    return { ...node, slot };
  });
}

/** formatMessage with `values` by position, as `names` orders them; a name not among them is not provided. */
export function formatList(template: string, locale: string, names: ValueNames, values: ValueList): string {
  const nodes = (names.bound.get(template) ?? remember(names.bound, template, bind(parsedFor(template), names.slots), MAX_PARSED)) as Node[];
  return run(nodes, values, locale, undefined);
}

/** Every value `nodes` names, and whether it is read as a number (number, date, time, plural). */
function namesIn(nodes: Node[], into: Map<string, boolean>): Map<string, boolean> {
  for (const node of nodes) {
    if (typeof node === 'string' || node.kind === 'pound') continue;
    const numeric = node.kind !== 'arg' && node.kind !== 'select';
    into.set(node.name, (into.get(node.name) ?? false) || numeric);
    if (node.kind === 'select' || node.kind === 'plural') for (const option of Object.values(node.options)) namesIn(option!, into);
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
