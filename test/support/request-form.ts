// Reading and filling <peer-request-form> in tests, as a person would: its shadow root, a part or
// field found by selector, and typing into a field (input, then leaving it).
import type { PeerRequestForm } from '../../src/request-form/request-form.js';

export const root = (form: PeerRequestForm) => form.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(form: PeerRequestForm, selector: string) => root(form).querySelector<T>(selector)!;
/** A field by the name its id ends with (`name`, `channelValue`, `message`…). */
export const field = (form: PeerRequestForm, name: string) => $<HTMLInputElement>(form, `[id$="-${name}"]`);

/** Types `value` into a field and leaves it, as a person does. */
export async function type(form: PeerRequestForm, name: string, value: string) {
  const input = field(form, name);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  input.dispatchEvent(new FocusEvent('blur'));
  await form.updateComplete;
}
