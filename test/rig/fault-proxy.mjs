// A local proxy in front of the real reference server, mounted on the test runner's own origin at
// /proxy/. Tests inject faults here (status codes, SSO login pages, redirects, delays, dropped
// connections) instead of stubbing fetch, and read back what reached it (methods, Idempotency-Keys).
//   POST   /__faults   add a rule: { match, method?, times?, status?, headers?, body?, contentType?, delayMs?, drop?, dropResponse? }
//                      drop: close the connection before the server sees the request;
//                      dropResponse: let the server handle it, then close the connection (the answer is lost).
//   DELETE /__faults   clear rules and the log
//   GET    /__faults   { rules, log }; a log entry says `clientAborted` when the page gave up on the
//                      request (closed the connection) before the proxy answered it
const PROXY_PREFIX = '/proxy/';
const CONTROL_PATH = '/__faults';
const LOGGED_HEADERS = ['authorization', 'x-csrf-token', 'content-type', 'accept', 'x-tenant'];

export function createFaultProxy(getUpstream) {
  let rules = [];
  let log = [];

  function takeRule(method, path) {
    const rule = rules.find((candidate) => path.startsWith(candidate.match) && (!candidate.method || candidate.method === method));
    if (!rule) return undefined;
    if (rule.times !== undefined && --rule.times <= 0) rules = rules.filter((other) => other !== rule);
    return rule;
  }

  async function readBody(req) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  return async function faultProxy(ctx, next) {
    if (ctx.path === CONTROL_PATH) {
      ctx.set('Cache-Control', 'no-store');
      if (ctx.method === 'POST') {
        const rule = JSON.parse((await readBody(ctx.req)).toString('utf8'));
        rules.push(rule);
        ctx.status = 204;
      } else if (ctx.method === 'DELETE') {
        rules = [];
        log = [];
        ctx.status = 204;
      } else {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ rules, log });
      }
      return;
    }
    if (!ctx.path.startsWith(PROXY_PREFIX)) return next();

    const upstreamPath = ctx.url.slice(PROXY_PREFIX.length - 1); // keeps the leading slash and the query
    const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await readBody(ctx.req);
    const entry = {
      method: ctx.method,
      path: upstreamPath,
      idempotencyKey: ctx.get('Idempotency-Key') || undefined,
      headers: Object.fromEntries(LOGGED_HEADERS.filter((name) => ctx.get(name)).map((name) => [name, ctx.get(name)])),
      done: false,
    };
    log.push(entry);
    // A browser cancels a request in flight (AbortController) by closing its connection.
    ctx.res.once('close', () => {
      if (!ctx.res.writableFinished) entry.clientAborted = true;
    });
    try {
      await handle(ctx, upstreamPath, body);
    } finally {
      entry.done = true; // lets a test wait until an abandoned request has really reached the server
    }
  };

  async function handle(ctx, upstreamPath, body) {
    const rule = takeRule(ctx.method, upstreamPath);

    if (rule?.delayMs) await new Promise((resolve) => setTimeout(resolve, rule.delayMs));
    if (rule?.drop) {
      // A connection that dies without an answer: the browser's fetch rejects with a TypeError.
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (rule?.status) {
      ctx.status = rule.status;
      for (const [name, value] of Object.entries(rule.headers ?? {})) ctx.set(name, value);
      if (rule.body !== undefined) {
        ctx.type = rule.contentType ?? 'application/json';
        ctx.body = typeof rule.body === 'string' ? rule.body : JSON.stringify(rule.body);
      }
      return;
    }

    const headers = {};
    for (const [name, value] of Object.entries(ctx.headers)) {
      if (!['host', 'connection', 'content-length', 'origin', 'referer'].includes(name)) headers[name] = value;
    }
    const upstream = await fetch(new URL(upstreamPath, getUpstream()), { method: ctx.method, headers, body, redirect: 'manual' });
    if (rule?.dropResponse) {
      await upstream.arrayBuffer();
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    ctx.status = upstream.status;
    upstream.headers.forEach((value, name) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)) ctx.set(name, value);
    });
    ctx.body = Buffer.from(await upstream.arrayBuffer());
  }
}
