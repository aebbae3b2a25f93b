// The last triage as Save stores it on the order (a JSON metafield), and as the block reads it back.
// Only what the block shows: tier, priority, category, risks with a few words of evidence, the clocks'
// deadlines. Not the customer's message, not the reply drafts: the order keeps the conclusion, the
// helpdesk keeps the conversation (data minimisation, protected customer data level 1).
// Read without zod on purpose: the block must not pay ~9 KB of bundle to validate a dozen fields.
import type { CategoryId, Priority, RiskId, Tier, Triage } from '../../core/model.ts';
import type { Clock } from '../../core/slaClocks.ts';

export const METAFIELD_NAMESPACE = '$app:complaint-desk';
export const METAFIELD_KEY = 'last_triage';

export interface SavedClock {
  kind: Clock['kind'];
  dueAt: string;
  targetMinutes: number;
  metAt?: string;
}

export interface TriageRecord {
  v: 1;
  savedAt: string;
  tier: Tier;
  priority: Priority;
  category: CategoryId;
  risks: { id: RiskId; evidence: string[] }[];
  clocks: SavedClock[];
}

/** Evidence is the customer's words: a short quote each, at most three per risk. */
const MAX_EVIDENCE = 3;
const MAX_QUOTE = 80;
const quote = (text: string) => (text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text);

export function recordOf(triage: Triage, savedAt: Date): TriageRecord {
  return {
    v: 1,
    savedAt: savedAt.toISOString(),
    tier: triage.tier,
    priority: triage.priority,
    category: triage.category,
    risks: triage.risks.map((r) => ({ id: r.id, evidence: r.evidence.slice(0, MAX_EVIDENCE).map((e) => quote(e.text)) })),
    clocks: triage.sla.clocks.map((c) => ({ kind: c.kind, dueAt: c.dueAt, targetMinutes: c.targetMinutes, ...(c.metAt ? { metAt: c.metAt } : {}) })),
  };
}

/** Two records that say the same thing (the time of saving aside): saving again changes nothing. */
export function sameConclusion(a: TriageRecord, b: TriageRecord): boolean {
  return JSON.stringify({ ...a, savedAt: '' }) === JSON.stringify({ ...b, savedAt: '' });
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const CLOCK_KINDS = new Set(['first_response', 'solution', 'next_update', 'resolution']);

/**
 * The record in a metafield value, or undefined when there is none or it is not ours (another version,
 * hand-edited, truncated). Unknown tier or category names survive as strings; the view falls back to them.
 */
export function parseRecord(value: string | null | undefined): TriageRecord | undefined {
  if (!value) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isObject(json) || json.v !== 1 || !isString(json.savedAt) || !isString(json.tier) || !isString(json.priority) || !isString(json.category)) return undefined;
  if (!Array.isArray(json.risks) || !Array.isArray(json.clocks)) return undefined;
  const risks = json.risks.filter((r): r is { id: RiskId; evidence: string[] } => isObject(r) && isString(r.id) && Array.isArray(r.evidence) && r.evidence.every(isString));
  const clocks = json.clocks.filter(
    (c): c is SavedClock =>
      isObject(c) && isString(c.kind) && CLOCK_KINDS.has(c.kind) && isString(c.dueAt) && !Number.isNaN(Date.parse(c.dueAt)) && typeof c.targetMinutes === 'number' && (c.metAt === undefined || isString(c.metAt)),
  );
  return { v: 1, savedAt: json.savedAt, tier: json.tier as Tier, priority: json.priority as Priority, category: json.category as CategoryId, risks, clocks };
}
