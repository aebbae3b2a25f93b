// The "Handle complaint" action's lexicons travel as locale data, not as code: the core's word lists
// are 37 KB brotli, more than half of Shopify's 64 KB limit on an extension's JavaScript, while locale
// files are uploaded beside the bundle and served by the admin's i18n. The build adds these entries to
// every locale file of the action (a customer writes in their language whatever the merchant's admin
// language is); tests and the workbench preview add them the same way. Never imported by the
// extension itself: this module brings the lexicons it exists to keep out of the bundle.
import { lexiconToText } from '../../core/lexiconText.ts';
import { enLexicon } from '../../core/lexicons/en.ts';
import { zhLexicon } from '../../core/lexicons/zh.ts';
import type { Messages } from './localeTranslator.ts';

/** The locale keys the action reads: `lexicon.en` and `lexicon.zh`. */
export const lexiconMessages = (): Messages => ({ lexicon: { en: lexiconToText(enLexicon), zh: lexiconToText(zhLexicon) } });

export const withLexicons = (messages: Messages): Messages => ({ ...messages, ...lexiconMessages() });
