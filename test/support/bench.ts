// Shared by the benchmarks: medians, one frame measured in the same run, the baseline's Trusted Types
// policy (the page allows only a policy named lit-html; the baseline markup is escaped), seeding the
// reference server, timing a real keystroke to the next painted frame, and handing results to
// scripts/bench-run.ts (which writes docs/benchmarks.md). Benchmarks record; they never assert on time.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The median time between animation frames on this machine, now. */
export async function measureFrame(): Promise<number> {
  const frames: number[] = [];
  let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  for (let index = 0; index < 10; index++) {
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    frames.push(now - last);
    last = now;
  }
  return median(frames);
}

type Policy = { createHTML(input: string): string };
export const baselinePolicy: Policy = (window as unknown as { trustedTypes: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes.createPolicy('lit-html', {
  createHTML: (input) => input,
});

export const escape = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The engine this page runs in, by name, with its version where the user agent tells it. */
export function engine(): { name: string; version: string; userAgent: string } {
  const ua = navigator.userAgent;
  const firefox = /Firefox\/([\d.]+)/.exec(ua);
  if (firefox) return { name: 'Firefox', version: firefox[1], userAgent: ua };
  const chromium = /Chrome\/([\d.]+)/.exec(ua);
  if (chromium) return { name: 'Chromium', version: chromium[1], userAgent: ua };
  const webkit = /AppleWebKit\/([\d.]+)/.exec(ua);
  return { name: 'WebKit', version: webkit?.[1] ?? '?', userAgent: ua };
}

/** Replaces the reference server's roster and/or directory (in its database); answers the row counts. */
export async function seedServer(data: { supporters?: unknown[]; resources?: unknown[] }): Promise<{ supporters: number; resources: number }> {
  const response = await fetch('/__bench/seed', { method: 'POST', body: JSON.stringify(data) });
  if (!response.ok) throw new Error(`seeding failed: ${response.status}`);
  return response.json();
}

/** One result for docs/benchmarks.md: raw samples in milliseconds, summarised by scripts/bench-run.ts. */
export async function recordResult(result: { id: string; label: string; samples: Record<string, number[]>; notes?: Record<string, unknown> }): Promise<void> {
  const frame = await measureFrame();
  await fetch('/__bench/result', { method: 'POST', body: JSON.stringify({ ...result, engine: engine(), frame }) });
  const summary = Object.entries(result.samples)
    .map(([name, values]) => `${name} ${median(values).toFixed(1)} ms (n=${values.length})`)
    .join(', ');
  console.log(`[bench] ${engine().name} ${result.label}: ${summary}; frame ${frame.toFixed(1)} ms`);
}

/** Resolves just after the next frame has been painted: a task queued from its animation-frame callback. */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(undefined);
    }),
  );
}

export interface KeystrokeTiming {
  /** Key event (its timestamp) to just after the next painted frame. */
  total: number;
  /** Key event to the end of the page's own work (the input handler and, for a Lit element, its update). */
  script: number;
}

/**
 * Types one key into `input` as a person does (real key input through the browser's automation:
 * keydown, beforeinput, input, keyup) and times it from the key event to the next painted frame.
 * `settled` is awaited after the input event (a Lit element's `updateComplete`).
 */
export async function timeKeystroke(input: HTMLInputElement, key: string, settled?: () => Promise<unknown>): Promise<KeystrokeTiming> {
  input.focus();
  let start = Number.NaN;
  const onKeydown = (event: KeyboardEvent) => {
    const now = performance.now();
    // The event's own timestamp includes any wait before it was handled; engines that stamp it on
    // another clock (or not at all) fall back to when the first listener saw it.
    start = event.timeStamp > 0 && event.timeStamp <= now && now - event.timeStamp < 1000 ? event.timeStamp : now;
  };
  input.addEventListener('keydown', onKeydown, { capture: true, once: true });
  const timing = new Promise<KeystrokeTiming>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`no input event for key ${JSON.stringify(key)}`)), 10_000);
    input.addEventListener(
      'input',
      async () => {
        clearTimeout(timeout);
        await settled?.();
        const scriptDone = performance.now();
        const painted = await afterNextPaint();
        resolve({ total: painted - start, script: scriptDone - start });
      },
      { once: true },
    );
  });
  await sendKeys(key === 'Backspace' ? { press: 'Backspace' } : { type: key });
  return timing;
}

/** Every keystroke of typing each query and then erasing it again. */
export function keystrokes(queries: string[]): string[] {
  return queries.flatMap((query) => [...query.split(''), ...query.split('').map(() => 'Backspace')]);
}

/**
 * The baseline a widget's typing is measured against, in the same page: a plain `<input>` in
 * `root` that, on each input, filters the same rows in a loop and writes `markup(matches)` as one
 * escaped string with `innerHTML`.
 */
export function typingBaseline<T>(root: ShadowRoot, rows: T[], texts: string[], markup: (matches: T[]) => string): { input: HTMLInputElement; output: HTMLElement } {
  root.innerHTML = baselinePolicy.createHTML(`<input type="search" class="control"><div></div>`) as unknown as string;
  const input = root.querySelector('input')!;
  const output = root.querySelector('div')!;
  const render = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    const matches = rows.filter((_, index) => words.every((word) => texts[index].includes(word)));
    (output as unknown as { innerHTML: unknown }).innerHTML = baselinePolicy.createHTML(markup(matches));
  };
  input.addEventListener('input', render);
  render();
  return { input, output };
}

/**
 * Types every query and erases it again, `rounds` times, in the widget's field and then in the
 * baseline's, timing each keystroke to the next painted frame; `filter` times the widget's own
 * filter alone on the same text. Both fields must hold the same text after every key.
 */
export async function measureTyping(options: {
  input: HTMLInputElement;
  settled: () => Promise<unknown>;
  baselineInput: HTMLInputElement;
  queries: string[];
  rounds: number;
  filter: (text: string) => unknown;
}): Promise<{ element: number[]; elementScript: number[]; baseline: number[]; filterOnly: number[] }> {
  const samples = { element: [] as number[], elementScript: [] as number[], baseline: [] as number[], filterOnly: [] as number[] };
  for (let round = 0; round < options.rounds; round++) {
    for (const key of keystrokes(options.queries)) {
      const mine = await timeKeystroke(options.input, key, options.settled);
      samples.element.push(mine.total);
      samples.elementScript.push(mine.script);
      samples.baseline.push((await timeKeystroke(options.baselineInput, key)).total);
      expect(options.baselineInput.value).to.equal(options.input.value);
      const start = performance.now();
      options.filter(options.input.value);
      samples.filterOnly.push(performance.now() - start);
    }
  }
  return samples;
}
