// Freshdesk's own SLA targets (fr_due_by, nr_due_by, due_by) beside our clocks: first response, next
// update and resolution. Pure: the sidebar re-renders it from `now` without asking the host again.
import type { Clock, UiLanguage } from '../../core/index.ts';
import type { FreshdeskDueDates } from '../../adapters/freshdesk/ticketContext.ts';
import { duration } from '../shared/clock.ts';
import { t } from '../shared/strings.ts';
import { formatDate } from '../shared/viewModel.ts';
import { fd } from './strings.ts';

export interface FreshdeskDueView {
  /** Our clock this Freshdesk target stands beside. */
  kind: Clock['kind'];
  text: string;
  overdue: boolean;
  escalated: boolean;
}

const PAIRS: [Clock['kind'], keyof FreshdeskDueDates, keyof FreshdeskDueDates][] = [
  ['first_response', 'frDueBy', 'frEscalated'],
  ['next_update', 'nrDueBy', 'nrEscalated'],
  ['resolution', 'dueBy', 'isEscalated'],
];

export function freshdeskDue(due: FreshdeskDueDates | undefined, now: Date, lang: UiLanguage, timeZone?: string): FreshdeskDueView[] {
  if (!due) return [];
  return PAIRS.flatMap(([kind, at, flag]) => {
    const iso = due[at];
    if (typeof iso !== 'string') return [];
    const date = formatDate(iso, lang, timeZone);
    if (!date) return [];
    const ms = Date.parse(iso) - now.getTime();
    const left = ms >= 0 ? t(lang, 'clockLeft', { time: duration(ms, lang) }) : t(lang, 'clockOverdue', { time: duration(ms, lang) });
    const escalated = due[flag] === true;
    const text = `${fd(lang, 'fdDue', { time: date })} · ${left}${escalated ? ` · ${fd(lang, 'fdEscalated')}` : ''}`;
    return [{ kind, text, overdue: ms < 0, escalated }];
  });
}
