// How long until (or since) a deadline, in the merchant's words: "25 min", "3 h 05 min", "2 d 4 h".
// The words come from the extension's locale files, so one function serves all three languages.
import type { Translate } from './translate.ts';

export function duration(ms: number, t: Translate): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  if (minutes < 60) return t('time.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('time.hoursMinutes', { h: hours, m: String(minutes % 60).padStart(2, '0') });
  return t('time.daysHours', { d: Math.floor(hours / 24), h: hours % 24 });
}
