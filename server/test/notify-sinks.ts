// Local stand-ins for what notices reach: an HTTP receiver (a webhook endpoint or a push service), an
// SMTP sink, and a browser's push keys. Each queues what arrives; `next()` resolves when one is there.
import { createECDH, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import { SMTPServer } from 'smtp-server';

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Items as they arrive, awaited one at a time (no sleeps: each `next()` resolves when one is there). */
export function queue<T>() {
  const items: T[] = [];
  const waiting: ((item: T) => void)[] = [];
  return {
    push(item: T) {
      const resolve = waiting.shift();
      if (resolve) resolve(item);
      else items.push(item);
    },
    next: (): Promise<T> => (items.length ? Promise.resolve(items.shift()!) : new Promise<T>((resolve) => waiting.push(resolve))),
    get size() {
      return items.length;
    },
  };
}

/** A local HTTP receiver (webhook or push service) that queues each request and answers `status()`. */
export async function receiver(status: () => number = () => 201) {
  const received = queue<{ headers: IncomingMessage['headers']; body: Buffer; url: string }>();
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    response.writeHead(status()).end();
    received.push({ headers: request.headers, body, url: request.url ?? '' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { received, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function smtpSink() {
  const messages = queue<{ to: string[]; raw: string }>();
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((address) => address.address), raw: Buffer.concat(chunks).toString() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => sink.close(() => resolve())));
  return { messages, url: `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}` };
}

/** A browser's push keys, to subscribe with and to decrypt what the push service received. */
export function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16).toString('base64url');
  return { ecdh, keys: { p256dh: ecdh.getPublicKey('base64url'), auth } };
}

