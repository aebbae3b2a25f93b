// The public API of the core: what adapters, apps and the CLI import.
export * from './model.ts';
export { triage, triageAll, parseContext, ContextError, type TriageOptions } from './triage.ts';
export { Policy, defaultPolicy, resolvePolicy, PolicyError } from './policy.ts';
export { ValidationError, formatPath, type Issue } from './validation.ts';
export * from './businessCalendar.ts';
export { holidaysFromIcs } from './icalHolidays.ts';
export * from './slaClocks.ts';
export { Lexicons, LanguageLexicon, Terms } from './lexicon.ts';
export { detectLanguage } from './language.ts';
export { CATEGORY_NAMES, RISK_NAMES, TIER_NAMES, PRIORITY_NAMES, EMOTION_NAMES } from './labels.ts';
export { draftReplies, escapeHtml, replyLanguage, type AgentInfo, type TriageSoFar } from './replies.ts';
export { REPLY_TEMPLATES } from './replyTemplates.ts';
export { REPLY_VALUES, ReplyOverrides, ReplyWording, provideReplyWording } from './replyWording.ts';
export { proposeRemedies, RemedyPolicy, REMEDY_NAMES } from './remedies.ts';
export { lintReply, Finding, FindingRule } from './toneGuard.ts';
export { Authority, Role, approverFor, isWithin, limitFor } from './authority.ts';
