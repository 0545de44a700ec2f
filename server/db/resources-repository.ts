import type { Resource } from '../../src/core/contract.js';
import type { Db } from './connection.js';

/** The only code that reads or writes the `resources` table. A listing is kept whole as JSON. */
export class ResourcesRepository {
  constructor(private readonly db: Db) {}

  /** Crisis lines first, then by name. */
  list(): { items: Resource[]; updatedAt?: string } {
    const rows = this.db
      .prepare(`SELECT document, updated_at FROM resources ORDER BY category <> 'crisis-line', name COLLATE NOCASE, id`)
      .all() as { document: string; updated_at: string }[];
    const updatedAt = rows.reduce<string | undefined>((latest, row) => (!latest || row.updated_at > latest ? row.updated_at : latest), undefined);
    return { items: rows.map((row) => JSON.parse(row.document) as Resource), updatedAt };
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM resources').get() as { n: number }).n;
  }

  replaceAll(resources: Resource[], now: Date): void {
    const insert = this.db.prepare('INSERT INTO resources (id, name, category, document, updated_at) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM resources').run();
      for (const resource of resources) insert.run(resource.id, resource.name, resource.category, JSON.stringify(resource), now.toISOString());
    })();
  }
}
