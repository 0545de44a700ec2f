import { randomBytes } from 'node:crypto';
import { bundleOrigin } from './bundle-origin.mjs';

// Every test page is served under a strict Content-Security-Policy with Trusted Types, so each
// element is proven to work on a locked-down intranet page from its first test. Only the test
// runner's own bootstrap scripts get the per-response nonce; the library never needs one.
export function strictCsp(getApiOrigin) {
  return async function strictCspMiddleware(ctx, next) {
    await next();
    const isTestPage = ctx.path === '/' && ctx.query['wtr-session-id'] && ctx.response.is('html');
    if (!isTestPage) return;
    const nonce = randomBytes(16).toString('base64');
    let html = typeof ctx.body === 'string' ? ctx.body : await streamToString(ctx.body);
    html = html.replace(/<script\b/g, `<script nonce="${nonce}"`);
    ctx.body = html;
    ctx.set(
      'Content-Security-Policy',
      [
        "default-src 'self'",
        // The built bundle on a CDN-like origin of its own (test/bundle/three-origins.test.ts), as an intranet allows it.
        `script-src 'self' 'nonce-${nonce}' ${bundleOrigin()}`,
        "style-src 'self'",
        // Photos come from the API's origin (a roster's `/photos/…` paths are the API's), as on an intranet page.
        `img-src 'self' data: ${getApiOrigin()}`,
        `connect-src 'self' ${getApiOrigin()}`,
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "require-trusted-types-for 'script'",
        // peer-support-sw: <peer-notifications> registers the notices' service worker through it.
        "trusted-types lit-html peer-support-sw 'allow-duplicates'",
      ].join('; '),
    );
  };
}

async function streamToString(body) {
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
