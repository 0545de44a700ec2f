import type { ContactLog } from '../../src/core/contract.js';
import { toSql } from './sql.js';
import type { Sql, SqlSource } from './sql.js';

interface ContactRow {
  id: string;
  iso_week: string;
  kind: ContactLog['kind'];
  origin: ContactLog['origin'];
  duration_minutes: number;
  people: number;
  topics: string;
  referred_to: string;
  first_contact: number;
}

/** Rows read per query when the stats walk the whole log (keyset paging on the primary key). */
const BATCH = 5_000;

/** The only code that reads or writes anonymous contact tallies. */
export class ContactsRepository {
  private readonly sql: Sql;

  constructor(source: SqlSource) {
    this.sql = toSql(source);
  }

  async findHash(id: string): Promise<string | undefined> {
    return (await this.sql.get<{ body_hash: string }>('SELECT body_hash FROM contacts WHERE id = ?', [id]))?.body_hash;
  }

  /** Stores the entry; false when an entry with this id is already stored (another request won the race). */
  async insert(contact: ContactLog, bodyHash: string): Promise<boolean> {
    const { changes } = await this.sql.run(
      `INSERT INTO contacts (id, body_hash, iso_week, kind, origin, duration_minutes, people, topics, referred_to, first_contact)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      [
        contact.id,
        bodyHash,
        contact.week,
        contact.kind,
        contact.origin,
        contact.durationMinutes,
        contact.people,
        JSON.stringify(contact.topics),
        JSON.stringify(contact.referredTo),
        contact.firstContact ? 1 : 0,
      ],
    );
    return changes > 0;
  }

  /** Every contact, in batches (the stats read the log in one pass without holding every row at once). */
  async *each(): AsyncGenerator<ContactLog> {
    let after = '';
    for (;;) {
      const rows = await this.sql.all<ContactRow>(
        'SELECT id, iso_week, kind, origin, duration_minutes, people, topics, referred_to, first_contact FROM contacts WHERE id > ? ORDER BY id LIMIT ?',
        [after, BATCH],
      );
      for (const row of rows) {
        yield {
          id: row.id,
          week: row.iso_week,
          kind: row.kind,
          origin: row.origin,
          durationMinutes: row.duration_minutes,
          people: row.people,
          topics: JSON.parse(row.topics),
          referredTo: JSON.parse(row.referred_to),
          firstContact: row.first_contact === 1,
        };
      }
      if (rows.length < BATCH) return;
      after = rows[rows.length - 1].id;
    }
  }

  /** Every contact as a list (for `publishStats`, which takes an iterable). */
  async all(): Promise<ContactLog[]> {
    const contacts: ContactLog[] = [];
    for await (const contact of this.each()) contacts.push(contact);
    return contacts;
  }
}
