import { describe, expect, it } from 'vitest';
import { BoundedTop } from './boundedTop.ts';

describe('BoundedTop', () => {
  it('keeps the k greatest of a stream, greatest first', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const top = new BoundedTop<number>(10, (a, b) => a - b);
    for (const v of values) top.add(v);
    expect(top.sorted()).toEqual([999, 998, 997, 996, 995, 994, 993, 992, 991, 990]);
    expect(top.wouldKeep(500)).toBe(false);
    expect(top.wouldKeep(1000)).toBe(true);
  });

  it('holds fewer than k when the stream is short', () => {
    const top = new BoundedTop<number>(10, (a, b) => a - b);
    [3, 1, 2].forEach((v) => top.add(v));
    expect(top.sorted()).toEqual([3, 2, 1]);
  });
});
