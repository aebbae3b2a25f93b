// The action's policy: the core's default settings with the lexicons its locale data carries
// (lexiconMessages.ts says why they are not in the bundle). A missing or damaged entry is reported,
// never half-used: a triage without its word lists would look like a calm, routine complaint.
import { lexiconFromText } from '../../core/lexiconText.ts';
import { policyWith, type Policy } from '../../core/policySettings.ts';
import type { Translate } from './translate.ts';

export type ActionPolicy = { ok: true; policy: Policy } | { ok: false; problem: string };

export function actionPolicy(t: Translate): ActionPolicy {
  try {
    const text = (language: 'en' | 'zh') => {
      const key = `lexicon.${language}`;
      // The extensions tester answers a key it does not know with the key itself; the admin may too.
      const value = t(key);
      if (value === key || value.trim() === '') throw new Error(`the locale data has no ${key}`);
      return value;
    };
    return { ok: true, policy: policyWith({ en: lexiconFromText(text('en')), zh: lexiconFromText(text('zh')) }) };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}
