/**
 * Scrolls `element` into view: smoothly, unless the person asked their system for less motion. A
 * smooth scroll can be cut short (another scroll, a layout change above the element while it runs,
 * an engine that drops it when busy); a second look once it has had time jumps the rest of the way,
 * so the element always ends up in view.
 */
export function bringIntoView(element: Element, block: ScrollLogicalPosition): void {
  const calm = matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block, behavior: calm ? 'auto' : 'smooth' });
  if (calm) return;
  setTimeout(() => {
    if (element.isConnected && !inWindow(element)) element.scrollIntoView({ block, behavior: 'auto' });
  }, SMOOTH_SCROLL_GRACE_MS);
}

/** Long enough for a smooth scroll of several screens in every engine; short enough to feel like one move. */
const SMOOTH_SCROLL_GRACE_MS = 1_000;

function inWindow(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
}
