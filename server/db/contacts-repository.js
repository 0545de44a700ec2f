/** The only code that reads or writes anonymous contact tallies. */
export class ContactsRepository {
    constructor(db) {
        this.db = db;
        this.insertStatement = db.prepare('INSERT INTO contacts (id, body_hash, iso_week, kind, origin, duration_minutes, people, topics, referred_to, first_contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
        this.everyContact = db.prepare('SELECT id, iso_week, kind, origin, duration_minutes, people, topics, referred_to, first_contact FROM contacts').raw(true);
    }
    findHash(id) {
        return this.db.prepare('SELECT body_hash FROM contacts WHERE id = ?').get(id)?.body_hash;
    }
    insert(contact, bodyHash) {
        this.insertStatement.run(contact.id, bodyHash, contact.week, contact.kind, contact.origin, contact.durationMinutes, contact.people, JSON.stringify(contact.topics), JSON.stringify(contact.referredTo), contact.firstContact ? 1 : 0);
    }
    /** Every contact, one at a time (the stats read the log in one pass without holding it all). */
    *each() {
        for (const [id, week, kind, origin, durationMinutes, people, topics, referredTo, firstContact] of this.everyContact.iterate()) {
            yield { id, week, kind, origin, durationMinutes, people, topics: JSON.parse(topics), referredTo: JSON.parse(referredTo), firstContact: firstContact === 1 };
        }
    }
    transaction(work) {
        return this.db.transaction(work).immediate();
    }
}
