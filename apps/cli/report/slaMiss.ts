// An SLA miss, as a report counts it: a clock that breached, or one met after its due instant (the
// clock then says `met`, with `metAt` past `dueAt`: a late answer is still a miss). Due instants
// come from triage, so the shop's business calendar and the ticket's pauses are already in them.
import type { Clock } from '../../../core/slaClocks.ts';

export const isMissed = (clock: Pick<Clock, 'state' | 'dueAt' | 'metAt'>): boolean =>
  clock.state === 'breached' || (clock.state === 'met' && clock.metAt !== undefined && Date.parse(clock.metAt) > Date.parse(clock.dueAt));
