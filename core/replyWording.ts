// What the reply drafts are written with: the values every message receives, and the wording (ICU
// messages per language) as data that is provided once, like the Han tables (hanTables.ts).
// replyTemplates.ts provides the built-in wording to whatever imports it (policy.ts does); the
// Shopify action, which cannot carry it in its 64 KB bundle, provides it from its locale data. A
// draft written before either is a programming error, said loudly.
import * as z from './zod.ts';
import { templateProblem } from './messageFormat.ts';
import { CategoryId, ReplyKind, UiLanguage } from './model.ts';

/** Every value a reply message may use, in the order replies.ts gives them positions. */
export const REPLY_VALUE_NAMES = [
  // facts of the complaint, each with a yes/no flag when it may be missing
  'customer', 'hasCustomer', 'agent', 'hasAgent', 'ticket', 'order', 'hasOrder', 'items', 'hasItems', 'itemCount',
  'carrier', 'hasCarrier', 'tracking', 'hasTracking', 'delivery', 'deliveryKind', 'total', 'hasTotal',
  'category', 'categoryName', 'tier', 'tierName', 'isShipping', 'isSafety', 'approval',
  // times, already phrased: "within 2 hours" / "by Fri, Nov 20, 2:00 PM" / "2小时内"
  'handling', 'update', 'day',
  // parts we compose
  'greeting', 'signoff', 'ack', 'apology', 'compensation', 'prevention',
  // the escalation note's
  'risks', 'hasRisks', 'quotes', 'hasQuotes', 'teams', 'approvals', 'hasApprovals',
] as const;
export const REPLY_VALUES: ReadonlySet<string> = new Set(REPLY_VALUE_NAMES);
/** What the compensation part receives: every reply value and the offers written for it. */
export const COMPENSATION_VALUE_NAMES = [...REPLY_VALUE_NAMES, 'offer', 'offerNoun', 'hasExtra', 'extra'] as const;

/** A message that uses only `names` (of which `numbers` may be counted), checked when it is loaded. */
const message = (names: Iterable<string>, numbers: Iterable<string> = []) => {
  const known = new Set(names);
  const counted = new Set(numbers);
  return z.string().check(
    z.superRefine((template, ctx) => {
      const problem = templateProblem(template, known, counted);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  );
};

/** A shop's reply template: an ICU error or an unknown value is refused with its path when the policy loads. */
const ReplyTemplate = message(REPLY_VALUES, ['itemCount']);
export const ReplyOverrides = z.partialRecord(ReplyKind, z.partialRecord(UiLanguage, ReplyTemplate));
export type ReplyOverrides = z.infer<typeof ReplyOverrides>;

const perLanguage = <T extends z.ZodMiniType>(of: T) => z.object({ en: of, 'zh-Hans': of, 'zh-Hant': of });
const OFFER_VALUES = ['kind', 'hasAmount', 'amount', 'hasItems', 'items'];

/** The built-in wording's shape; the Shopify action checks the copy in its locale data with it. */
export const ReplyWording = z.object({
  /** The drafts, by kind. */
  replies: z.record(ReplyKind, perLanguage(ReplyTemplate)),
  /** The drafts' titles, for the agent. */
  titles: z.record(ReplyKind, perLanguage(message(['categoryName']))),
  /** The smaller messages the parts are made of; each gets the reply values or its own. */
  parts: z.object({
    greeting: perLanguage(ReplyTemplate),
    signoff: perLanguage(ReplyTemplate),
    time: perLanguage(message(['kind', 'at', 'unit', 'n'], ['n'])),
    items: perLanguage(message(['first', 'more'], ['more'])),
    offer: perLanguage(message(OFFER_VALUES)),
    offerNoun: perLanguage(message(OFFER_VALUES)),
    compensation: perLanguage(message(COMPENSATION_VALUE_NAMES, ['itemCount'])),
  }),
  /** Opening and closing quotation marks for strings we quote (customers' and shops' words). */
  quotes: perLanguage(z.tuple([z.string(), z.string()])),
  teams: z.object({ supervisor: perLanguage(z.string()), legal: perLanguage(z.string()), pr: perLanguage(z.string()) }),
  /** Per category: [acknowledge + own (the empathy reply), apology, prevention]. */
  scripts: z.record(CategoryId, perLanguage(z.tuple([ReplyTemplate, ReplyTemplate, ReplyTemplate]))),
});
export type ReplyWording = z.infer<typeof ReplyWording>;

let provided: ReplyWording | undefined;

/** Sets the wording every later draft uses. */
export function provideReplyWording(wording: ReplyWording): void {
  provided = wording;
}

export function replyWording(): ReplyWording {
  if (!provided) throw new Error('Reply wording was not provided: import core/policy.ts (the built-in wording) or call provideReplyWording first');
  return provided;
}
