import type { Supporter } from '../../src/core/contract.js';
import type { Db } from './connection.js';

interface SupporterRow {
  id: string;
  display_name: string;
  pronouns: string | null;
  role: string | null;
  team: string | null;
  photo_url: string | null;
  bio: string | null;
  experiences: string;
  languages: string;
  channels: string;
  availability_status: Supporter['availability']['status'];
  availability_since: string;
  availability_until: string | null;
  updated_at: string;
}

const optional = <T>(value: T | null) => value ?? undefined;

function toSupporter(row: SupporterRow): Supporter {
  return {
    id: row.id,
    displayName: row.display_name,
    pronouns: optional(row.pronouns),
    role: optional(row.role),
    team: optional(row.team),
    photoUrl: optional(row.photo_url),
    bio: optional(row.bio),
    experiences: JSON.parse(row.experiences),
    languages: JSON.parse(row.languages),
    channels: JSON.parse(row.channels),
    availability: {
      status: row.availability_status,
      since: row.availability_since,
      until: optional(row.availability_until),
    },
  };
}

/** The only code that reads or writes the `supporters` table. */
export class SupportersRepository {
  constructor(private readonly db: Db) {}

  list(): { items: Supporter[]; updatedAt?: string } {
    const rows = this.db.prepare('SELECT * FROM supporters ORDER BY display_name COLLATE NOCASE, id').all() as SupporterRow[];
    const updatedAt = rows.reduce<string | undefined>((latest, row) => (!latest || row.updated_at > latest ? row.updated_at : latest), undefined);
    return { items: rows.map(toSupporter), updatedAt };
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM supporters WHERE id = ?').get(id) !== undefined;
  }

  setAvailability(id: string, availability: Supporter['availability'], now: Date): void {
    this.db
      .prepare('UPDATE supporters SET availability_status = ?, availability_since = ?, availability_until = ?, updated_at = ? WHERE id = ?')
      .run(availability.status, availability.since, availability.until ?? null, now.toISOString(), id);
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM supporters').get() as { n: number }).n;
  }

  ids(): string[] {
    return (this.db.prepare('SELECT id FROM supporters').all() as { id: string }[]).map((row) => row.id);
  }

  /** The roster team of each id (for "not on my team"). */
  teams(): Map<string, string | undefined> {
    const rows = this.db.prepare('SELECT id, team FROM supporters').all() as { id: string; team: string | null }[];
    return new Map(rows.map((row) => [row.id, row.team ?? undefined]));
  }

  /**
   * Adds new supporters and updates existing ones by id, in place, so that requests and accounts
   * that point at them stay linked. A supporter's availability is theirs to set: an import keeps the
   * current one and uses the file's only for someone new. Call inside the caller's transaction.
   */
  upsert(supporters: Supporter[], now: Date): { added: number; updated: number } {
    const existing = new Set(this.ids());
    const write = this.db.prepare(`
      INSERT INTO supporters (id, display_name, pronouns, role, team, photo_url, bio, experiences, languages, channels,
        availability_status, availability_since, availability_until, updated_at)
      VALUES (@id, @displayName, @pronouns, @role, @team, @photoUrl, @bio, @experiences, @languages, @channels,
        @status, @since, @until, @updatedAt)
      ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, pronouns = excluded.pronouns, role = excluded.role,
        team = excluded.team, photo_url = excluded.photo_url, bio = excluded.bio, experiences = excluded.experiences,
        languages = excluded.languages, channels = excluded.channels, updated_at = excluded.updated_at`);
    let added = 0;
    for (const supporter of supporters) {
      if (!existing.has(supporter.id)) added++;
      write.run({
        id: supporter.id,
        displayName: supporter.displayName,
        pronouns: supporter.pronouns ?? null,
        role: supporter.role ?? null,
        team: supporter.team ?? null,
        photoUrl: supporter.photoUrl ?? null,
        bio: supporter.bio ?? null,
        experiences: JSON.stringify(supporter.experiences),
        languages: JSON.stringify(supporter.languages),
        channels: JSON.stringify(supporter.channels),
        status: supporter.availability.status,
        since: supporter.availability.since,
        until: supporter.availability.until ?? null,
        updatedAt: now.toISOString(),
      });
    }
    return { added, updated: supporters.length - added };
  }

  /** Removes supporters; the caller first hands their requests back and disables their accounts. */
  remove(ids: string[]): void {
    const remove = this.db.prepare('DELETE FROM supporters WHERE id = ?');
    for (const id of ids) remove.run(id);
  }
}
