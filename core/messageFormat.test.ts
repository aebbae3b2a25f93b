import { describe, expect, it } from 'vitest';
import { formatList, formatMessage, templateProblem, valueNames } from './messageFormat.ts';

const KNOWN = new Set(['name', 'n', 'kind', 'when', 'rate']);
const NUMBERS = new Set(['n', 'when', 'rate']);

describe('formatMessage', () => {
  it('inserts values as text, never as templates', () => {
    expect(formatMessage('Hi {name}!', 'en', { name: '{{setting.token}} <%= x %> ${y}' })).toBe('Hi {{setting.token}} <%= x %> ${y}!');
    expect(formatMessage('<b>{ name }</b>', 'en', { name: 'Ana' })).toBe('<b>Ana</b>');
  });

  it('chooses select branches, falling back to other', () => {
    const t = '{kind, select, yes {with {name}} other {none}}';
    expect(formatMessage(t, 'en', { kind: 'yes', name: 'Ana' })).toBe('with Ana');
    expect(formatMessage(t, 'en', { kind: 'maybe', name: 'Ana' })).toBe('none');
  });

  it('pluralises by the locale, with exact matches, offsets and # as a localised number', () => {
    const t = '{n, plural, =0 {nothing} one {# item} other {# items}}';
    expect([0, 1, 2, 1234].map((n) => formatMessage(t, 'en', { n }))).toEqual(['nothing', '1 item', '2 items', '1,234 items']);
    expect(formatMessage('{n, plural, other {等#件}}', 'zh-Hans', { n: 3 })).toBe('等3件');
    expect(formatMessage('{n, plural, offset:1 =0 {no one} =1 {you} one {you and # other} other {you and # others}}', 'en', { n: 3 })).toBe(
      'you and 2 others',
    );
    expect(formatMessage('{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', 'en', { n: 22 })).toBe('22nd');
  });

  it('reads # literally outside a plural and inside a select nested in one', () => {
    expect(formatMessage('#1 {n, plural, other {{kind, select, other {#}}}}', 'en', { n: 2, kind: 'x' })).toBe('#1 #');
  });

  it('follows ICU quoting: doubled apostrophes, quoted braces, a lone apostrophe kept', () => {
    expect(formatMessage("It''s '{name}' and don't", 'en', { name: 'x' })).toBe("It's {name} and don't");
    expect(formatMessage("{n, plural, other {'#' is #}}", 'en', { n: 5 })).toBe('# is 5');
    expect(formatMessage('a } b', 'en', {})).toBe('a } b');
  });

  it('formats numbers and dates with the locale', () => {
    expect(formatMessage('{rate, number, percent}', 'en', { rate: 0.25 })).toBe('25%');
    expect(formatMessage('{n, number, integer}', 'en', { n: 1234.6 })).toBe('1,235');
    const when = Date.UTC(2026, 10, 20, 12);
    expect(formatMessage('{when, date, long}', 'en', { when })).toBe(new Intl.DateTimeFormat('en', { month: 'long', day: 'numeric', year: 'numeric' }).format(when));
  });

  it('throws on a value that was not provided', () => {
    expect(() => formatMessage('Hi {name}', 'en', {})).toThrow('the value {name} was not provided');
  });
});

describe('formatList', () => {
  const names = valueNames(['name', 'n', 'kind']);

  it('reads the values by position, as formatMessage reads them by name', () => {
    const t = '{kind, select, yes {Hi {name}, {n, plural, one {# item} other {# items}}} other {none}}';
    expect(formatList(t, 'en', names, ['Ana', 2, 'yes'])).toBe(formatMessage(t, 'en', { name: 'Ana', n: 2, kind: 'yes' }));
    expect(formatList(t, 'en', names, ['Ana', 2, 'no'])).toBe('none');
  });

  it('throws on a value that is undefined or not among the names', () => {
    expect(() => formatList('Hi {name}', 'en', names, [undefined])).toThrow('the value {name} was not provided');
    expect(() => formatList('Hi {other}', 'en', names, ['Ana'])).toThrow('the value {other} was not provided');
  });

  it('keeps a bounded number of messages bound', () => {
    const many = valueNames(['n']);
    for (let i = 0; i < 2100; i++) expect(formatList(`{n} ${i}`, 'en', many, [1])).toBe(`1 ${i}`);
    expect(many.bound.size).toBeLessThanOrEqual(2000);
  });
});

describe('templateProblem', () => {
  const problem = (t: string) => templateProblem(t, KNOWN, NUMBERS);

  it('accepts what formatMessage can format', () => {
    expect(problem('{name} {n, plural, one {#} other {#}} {kind, select, a {x} other {y}} {when, time, short}')).toBeUndefined();
  });

  it('says what is wrong with a malformed message, and where', () => {
    expect(problem('Hi {name')).toBe('not a valid ICU message: expected , or } after {name at character 9');
    expect(problem('{kind, select, a {b}}')).toMatch(/^not a valid ICU message: missing other clause in \{kind\}/);
    expect(problem('{}')).toMatch(/empty argument/);
    expect(problem('{n, plural, one {#} one {#} other {}}')).toMatch(/duplicate selector one/);
    expect(problem('{n, currency}')).toMatch(/unknown argument type "currency"/);
    expect(problem('{n, number, ::currency/EUR}')).toMatch(/skeleton styles are not supported/);
    expect(problem('{n, number, toString}')).toMatch(/unknown number style "toString"/);
    expect(problem('{kind, select, =1 {a} other {b}}')).toMatch(/invalid selector =1/);
  });

  it('names unknown values and words used as numbers', () => {
    expect(problem('{orderNumber}')).toMatch(/^unknown value \{orderNumber\}/);
    expect(problem('{name, plural, other {#}}')).toMatch(/^\{name\} is text/);
    expect(problem('{kind, select, a {{name, number}} other {}}')).toMatch(/^\{name\} is text/);
  });
});
