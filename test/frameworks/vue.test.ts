// Vue 3 as an app uses the widgets: `createApp` with render functions (Vue's runtime-only browser
// build; compiling templates in the page would need `unsafe-eval`), the elements registered by
// dist/define.js (what `peer-support-widgets/vue` loads), the typed event handlers of
// `peer-support-widgets/vue` (src/vue), the real reference server, on the strict-CSP, Trusted Types
// page. Run after `npm run build`.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { App, GlobalComponents, VNodeChild } from 'vue';
import type {} from '../../src/vue/index.js';
import type { PeerPlanSaveEvent, PeerRequestContactEvent } from '../../src/core/events.js';
import type { Supporter } from '../../src/core/contract.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { checkRosterAndContact, names } from './roster-checks.js';
import { API_URL, cspViolations } from '../support/rig.js';

type Vue = typeof import('vue');
type Main = typeof import('../../src/index.js');
const load = <T>(path: string): Promise<T> => import(/* @vite-ignore */ path);

// Type-level (checked by `tsc`): what `<peer-roster @peer-request-contact="…" :supporters="…">` binds
// to in a template, from the `GlobalComponents` entries of `peer-support-widgets/vue`.
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
type Handler<Tag extends keyof GlobalComponents, Name extends keyof Props<Tag>> = NonNullable<Props<Tag>[Name]>;
export const typedRoster: Props<'peer-roster'> = { layout: 'compact', supporters: [], pageSize: 10 };
// @ts-expect-error "sideways" is not a layout
export const wrongLayout: Props<'peer-roster'> = { layout: 'sideways' };
// @ts-expect-error the roster emits no peer-plan-save
export const wrongEvent: Props<'peer-roster'> = { onPeerPlanSave: () => {} };
// @ts-expect-error `value` is read-only on <peer-support-config>
export const readOnly: Props<'peer-support-config'> = { value: {} };


describe('Vue 3 (peer-support-widgets/vue)', () => {
  let vue: Vue;
  let main: Main;
  let app: App | undefined;
  let container: HTMLElement;
  const warnings: string[] = [];

  before(async () => {
    // Vue asks for a Trusted Types policy named "vue" when it loads. This page allows only lit-html's,
    // so the browser refuses it and reports that once; Vue then works without one, as long as nothing
    // hands it HTML strings (render functions and precompiled templates do not). The README tells
    // Vue pages to add `vue` to `trusted-types`.
    const refused =
      'trustedTypes' in window
        ? new Promise<SecurityPolicyViolationEvent>((resolve) =>
            document.addEventListener('securitypolicyviolation', (event) => event.violatedDirective === 'trusted-types' && resolve(event)),
          )
        : undefined;
    vue = (await import('vue/dist/vue.runtime.esm-browser.js' as string)) as Vue;
    if (refused) {
      const violation = await refused;
      expect(violation.sample).to.equal('vue');
      expect(cspViolations().every((recorded) => recorded.directive === 'trusted-types' && recorded.sample === 'vue')).to.equal(true);
    }
    await load('/dist/define.js');
    main = await load<Main>('/dist/index.js');
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    warnings.length = 0;
  });

  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
    expect(warnings, 'Vue warnings').to.deep.equal([]);
  });

  function mount(render: () => VNodeChild) {
    app = vue.createApp({ render });
    app.config.warnHandler = (message) => void warnings.push(message);
    app.mount(container);
  }

  it('renders the roster with the server data and calls @peer-request-contact with the typed event', async () => {
    const { h } = vue;
    const expected = ((await (await fetch(`${API_URL}supporters`)).json()) as { items: Supporter[] }).items;
    let contacted!: (event: PeerRequestContactEvent) => void;
    const contact = new Promise<PeerRequestContactEvent>((resolve) => (contacted = resolve));
    const onPeerRequestContact: Handler<'peer-roster', 'onPeerRequestContact'> = (event) => {
      event.preventDefault();
      contacted(event);
    };
    mount(() => h('peer-support-config', { endpoint: API_URL }, [h('peer-roster', { layout: 'list', onPeerRequestContact })]));

    const { event } = await checkRosterAndContact(container, main, expected, contact);
    expect(event.defaultPrevented).to.equal(true);
  });

  it('sets objects as properties and follows reactive state', async () => {
    const { h, ref, nextTick } = vue;
    const layout = ref<'grid' | 'compact'>('grid');
    const supporters = structuredClone(TEST_SUPPORTERS);
    mount(() => h('peer-roster', { supporters, layout: layout.value }));
    await waitUntil(() => container.querySelector('peer-roster')?.shadowRoot?.querySelector('[part~="card"]'), 'the roster did not render');
    const roster = container.querySelector('peer-roster') as InstanceType<Main['PeerRoster']>;
    expect(roster.supporters).to.equal(supporters);
    expect(roster.hasAttribute('supporters')).to.equal(false);
    expect(names(roster)).to.deep.equal(TEST_SUPPORTERS.map((supporter) => supporter.displayName));

    layout.value = 'compact';
    await nextTick();
    expect(roster.layout).to.equal('compact');
    await roster.updateComplete;
    expect(roster.getAttribute('layout')).to.equal('compact');
  });

  it('calls the listeners of the request form and the self-care plan with their typed events', async () => {
    const { h } = vue;
    const calls: string[] = [];
    const onPeerPlanSave: Handler<'peer-self-care-plan', 'onPeerPlanSave'> = (event: PeerPlanSaveEvent) => void calls.push(`plan-save:${event.where}`);
    mount(() => [
      h('peer-request-form', {
        endpoint: API_URL,
        onPeerRequestSubmit: ((event) => void calls.push(`submit:${event.requestId}:${event.persisted}`)) satisfies Handler<'peer-request-form', 'onPeerRequestSubmit'>,
        onPeerRequestSent: ((event) => void calls.push(`sent:${event.requestId}`)) satisfies Handler<'peer-request-form', 'onPeerRequestSent'>,
      }),
      h('peer-self-care-plan', {
        device: 'shared',
        onPeerPlanSave,
        onPeerQuickExit: ((event) => void calls.push(`quick-exit:${event.url}`)) satisfies Handler<'peer-self-care-plan', 'onPeerQuickExit'>,
      }),
    ]);
    const form = container.querySelector('peer-request-form')!;
    const plan = container.querySelector('peer-self-care-plan')!;
    expect(form).to.be.instanceOf(main.PeerRequestForm);
    expect((plan as InstanceType<Main['PeerSelfCarePlan']>).device).to.equal('shared');
    form.dispatchEvent(new main.PeerRequestSubmitEvent('r-1', true));
    form.dispatchEvent(new main.PeerRequestSentEvent('r-1', undefined));
    plan.dispatchEvent(new main.PeerPlanSaveEvent('memory'));
    const exit = new main.PeerQuickExitEvent('https://example.org/');
    exit.preventDefault(); // never leave the test page
    plan.dispatchEvent(exit);
    expect(calls).to.deep.equal(['submit:r-1:true', 'sent:r-1', 'plan-save:memory', 'quick-exit:https://example.org/']);
  });
});
