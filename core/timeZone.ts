// Wall-clock arithmetic in an IANA time zone with nothing but Intl.DateTimeFormat, so the core
// ships without a time-zone library. One formatter per zone is kept: building one costs far more
// than using it. Callers that need speed (the business calendar) cache whole days on top of this.

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the zone (IANA names such as "Asia/Shanghai", or "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone's offset from UTC at `instant`, in milliseconds (UTC+8 → 28_800_000).
 * `instant` is milliseconds since the epoch.
 */
export function offsetAt(timeZone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const part of formatter(timeZone).formatToParts(whole)) {
    switch (part.type) {
      case 'year': y = Number(part.value); break;
      case 'month': mo = Number(part.value); break;
      case 'day': d = Number(part.value); break;
      // Some ICU versions still print midnight as "24" even with h23.
      case 'hour': h = Number(part.value) % 24; break;
      case 'minute': mi = Number(part.value); break;
      case 'second': s = Number(part.value); break;
    }
  }
  return wallMs(y, mo, d, h, mi, s) - whole;
}

/** Milliseconds of a wall-clock reading as if it were UTC; the unit every local computation uses. */
export function wallMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  // Date.UTC maps years 0–99 to 1900–1999; set the year separately to keep them.
  date.setUTCFullYear(year);
  return date.getTime();
}

/**
 * The instant at which the zone's clocks first reach the wall time `wall` (from `wallMs`).
 * - Ordinary times: the one instant showing that reading.
 * - Repeated times (clocks set back): the first of the two, so an opening at 02:30 on the night
 *   clocks go back opens once, at the first 02:30, and stays open through the repeated hour.
 * - Skipped times (clocks set forward): the transition itself, the first instant the clock shows a
 *   later reading. An opening at 02:30 on a night that jumps from 02:00 to 03:00 opens at 03:00.
 * The result never decreases when `wall` increases, so ranges of a day stay ordered.
 */
export function instantOfWall(timeZone: string, wall: number): number {
  // The target lies within [wall - 14 h, wall + 12 h]; offsets a day either side bracket it, and
  // real zones never change offset twice within those two days.
  const before = offsetAt(timeZone, wall - DAY);
  const after = offsetAt(timeZone, wall + DAY);
  let best = Number.POSITIVE_INFINITY;
  for (const o of before === after ? [before] : [before, after]) {
    const t = wall - o;
    if (offsetAt(timeZone, t) === o && t < best) best = t;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  if (before === after) {
    // Two changes inside the window (has happened historically): fall back to a local search.
    return searchFirstReaching(timeZone, wall, wall - 14 * 3_600_000 - DAY, wall + 12 * 3_600_000 + DAY);
  }
  // A skipped reading: the transition lies between the two candidate instants.
  return searchFirstReaching(timeZone, wall, wall - Math.max(before, after), wall - Math.min(before, after));
}

// First instant in (lo, hi] whose wall reading is at least `wall`, to the second (zone
// transitions fall on whole seconds). Requires the reading at lo < wall <= reading at hi.
function searchFirstReaching(timeZone: string, wall: number, lo: number, hi: number): number {
  let a = Math.floor(lo / 1000);
  let b = Math.ceil(hi / 1000);
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    const t = mid * 1000;
    if (t + offsetAt(timeZone, t) >= wall) b = mid;
    else a = mid;
  }
  return b * 1000;
}

/** The local calendar day (days since 1970-01-01 in the zone) that contains `instant`. */
export function localDayOf(timeZone: string, instant: number): number {
  return Math.floor((instant + offsetAt(timeZone, instant)) / DAY);
}

export { DAY, MINUTE };
