// One SLA clock as the merchant reads it, live: "25 min left", "overdue by 1 h 05 min", "met".
// Computed from the deadline and now rather than the state saved with it, so a block opened an hour after
// Save still tells the truth.
import { duration } from './duration.ts';
import type { Translate } from './translate.ts';
import type { SavedClock } from './triageRecord.ts';

export type ClockTone = 'success' | 'critical' | 'warning' | 'info';

/** A quarter of the target, at most 30 minutes, before the deadline: time to act. */
const warnWithin = (clock: SavedClock) => Math.min(clock.targetMinutes * 60_000 * 0.25, 30 * 60_000);

export function clockText(clock: SavedClock, now: Date, t: Translate): { label: string; text: string; tone: ClockTone } {
  const label = t(`clock.${clock.kind}`);
  if (clock.metAt) return { label, text: t('clock.met'), tone: 'success' };
  const ms = Date.parse(clock.dueAt) - now.getTime();
  if (ms < 0) return { label, text: t('clock.overdue', { time: duration(ms, t) }), tone: 'critical' };
  return { label, text: t('clock.left', { time: duration(ms, t) }), tone: ms <= warnWithin(clock) ? 'warning' : 'info' };
}
