// What "most urgent" means in the report: the tier first (a crisis outranks any severe complaint),
// then our priority, then the nearest SLA deadline still open (an overdue one is the nearest of all),
// then the oldest complaint; the position in the file breaks the last ties so reports are stable.
import type { Priority, Tier, Triage } from '../../../core/model.ts';

const TIER_RANK: Record<Tier, number> = { routine: 0, severe: 1, crisis: 2 };
const PRIORITY_RANK: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

export interface UrgencyKey {
  tier: Tier;
  priority: Priority;
  /** Epoch ms of the earliest due instant of a clock not yet met; Infinity when all are met. */
  nextDue: number;
  /** Epoch ms; Infinity when the ticket has no creation time. */
  createdAt: number;
  /** Position of the record in the file. */
  seq: number;
}

export function urgencyKey(triage: Pick<Triage, 'tier' | 'priority' | 'sla'>, createdAt: string | undefined, seq: number): UrgencyKey {
  let nextDue = Infinity;
  for (const clock of triage.sla.clocks) {
    if (clock.state === 'met') continue;
    const due = Date.parse(clock.dueAt);
    if (due < nextDue) nextDue = due;
  }
  const created = createdAt === undefined ? NaN : Date.parse(createdAt);
  return { tier: triage.tier, priority: triage.priority, nextDue, createdAt: Number.isNaN(created) ? Infinity : created, seq };
}

/** > 0 when a is more urgent than b. */
export function compareUrgency(a: UrgencyKey, b: UrgencyKey): number {
  return (
    TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    earlier(a.nextDue, b.nextDue) ||
    earlier(a.createdAt, b.createdAt) ||
    b.seq - a.seq
  );
}

/** > 0 when x comes first (is earlier); equal infinities tie. */
const earlier = (x: number, y: number) => (x === y ? 0 : x < y ? 1 : -1);
