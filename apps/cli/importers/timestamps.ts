// Export timestamps as the core reads them (ISO 8601 with an offset). Zendesk and Freshdesk's APIs
// write ISO already; Freshdesk's CSV export writes "2026-11-20 14:05:09" with no zone, in the
// account's time zone, which the file does not say: we read it as UTC and the report says so.
const NAIVE = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2}(\.\d+)?)?$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** The ISO instant, undefined for an empty value, or null for a value that is not a date-time. */
export function isoInstant(value: unknown): string | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return undefined;
  const naive = NAIVE.exec(text);
  const candidate = naive ? `${naive[1]}T${naive[2]}${naive[3] ?? ':00'}Z` : ISO_WITH_OFFSET.test(text) ? text : undefined;
  if (candidate === undefined) return null;
  const ms = Date.parse(candidate);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
