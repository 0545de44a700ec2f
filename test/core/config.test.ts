import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { configure, resetConfiguration } from '../../src/core/config.js';
import { PeerApiElement } from '../../src/core/api-element.js';
import '../../src/config/define.js';
import '../../src/crisis-line/define.js';
import type { PeerSupportConfig } from '../../src/config/support-config.js';
import type { PeerCrisisLine } from '../../src/crisis-line/crisis-line.js';
import '../support/rig.js';

/** A bare networked widget (it has an `endpoint` attribute) that shows which configuration reached it. */
class ConfigProbe extends PeerApiElement {
  override render() {
    return JSON.stringify({ endpoint: this.config.value.endpoint, locale: this.config.value.locale });
  }
  get effective() {
    return this.config.value;
  }
}
customElements.define('test-config-probe', ConfigProbe);

class PlainWrapper extends LitElement {
  override render() {
    return html`<section><slot></slot></section>`;
  }
}
customElements.define('test-plain-wrapper', PlainWrapper);

describe('page-wide configuration', () => {
  afterEach(resetConfiguration);

  it('reaches a widget nested deep inside <peer-support-config>, through other shadow roots', async () => {
    const page = await fixture(html`<peer-support-config endpoint="https://hr.example.org/peer/" locale="en-CA" credentials="include">
      <div><test-plain-wrapper><test-config-probe></test-config-probe></test-plain-wrapper></div>
    </peer-support-config>`);
    const probe = page.querySelector('test-config-probe') as ConfigProbe;
    expect(probe.effective.endpoint).to.equal('https://hr.example.org/peer/');
    expect(probe.effective.credentials).to.equal('include');
    expect(probe.effective.locale).to.equal('en-CA');
    expect(probe.effective.crisisLine.call).to.equal('988');
  });

  it("lets a widget's own endpoint attribute win over the wrapper and configure()", async () => {
    configure({ endpoint: '/from-configure/' });
    const page = await fixture(html`<peer-support-config endpoint="/from-wrapper/">
      <test-config-probe endpoint="/own/"></test-config-probe><test-config-probe></test-config-probe>
    </peer-support-config>`);
    const [own, inherited] = page.querySelectorAll<ConfigProbe>('test-config-probe');
    expect(own.effective.endpoint).to.equal('/own/');
    expect(inherited.effective.endpoint).to.equal('/from-wrapper/');
  });

  it('uses configure() on pages without a wrapper, and re-renders widgets when it changes', async () => {
    const probe = await fixture<ConfigProbe>(html`<test-config-probe></test-config-probe>`);
    expect(probe.effective.endpoint).to.equal('/api/');
    configure({ endpoint: 'https://portal.example.org/api/' });
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('https://portal.example.org/api/');
  });

  it('re-renders widgets when a wrapper attribute changes', async () => {
    const page = await fixture<PeerSupportConfig>(html`<peer-support-config crisis-name="Station Line" crisis-call="555-0100">
      <peer-crisis-line></peer-crisis-line>
    </peer-support-config>`);
    const line = page.querySelector('peer-crisis-line') as PeerCrisisLine;
    await line.updateComplete;
    expect(line.shadowRoot!.textContent).to.contain('Station Line');
    page.setAttribute('crisis-name', 'Regional Line');
    await page.updateComplete;
    await line.updateComplete;
    expect(line.shadowRoot!.textContent).to.contain('Regional Line');
  });

  it('lets a nested wrapper inherit from the outer one and override what it sets', async () => {
    const page = await fixture(html`<peer-support-config endpoint="/outer/" locale="es">
      <peer-support-config endpoint="/inner/"><test-config-probe></test-config-probe></peer-support-config>
    </peer-support-config>`);
    const probe = page.querySelector('test-config-probe') as ConfigProbe;
    expect(probe.effective.endpoint).to.equal('/inner/');
    expect(probe.effective.locale).to.equal('es');
  });

  it('replaces the crisis line whole, so an internal line never shows 988 by accident', async () => {
    const page = await fixture(html`<peer-support-config crisis-name="Employee Crisis Line" crisis-call="555-0142">
      <peer-crisis-line></peer-crisis-line>
    </peer-support-config>`);
    const line = page.querySelector('peer-crisis-line') as PeerCrisisLine;
    await line.updateComplete;
    const links = [...line.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['tel:5550142']);
  });

  it('passes the scope name and crisis="once" to the widgets inside, and a nested wrapper inherits them unless it sets its own', async () => {
    const page = await fixture(html`<peer-support-config scope="north" crisis="once">
      <test-config-probe></test-config-probe>
      <peer-support-config scope="south" crisis="every"><test-config-probe></test-config-probe></peer-support-config>
      <peer-support-config locale="es"><test-config-probe></test-config-probe></peer-support-config>
    </peer-support-config>`);
    const [outer, own, inherited] = page.querySelectorAll<ConfigProbe>('test-config-probe');
    expect([outer.effective.scope, outer.effective.crisisNotice]).to.deep.equal(['north', 'once']);
    expect([own.effective.scope, own.effective.crisisNotice]).to.deep.equal(['south', 'every']);
    expect([inherited.effective.scope, inherited.effective.crisisNotice]).to.deep.equal(['north', 'once']);
    const plain = await fixture<ConfigProbe>(html`<test-config-probe></test-config-probe>`);
    expect([plain.effective.scope, plain.effective.crisisNotice]).to.deep.equal([undefined, 'every']);
  });
});
