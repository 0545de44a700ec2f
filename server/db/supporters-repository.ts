import type { Supporter } from '../../src/core/contract.js';
import { caseless, toSql } from './sql.js';
import type { Sql, SqlSource } from './sql.js';

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
  private readonly sql: Sql;

  constructor(source: SqlSource) {
    this.sql = toSql(source);
  }

  async list(): Promise<{ items: Supporter[]; updatedAt?: string }> {
    const rows = await this.sql.all<SupporterRow>(`SELECT * FROM supporters ORDER BY ${caseless(this.sql, 'display_name')}, id`);
    const updatedAt = rows.reduce<string | undefined>((latest, row) => (!latest || row.updated_at > latest ? row.updated_at : latest), undefined);
    return { items: rows.map(toSupporter), updatedAt };
  }

  async exists(id: string): Promise<boolean> {
    return (await this.sql.get('SELECT 1 AS one FROM supporters WHERE id = ?', [id])) !== undefined;
  }

  async setAvailability(id: string, availability: Supporter['availability'], now: Date): Promise<void> {
    await this.sql.run('UPDATE supporters SET availability_status = ?, availability_since = ?, availability_until = ?, updated_at = ? WHERE id = ?', [
      availability.status,
      availability.since,
      availability.until ?? null,
      now.toISOString(),
      id,
    ]);
  }

  async count(): Promise<number> {
    return (await this.sql.get<{ n: number }>('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM supporters'))!.n;
  }

  async ids(): Promise<string[]> {
    return (await this.sql.all<{ id: string }>('SELECT id FROM supporters')).map((row) => row.id);
  }

  /** The roster team of each id (for "not on my team"). */
  async teams(): Promise<Map<string, string | undefined>> {
    const rows = await this.sql.all<{ id: string; team: string | null }>('SELECT id, team FROM supporters');
    return new Map(rows.map((row) => [row.id, row.team ?? undefined]));
  }

  /** The roster team of one id. */
  async teamOf(id: string): Promise<string | undefined> {
    return (await this.sql.get<{ team: string | null }>('SELECT team FROM supporters WHERE id = ?', [id]))?.team ?? undefined;
  }

  /**
   * Adds new supporters and updates existing ones by id, in place, so that requests and accounts
   * that point at them stay linked. A supporter's availability is theirs to set: an import keeps the
   * current one and uses the file's only for someone new. Call inside the caller's transaction.
   */
  async upsert(supporters: Supporter[], now: Date): Promise<{ added: number; updated: number }> {
    const existing = new Set(await this.ids());
    let added = 0;
    for (const supporter of supporters) {
      if (!existing.has(supporter.id)) added++;
      await this.sql.run(
        `INSERT INTO supporters (id, display_name, pronouns, role, team, photo_url, bio, experiences, languages, channels,
           availability_status, availability_since, availability_until, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, pronouns = excluded.pronouns, role = excluded.role,
           team = excluded.team, photo_url = excluded.photo_url, bio = excluded.bio, experiences = excluded.experiences,
           languages = excluded.languages, channels = excluded.channels, updated_at = excluded.updated_at`,
        [
          supporter.id,
          supporter.displayName,
          supporter.pronouns ?? null,
          supporter.role ?? null,
          supporter.team ?? null,
          supporter.photoUrl ?? null,
          supporter.bio ?? null,
          JSON.stringify(supporter.experiences),
          JSON.stringify(supporter.languages),
          JSON.stringify(supporter.channels),
          supporter.availability.status,
          supporter.availability.since,
          supporter.availability.until ?? null,
          now.toISOString(),
        ],
      );
    }
    return { added, updated: supporters.length - added };
  }

  /** Removes supporters; the caller first hands their requests back and disables their accounts. */
  async remove(ids: string[]): Promise<void> {
    for (const id of ids) await this.sql.run('DELETE FROM supporters WHERE id = ?', [id]);
  }
}
