import type { ContactLog } from '../../src/core/contract.js';
import type { Db } from './database.js';

/** The only code that reads or writes anonymous contact tallies. */
export class ContactsRepository {
  constructor(private readonly db: Db) {}

  findHash(id: string): string | undefined {
    return (this.db.prepare('SELECT body_hash FROM contacts WHERE id = ?').get(id) as { body_hash: string } | undefined)?.body_hash;
  }

  insert(contact: ContactLog, bodyHash: string): void {
    this.db
      .prepare('INSERT INTO contacts (id, body_hash, iso_week, kind, origin, duration_minutes, people, topics, referred_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(contact.id, bodyHash, contact.week, contact.kind, contact.origin, contact.durationMinutes, contact.people, JSON.stringify(contact.topics), JSON.stringify(contact.referredTo));
  }

  all(): ContactLog[] {
    const rows = this.db.prepare('SELECT id, iso_week, kind, origin, duration_minutes, people, topics, referred_to FROM contacts').all() as {
      id: string;
      iso_week: string;
      kind: ContactLog['kind'];
      origin: ContactLog['origin'];
      duration_minutes: number;
      people: number;
      topics: string;
      referred_to: string;
    }[];
    return rows.map((row) => ({
      id: row.id,
      week: row.iso_week,
      kind: row.kind,
      origin: row.origin,
      durationMinutes: row.duration_minutes,
      people: row.people,
      topics: JSON.parse(row.topics),
      referredTo: JSON.parse(row.referred_to),
    }));
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }
}
