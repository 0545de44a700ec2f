// Forced colours (Windows high contrast; WCAG 1.4.11 and 2.4.7 as people using it meet them): every
// element in its filled state keeps a visible boundary on every control, a focus ring on every Tab
// stop, a selected chip or segment that differs from the others by more than colour, and a chart drawn
// in the system palette. Chromium draws the page in the forced palette (CDP emulation); Firefox and
// WebKit cannot, so there the elements' own `@media (forced-colors: active)` rules are applied as an
// adopted sheet and the same checks read what those rules give (see emulateMediaFeature).
import { expect } from '@open-wc/testing';
import { ELEMENTS, type ElementTag, describe as name, emulateMediaFeature, focusIndicator, mountFilled, shadowRoots, walkFocus } from '../support/focus.js';
import { withCleanSupporterSide } from '../support/supporter-side.js';

const SYSTEM_COLORS = ['Canvas', 'CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'Field', 'FieldText', 'Highlight', 'HighlightText', 'SelectedItem', 'SelectedItemText', 'Mark', 'MarkText', 'GrayText', 'AccentColor', 'AccentColorText'];

/** What each system colour resolves to on this page now (in the forced palette when it is emulated). */
function systemColors(): Set<string> {
  const probe = document.createElement('span');
  document.body.append(probe);
  const resolved = new Set<string>(['currentcolor']);
  for (const color of SYSTEM_COLORS) {
    probe.style.setProperty('color', '');
    probe.style.setProperty('color', color);
    if (probe.style.getPropertyValue('color')) resolved.add(getComputedStyle(probe).color);
  }
  probe.remove();
  return resolved;
}

/** The visible controls of every shadow root in `host` (inputs that are hidden or drawn by their label are read through the label). */
function controls(host: HTMLElement): Element[] {
  const found: Element[] = [];
  for (const root of shadowRoots(host.shadowRoot!)) {
    for (const control of root.querySelectorAll('button, input, select, textarea')) {
      if ((control as HTMLInputElement).type === 'hidden' || !control.getClientRects().length) continue;
      found.push(control);
    }
  }
  return found;
}

const px = (value: string) => parseFloat(value) || 0;

/** Why `control` shows no boundary of its own in forced colours, or undefined when it does. */
function missingBoundary(control: Element): string | undefined {
  const style = getComputedStyle(control);
  // An input that is see-through or visually hidden is drawn by its label (segments, chips, the file button).
  const box = control.getBoundingClientRect();
  if (px(style.opacity) === 0 || (box.width <= 1 && box.height <= 1)) {
    const label = control.closest('label');
    if (!label) return 'a hidden input with no label to draw it';
    return bordered(label) ? undefined : `its label (${label.className}) has no border on every side`;
  }
  // A native checkbox or radio is drawn by the system in its own forced colours.
  if ((control as HTMLInputElement).type === 'checkbox' || (control as HTMLInputElement).type === 'radio') return undefined;
  // A button drawn as a link is text, underlined: its words are its boundary, as for any link.
  if (style.textDecorationLine.includes('underline') && px(style.borderTopWidth) === 0) return undefined;
  return bordered(control) ? undefined : 'no border on every side';
}

function bordered(element: Element): boolean {
  const style = getComputedStyle(element);
  return ['Top', 'Right', 'Bottom', 'Left'].every((side) => {
    const width = px(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
    return width >= 1 && kind !== 'none' && kind !== 'hidden' && color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent';
  });
}

/** What, besides colour, a control's label shows: its mark, weight, border and underline. */
function nonColorLook(label: Element): string {
  const style = getComputedStyle(label);
  const before = getComputedStyle(label, '::before');
  const after = getComputedStyle(label, '::after');
  return JSON.stringify([before.content, after.content, style.fontWeight, style.borderTopWidth, style.borderTopStyle, style.borderBottomWidth, style.textDecorationLine, style.outlineStyle, style.outlineWidth]);
}

describe('forced colours (Windows high contrast)', () => {
  withCleanSupporterSide();

  for (const tag of ELEMENTS) {
    it(`<${tag}>: every control keeps a boundary and every Tab stop a focus ring`, async () => {
      const element = await mountFilled(tag);
      const forced = await emulateMediaFeature(element, 'forced-colors', 'active');
      try {
        const problems: string[] = [];
        for (const control of controls(element)) {
          const missing = missingBoundary(control);
          if (missing) problems.push(`${name(control)}: ${missing}`);
        }
        await walkFocus(element, (control) => {
          if (!focusIndicator(control)) problems.push(`${name(control)} shows no focus ring of 2 px or more`);
          const style = getComputedStyle(control.closest('label') && !focusIndicator(control)?.startsWith(control.localName) ? control.closest('label')! : control);
          if (style.outlineColor === 'rgba(0, 0, 0, 0)' || style.outlineColor === 'transparent') problems.push(`${name(control)}: its focus ring is transparent`);
        });
        expect(problems).to.deep.equal([]);
      } finally {
        await forced.restore();
      }
    });
  }

  for (const tag of ['peer-contact-log', 'peer-availability'] satisfies ElementTag[]) {
    it(`<${tag}>: a selected chip or segment differs from the others by more than colour`, async () => {
      const element = await mountFilled(tag);
      const forced = await emulateMediaFeature(element, 'forced-colors', 'active');
      try {
        const groups = [...element.shadowRoot!.querySelectorAll('.segments, .chip-list')];
        expect(groups.length, 'chips or segments to compare').to.be.greaterThan(0);
        const problems: string[] = [];
        for (const group of groups) {
          const labels = [...group.querySelectorAll(':scope > label')];
          const checked = labels.filter((label) => label.querySelector('input')!.checked);
          const unchecked = labels.filter((label) => !label.querySelector('input')!.checked);
          if (!checked.length || !unchecked.length) continue;
          const selectedLooks = new Set(checked.map(nonColorLook));
          for (const label of unchecked) if (selectedLooks.has(nonColorLook(label))) problems.push(`"${label.textContent!.trim()}" looks like the selected "${checked[0].textContent!.trim()}" but for colour`);
        }
        expect(problems).to.deep.equal([]);
      } finally {
        await forced.restore();
      }
    });
  }

  it('<peer-program-stats>: the chart is drawn in system colours, and its bars keep an outline', async () => {
    const element = await mountFilled('peer-program-stats');
    const forced = await emulateMediaFeature(element, 'forced-colors', 'active');
    try {
      const system = systemColors();
      const shapes = [...element.shadowRoot!.querySelectorAll('svg line, svg rect, svg text')];
      expect(shapes.length).to.be.greaterThan(3);
      const problems: string[] = [];
      for (const shape of shapes) {
        const style = getComputedStyle(shape);
        for (const paint of ['fill', 'stroke'] as const) {
          const value = style.getPropertyValue(paint);
          if (value !== 'none' && !system.has(value)) problems.push(`<${shape.localName} class="${shape.getAttribute('class')}"> ${paint} ${value} is not a system colour`);
        }
      }
      for (const bar of element.shadowRoot!.querySelectorAll('svg rect.bar')) {
        const style = getComputedStyle(bar);
        if (style.stroke === 'none' && style.fill === 'none') problems.push(`a bar (${bar.getAttribute('class')}) has neither fill nor outline`);
      }
      expect(problems).to.deep.equal([]);
    } finally {
      await forced.restore();
    }
  });
});
