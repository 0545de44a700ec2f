/**
 * The only way a URL from a server, a file or a person becomes an `href` or `src`.
 *
 * Allowed: `https:`; `http:` on localhost only; `mailto:`, `tel:`, `sms:`; relative URLs that stay on
 * this page's origin. Everything else (`javascript:`, `data:`, `vbscript:`, `file:`, `blob:`,
 * protocol-relative `//host`, unparseable input) gives `undefined`, and the caller renders plain text.
 *
 * The check runs on what the browser's own URL parser makes of the input, so tricks it would undo
 * (mixed case, leading control characters, tabs or newlines inside the scheme) cannot slip past, and
 * the normalized `href` it returns is exactly what was checked.
 */
import type { ChannelKind } from './contract.js';

const ALWAYS_ALLOWED = new Set(['https:', 'mailto:', 'tel:', 'sms:']);
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_URL_LENGTH = 4096;
// A scheme at the start, after what the URL parser strips: leading C0 controls/space, and tabs/newlines anywhere.
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// eslint-disable-next-line no-control-regex
const STRIPPED_BY_PARSER = /[\u0000-\u0020]/g;

function pageBase(): string {
  return globalThis.location?.href ?? 'https://invalid.invalid/';
}

export function safeUrl(input: unknown, base: string = pageBase()): string | undefined {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_URL_LENGTH) return undefined;
  const compact = input.replace(STRIPPED_BY_PARSER, '');
  // `//evil.example` and `\\evil.example` would leave this origin while looking relative.
  if (/^[\\/]{2}/.test(compact)) return undefined;
  let url: URL;
  let baseUrl: URL;
  try {
    baseUrl = new URL(base);
    url = new URL(input, baseUrl);
  } catch {
    return undefined;
  }
  if (ALWAYS_ALLOWED.has(url.protocol)) return url.href;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url.href;
  const isRelative = !HAS_SCHEME.test(compact);
  if (isRelative && url.origin === baseUrl.origin && (url.protocol === 'http:' || url.protocol === 'https:')) return url.href;
  return undefined;
}

/** `tel:` link for a phone number as people write it ("(555) 010-0199", "988"). */
export function telUrl(phone: unknown): string | undefined {
  if (typeof phone !== 'string') return undefined;
  const digits = phone.replace(/[^\d+*#]/g, '');
  return digits ? safeUrl(`tel:${digits}`) : undefined;
}

/** `sms:` link for a number that takes texts. */
export function smsUrl(phone: unknown, body?: string): string | undefined {
  if (typeof phone !== 'string') return undefined;
  const digits = phone.replace(/[^\d+]/g, '');
  if (!digits) return undefined;
  return safeUrl(`sms:${digits}${body ? `?body=${encodeURIComponent(body)}` : ''}`);
}

/** `mailto:` link for something that looks like one email address, nothing more. */
export function mailtoUrl(address: unknown): string | undefined {
  if (typeof address !== 'string' || !/^[^\s@,;?&<>"'/\\]+@[^\s@,;?&<>"'/\\]+\.[^\s@,;?&<>"'/\\]+$/.test(address)) return undefined;
  return safeUrl(`mailto:${address}`);
}

/**
 * The link for one way to reach someone: phone → `tel:`, text → `sms:`, email → `mailto:`, video →
 * the meeting address through `safeUrl`. `undefined` when the value cannot be a safe link; the caller
 * then shows it as plain text. Every card, inbox and listing that links a channel goes through here.
 */
export function channelHref(channel: { kind: ChannelKind; value: string }): string | undefined {
  switch (channel.kind) {
    case 'phone':
      return telUrl(channel.value);
    case 'text':
      return smsUrl(channel.value);
    case 'email':
      return mailtoUrl(channel.value);
    case 'video':
      return safeUrl(channel.value);
  }
}
