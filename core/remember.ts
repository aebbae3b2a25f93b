// The caches of formatted text (amounts, dates, relative times, locale facts) are keyed by what
// customers' data names: locales, zones, currencies, amounts. A long-running host sees an endless
// variety of them, so every such cache is bounded the same simple way: when full, it starts over.

/** How many entries a cache of customers' data holds before it is emptied. */
export const MAX_REMEMBERED = 64;

/** Stores `value` under `key` (emptying `map` first when it is full) and returns it. */
export function remember<K, V>(map: Map<K, V>, key: K, value: V, max = MAX_REMEMBERED): V {
  if (map.size >= max) map.clear();
  map.set(key, value);
  return value;
}
