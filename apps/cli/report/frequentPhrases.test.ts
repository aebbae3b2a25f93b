import { describe, expect, it } from 'vitest';
import { FrequentPhrases } from './frequentPhrases.ts';

describe('FrequentPhrases', () => {
  it('counts exactly while the phrases fit', () => {
    const f = new FrequentPhrases(3);
    for (const p of ['b', 'a', 'b', 'c', 'b', 'a']) f.add(p);
    expect(f.top(2)).toEqual([
      { text: 'b', count: 3 },
      { text: 'a', count: 2 },
    ]);
    expect(f.approximate).toBe(false);
  });

  it('keeps the heavy hitters of a long tail in bounded memory', () => {
    const f = new FrequentPhrases(20);
    for (let i = 0; i < 100_000; i++) f.add(i % 4 === 0 ? 'late' : i % 10 === 1 ? 'broken' : `tail ${i}`);
    const top = f.top(2);
    expect(top.map((t) => t.text)).toEqual(['late', 'broken']);
    expect(f.approximate).toBe(true);
    // Under by at most n / (capacity + 1).
    expect(top[0]!.count).toBeGreaterThanOrEqual(25_000 - 100_000 / 21);
    expect(top[0]!.count).toBeLessThanOrEqual(25_000);
  });
});
