// The "Handle complaint" action's language data travels as locale data, not as code: the core's
// lexicons (37 KB brotli), Han tables (8 KB), reply wording (8 KB) and tone phrases (4 KB) would take
// most of Shopify's 64 KB limit on an extension's JavaScript, while locale files are uploaded beside
// the bundle and served by the admin's i18n. The build adds these entries to every locale file of the
// action (a customer writes in their language whatever the merchant's admin language is); tests and
// the workbench preview add them the same way. Never imported by the extension itself: this module
// brings the data it keeps out.
import { SHARED_FORMS, SIMPLIFIED, TRADITIONAL } from '../../core/hanTableData.ts';
import { lexiconToText } from '../../core/lexiconText.ts';
import { enLexicon } from '../../core/lexicons/en.ts';
import { zhLexicon } from '../../core/lexicons/zh.ts';
import { BUILT_IN_WORDING } from '../../core/replyTemplates.ts';
import { TONE_PHRASES } from '../../core/tonePhrases.ts';
import type { Messages } from './localeTranslator.ts';

/**
 * `value` as JSON that translate hands back unchanged. The tone phrases and the reply wording nest
 * and hold regular expressions and ICU messages, which lexicon text cannot carry; the messages' braces
 * ("{hasCustomer, select, yes {{customer},}…") would read to translate as "{{customer}}" placeholders,
 * so every brace inside a string is written as a \u escape, which JSON.parse reads back as the brace.
 */
export function jsonForTranslate(value: unknown): string {
  return JSON.stringify(value).replace(/"(?:[^"\\]|\\.)*"/g, (literal) => literal.replace(/\{/g, '\\u007b').replace(/\}/g, '\\u007d'));
}

/** The locale keys actionPolicy.ts reads: `lexicon.en`, `lexicon.zh`, `han.*`, `tonePhrases` and `replyWording`. */
export const localeDataMessages = (): Messages => ({
  lexicon: { en: lexiconToText(enLexicon), zh: lexiconToText(zhLexicon) },
  han: { traditional: TRADITIONAL, simplified: SIMPLIFIED, sharedForms: SHARED_FORMS },
  tonePhrases: jsonForTranslate(TONE_PHRASES),
  replyWording: jsonForTranslate(BUILT_IN_WORDING),
});

export const withLocaleData = (messages: Messages): Messages => ({ ...messages, ...localeDataMessages() });
