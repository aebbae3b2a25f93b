// What every boundary shares: validation errors that name the path the way an admin reads JSON,
// and the merge of a shop's partial settings over our defaults.
import type * as z from './zod.ts';

export interface Issue {
  path: string;
  message: string;
}

export class ValidationError extends Error {
  constructor(
    readonly issues: Issue[],
    what = 'input',
  ) {
    super(issues.map((i) => `${i.path || `(${what})`}: ${i.message}`).join('\n'));
    this.name = 'ValidationError';
  }
}

/** `tiers.severe.categories[2]`, `week.mon[1]`: a JSON path the way an admin reads it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** One issue per bad field; a misspelt key is reported at its own path, not at its parent. */
export function issuesOf(error: z.core.$ZodError): Issue[] {
  return error.issues.flatMap((i): Issue[] => {
    if (i.code === 'unrecognized_keys' && i.message.startsWith('Unrecognized key')) return i.keys.map((key) => ({ path: formatPath([...i.path, key]), message: 'unknown key' }));
    if (i.code === 'invalid_key') return [{ path: formatPath(i.path), message: `invalid key: ${i.issues[0]?.message ?? i.message}` }];
    return [{ path: formatPath(i.path), message: i.message }];
  });
}

/** `schema`'s output for `input`, or a `fail` error naming every bad field. */
export function parseOrThrow<T>(
  schema: { safeParse(input: unknown): z.core.util.SafeParseResult<T> },
  input: unknown,
  fail: new (issues: Issue[]) => ValidationError,
): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new fail(issuesOf(result.error));
  return result.data;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Objects merge key by key (a shop adds one lexicon term or changes one SLA target without
 * repeating ours); arrays and scalars replace (so a shop can narrow a list).
 */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    // JSON.parse makes "__proto__" an own key; define it so validation reports it instead of it
    // silently replacing the prototype.
    Object.defineProperty(out, key, { value: deepMerge(base[key], value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
