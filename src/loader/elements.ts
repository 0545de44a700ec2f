/**
 * Every tag the library registers, and the module under `dist/elements/` that registers it (the
 * folder `src/<module>/define.ts`). test/node/budgets.test.ts checks this against every
 * `defineElement('<tag>', …)` call in src/*\/define.ts, so a new element cannot be forgotten here.
 */
export const ELEMENT_MODULES: Readonly<Record<string, string>> = {
  'peer-support-config': 'config',
  'peer-crisis-line': 'crisis-line',
  'peer-roster': 'roster',
  'peer-supporter-card': 'roster',
  'peer-request-form': 'request-form',
  'peer-self-care-plan': 'self-care-plan',
  'peer-resource-directory': 'resource-directory',
  'peer-request-inbox': 'request-inbox',
  'peer-availability': 'availability',
  'peer-contact-log': 'contact-log',
  'peer-program-stats': 'program-stats',
  'peer-follow-ups': 'follow-ups',
  'peer-supporter-session': 'supporter-session',
  'peer-notifications': 'notifications',
};
