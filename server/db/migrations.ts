/**
 * Schema migrations, applied in order inside one transaction; `PRAGMA user_version` records how
 * many have run. Append only: never edit a migration that has shipped.
 */
export const migrations: string[] = [
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
];
