/** The only code that reads or writes the `resources` table. A listing is kept whole as JSON. */
export class ResourcesRepository {
    constructor(db) {
        this.db = db;
    }
    /** Crisis lines first, then by name. */
    list() {
        const rows = this.db
            .prepare(`SELECT document, updated_at FROM resources ORDER BY category <> 'crisis-line', name COLLATE NOCASE, id`)
            .all();
        const updatedAt = rows.reduce((latest, row) => (!latest || row.updated_at > latest ? row.updated_at : latest), undefined);
        return { items: rows.map((row) => JSON.parse(row.document)), updatedAt };
    }
    count() {
        return this.db.prepare('SELECT COUNT(*) AS n FROM resources').get().n;
    }
    replaceAll(resources, now) {
        const insert = this.db.prepare('INSERT INTO resources (id, name, category, document, updated_at) VALUES (?, ?, ?, ?, ?)');
        this.db.transaction(() => {
            this.db.prepare('DELETE FROM resources').run();
            for (const resource of resources)
                insert.run(resource.id, resource.name, resource.category, JSON.stringify(resource), now.toISOString());
        })();
    }
}
