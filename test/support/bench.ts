// Shared by the benchmarks: medians, one frame measured in the same run, and the baseline's
// Trusted Types policy (the page allows only a policy named lit-html; the baseline markup is escaped).

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
