// The k greatest items of a stream by a comparator, in O(k) memory: a binary min-heap whose root is
// the least of those kept, so a newcomer is compared with one item and most are turned away at once.
export class BoundedTop<T> {
  private readonly heap: T[] = [];

  /** `compare(a, b) > 0` when a ranks above b. */
  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** Whether an item ranking like `probe` would be kept (so callers build the item only then). */
  wouldKeep(probe: T): boolean {
    return this.heap.length < this.k || this.compare(probe, this.heap[0]!) > 0;
  }

  add(item: T): void {
    if (this.heap.length < this.k) {
      this.heap.push(item);
      this.up(this.heap.length - 1);
    } else if (this.compare(item, this.heap[0]!) > 0) {
      this.heap[0] = item;
      this.down(0);
    }
  }

  /** Greatest first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => this.compare(b, a));
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(h[i]!, h[parent]!) >= 0) return;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < h.length && this.compare(h[l]!, h[least]!) < 0) least = l;
      if (r < h.length && this.compare(h[r]!, h[least]!) < 0) least = r;
      if (least === i) return;
      [h[i], h[least]] = [h[least]!, h[i]!];
      i = least;
    }
  }
}
