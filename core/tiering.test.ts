import { describe, expect, it } from 'vitest';
import type { ComplaintContext } from './model.ts';
import { defaultPolicy, resolvePolicy } from './policy.ts';
import { decidePriority } from './tiering.ts';
import { parseContext } from './triage.ts';

const context = (customerTags: string[], orderTags: string[]): ComplaintContext =>
  parseContext({ ticket: { id: 't', body: 'late' }, customer: { tags: customerTags }, order: { tags: orderTags } });
const steps = (c: ComplaintContext, policy = defaultPolicy) => decidePriority('severe', [], 1, c, policy).steps;

describe('VIP tags', () => {
  it('are found in the customer’s tags, then the order’s, whatever their case', () => {
    expect(steps(context(['x', 'VIP'], ['svip']))).toEqual([{ rule: 'vip', tag: 'VIP' }]);
    expect(steps(context(['x'], ['SVip']))).toEqual([{ rule: 'vip', tag: 'SVip' }]);
    expect(steps(context(['x'], ['y']))).toEqual([]);
  });

  it('are each policy’s own, however the policies alternate', () => {
    const gold = resolvePolicy({ vipTags: ['Gold'] });
    for (let round = 0; round < 2; round++) {
      expect(steps(context(['gold'], []), gold)).toEqual([{ rule: 'vip', tag: 'gold' }]);
      expect(steps(context(['gold'], []))).toEqual([]);
      expect(steps(context(['vip'], []), gold)).toEqual([]);
      expect(steps(context(['vip'], []))).toEqual([{ rule: 'vip', tag: 'vip' }]);
    }
  });
});
