// The shape of a lexicon: what words point at which category, risk or emotion, per language.
// A lexicon is data a shop can edit through its policy, so it is a plain JSON-able object.
//
// Term syntax (one string = one term, mapped to its weight):
//   - zh terms are written in Simplified Chinese with half-width punctuation; Traditional and
//     full-width text is normalised before matching, so one term serves both scripts.
//   - en terms are lower case and match whole words: "lost" does not match "lostness".
//     A trailing "*" matches any word ending: "refund*" matches refund, refunds, refunded.
//   - "…" (or "...") between parts means the parts appear in this order within one clause,
//     at most a few words apart: "屏幕…裂" matches 屏幕就裂了, "charged…twice" matches "charged me twice".
//   - weight: 1 = supports the category when something else does, 2 = a typical phrase,
//     3 = decisive on its own. 0 disables a default term in a shop's override.
//
// Negation: a term preceded in its clause by a negator ("没有破损", "不是假货", "not damaged") does
// not count. When the complaint itself is phrased as a negation ("没收到", "no refund yet",
// "never arrived") that phrase is a term of its own; the longer match wins over the negated part.
import * as z from './zod.ts';
import { CategoryId, RiskId } from './model.ts';

export const Terms = z.record(z.string().check(z.minLength(1)), z.number().check(z.gte(0), z.lte(5)));
export type Terms = z.infer<typeof Terms>;

export const LanguageLexicon = z.object({
  categories: z.partialRecord(CategoryId, Terms),
  risks: z.partialRecord(RiskId, Terms),
  /** Words of anger and insult; the weight is the intensity (1 annoyed … 3 abusive). */
  emotion: Terms,
  /** Words that cancel a term that follows them in the same clause. */
  negators: z.array(z.string().check(z.minLength(1))),
  /**
   * Phrases that are not complaints although a term sits inside them ("质量差不多" holds 质量差,
   * "was worried…fake" holds fake): a match inside one of them does not count. Same term syntax.
   */
  exclusions: z._default(z.array(z.string().check(z.minLength(1))), []),
});
export type LanguageLexicon = z.input<typeof LanguageLexicon>;
/** A lexicon as validation returns it (its exclusions written out), as the built-in ones are written. */
export type ValidLanguageLexicon = z.infer<typeof LanguageLexicon>;

/** `zh` serves both Chinese scripts; `en` serves English. Other languages fall back to both. */
export const Lexicons = z.object({ en: LanguageLexicon, zh: LanguageLexicon });
export type Lexicons = z.infer<typeof Lexicons>;
export type LexiconsInput = z.input<typeof Lexicons>;
