import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../core/index.ts';
import { flag, parseSettings } from './settings.ts';

describe('iparams', () => {
  it('reads a full installation', () => {
    const s = parseSettings({ shop_domain: 'acme.myshopify.com', order_number_field: 'order_number', tier_field: 'cf_tier', add_private_note: 'Yes', lookup_orders_by_email: 'No' });
    expect(s).toMatchObject({ shopDomain: 'acme.myshopify.com', orderField: 'cf_order_number', tierField: 'cf_tier', addPrivateNote: true, emailLookup: false, problems: [] });
    expect(s.policy).toBe(defaultPolicy);
  });

  it('refuses a shop domain the template cannot use as its host, and says why', () => {
    for (const bad of ['https://acme.myshopify.com/', 'acme', 'evil.example.com']) {
      const s = parseSettings({ shop_domain: bad });
      expect(s.shopDomain).toBeUndefined();
      expect(s.problems[0]?.setting).toBe('shop_domain');
    }
  });

  it('names a bad field name', () => {
    expect(parseSettings({ category_field: 'cf_bad name!' }).problems.map((p) => p.setting)).toEqual(['category_field']);
  });

  it('names the policy field when its JSON is malformed, keeping the default policy', () => {
    const s = parseSettings({ policy_json: '{"tiers": ' });
    expect(s.problems[0]).toMatchObject({ setting: 'policy_json', message: expect.stringMatching(/not valid JSON/) });
    expect(s.policy).toBe(defaultPolicy);
  });

  it('names the bad path of a policy that parses but is wrong', () => {
    const s = parseSettings({ policy_json: '{"tiers":{"severe":{"categories":["lost"]}}}' });
    expect(s.problems.map((p) => p.message).join()).toMatch(/tiers\.severe\.categories\[0\]/);
  });

  it('applies a valid override', () => {
    const s = parseSettings({ policy_json: '{"vipTags":["gold"]}' });
    expect(s.problems).toEqual([]);
    expect(s.policy.vipTags).toEqual(['gold']);
  });

  it('reads yes/no in every shape a dropdown or checkbox gives', () => {
    expect([flag('Yes'), flag(true), flag(['Yes']), flag('是'), flag('No'), flag(undefined), flag([])]).toEqual([true, true, true, true, false, false, false]);
  });
});
