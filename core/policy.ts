// The default policy, and a shop's override merged over it and validated as a whole, so an error
// names the path the admin wrote ("tiers.severe.categories[2]: unknown category \"lost\""). The
// schema and the settings live in policySettings.ts; this file adds the built-in language data: the
// lexicons to the policy, the Han tables to the text functions and the reply wording to the drafts
// (importing hanTableData.ts and replyTemplates.ts provides them).
import './hanTableData.ts';
import './replyTemplates.ts';
import { enLexicon } from './lexicons/en.ts';
import { zhLexicon } from './lexicons/zh.ts';
import { PolicyError, defaultSettings, parsePolicy, policyWithValidLexicons, type Policy } from './policySettings.ts';
import { deepMerge, isPlainObject } from './validation.ts';

export { Policy, PolicyError, type TierRule } from './policySettings.ts';

export const defaultPolicy: Policy = policyWithValidLexicons(defaultSettings, { en: enLexicon, zh: zhLexicon });

/** Merges a shop's partial policy over the default; throws PolicyError naming every bad path. */
export function resolvePolicy(override: unknown, base: Policy = defaultPolicy): Policy {
  if (override === undefined || override === null) return base;
  if (!isPlainObject(override)) throw new PolicyError([{ path: '', message: 'a policy must be a JSON object' }]);
  // Most shops change tiers, clocks, authority or wording: the base's lexicons are then kept as they are.
  if (!('lexicons' in override)) {
    const { lexicons, ...settings } = base;
    return policyWithValidLexicons(deepMerge(settings, override) as object, lexicons);
  }
  return parsePolicy(deepMerge(base, override));
}
