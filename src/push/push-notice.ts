/**
 * Reading a pushed payload in the service worker (service-worker.ts): only a known kind, short words
 * and an http(s) inbox link are used; anything else gets a plain, generic notice, because a push must
 * always show something.
 */
const KINDS = ['request-waiting', 'request-due-soon', 'request-overdue'];
export const GENERIC_NOTICE = { title: 'Peer support', body: 'A peer support request may be waiting. Open your inbox to see.' };

export interface ShownNotice {
  title: string;
  body: string;
  inboxUrl?: string;
}

export function noticeFromPayload(text: string | undefined): ShownNotice {
  let payload: unknown;
  try {
    payload = JSON.parse(text ?? '');
  } catch {
    return GENERIC_NOTICE;
  }
  if (typeof payload !== 'object' || payload === null) return GENERIC_NOTICE;
  const fields = payload as Record<string, unknown>;
  if (!KINDS.includes(fields.kind as string)) return GENERIC_NOTICE;
  const inboxUrl = httpUrl(fields.inboxUrl);
  const short = (value: unknown, limit: number) => (typeof value === 'string' && value.trim() && value.length <= limit ? value : undefined);
  const title = short(fields.title, 120);
  const body = short(fields.body, 300);
  if (!title || !body) return { ...GENERIC_NOTICE, inboxUrl };
  return { title, body, inboxUrl };
}

export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
