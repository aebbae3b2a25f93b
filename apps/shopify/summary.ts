// The block's collapsed summary: what the merchant reads on the order page without opening the block.
// Shopify cuts it after 30 characters, so we cut it ourselves, where an ellipsis shows it was cut.
import { TIER_NAMES, CATEGORY_NAMES } from '../../core/labels.ts';
import type { UiLanguage } from '../../core/model.ts';
import { duration } from './duration.ts';
import { nameOf } from './names.ts';
import type { RiskSignal } from './orderRisk.ts';
import type { Translate } from './translate.ts';
import type { SavedClock, TriageRecord } from './triageRecord.ts';

export const SUMMARY_MAX = 30;

/** Cut by characters, not UTF-16 units: a Chinese summary must not end in half a character. */
export function fit(text: string, max = SUMMARY_MAX): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The clock the customer is waiting on: an unanswered first response or update, the earliest first. */
export function replyClock(record: TriageRecord): SavedClock | undefined {
  return record.clocks
    .filter((c) => (c.kind === 'first_response' || c.kind === 'next_update') && !c.metAt)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
}

/** `signals` is undefined when the order could not be read: then the summary must not claim "no risk". */
export function collapsedSummary(record: TriageRecord | undefined, signals: readonly RiskSignal[] | undefined, now: Date, t: Translate, lang: UiLanguage): string {
  if (record) {
    const tier = nameOf(TIER_NAMES, record.tier, lang);
    const clock = replyClock(record);
    if (clock) {
      const ms = Date.parse(clock.dueAt) - now.getTime();
      return fit(t(ms >= 0 ? 'summary.replyDue' : 'summary.replyOverdue', { tier, time: duration(ms, t) }));
    }
    return fit(t('summary.tierCategory', { tier, category: nameOf(CATEGORY_NAMES, record.category, lang) }));
  }
  if (!signals) return fit(t('summary.unavailable'));
  const worrying = signals.filter((s) => s.level !== 'info').length;
  return fit(worrying === 0 ? t('summary.noRisk') : t('summary.signals', { count: worrying }));
}
