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
export { PeerApiElement, PeerApiController } from './core/api-element.js';
export { PeerSupportConfig } from './config/support-config.js';
export { PeerCrisisLine } from './crisis-line/crisis-line.js';
export { PeerRoster } from './roster/roster.js';
export { PeerSupporterCard } from './roster/supporter-card.js';
export { filterSupporters, EMPTY_FILTER } from './roster/roster-filter.js';
export { fold } from './core/text-search.js';
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
export { PeerResourceDirectory } from './resource-directory/resource-directory.js';
export { filterResources, EMPTY_RESOURCE_FILTER } from './resource-directory/resource-filter.js';
export type { ResourceFilter } from './resource-directory/resource-filter.js';
export { openState } from './resource-directory/opening-hours.js';
export { PeerRequestInbox } from './request-inbox/request-inbox.js';
export {
  PeerRequestActionEvent,
  PeerRequestClaimedEvent,
  PeerRequestContactedEvent,
  PeerRequestReleasedEvent,
  PeerRequestClosedEvent,
  PeerRequestAssignedEvent,
  PeerAvailabilityChangeEvent,
  PeerContactLoggedEvent,
  PeerFollowUpDoneEvent,
  PeerContactSentEvent,
} from './core/events.js';
export type { PeerRequestAction } from './core/events.js';
export { PeerAvailability } from './availability/availability.js';
export { PeerContactLog } from './contact-log/contact-log.js';
export { PeerProgramStats } from './program-stats/program-stats.js';
export { PeerFollowUps } from './follow-ups/follow-ups.js';
export { PeerSupporterSession } from './supporter-session/supporter-session.js';
export { PeerNotifications } from './notifications/notifications.js';
export { SessionController } from './core/session-controller.js';
export { isoWeek } from './core/format.js';
