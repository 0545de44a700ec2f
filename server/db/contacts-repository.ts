import type { Statement } from 'better-sqlite3';
import type { ContactLog } from '../../src/core/contract.js';
import type { Db } from './connection.js';

type ContactRow = [id: string, week: string, kind: ContactLog['kind'], origin: ContactLog['origin'], durationMinutes: number, people: number, topics: string, referredTo: string, firstContact: number];

/** The only code that reads or writes anonymous contact tallies. */
export class ContactsRepository {
  // Prepared once: inserting a large import or reading the whole log must not compile SQL per row.
  private readonly insertStatement: Statement;
  private readonly everyContact: Statement;

  constructor(private readonly db: Db) {
    this.insertStatement = db.prepare(
      'INSERT INTO contacts (id, body_hash, iso_week, kind, origin, duration_minutes, people, topics, referred_to, first_contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.everyContact = db.prepare('SELECT id, iso_week, kind, origin, duration_minutes, people, topics, referred_to, first_contact FROM contacts').raw(true);
  }

  findHash(id: string): string | undefined {
    return (this.db.prepare('SELECT body_hash FROM contacts WHERE id = ?').get(id) as { body_hash: string } | undefined)?.body_hash;
  }

  insert(contact: ContactLog, bodyHash: string): void {
    this.insertStatement.run(
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
    );
  }

  /** Every contact, one at a time (the stats read the log in one pass without holding it all). */
  *each(): Generator<ContactLog> {
    for (const [id, week, kind, origin, durationMinutes, people, topics, referredTo, firstContact] of this.everyContact.iterate() as IterableIterator<ContactRow>) {
      yield { id, week, kind, origin, durationMinutes, people, topics: JSON.parse(topics), referredTo: JSON.parse(referredTo), firstContact: firstContact === 1 };
    }
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }
}
