import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../core/policy.ts';
import { BLOCK_THRESHOLDS } from './thresholds.ts';

describe('block thresholds', () => {
  it('are the default policy values, so the block and the triage call the same orders VIP or high value', () => {
    expect(BLOCK_THRESHOLDS).toEqual({
      vipTags: defaultPolicy.vipTags,
      highValueOrder: defaultPolicy.highValueOrder,
      highLifetimeValue: defaultPolicy.highLifetimeValue,
      repeatContactAfter: defaultPolicy.repeatContactAfter,
    });
  });
});
