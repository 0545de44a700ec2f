// Classes, types and helpers without side effects. Import `peer-support-widgets/define` (or a single
// element's `define` module) to register the tags.
export * from './core/config.js';
export * from './core/contract.js';
export * from './core/conform.js';
export * from './core/errors.js';
export * from './core/http-client.js';
export * from './core/safe-url.js';
export { applyLocale, supportedLocale, SOURCE_LOCALE } from './core/localize.js';
export { PeerElement } from './core/peer-element.js';
export { PeerSupportConfig } from './config/support-config.js';
export { PeerCrisisLine } from './crisis-line/crisis-line.js';
export { PeerRoster } from './roster/roster.js';
export { PeerSupporterCard } from './roster/supporter-card.js';
export { filterSupporters, EMPTY_FILTER } from './roster/roster-filter.js';
export type { RosterFilter } from './roster/roster-filter.js';
export { PeerRequestContactEvent } from './core/events.js';
export { ListController } from './core/list-controller.js';
export type { ListStatus } from './core/list-controller.js';
export { PeerRequestForm } from './request-form/request-form.js';
export { PeerRequestSubmitEvent, PeerRequestSentEvent } from './core/events.js';
export { PeerOutbox, OutboxChangeEvent, sharedOutbox } from './core/outbox.js';
export type { OutboxChange, OutboxRecord, OutboxState, RetryPolicy } from './core/outbox.js';
export * from './core/validators.js';
export { PeerSelfCarePlan } from './self-care-plan/self-care-plan.js';
export { PeerPlanSaveEvent, PeerQuickExitEvent } from './core/events.js';
export type { SelfCarePlan, PlanPerson } from './self-care-plan/plan-model.js';
