// Vue 3 types for the elements (`peer-support-widgets/vue`). Importing the entry registers every
// element (its JavaScript is dist/define.js, the same as `peer-support-widgets/define`) and adds each
// tag to Vue's `GlobalComponents`, so Volar / vue-tsc type templates like
//
//   <peer-roster :supporters="list" layout="compact" @peer-request-contact="onContact" />
//
// `onContact` gets a `PeerRequestContactEvent`. Vue must still be told the tags are custom elements
// (`compilerOptions.isCustomElement: (tag) => tag.startsWith('peer-')`, see the README).
import type { DefineComponent } from 'vue';
import type { LitElement } from 'lit';
import type {
  PeerAvailability,
  PeerAvailabilityChangeEvent,
  PeerContactLog,
  PeerContactLoggedEvent,
  PeerCrisisLine,
  PeerFollowUpDoneEvent,
  PeerFollowUps,
  PeerNotifications,
  PeerPlanSaveEvent,
  PeerProgramStats,
  PeerQuickExitEvent,
  PeerRequestAssignedEvent,
  PeerRequestClaimedEvent,
  PeerRequestClosedEvent,
  PeerRequestContactEvent,
  PeerRequestContactedEvent,
  PeerRequestReleasedEvent,
  PeerRequestForm,
  PeerRequestInbox,
  PeerRequestSentEvent,
  PeerRequestSubmitEvent,
  PeerResourceDirectory,
  PeerRoster,
  PeerSelfCarePlan,
  PeerSupportConfig,
  PeerSupporterCard,
} from '../index.js';

export * from '../peer-support.js';

type IfEquals<X, Y, Then, Else> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? Then : Else;

/** Keys of an element's own properties a page can set: not Lit's or HTMLElement's, not methods, not read-only. */
type SettableKeys<E> = Exclude<
  {
    [K in keyof E]-?: E[K] extends (...args: never[]) => unknown ? never : IfEquals<{ [Q in K]: E[K] }, { -readonly [Q in K]: E[K] }, K, never>;
  }[keyof E],
  keyof LitElement
>;

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** `peer-request-contact` → `onPeerRequestContact?: (event: PeerRequestContactEvent) => void`: what `@peer-request-contact` binds to. */
export type PeerEventProps<Events> = {
  [K in keyof Events & string as `on${Capitalize<CamelCase<K>>}`]?: (event: Events[K]) => void;
};

/** An element's settable properties (attributes are their kebab-case forms) and listeners for its events. */
export type PeerElementProps<E extends HTMLElement, Events = {}> = Partial<Pick<E, SettableKeys<E>>> & PeerEventProps<Events>;

/** How Vue's tooling sees one element. */
export type PeerVueElement<E extends HTMLElement, Events = {}> = DefineComponent<PeerElementProps<E, Events>>;

/** The `peer-*` events each element emits, with their classes. */
export interface PeerElementEvents {
  'peer-support-config': {};
  'peer-crisis-line': {};
  'peer-roster': { 'peer-request-contact': PeerRequestContactEvent };
  'peer-supporter-card': { 'peer-request-contact': PeerRequestContactEvent };
  'peer-request-form': { 'peer-request-submit': PeerRequestSubmitEvent; 'peer-request-sent': PeerRequestSentEvent };
  'peer-self-care-plan': { 'peer-plan-save': PeerPlanSaveEvent; 'peer-quick-exit': PeerQuickExitEvent };
  'peer-resource-directory': {};
  'peer-request-inbox': {
    'peer-request-claimed': PeerRequestClaimedEvent;
    'peer-request-contacted': PeerRequestContactedEvent;
    'peer-request-released': PeerRequestReleasedEvent;
    'peer-request-closed': PeerRequestClosedEvent;
    'peer-request-assigned': PeerRequestAssignedEvent;
  };
  'peer-availability': { 'peer-availability-change': PeerAvailabilityChangeEvent };
  'peer-contact-log': { 'peer-contact-logged': PeerContactLoggedEvent };
  'peer-program-stats': {};
  'peer-follow-ups': { 'peer-follow-up-done': PeerFollowUpDoneEvent };
  'peer-notifications': {};
}

declare module 'vue' {
  interface GlobalComponents {
    'peer-support-config': PeerVueElement<PeerSupportConfig, PeerElementEvents['peer-support-config']>;
    'peer-crisis-line': PeerVueElement<PeerCrisisLine, PeerElementEvents['peer-crisis-line']>;
    'peer-roster': PeerVueElement<PeerRoster, PeerElementEvents['peer-roster']>;
    'peer-supporter-card': PeerVueElement<PeerSupporterCard, PeerElementEvents['peer-supporter-card']>;
    'peer-request-form': PeerVueElement<PeerRequestForm, PeerElementEvents['peer-request-form']>;
    'peer-self-care-plan': PeerVueElement<PeerSelfCarePlan, PeerElementEvents['peer-self-care-plan']>;
    'peer-resource-directory': PeerVueElement<PeerResourceDirectory, PeerElementEvents['peer-resource-directory']>;
    'peer-request-inbox': PeerVueElement<PeerRequestInbox, PeerElementEvents['peer-request-inbox']>;
    'peer-availability': PeerVueElement<PeerAvailability, PeerElementEvents['peer-availability']>;
    'peer-contact-log': PeerVueElement<PeerContactLog, PeerElementEvents['peer-contact-log']>;
    'peer-program-stats': PeerVueElement<PeerProgramStats, PeerElementEvents['peer-program-stats']>;
    'peer-follow-ups': PeerVueElement<PeerFollowUps, PeerElementEvents['peer-follow-ups']>;
    'peer-notifications': PeerVueElement<PeerNotifications, PeerElementEvents['peer-notifications']>;
  }
}
