// The tone guard with its built-in phrases, for everything that has room for them: the CLI, the
// Zendesk and Freshdesk apps, the tests. The guard itself is toneLint.ts; the Shopify action imports
// it from there and provides the phrases from its locale data instead (toneLint.ts says why).
import './tonePhrases.ts';

export { customerLanguage, Finding, FindingRule, lintReply, quoteSpans } from './toneLint.ts';
