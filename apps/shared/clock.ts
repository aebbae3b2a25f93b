// Live SLA countdown text from a Clock and `now`: what the agent reads next to each clock.
import type { Clock, UiLanguage } from '../../core/index.ts';
import { t } from './strings.ts';

export type ClockTone = 'ok' | 'warning' | 'danger' | 'done' | 'paused';

export interface ClockView {
  kind: Clock['kind'];
  label: string;
  text: string;
  tone: ClockTone;
  dueAt: string;
  /** Milliseconds to the deadline (negative when overdue); undefined for met clocks. */
  msLeft?: number;
}

const CLOCK_NAMES: Record<Clock['kind'], Record<UiLanguage, string>> = {
  first_response: { en: 'First response', 'zh-Hans': '首次响应', 'zh-Hant': '首次回應' },
  solution: { en: 'Solution offered', 'zh-Hans': '提出方案', 'zh-Hant': '提出方案' },
  next_update: { en: 'Next update', 'zh-Hans': '下次进展', 'zh-Hant': '下次進度' },
  resolution: { en: 'Resolution', 'zh-Hans': '解决', 'zh-Hant': '解決' },
};

export function duration(ms: number, lang: UiLanguage): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  if (minutes < 60) return t(lang, 'minutes', { n: minutes });
  const h = Math.floor(minutes / 60);
  if (h < 48) return t(lang, 'hoursMinutes', { h, m: String(minutes % 60).padStart(2, '0') });
  return t(lang, 'daysHours', { d: Math.floor(h / 24), h: h % 24 });
}

export function clockView(clock: Clock, now: Date, lang: UiLanguage): ClockView {
  const label = CLOCK_NAMES[clock.kind][lang];
  const base = { kind: clock.kind, label, dueAt: clock.dueAt };
  if (clock.state === 'met') {
    const late = clock.minutesLeft < 0;
    return { ...base, text: late ? t(lang, 'clockMetLate', { time: duration(-clock.minutesLeft * 60_000, lang) }) : t(lang, 'clockMet'), tone: 'done' };
  }
  if (clock.state === 'paused') return { ...base, text: t(lang, 'clockPaused', { time: duration(clock.minutesLeft * 60_000, lang) }), tone: 'paused', msLeft: clock.minutesLeft * 60_000 };
  const msLeft = Date.parse(clock.dueAt) - now.getTime();
  if (msLeft < 0 || clock.state === 'breached') return { ...base, text: t(lang, 'clockOverdue', { time: duration(Math.min(msLeft, 0), lang) }), tone: 'danger', msLeft };
  const warning = msLeft <= Math.min(clock.targetMinutes * 60_000 * 0.25, 30 * 60_000);
  return { ...base, text: t(lang, 'clockLeft', { time: duration(msLeft, lang) }), tone: warning ? 'warning' : 'ok', msLeft };
}
