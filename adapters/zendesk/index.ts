// The Zendesk binding: what apps/zendesk imports.
export { ZendeskDesk, RETRIAGE_EVENTS, COMPOSER_EVENTS, type ApplyOutcome, type OrderState } from './desk.ts';
export { planApply, executePlan, tagsFor, noteText, type ApplyPlan, type CurrentState } from './apply.ts';
export { mapTicket, ticketPaths, uiLanguageOf, customFieldPath, TicketDataError, type TicketSnapshot } from './ticketData.ts';
export { orderNumberInText, lookupFromField, chooseOrderLookup, type OrderSource } from './orderNumber.ts';
export { parseSettings, PARAMS, type AppSettings, type SettingProblem } from './settings.ts';
export { zendeskTransport, lookupWithRetry, shopifyRequestOptions, TOKEN_PLACEHOLDER } from './shopifyProxy.ts';
export { validatePackage, type ValidationReport, type PackageIssue } from './packageValidator.ts';
export type { ZafClient, ZafRequestOptions, ZafResult, ZafMetadata } from './zaf.ts';
