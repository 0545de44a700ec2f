import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COORDINATOR_READS } from '../src/core/contract.js';
import type { CoordinatorReads } from '../src/core/contract.js';
import { DEFAULT_LIMITS } from './limits.js';
import type { LimitSettings } from './limits.js';
import { statsSettingsFromEnvironment } from './stats.js';
import { DEFAULT_MAX_ATTEMPTS, respondHoursFrom, respondHoursProblems } from './respond-by.js';
import type { RespondHours } from './respond-by.js';
import { readNotifySettings } from './notify/index.js';
import type { NotifySettings } from './notify/index.js';

/** Settings read from the environment, shared by the server and the CLIs. */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const databaseFile = () => process.env.DB_FILE ?? join(repositoryRoot, 'data', 'peer-support.db');
/** `SAMPLE_DATA=0` keeps a new database empty: no fictional roster, accounts or contacts. */
export const sampleDataWanted = () => process.env.SAMPLE_DATA !== '0';

/** How the HTTP server guards its connections (server/app.ts). */
export interface ConnectionSettings {
  /** Longest time to receive one whole request, headers and body (a body sent a byte at a time is cut off). */
  requestTimeoutMs: number;
  /** Longest time to receive a request's headers. */
  headersTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Open connections at most; more are closed at once. */
  maxConnections: number;
}

export const DEFAULT_CONNECTIONS: ConnectionSettings = { requestTimeoutMs: 30_000, headersTimeoutMs: 10_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_000 };

/** What server/main.ts starts with: every environment variable the server reads, checked. */
export interface ServerSettings {
  production: boolean;
  port: number;
  host: string;
  dbFile: string;
  /** `postgres://…`: PostgreSQL instead of the SQLite file. */
  databaseUrl?: string;
  /** PostgreSQL: connections in the pool. */
  poolSize: number;
  allowedOrigins: string[];
  /** Hours to get in touch per urgency (RESPOND_HOURS_TODAY, _FEW_DAYS, _NO_RUSH; RESPONSE_WINDOW_HOURS is the older name of _FEW_DAYS). */
  respondHours: RespondHours;
  /** Tries without an answer before a request goes back (MAX_ATTEMPTS). */
  maxAttempts: number;
  coordinatorReads: CoordinatorReads;
  confidentialityNotes?: string[];
  logger: boolean;
  eraseAfterMinutes: number;
  secureCookies: boolean;
  contactWeeksBack: number;
  statsReaders: 'coordinators' | 'signed-in';
  trustProxy: false | number | string[];
  limits: LimitSettings;
  limitKeySecret?: string;
  connections: ConnectionSettings;
  maxDatabaseBytes: number;
  publicDirs: string[];
  /** Telling supporters: NOTIFY_* (server/notify/index.ts). */
  notify: NotifySettings;
}

type Env = Record<string, string | undefined>;

/**
 * Reads and checks the settings. Every problem is collected (not only the first), each naming the
 * variable, what it holds and what it should hold, so one look at the output fixes them all.
 * `production` (`npm run serve`) also refuses sample data, cookies without `Secure` and a missing build.
 */
export function readSettings(env: Env, production: boolean, root = repositoryRoot): { settings?: ServerSettings; errors: string[] } {
  const errors: string[] = [];
  const text = (name: string) => env[name]?.trim() || undefined;
  const integer = (name: string, fallback: number, min: number, max: number, unit = ''): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      errors.push(`${name} must be a whole number from ${min} to ${max}${unit} (it is "${raw}").`);
      return fallback;
    }
    return Number(raw);
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    if (raw !== '0' && raw !== '1') errors.push(`${name} must be 0 or 1 (it is "${raw}").`);
    return raw === undefined ? fallback : raw === '1';
  };

  const port = integer('PORT', 8787, 0, 65535);
  // Never quoted back: the URL holds the database password.
  const databaseUrl = text('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/./.test(databaseUrl)) errors.push('DATABASE_URL must be a postgres:// (or postgresql://) URL; leave it unset for SQLite, which uses DB_FILE.');
  const poolSize = integer('PG_POOL_SIZE', 10, 1, 1000);
  const host = text('HOST') ?? '127.0.0.1';

  const allowedOrigins = (env.ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of allowedOrigins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol)) {
      errors.push(`ALLOWED_ORIGINS: "${origin}" is not an origin. Write scheme and host (and port), comma-separated, with no path or trailing slash, e.g. https://intranet.example.org,https://hr.example.org.`);
    }
  }

  const coordinatorReads = text('COORDINATOR_READS') ?? 'none';
  if (!(COORDINATOR_READS as readonly string[]).includes(coordinatorReads)) errors.push(`COORDINATOR_READS must be one of ${COORDINATOR_READS.join(', ')} (it is "${coordinatorReads}").`);

  let confidentialityNotes: string[] | undefined;
  const notesFile = text('CONFIDENTIALITY_NOTES_FILE');
  if (notesFile) {
    try {
      confidentialityNotes = readFileSync(notesFile, 'utf8').split(/\r?\n\s*\r?\n/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, 10).map((paragraph) => paragraph.slice(0, 600));
    } catch (error) {
      errors.push(`Could not read CONFIDENTIALITY_NOTES_FILE ${notesFile}: ${(error as Error).message}`);
    }
  }

  let stats: ReturnType<typeof statsSettingsFromEnvironment> = { contactWeeksBack: 2, statsReaders: 'coordinators' };
  try {
    stats = statsSettingsFromEnvironment(env);
  } catch (error) {
    errors.push((error as Error).message);
  }

  const trustProxy = trustProxySetting(text('TRUST_PROXY'), errors);

  const perClientWindow = 10 * 60_000;
  const limits: LimitSettings = {
    requestsPerClient: { max: integer('LIMIT_REQUESTS_PER_CLIENT', DEFAULT_LIMITS.requestsPerClient.max, 0, 1_000_000), windowMs: perClientWindow },
    requestsOverall: { max: integer('LIMIT_REQUESTS_PER_MINUTE', DEFAULT_LIMITS.requestsOverall.max, 0, 10_000_000), windowMs: 60_000 },
    signInPerClient: { max: integer('LIMIT_SIGN_IN_PER_CLIENT', DEFAULT_LIMITS.signInPerClient.max, 0, 1_000_000), windowMs: perClientWindow },
    signInOverall: { max: integer('LIMIT_SIGN_IN_PER_MINUTE', DEFAULT_LIMITS.signInOverall.max, 0, 10_000_000), windowMs: 60_000 },
    openRequestsPerContact: integer('LIMIT_OPEN_PER_CONTACT', DEFAULT_LIMITS.openRequestsPerContact, 0, 1_000),
  };
  const limitKeySecret = text('LIMIT_KEY_SECRET');
  if (limitKeySecret !== undefined && limitKeySecret.length < 32) errors.push('LIMIT_KEY_SECRET must be at least 32 characters (e.g. the output of `openssl rand -base64 32`), or unset.');

  const connections: ConnectionSettings = {
    requestTimeoutMs: integer('REQUEST_TIMEOUT_SECONDS', DEFAULT_CONNECTIONS.requestTimeoutMs / 1000, 1, 3600, ' seconds') * 1000,
    headersTimeoutMs: integer('HEADERS_TIMEOUT_SECONDS', DEFAULT_CONNECTIONS.headersTimeoutMs / 1000, 1, 3600, ' seconds') * 1000,
    keepAliveTimeoutMs: integer('KEEP_ALIVE_TIMEOUT_SECONDS', DEFAULT_CONNECTIONS.keepAliveTimeoutMs / 1000, 1, 3600, ' seconds') * 1000,
    maxConnections: integer('MAX_CONNECTIONS', DEFAULT_CONNECTIONS.maxConnections, 1, 1_000_000),
  };
  if (connections.headersTimeoutMs > connections.requestTimeoutMs) errors.push('HEADERS_TIMEOUT_SECONDS must not be longer than REQUEST_TIMEOUT_SECONDS.');

  // Urgency sets the clock (server/respond-by.ts). RESPONSE_WINDOW_HOURS, the older single setting,
  // still works: it stands for "in the next few days", and the other two keep their order around it.
  const hourSetting = (name: string) => (text(name) === undefined ? undefined : integer(name, 0, 1, 24 * 30, ' hours'));
  const responseWindowHours = hourSetting('RESPONSE_WINDOW_HOURS');
  const given = { today: hourSetting('RESPOND_HOURS_TODAY'), 'few-days': hourSetting('RESPOND_HOURS_FEW_DAYS'), 'no-rush': hourSetting('RESPOND_HOURS_NO_RUSH') };
  if (responseWindowHours && given['few-days'] && responseWindowHours !== given['few-days']) {
    errors.push(
      `RESPONSE_WINDOW_HOURS (${responseWindowHours}) is the older name of RESPOND_HOURS_FEW_DAYS (${given['few-days']}), and they differ. Keep RESPOND_HOURS_FEW_DAYS and unset RESPONSE_WINDOW_HOURS.`,
    );
  }
  const usable = (hours: number | undefined) => (hours ? hours : undefined); // 0: already reported as out of range
  const respondHours = respondHoursFrom({ today: usable(given.today), 'few-days': usable(given['few-days']), 'no-rush': usable(given['no-rush']) }, usable(responseWindowHours));
  errors.push(...respondHoursProblems(respondHours, { today: 'RESPOND_HOURS_TODAY', 'few-days': 'RESPOND_HOURS_FEW_DAYS', 'no-rush': 'RESPOND_HOURS_NO_RUSH' }));
  const maxAttempts = integer('MAX_ATTEMPTS', DEFAULT_MAX_ATTEMPTS, 1, 20, ' tries');
  const eraseAfterMinutes = integer('ERASE_AFTER_MINUTES', 0, 0, 60 * 24 * 365, ' minutes');
  const maxDatabaseBytes = integer('DB_MAX_SIZE_MB', 0, 0, 1_000_000, ' MB (0: no cap)') * 1024 * 1024;
  const secureCookies = flag('SECURE_COOKIES', true);
  const logger = flag('LOG', true);
  const sampleData = flag('SAMPLE_DATA', !production);

  const notify = readNotifySettings(env, errors);

  const dist = join(root, 'dist');
  if (production) {
    if (sampleData) errors.push('SAMPLE_DATA=1 is for the demo (npm start); a production server starts with an empty roster. Unset it.');
    if (!secureCookies) errors.push('SECURE_COOKIES=0 is for a plain-http demo only; in production the session cookie must be Secure (terminate TLS at the server or the reverse proxy).');
    // The counters are in PostgreSQL, shared; a client's key must be the same on every instance too.
    if (databaseUrl && !limitKeySecret) errors.push('LIMIT_KEY_SECRET must be set with DATABASE_URL, to the same value on every instance, so that they count a client as one (e.g. the output of `openssl rand -base64 32`).');
    if (!existsSync(join(dist, 'peer-support.js'))) errors.push(`There is no build in ${dist}: run \`npm run build\` first (the server serves the widgets from it).`);
  }

  if (errors.length) return { errors };
  return {
    errors,
    settings: {
      production,
      port,
      host,
      dbFile: text('DB_FILE') ?? join(root, 'data', 'peer-support.db'),
      ...(databaseUrl ? { databaseUrl } : {}),
      poolSize,
      allowedOrigins,
      respondHours,
      maxAttempts,
      coordinatorReads: coordinatorReads as CoordinatorReads,
      ...(confidentialityNotes ? { confidentialityNotes } : {}),
      logger,
      eraseAfterMinutes,
      secureCookies,
      ...stats,
      trustProxy,
      limits,
      ...(limitKeySecret ? { limitKeySecret } : {}),
      connections,
      maxDatabaseBytes,
      // The demo pages only with the demo; production serves the build alone.
      publicDirs: production ? [dist] : [dist, join(root, 'demo')],
      notify,
    },
  };
}

/**
 * TRUST_PROXY: unset or 0, the connection's own address is the client; a number n, the n reverse
 * proxies in front of the server are trusted (the client is n hops back in X-Forwarded-For); or
 * comma-separated addresses and CIDR ranges of the proxies (also `loopback`, `linklocal`, `uniquelocal`).
 * `true` (trust every hop) is refused: anyone could then choose their own address and dodge the limits.
 */
function trustProxySetting(raw: string | undefined, errors: string[]): false | number | string[] {
  if (raw === undefined || raw === '0' || raw === 'false') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  const bad = entries.filter((entry) => {
    if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return false;
    const [address, bits, extra] = entry.split('/');
    if (extra !== undefined || !isIP(address)) return true;
    return bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
  });
  if (raw === 'true' || bad.length || !entries.length) {
    errors.push(
      `TRUST_PROXY must be 0, the number of reverse proxies in front of the server (e.g. 1), or their addresses or CIDR ranges, comma-separated (e.g. 10.0.0.5,10.1.0.0/16); it is "${raw}". "true" is not accepted: it would let any client choose its own address.`,
    );
    return false;
  }
  return entries;
}
