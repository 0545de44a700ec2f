// Shared by the benchmarks: medians, one frame measured in the same run, and the baseline's
// Trusted Types policy (the page allows only a policy named lit-html; the baseline markup is escaped).
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The median time between animation frames on this machine, now. */
export async function measureFrame() {
    const frames = [];
    let last = await new Promise((resolve) => requestAnimationFrame(resolve));
    for (let index = 0; index < 10; index++) {
        const now = await new Promise((resolve) => requestAnimationFrame(resolve));
        frames.push(now - last);
        last = now;
    }
    return median(frames);
}
export const baselinePolicy = window.trustedTypes.createPolicy('lit-html', {
    createHTML: (input) => input,
});
export const escape = (text) => String(text ?? '').replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
