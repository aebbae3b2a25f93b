// Tier, priority and owner from the policy's rules (design.md §1 gives the defaults).
import type { CategoryId, ComplaintContext, Emotion, Owner, Priority, RiskFinding, RiskId, Tier } from './model.ts';
import type { Policy, TierRule } from './policy.ts';

export type TierCause =
  | { rule: 'risk'; risks: RiskId[] }
  | { rule: 'category'; category: CategoryId }
  | { rule: 'emotion'; emotion: Emotion }
  | { rule: 'none' };

export function decideTier(category: CategoryId, risks: RiskFinding[], emotion: Emotion, policy: Policy): { tier: Tier; causes: TierCause[] } {
  for (const tier of ['crisis', 'severe'] as const) {
    const causes = causesFor(policy.tiers[tier], category, risks, emotion);
    if (causes.length > 0) return { tier, causes };
  }
  return { tier: 'routine', causes: [{ rule: 'none' }] };
}

function causesFor(rule: TierRule, category: CategoryId, risks: RiskFinding[], emotion: Emotion): TierCause[] {
  const causes: TierCause[] = [];
  const matching = risks.map((r) => r.id).filter((id) => rule.risks.includes(id));
  if (matching.length > 0) causes.push({ rule: 'risk', risks: matching });
  if (rule.categories.includes(category)) causes.push({ rule: 'category', category });
  if (rule.emotionAtLeast !== null && emotion >= rule.emotionAtLeast) causes.push({ rule: 'emotion', emotion });
  return causes;
}

export type PriorityStep =
  | { rule: 'calm' }
  | { rule: 'urgent_risk'; risks: RiskId[] }
  | { rule: 'vip'; tag: string }
  | { rule: 'high_value_order'; amount: number; currency: string }
  | { rule: 'high_lifetime_value'; amount: number; currency: string };

const LADDER: Priority[] = ['low', 'normal', 'high', 'urgent'];

export function decidePriority(
  tier: Tier,
  risks: RiskFinding[],
  emotion: Emotion,
  context: ComplaintContext,
  policy: Policy,
): { priority: Priority; steps: PriorityStep[] } {
  const rules = policy.priority;
  const steps: PriorityStep[] = [];
  let priority = rules.byTier[tier];
  if (tier === 'routine' && rules.lowWhenEmotionAtMost !== null && emotion <= rules.lowWhenEmotionAtMost && risks.length === 0) {
    priority = 'low';
    steps.push({ rule: 'calm' });
  }
  const value = valueStep(context, policy);
  if (rules.raiseOneStep && value) {
    priority = LADDER[Math.min(LADDER.indexOf(priority) + 1, LADDER.length - 1)]!;
    steps.push(value);
  }
  const urgent = risks.map((r) => r.id).filter((id) => rules.urgentRisks.includes(id));
  if (urgent.length > 0 && priority !== 'urgent') {
    priority = 'urgent';
    steps.push({ rule: 'urgent_risk', risks: urgent });
  }
  return { priority, steps };
}

/** The first reason this customer or order is worth more attention, if any. */
function valueStep(context: ComplaintContext, policy: Policy): PriorityStep | undefined {
  const vip = vipTagsOf(policy);
  const tag = vipTagIn(context.customer?.tags, vip) ?? vipTagIn(context.order?.tags, vip);
  if (tag) return { rule: 'vip', tag };
  const total = context.order?.total;
  const orderThreshold = total && policy.highValueOrder[total.currency];
  if (total && orderThreshold && total.amount >= orderThreshold) return { rule: 'high_value_order', ...total };
  const spent = context.customer?.totalSpent;
  const spentThreshold = spent && policy.highLifetimeValue[spent.currency];
  if (spent && spentThreshold && spent.amount >= spentThreshold) return { rule: 'high_lifetime_value', ...spent };
  return undefined;
}

export function ownerFor(tier: Tier): Owner {
  return tier === 'crisis' ? 'crisis_team' : tier === 'severe' ? 'supervisor' : 'agent';
}

// A policy's VIP tags, lower-cased once per policy rather than per complaint. Keyed by the policy's
// own list, so a policy that goes away takes its set with it.
const vipSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function vipTagsOf(policy: Policy): ReadonlySet<string> {
  let vip = vipSets.get(policy.vipTags);
  if (!vip) vipSets.set(policy.vipTags, (vip = new Set(policy.vipTags.map((t) => t.toLowerCase()))));
  return vip;
}

/** The first of `tags` that marks a VIP. */
function vipTagIn(tags: readonly string[] | undefined, vip: ReadonlySet<string>): string | undefined {
  if (tags) for (const t of tags) if (vip.has(t.toLowerCase())) return t;
  return undefined;
}
