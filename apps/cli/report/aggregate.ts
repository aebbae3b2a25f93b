// The report's numbers, gathered one triage at a time so a file of any length fits in memory: counts,
// one bucket a day, bounded phrase counters and a bounded heap of the most urgent. No triage is kept.
import { CATEGORY_IDS, RISK_IDS, type CategoryId, type RiskId, type Tier, type Triage } from '../../../core/model.ts';
import type { ClockKind } from '../../../core/slaClocks.ts';
import type { ImportedRecord, Source } from '../importers/record.ts';
import { BoundedTop } from './boundedTop.ts';
import { FrequentPhrases } from './frequentPhrases.ts';
import { isMissed } from './slaMiss.ts';
import { compareUrgency, urgencyKey, type UrgencyKey } from './urgency.ts';

export const TIERS: readonly Tier[] = ['routine', 'severe', 'crisis'];
export const CLOCK_KINDS: readonly ClockKind[] = ['first_response', 'solution', 'next_update', 'resolution'];
/** Errors listed one by one; past this the report gives their number only. */
export const MAX_LISTED_ERRORS = 100;
export const URGENT_COUNT = 10;
export const PHRASES_SHOWN = 10;
/** Counters per category: the top ten stay exact unless phrases are very evenly spread. */
const PHRASE_CAPACITY = 256;
const MAX_PHRASE_CHARS = 80;

export interface UrgentComplaint {
  id: string;
  where: string;
  tier: Tier;
  priority: Triage['priority'];
  hostPriority?: string;
  category: CategoryId;
  risks: RiskId[];
  reasons: string[];
  subject: string;
  excerpt: string;
  createdAt?: string;
  /** The nearest due instant of a clock not met yet, if any. */
  nextDue?: string;
  missed: boolean;
}

export interface TierSla {
  tickets: number;
  /** Tickets with at least one missed clock. */
  missed: number;
  clocks: Record<ClockKind, { total: number; missed: number }>;
}

export interface ReportData {
  source: Source;
  now: string;
  timeZone: string;
  tickets: number;
  errorCount: number;
  errors: { where: string; id?: string; error: string }[];
  categories: Record<CategoryId, number>;
  tiers: Record<Tier, number>;
  risks: Record<RiskId, number>;
  sla: Record<Tier, TierSla>;
  days: { day: string; routine: number; severe: number; crisis: number }[];
  undated: number;
  phrases: { category: CategoryId; approximate: boolean; top: { text: string; count: number }[] }[];
  urgent: UrgentComplaint[];
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

type Kept = UrgencyKey & { entry: UrgentComplaint };

export class ReportAggregator {
  private tickets = 0;
  private errorCount = 0;
  private readonly errors: ReportData['errors'] = [];
  private readonly categories = zeros(CATEGORY_IDS);
  private readonly tiers = zeros(TIERS);
  private readonly risks = zeros(RISK_IDS);
  private readonly sla = Object.fromEntries(
    TIERS.map((t) => [t, { tickets: 0, missed: 0, clocks: Object.fromEntries(CLOCK_KINDS.map((k) => [k, { total: 0, missed: 0 }])) }]),
  ) as Record<Tier, TierSla>;
  private readonly days = new Map<string, Record<Tier, number>>();
  private undated = 0;
  private readonly phrases = new Map<CategoryId, FrequentPhrases>();
  private readonly urgent = new BoundedTop<Kept>(URGENT_COUNT, compareUrgency);
  private readonly dayOf: (iso: string) => string;

  constructor(
    private readonly source: Source,
    private readonly now: Date,
    private readonly timeZone: string,
  ) {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    // en-CA writes dates as YYYY-MM-DD; UTC needs no formatter at all.
    this.dayOf = timeZone === 'UTC' ? (iso) => new Date(iso).toISOString().slice(0, 10) : (iso) => format.format(new Date(iso));
  }

  addError(record: Extract<ImportedRecord, { ok: false }>): void {
    this.errorCount++;
    if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push({ where: record.where, ...(record.id !== undefined ? { id: record.id } : {}), error: record.error });
  }

  add(record: Extract<ImportedRecord, { ok: true }>, triage: Triage): void {
    const seq = this.tickets++;
    this.categories[triage.category]++;
    this.tiers[triage.tier]++;
    for (const risk of triage.risks) this.risks[risk.id]++;

    const sla = this.sla[triage.tier];
    sla.tickets++;
    let missed = false;
    for (const clock of triage.sla.clocks) {
      const counts = sla.clocks[clock.kind];
      counts.total++;
      if (isMissed(clock)) {
        counts.missed++;
        missed = true;
      }
    }
    if (missed) sla.missed++;

    const createdAt = record.context.ticket.createdAt;
    if (createdAt === undefined) this.undated++;
    else {
      const day = this.dayOf(createdAt);
      const bucket = this.days.get(day) ?? { routine: 0, severe: 0, crisis: 0 };
      bucket[triage.tier]++;
      this.days.set(day, bucket);
    }

    // The words the customer wrote that made the primary category, once per ticket: order facts
    // ("delivery 6 days late") are not phrases and would drown them.
    const primary = triage.categories.find((c) => c.id === triage.category);
    if (primary && primary.evidence.length > 0) {
      let counter = this.phrases.get(triage.category);
      if (!counter) this.phrases.set(triage.category, (counter = new FrequentPhrases(PHRASE_CAPACITY)));
      const seen = new Set<string>();
      for (const e of primary.evidence) {
        if (e.source === 'order' || e.source === 'customer') continue;
        const phrase = e.text.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, MAX_PHRASE_CHARS);
        if (phrase === '' || seen.has(phrase)) continue;
        seen.add(phrase);
        counter.add(phrase);
      }
    }

    const key = urgencyKey(triage, createdAt, seq);
    // The comparator reads only the key, so the key alone can ask whether the entry is worth building.
    if (this.urgent.wouldKeep(key as Kept)) {
      const ticket = record.context.ticket;
      this.urgent.add({
        ...key,
        entry: {
          id: record.id,
          where: record.where,
          tier: triage.tier,
          priority: triage.priority,
          ...(record.hostPriority ? { hostPriority: record.hostPriority } : {}),
          category: triage.category,
          risks: triage.risks.map((r) => r.id),
          reasons: triage.reasons.map((r) => r.text),
          subject: clip(ticket.subject ?? '', 160),
          excerpt: clip(ticket.body, 280),
          ...(createdAt ? { createdAt } : {}),
          ...(Number.isFinite(key.nextDue) ? { nextDue: new Date(key.nextDue).toISOString() } : {}),
          missed,
        },
      });
    }
  }

  result(): ReportData {
    return {
      source: this.source,
      now: this.now.toISOString(),
      timeZone: this.timeZone,
      tickets: this.tickets,
      errorCount: this.errorCount,
      errors: this.errors,
      categories: this.categories,
      tiers: this.tiers,
      risks: this.risks,
      sla: this.sla,
      days: [...this.days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, t]) => ({ day, ...t })),
      undated: this.undated,
      phrases: CATEGORY_IDS.flatMap((category) => {
        const counter = this.phrases.get(category);
        return counter ? [{ category, approximate: counter.approximate, top: counter.top(PHRASES_SHOWN) }] : [];
      }),
      urgent: this.urgent.sorted().map((k) => k.entry),
    };
  }
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Never cut a surrogate pair in two: half an emoji is not text.
  const cut = /[\uD800-\uDBFF]/.test(flat[max - 2] ?? '') ? max - 2 : max - 1;
  return `${flat.slice(0, cut)}…`;
}
