// The action's policy and language data, from its locale files (localeData.ts says why they are not in
// the bundle): the core's default settings with the lexicons, the Han tables provided to the core's
// text functions, the phrases to the tone guard and the wording to the reply drafts. A missing or
// damaged entry is reported, never half-used: a triage without its word lists would look like a calm,
// routine complaint, and a guard without its phrases would pass "calm down, that's your problem" as a
// kind reply.
import { provideHanTables } from '../../core/hanTables.ts';
import { lexiconFromText } from '../../core/lexiconText.ts';
import { policyWith, type Policy } from '../../core/policySettings.ts';
import { provideReplyWording, ReplyWording } from '../../core/replyWording.ts';
import { provideTonePhrases, TonePhrases } from '../../core/toneLint.ts';
import { parseOrThrow, ValidationError } from '../../core/validation.ts';
import type * as z from '../../core/zod.ts';
import type { Translate } from './translate.ts';

export type ActionPolicy = { ok: true; policy: Policy } | { ok: false; problem: string };

export function actionPolicy(t: Translate): ActionPolicy {
  try {
    const text = (key: string) => {
      const value = t(key);
      // The extensions tester answers a key it does not know with the key itself; the admin may too.
      if (value === key || value.trim() === '') throw new Error(`the locale data has no ${key}`);
      return value;
    };
    provideHanTables({ traditional: text('han.traditional'), simplified: text('han.simplified'), sharedForms: text('han.sharedForms') });
    provideTonePhrases(jsonEntry('tonePhrases', TonePhrases, text('tonePhrases')));
    provideReplyWording(jsonEntry('replyWording', ReplyWording, text('replyWording')));
    return { ok: true, policy: policyWith({ en: lexiconFromText(text('lexicon.en')), zh: lexiconFromText(text('lexicon.zh')) }) };
  } catch (error) {
    return { ok: false, problem: messageOf(error) };
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A JSON entry (`tonePhrases`, `replyWording`: localeData.ts), validated; what is wrong is named by its path in the locale data. */
function jsonEntry<T extends z.ZodMiniType>(key: string, schema: T, json: string): z.output<T> {
  try {
    return parseOrThrow(schema, JSON.parse(json), ValidationError);
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(error.issues.map((i) => ({ ...i, path: i.path ? `${key}.${i.path}` : key })));
    throw new Error(`${key}: ${messageOf(error)}`);
  }
}
