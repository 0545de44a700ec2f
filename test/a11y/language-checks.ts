// What a person reads and what a screen reader says, gathered across shadow roots, and whether any of
// it is still English on a Spanish page (test/a11y/spanish-everywhere, names-both-languages and
// demo-in-spanish). Data is not copy: supporters' names and bios, resources, what the test typed and
// code samples are data, shown as entered, and never count as English left over.

/**
 * Common words of our English copy that are not also Spanish words. ("plan", "crisis", "error", "ago" (agosto), "no",
 * "a", "me", "he", "once" and "email" are left out on purpose: Spanish copy uses them too.)
 */
export const ENGLISH_WORDS = new Set(
  `the your you and with for from this that these those what who when where how why will would can could should
  have has been are is was were not our we they their them it its of to at by on or if into about after before
  again still only just here there now today tomorrow yesterday yes please request requests supporter supporters
  available busy break duty send sent sending check checking sign signed help call calls text texts talk someone
  anyone something anything nothing team peer peers message messages name phone contact contacts save saved delete
  cancel close open closed show hide search filter filters loading back next previous new edit add remove keep kept
  device week weeks day days hour hours minute minutes month months year years monday tuesday wednesday thursday
  friday saturday sunday january february march april june july august september october november december am pm
  heard heavy follow notices notifications availability log program inbox session directory resource resources
  counselor free language languages speaks experience lived layout grid list compact more less all none any some
  each every other first last try waiting taken done mark marked reply respond get touch need needs right away out
  off up down over under between within without because but so than then too very also`
    .split(/\s+/)
    .filter(Boolean),
);

/** The English words in `text` (lower case, in order), after data has been taken out. */
export function englishWords(text: string, data: DataText = NO_DATA): string[] {
  const words = data.strip(text).toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.filter((word) => ENGLISH_WORDS.has(word));
}

export interface DataText {
  /** `text` with every piece of data in it blanked out. */
  strip(text: string): string;
}

const NO_DATA: DataText = { strip: (text) => text };

/**
 * Data as a page shows it: every string value in `sources` (names, bios, descriptions, what a test
 * typed). Lower-case single words (enum values such as `available`, `today`) are left out: they are
 * never shown as they are, and would hide English copy with the same spelling.
 */
export function dataText(...sources: unknown[]): DataText {
  const values = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      const trimmed = value.replace(/\s+/g, ' ').trim();
      if (trimmed.length >= 3 && !/^[a-z-]+$/.test(trimmed)) values.add(trimmed);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  sources.forEach(visit);
  const sorted = [...values].sort((a, b) => b.length - a.length);
  return {
    strip(text: string) {
      const folded = text.replace(/\s+/g, ' ').trim();
      // A text node that is part of one piece of data (a bio split by markup, a truncated description).
      if (folded.length >= 3 && sorted.some((value) => value.includes(folded))) return '';
      let rest = folded;
      for (const value of sorted) if (rest.includes(value)) rest = rest.split(value).join(' ');
      return rest;
    },
  };
}

// By node type and name, not `instanceof`: a demo page in a frame has elements of another realm.
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
const isInput = (node: Node): node is HTMLInputElement => isElement(node) && node.localName === 'input';
const isSlot = (node: Node): node is HTMLSlotElement => isElement(node) && node.localName === 'slot';

/** `node`, its descendants, and every open shadow root under it, in tree order. */
function* deepNodes(node: Node): Generator<Node> {
  yield node;
  if (isElement(node) && node.shadowRoot) yield* deepNodes(node.shadowRoot);
  for (const child of node.childNodes) yield* deepNodes(child);
}

/** Every element under `root`, through open shadow roots. */
export function deepElements(root: Node): Element[] {
  return [...deepNodes(root)].filter(isElement);
}

/** Code samples and tag names are not copy (the demo shows `<peer-roster>` and `npm run …`). */
const isCode = (element: Element) => !!element.closest('code, pre, kbd, samp');

/** Whether a person sees `element` (rendered, not display:none, not visibility:hidden). */
export const rendered = (element: Element) => element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);

/** The text a person sees under `root` (shadow roots included): one entry per text node, folded. */
export function visibleTexts(root: Node): string[] {
  const texts: string[] = [];
  for (const node of deepNodes(root)) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const parent = node.parentElement;
    if (!parent || ['style', 'script', 'template', 'title', 'desc'].includes(parent.localName) || isCode(parent) || !rendered(parent)) continue;
    // An <option> of a closed <select> is not "rendered" by checkVisibility in every engine, but is read.
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(text)) texts.push(text);
  }
  for (const select of deepElements(root).filter((element): element is HTMLSelectElement => element.localName === 'select')) {
    if (!rendered(select)) continue;
    for (const option of select.options) {
      const text = option.text.replace(/\s+/g, ' ').trim();
      if (/\p{L}/u.test(text) && !texts.includes(text)) texts.push(text);
    }
  }
  return texts;
}

/** What in `texts` is still English: `"text" (english words)`. */
export function englishLeft(texts: string[], data: DataText): string[] {
  const found: string[] = [];
  for (const text of texts) {
    const words = englishWords(text, data);
    if (words.length) found.push(`"${text}" (${[...new Set(words)].join(', ')})`);
  }
  return [...new Set(found)];
}

// ---------------------------------------------------------------------------------------------
// Accessible names (a small accname: enough for the markup these elements use)

/** `id` looked up in the tree (document or shadow root) that holds `element`. */
function byId(element: Element, id: string): Element | null {
  const root = element.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? null;
}

/** The text of `element` as a name: its text and the alt of its images, hidden parts left out, shadow roots followed. */
export function textAlternative(element: Element, { includeHidden = false, naming }: { includeHidden?: boolean; naming?: Element } = {}): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!isElement(node)) {
      for (const child of node.childNodes) visit(child);
      return;
    }
    if (['style', 'script', 'template'].includes(node.localName)) return;
    if (!includeHidden && (node.getAttribute('aria-hidden') === 'true' || (node !== element && !rendered(node)))) return;
    const label = node !== element ? node.getAttribute('aria-label') : null;
    if (label?.trim()) {
      parts.push(` ${label} `);
      return;
    }
    if (node.localName === 'img') {
      parts.push(` ${node.getAttribute('alt') ?? ''} `);
      return;
    }
    if (node.localName === 'svg') {
      const title = node.querySelector(':scope > title');
      if (title) parts.push(` ${title.textContent} `);
      return;
    }
    if (isInput(node) && node !== element) {
      // An embedded text field adds what is typed in it; a checkbox or radio adds nothing, nor does the control being named.
      if (node !== naming && !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'hidden', 'image'].includes(node.type)) parts.push(` ${node.value} `);
      return;
    }
    if ((node.localName === 'select' || node.localName === 'textarea') && node !== element) return;
    const block = !['span', 'a', 'strong', 'em', 'b', 'i', 'small', 'abbr', 'code', 'time', 'bdi', 'mark'].includes(node.localName);
    if (block) parts.push(' ');
    if (node.shadowRoot) {
      for (const child of node.shadowRoot.childNodes) {
        // A <slot> stands for what is slotted into it.
        if (isSlot(child)) child.assignedNodes({ flatten: true }).forEach(visit);
        else visit(child);
      }
    } else if (isSlot(node)) {
      const assigned = node.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach(visit);
    } else for (const child of node.childNodes) visit(child);
    if (block) parts.push(' ');
  };
  visit(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The words of the elements an id list names (aria-labelledby, aria-describedby), hidden ones included, as the list orders them. */
function referencedText(element: Element, ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => byId(element, id))
    .filter((node): node is Element => !!node)
    .map((node) => textAlternative(node, { includeHidden: true }))
    .join(' ')
    .trim();
}

/** The accessible name of a control: aria-labelledby, aria-label, its label(s), its text (for buttons, links, summaries), then title or placeholder. */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const name = referencedText(element, labelledBy);
    if (name) return name;
  }
  const label = element.getAttribute('aria-label')?.trim();
  if (label) return label;
  const labels = (element as HTMLInputElement).labels;
  if (labels && labels.length) {
    // A control inside its label is not part of the label's text.
    const name = [...labels].map((node) => textAlternative(node, { naming: element })).join(' ').trim();
    if (name) return name;
  }
  if (isInput(element) && ['submit', 'reset', 'button'].includes(element.type) && element.value) return element.value;
  const byContent = element.matches('button, a, summary, [role="button"], [role="tab"], [role="radio"], [role="checkbox"], [role="link"], [role="option"], [role="menuitem"]');
  if (byContent) {
    const text = textAlternative(element);
    if (text) return text;
  }
  const title = element.getAttribute('title')?.trim();
  if (title) return title;
  const placeholder = element.getAttribute('placeholder')?.trim();
  if (placeholder) return placeholder;
  return '';
}

/** The controls a person can reach or operate under `root` (shadow roots included), rendered ones only. */
export function interactiveControls(root: Node): Element[] {
  const selector = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="radio"], [role="checkbox"], [role="tab"], [tabindex="0"]';
  return deepElements(root).filter((element) => element.matches(selector) && rendered(element) && !element.closest('[inert]'));
}

/** The description of a control: the texts its aria-describedby points at. */
export function accessibleDescription(element: Element): string {
  const describedBy = element.getAttribute('aria-describedby');
  if (!describedBy) return element.getAttribute('aria-description')?.trim() ?? '';
  return referencedText(element, describedBy);
}

/** A short description of a control for test messages. */
export function describeControl(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host;
  const part = element.getAttribute('part');
  return `${host ? `<${host.localName}> ` : ''}<${element.localName}${element.id ? `#${element.id}` : ''}${part ? ` part="${part}"` : ''}${element.getAttribute('type') ? ` type="${element.getAttribute('type')}"` : ''}>`;
}

/**
 * What a screen reader reads besides the names: the texts of live regions, aria-describedby targets,
 * placeholders, titles, alt texts, and the <title>/<desc> of charts, under `root`.
 */
export function spokenTexts(root: Node): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  for (const element of deepElements(root)) {
    if (element.closest('[inert]')) continue;
    const where = describeControl(element);
    if (element.matches('[aria-live], [role="status"], [role="alert"], [role="log"], output')) {
      const text = textAlternative(element, { includeHidden: true });
      if (text) found.push({ where: `${where} (live region)`, text });
    }
    const description = accessibleDescription(element);
    if (description) found.push({ where: `${where} (description)`, text: description });
    for (const attribute of ['placeholder', 'title', 'alt', 'aria-label', 'aria-roledescription', 'aria-valuetext']) {
      const value = element.getAttribute(attribute)?.trim();
      if (value) found.push({ where: `${where} [${attribute}]`, text: value });
    }
    if (element.localName === 'svg') {
      for (const piece of element.querySelectorAll('title, desc')) {
        const text = piece.textContent?.trim();
        if (text) found.push({ where: `${where} <${piece.localName}>`, text });
      }
    }
  }
  return found;
}
