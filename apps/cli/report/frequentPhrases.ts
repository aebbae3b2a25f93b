// The most frequent phrases of an unbounded stream in bounded memory (Misra–Gries): at most
// `capacity` counters; when a new phrase finds them all taken, every counter drops by one and the
// zeros go. Counts are exact while the distinct phrases fit, and otherwise under by at most
// n / (capacity + 1), which keeps the top of a long-tailed list in order. Amortised O(1) a phrase.
export class FrequentPhrases {
  private readonly counts = new Map<string, number>();
  /** Whether a decrement ever happened: the counts are then lower bounds. */
  approximate = false;

  constructor(private readonly capacity: number) {}

  add(phrase: string): void {
    const count = this.counts.get(phrase);
    if (count !== undefined) this.counts.set(phrase, count + 1);
    else if (this.counts.size < this.capacity) this.counts.set(phrase, 1);
    else {
      this.approximate = true;
      for (const [key, value] of this.counts) {
        if (value <= 1) this.counts.delete(key);
        else this.counts.set(key, value - 1);
      }
    }
  }

  /** The `n` most frequent, most frequent first; ties in text order so reports are stable. */
  top(n: number): { text: string; count: number }[] {
    return [...this.counts]
      .map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
      .slice(0, n);
  }
}
