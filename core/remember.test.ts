import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED, remember } from './remember.ts';

describe('remember', () => {
  it('stores and returns the value, and starts over rather than grow past the bound', () => {
    const map = new Map<number, string>();
    for (let i = 0; i < MAX_REMEMBERED; i++) expect(remember(map, i, `v${i}`)).toBe(`v${i}`);
    expect(map.size).toBe(MAX_REMEMBERED);
    remember(map, 1000, 'new');
    expect([...map]).toEqual([[1000, 'new']]);
    remember(map, 1, 'a', 2);
    remember(map, 2, 'b', 2);
    expect([...map.keys()]).toEqual([2]);
  });
});
