// The action's policy and language data, from its locale files (localeData.ts says why they are not in
// the bundle): the core's default settings with the lexicons, and the Han tables provided to the core's
// text functions. A missing or damaged entry is reported, never half-used: a triage without its word
// lists would look like a calm, routine complaint.
import { provideHanTables } from '../../core/hanTables.ts';
import { lexiconFromText } from '../../core/lexiconText.ts';
import { policyWith, type Policy } from '../../core/policySettings.ts';
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
    return { ok: true, policy: policyWith({ en: lexiconFromText(text('lexicon.en')), zh: lexiconFromText(text('lexicon.zh')) }) };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}
