// The few policy values the order block needs, copied out of core/policy.ts's defaultPolicy. The block
// must not import policy.ts: that module parses the whole policy with zod and carries both lexicons
// (~50 KB brotli), which would spend the block's bundle budget on words it never reads.
// thresholds.test.ts checks these against defaultPolicy, so a change there fails the tests here.

export interface BlockThresholds {
  vipTags: readonly string[];
  highValueOrder: Readonly<Record<string, number>>;
  highLifetimeValue: Readonly<Record<string, number>>;
  repeatContactAfter: number;
}

export const BLOCK_THRESHOLDS: BlockThresholds = {
  vipTags: ['vip', 'svip', 'vip_customer', 'vip客户', '贵宾', '貴賓'],
  highValueOrder: { CNY: 3000, HKD: 3300, TWD: 13500, USD: 420, EUR: 390, GBP: 330 },
  highLifetimeValue: { CNY: 15000, HKD: 16500, TWD: 67000, USD: 2100, EUR: 1950, GBP: 1650 },
  repeatContactAfter: 2,
};
