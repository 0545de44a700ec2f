// The form-state controller on its own: Lion's rule (feedback after the field is left or on submit),
// the summary that takes focus, aria-describedby, and the one way errors are put into words.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml, nothing } from 'lit';
import { FormState } from '../../src/core/form-state.js';
import { maxLength, required } from '../../src/core/validators.js';
import { PeerNetworkError, messageForPerson } from '../../src/core/errors.js';

type Field = 'name' | 'agree' | 'team';

class FormStateHost extends LitElement {
  values: Record<Field, string | boolean> = { name: '', agree: false, team: '' };
  /** `team` is asked only when this is on. */
  notMyTeam = false;
  renders = 0;
  readonly form = new FormState<Field>(this, {
    fields: ['name', 'agree', 'team'],
    idPrefix: 'host',
    value: (field) => this.values[field],
    validators: (field) =>
      field === 'name' ? [required(() => 'Say your name.'), maxLength(5)] : field === 'agree' ? [required(() => 'Please agree.')] : this.notMyTeam ? [required(() => 'Say your team.')] : [],
    summary: () => this.renderRoot.querySelector<HTMLElement>('.summary'),
  });

  override render() {
    this.renders++;
    const errors = this.form.summaryErrors;
    return litHtml`${errors.length ? litHtml`<div class="summary" tabindex="-1">${errors.map(([, text]) => litHtml`<p>${text}</p>`)}</div>` : nothing}
      <input id="host-name" aria-describedby=${this.form.describedBy('name', 'host-name-hint')} />`;
  }
}
customElements.define('form-state-test-host', FormStateHost);

async function host(): Promise<FormStateHost> {
  return fixture<FormStateHost>(html`<form-state-test-host></form-state-test-host>`);
}

describe('FormState', () => {
  it('shows no error while a field has not been left, and shows it once it has (Lion’s rule)', async () => {
    const element = await host();
    const { form } = element;
    expect(form.errorFor('name')).to.equal('Say your name.');
    expect(form.visibleError('name')).to.equal(undefined);
    form.touch('name');
    expect(form.visibleError('name')).to.equal('Say your name.');
    expect(form.visibleError('agree'), 'other fields stay quiet').to.equal(undefined);
    element.values.name = 'Samantha';
    expect(form.visibleError('name')).to.match(/5 characters or fewer/);
  });

  it('asks its host to render when a field is left or the form is sent, and only then', async () => {
    const element = await host();
    const before = element.renders;
    element.form.touch('name');
    await element.updateComplete;
    expect(element.renders).to.equal(before + 1);
    element.form.touch('name'); // already left: nothing changes
    await element.updateComplete;
    expect(element.renders).to.equal(before + 1);
  });

  it('points aria-describedby at the error only while the error is shown', async () => {
    const element = await host();
    const input = element.shadowRoot!.querySelector('input')!;
    expect(input.getAttribute('aria-describedby')).to.equal('host-name-hint');
    element.form.touch('name');
    await element.updateComplete;
    expect(input.getAttribute('aria-describedby')).to.equal('host-name-hint host-name-error');
    expect(element.form.errorId('name')).to.equal('host-name-error');
    expect(element.form.describedBy('agree'), 'no hint, no error: no attribute').to.equal(nothing);
  });

  it('a failed submit shows every error in field order and moves focus to the summary', async () => {
    const element = await host();
    element.notMyTeam = true;
    expect(element.form.summaryErrors, 'nothing in the summary before sending').to.deep.equal([]);
    expect(await element.form.submit()).to.equal(false);
    expect(element.form.summaryErrors).to.deep.equal([
      ['name', 'Say your name.'],
      ['agree', 'Please agree.'],
      ['team', 'Say your team.'],
    ]);
    const summary = element.shadowRoot!.querySelector('.summary');
    expect(summary, 'the summary is rendered').to.exist;
    expect(element.shadowRoot!.activeElement).to.equal(summary);
    expect(element.form.visibleError('agree'), 'untouched fields show after sending').to.equal('Please agree.');
  });

  it('reads a checkbox as filled in when true, and validators that depend on other fields', async () => {
    const element = await host();
    element.values = { name: 'Sam', agree: true, team: '' };
    expect(element.form.valid, 'team is not asked').to.equal(true);
    element.notMyTeam = true;
    expect(element.form.allErrors).to.deep.equal([['team', 'Say your team.']]);
  });

  it('a valid submit lets the form go; reset makes it fresh again', async () => {
    const element = await host();
    element.values = { name: 'Sam', agree: true, team: '' };
    element.form.touch('name');
    expect(await element.form.submit()).to.equal(true);
    expect(element.form.submitted).to.equal(true);
    element.values = { name: '', agree: false, team: '' };
    element.form.reset();
    expect(element.form.submitted).to.equal(false);
    expect(element.form.isTouched('name')).to.equal(false);
    expect(element.form.visibleError('name')).to.equal(undefined);
  });

  it('the immediate fields say their error at once', async () => {
    const element = await host();
    const eager = new FormState<'who'>(element, { fields: ['who'], idPrefix: 'x', value: () => 'gone', validators: () => [{ check: () => 'Cannot reach them.' }], immediate: ['who'] });
    expect(eager.visibleError('who')).to.equal('Cannot reach them.');
  });
});

describe('messageForPerson', () => {
  it('says a PeerError in its own words, and never shows raw error text to a person', () => {
    expect(messageForPerson(new PeerNetworkError('fetch failed'))).to.equal(new PeerNetworkError('fetch failed').userMessage);
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const raw = new TypeError("Cannot read properties of undefined (reading 'respondBy')");
      const text = messageForPerson(raw);
      expect(text).not.to.contain('respondBy');
      expect(text).not.to.contain('TypeError');
      expect(text).to.match(/^[A-Z].*\.$/);
      expect(messageForPerson('a thrown string', () => 'That did not work.')).to.equal('That did not work.');
      expect(logged.map((args) => args[1]), 'the detail goes to the console, for IT').to.deep.equal([raw, 'a thrown string']);
    } finally {
      console.error = original;
    }
  });
});
