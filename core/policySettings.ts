// Everything a shop may change, in one validated object, and the defaults that encode
// domain/complaint-handling.md, apart from the word lists. A bundle that brings its lexicons from
// elsewhere (the Shopify action reads them from its locale data) builds its policy from here and
// never carries the default lexicons; everyone else uses policy.ts's `defaultPolicy`.
import * as z from './zod.ts';
import { Authority, defaultAuthority } from './authority.ts';
import { Lexicons, type LexiconsInput } from './lexicon.ts';
import { CATEGORY_IDS, Priority, RISK_IDS, type CategoryId } from './model.ts';
import { RemedyPolicy, defaultRemedyPolicy } from './remedies.ts';
import { ReplyOverrides } from './replyWording.ts';
import { SlaPolicy, defaultSlaPolicy } from './slaClocks.ts';
import { ValidationError, parseOrThrow, type Issue } from './validation.ts';

const category = z.enum(CATEGORY_IDS, { error: (iss) => `unknown category ${JSON.stringify(iss.input)}` });
const risk = z.enum(RISK_IDS, { error: (iss) => `unknown risk ${JSON.stringify(iss.input)}` });
const currencyAmounts = z.record(
  z.string().check(z.regex(/^[A-Z]{3}$/, 'currency must be a three-letter ISO 4217 code such as "USD"')),
  z.number().check(z.positive()),
);

/** A tier applies when any of its conditions holds. */
const TierRule = z.strictObject({
  risks: z.array(risk),
  categories: z.array(category),
  /** Emotion at or above this level (0–3) is enough on its own; null: emotion alone never is. */
  emotionAtLeast: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(3))),
});
export type TierRule = z.infer<typeof TierRule>;

export const Policy = z.strictObject({
  lexicons: Lexicons,
  tiers: z.strictObject({ crisis: TierRule, severe: TierRule }),
  priority: z.strictObject({
    byTier: z.strictObject({ routine: Priority, severe: Priority, crisis: Priority }),
    /** A routine complaint with emotion at most this and no risk is `low`; null turns that off. */
    lowWhenEmotionAtMost: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(3))),
    /** These risks make a complaint urgent whatever its tier. */
    urgentRisks: z.array(risk),
    /** VIP, a high lifetime value or a high-value order raises priority one step. */
    raiseOneStep: z.boolean(),
  }),
  routing: z.record(category, z.string().check(z.minLength(1))),
  /** Customer or order tags (compared case-insensitively) that mark a VIP. */
  vipTags: z.array(z.string()),
  /** An order worth at least this much (per currency) is high value. */
  highValueOrder: currencyAmounts,
  /** A customer who has spent at least this much (per currency) is high value. */
  highLifetimeValue: currencyAmounts,
  /** Earlier complaints from the same customer that make this one a repeat contact. */
  repeatContactAfter: z.number().check(z.int(), z.gte(1)),
  /** Clock targets per tier and the business calendar they count in. */
  sla: SlaPolicy,
  /** What each role may give without approval, and the rates that compare currencies. */
  authority: Authority,
  /** How remedies are sized from the order value. */
  remedies: RemedyPolicy,
  /** A shop's own wording: ICU message per reply kind and language (see core/replyTemplates.ts). */
  replies: z._default(ReplyOverrides, {}),
});
export type Policy = z.infer<typeof Policy>;

const routing: Record<CategoryId, string> = {
  logistics_delay: 'logistics',
  lost_parcel: 'logistics',
  damaged_in_transit: 'logistics',
  wrong_or_missing_item: 'fulfilment',
  quality_defect: 'product_quality',
  not_as_described: 'product_quality',
  counterfeit: 'product_quality',
  safety_health: 'product_quality',
  refund_return: 'after_sales',
  after_sales_delay: 'after_sales',
  service_attitude: 'after_sales',
  billing_payment: 'platform_rules',
  account_security: 'account_security',
  other: 'frontline',
};

/** The default policy's settings: all of it but the lexicons. */
export const defaultSettings: Omit<z.input<typeof Policy>, 'lexicons'> = {
  tiers: {
    crisis: { risks: ['legal_threat', 'media_exposure', 'mass_complaint', 'safety_hazard'], categories: [], emotionAtLeast: null },
    severe: {
      risks: ['counterfeit_claim', 'repeat_contact'],
      categories: ['quality_defect', 'counterfeit', 'lost_parcel', 'account_security', 'after_sales_delay', 'refund_return'],
      emotionAtLeast: 3,
    },
  },
  priority: {
    byTier: { routine: 'normal', severe: 'high', crisis: 'urgent' },
    lowWhenEmotionAtMost: 1,
    urgentRisks: ['safety_hazard'],
    raiseOneStep: true,
  },
  routing,
  vipTags: ['vip', 'svip', 'vip_customer', 'vip客户', '贵宾', '貴賓'],
  // Six times the frontline's own authority of ¥500 (domain §7): a loss the agent could not cover.
  highValueOrder: { CNY: 3000, HKD: 3300, TWD: 13500, USD: 420, EUR: 390, GBP: 330 },
  highLifetimeValue: { CNY: 15000, HKD: 16500, TWD: 67000, USD: 2100, EUR: 1950, GBP: 1650 },
  repeatContactAfter: 2,
  sla: defaultSlaPolicy,
  authority: defaultAuthority,
  remedies: defaultRemedyPolicy,
};

export class PolicyError extends ValidationError {
  constructor(issues: Issue[]) {
    super(issues, 'policy');
    this.name = 'PolicyError';
  }
}

/** Validates a whole policy; throws PolicyError naming every bad path ("lexicons.zh.emotion"). */
export function parsePolicy(input: unknown): Policy {
  return parseOrThrow(Policy, input, PolicyError);
}

/** The default settings with these lexicons, validated. */
export function policyWith(lexicons: LexiconsInput): Policy {
  return parsePolicy({ ...defaultSettings, lexicons });
}

const NO_TERMS = { categories: {}, risks: {}, emotion: {}, negators: [] };

/**
 * `settings` validated, with lexicons that are valid already: the built-in ones, which are code rather
 * than input (policy.test.ts holds them to what validation returns), or those of a policy a shop's
 * override leaves them in. Validating their ~19,000 terms again took ~45 ms in Chromium, at every
 * start of a sidebar and again at every open where the shop has a policy.
 */
export function policyWithValidLexicons(settings: object, lexicons: Lexicons): Policy {
  return { ...parsePolicy({ ...settings, lexicons: { en: NO_TERMS, zh: NO_TERMS } }), lexicons };
}
