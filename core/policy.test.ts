import { describe, expect, it } from 'vitest';
import { PolicyError, defaultPolicy, resolvePolicy } from './policy.ts';
import { parsePolicy, policyWith } from './policySettings.ts';
import { deepMerge } from './validation.ts';

const errorsOf = (override: unknown) => {
  try {
    resolvePolicy(override);
  } catch (e) {
    if (e instanceof PolicyError) return e.issues.map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
  throw new Error('expected the policy to be rejected');
};

describe('defaultPolicy', () => {
  it('holds built-in lexicons that validation returns unchanged (they are not validated at start)', () => {
    expect(policyWith(defaultPolicy.lexicons)).toEqual(defaultPolicy);
  });
});

describe('resolvePolicy', () => {
  it('returns the default policy when the shop changes nothing', () => {
    expect(resolvePolicy(undefined)).toBe(defaultPolicy);
    expect(resolvePolicy({})).toEqual(defaultPolicy);
  });

  it('merges lexicon terms over the defaults instead of replacing them', () => {
    const policy = resolvePolicy({ lexicons: { en: { categories: { lost_parcel: { 'porch pirate*': 3 } } } } });
    expect(policy.lexicons.en.categories.lost_parcel?.['porch pirate*']).toBe(3);
    expect(Object.keys(policy.lexicons.en.categories.lost_parcel ?? {}).length).toBeGreaterThan(10);
    expect(policy.lexicons.zh).toEqual(defaultPolicy.lexicons.zh);
  });

  it('keeps the lexicons as they are when the override leaves them alone, as validating the whole would', () => {
    const override = { tiers: { severe: { categories: ['counterfeit'] } }, vipTags: ['gold'], sla: { targets: { routine: { firstResponse: 45 } } } };
    const policy = resolvePolicy(override);
    expect(policy.lexicons).toBe(defaultPolicy.lexicons);
    expect(policy).toEqual(parsePolicy(deepMerge(defaultPolicy, override)));
    expect(Object.keys(policy)).toEqual(Object.keys(defaultPolicy));
  });

  it('replaces lists, so a shop can narrow a tier', () => {
    const policy = resolvePolicy({ tiers: { severe: { categories: ['counterfeit'] } } });
    expect(policy.tiers.severe.categories).toEqual(['counterfeit']);
    expect(policy.tiers.severe.risks).toEqual(defaultPolicy.tiers.severe.risks);
  });

  it('names the path of an unknown category', () => {
    expect(errorsOf({ tiers: { severe: { categories: ['quality_defect', 'counterfeit', 'lost'] } } })).toEqual([
      'tiers.severe.categories[2]: unknown category "lost"',
    ]);
  });

  it('names every bad path at once', () => {
    const errors = errorsOf({ priority: { byTier: { crisis: 'asap' } }, highValueOrder: { usd: 100 }, routing: { nope: 'x' } });
    expect(errors.some((e) => e.startsWith('priority.byTier.crisis:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('highValueOrder.usd:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('routing.nope:'))).toBe(true);
  });

  it('rejects a misspelt key instead of ignoring it', () => {
    expect(errorsOf({ tier: {} })[0]).toMatch(/tier/);
  });

  it('rejects a term weight out of range and a non-object', () => {
    expect(errorsOf({ lexicons: { zh: { emotion: { 垃圾: 9 } } } })[0]).toMatch(/^lexicons\.zh\.emotion\.垃圾:/);
    expect(errorsOf([1, 2])).toEqual([': a policy must be a JSON object']);
  });

  it('cannot be made to replace an object prototype', () => {
    expect(errorsOf(JSON.parse('{"__proto__": {"vipTags": []}}'))[0]).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).vipTags).toBeUndefined();
  });
});
