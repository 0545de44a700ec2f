/**
 * Schema migrations, applied in order inside one transaction. SQLite records how many have run in
 * `PRAGMA user_version`, PostgreSQL in the `schema_version` table (postgres.ts). Append only: never
 * edit a migration that has shipped.
 *
 * The same text serves both dialects: every statement here is plain SQL both accept (TEXT and
 * INTEGER columns, ISO 8601 timestamps as text, partial indexes, `ADD COLUMN`). A future migration
 * that needs different words per dialect is written as `{ sqlite, postgres }`.
 */
export type Migration = string | { sqlite: string; postgres: string };

/** The text of a migration for one dialect. */
export const migrationText = (migration: Migration, dialect: 'sqlite' | 'postgres') => (typeof migration === 'string' ? migration : migration[dialect]);

export const migrations: Migration[] = [
  `
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  CREATE TABLE supporters (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    pronouns TEXT,
    role TEXT,
    team TEXT,
    photo_url TEXT,
    bio TEXT,
    experiences TEXT NOT NULL DEFAULT '[]',
    languages TEXT NOT NULL DEFAULT '[]',
    channels TEXT NOT NULL DEFAULT '[]',
    availability_status TEXT NOT NULL CHECK (availability_status IN ('available', 'busy', 'on-break', 'off-duty')),
    availability_since TEXT NOT NULL,
    availability_until TEXT,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE resources (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    document TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  -- Identifying fields (name, channel, best times, message, preferences) are separate nullable
  -- columns so that closing a request can erase them and leave only the anonymous tally.
  CREATE TABLE requests (
    id TEXT PRIMARY KEY,
    body_hash TEXT NOT NULL,
    supporter_id TEXT REFERENCES supporters (id) ON DELETE SET NULL,
    urgency TEXT NOT NULL,
    name TEXT,
    channel_kind TEXT,
    channel_value TEXT,
    best_times TEXT,
    message TEXT,
    preferences TEXT,
    referral INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'received',
    received_at TEXT NOT NULL,
    respond_by TEXT NOT NULL
  );
  `,
  // The supporter side: accounts signed in by one-time links, sessions, the inbox's workflow on
  // requests, and anonymous contact tallies (ISO week only, nothing that identifies anyone).
  `
  CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('supporter', 'coordinator')),
    supporter_id TEXT REFERENCES supporters (id) ON DELETE SET NULL,
    display_name TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE sign_in_links (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL,
    used_at TEXT
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  ALTER TABLE requests ADD COLUMN claimed_by TEXT REFERENCES accounts (id) ON DELETE SET NULL;
  ALTER TABLE requests ADD COLUMN contacted_at TEXT;
  ALTER TABLE requests ADD COLUMN closed_at TEXT;
  ALTER TABLE requests ADD COLUMN erase_after TEXT;
  ALTER TABLE requests ADD COLUMN erased_at TEXT;
  CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    body_hash TEXT NOT NULL,
    iso_week TEXT NOT NULL,
    kind TEXT NOT NULL,
    origin TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    people INTEGER NOT NULL,
    topics TEXT NOT NULL,
    referred_to TEXT NOT NULL
  );
  `,
  // Confidentiality in operations: accounts can be disabled (revoked, or their supporter left the
  // roster); a request remembers the requester's team when they asked for "not my team", and why it
  // came back to the team; a contact log can mark a first contact, so stats can tell contacts from
  // people. Rows erased under the older, looser rules are erased again under the strict ones.
  `
  ALTER TABLE accounts ADD COLUMN disabled_at TEXT;
  ALTER TABLE requests ADD COLUMN requester_team TEXT;
  ALTER TABLE requests ADD COLUMN returned_reason TEXT;
  ALTER TABLE contacts ADD COLUMN first_contact INTEGER NOT NULL DEFAULT 0;
  UPDATE requests SET erased_at = NULL WHERE erased_at IS NOT NULL;
  CREATE INDEX requests_by_closed ON requests (closed_at, received_at);
  CREATE INDEX sessions_by_account ON sessions (account_id);
  CREATE INDEX sign_in_links_by_account ON sign_in_links (account_id);
  CREATE INDEX accounts_by_supporter ON accounts (supporter_id);
  `,
  // Erasure: an erased request keeps only its id, urgency, referral flag and ISO weeks; no body hash,
  // no supporter or account, no exact times. Rows erased under the looser rules (which kept those) are
  // erased again by the next sweep under the strict ones.
  `
  -- Erasure: reset rows erased under the looser rules; the next sweep erases them under the strict ones.
  UPDATE requests SET erased_at = NULL WHERE erased_at IS NOT NULL;
  CREATE INDEX IF NOT EXISTS requests_to_erase ON requests (erase_after) WHERE closed_at IS NOT NULL AND erased_at IS NULL;
  `,
  // Several instances on one database: abuse-limit counters they share (a keyed hash of the client
  // key, never the key itself, per fixed window), and an index for the inbox's keyset paging over open
  // requests (each planner takes a different one to read pages in order without sorting: SQLite the
  // three columns, PostgreSQL a partial index on open requests only), and one for the cap on open
  // requests per contact value, which is checked on every new request.
  {
    sqlite: `
  CREATE TABLE rate_limits (
    key_hash TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (key_hash, window_start)
  );
  CREATE INDEX rate_limits_by_window ON rate_limits (window_start);
  CREATE INDEX requests_open_by_received ON requests (closed_at, received_at, id);
  -- The cap on open requests per contact value (server/limits.ts) counts through this, not a scan of every open request.
  CREATE INDEX requests_open_by_contact ON requests (channel_value) WHERE closed_at IS NULL;
  `,
    postgres: `
  -- Unlogged: counters are not worth a synced write per request, and a crash only resets them.
  CREATE UNLOGGED TABLE rate_limits (
    key_hash TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (key_hash, window_start)
  );
  CREATE INDEX rate_limits_by_window ON rate_limits (window_start);
  CREATE INDEX requests_open_by_received ON requests (received_at, id) WHERE closed_at IS NULL;
  -- The cap on open requests per contact value (server/limits.ts) counts through this, not a scan of every open request.
  CREATE INDEX requests_open_by_contact ON requests (channel_value) WHERE closed_at IS NULL;
  `,
  },
  // Telling supporters (server/notify): each account's Web Push subscriptions (deleted with the
  // account, when the push service forgets one, and when the account is disabled), an optional e-mail
  // address to be told at, and, per request, when the due-soon and overdue notices went out, so that
  // several instances and repeated sweeps send each of them once (a conditional UPDATE claims it).
  `
  CREATE TABLE push_subscriptions (
    endpoint TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    p256dh TEXT NOT NULL,
    auth TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX push_subscriptions_by_account ON push_subscriptions (account_id);
  ALTER TABLE accounts ADD COLUMN email TEXT;
  ALTER TABLE requests ADD COLUMN due_soon_notified_at TEXT;
  ALTER TABLE requests ADD COLUMN overdue_notified_at TEXT;
  `,
  // Urgency sets the clock and "couldn't reach them" (server/respond-by.ts): the inbox reads open
  // requests soonest respond-by first through a new index (the received-order one goes), and a request
  // counts its tries without an answer, with the last one cut to the hour and the next one planned.
  // `attempts` is NULL until someone tries, and erasure empties all three.
  {
    sqlite: `
  ALTER TABLE requests ADD COLUMN attempts INTEGER;
  ALTER TABLE requests ADD COLUMN last_attempt_at TEXT;
  ALTER TABLE requests ADD COLUMN next_attempt_at TEXT;
  DROP INDEX IF EXISTS requests_open_by_received;
  CREATE INDEX requests_open_by_respond_by ON requests (closed_at, respond_by, id);
  `,
    postgres: `
  ALTER TABLE requests ADD COLUMN attempts INTEGER;
  ALTER TABLE requests ADD COLUMN last_attempt_at TEXT;
  ALTER TABLE requests ADD COLUMN next_attempt_at TEXT;
  DROP INDEX IF EXISTS requests_open_by_received;
  CREATE INDEX requests_open_by_respond_by ON requests (respond_by, id) WHERE closed_at IS NULL;
  `,
  },
  // "I need to talk this through": a supporter's own request to a fellow supporter travels the same path,
  // marked so that whoever reads it knows who is asking. Erasure clears it: in a small team, "a supporter asked
  // for help in week 48" can point at one person.
  `
  ALTER TABLE requests ADD COLUMN peer_to_peer INTEGER;
  `,
];
