/**
 * Schema migrations, applied in order inside one transaction; `PRAGMA user_version` records how
 * many have run. Append only: never edit a migration that has shipped.
 */
export const migrations = [
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
];
