import type { Resource } from '../../src/core/contract.js';
import { caseless, toSql } from './sql.js';
import type { Sql, SqlSource } from './sql.js';

/** The only code that reads or writes the `resources` table. A listing is kept whole as JSON. */
export class ResourcesRepository {
  private readonly sql: Sql;

  constructor(source: SqlSource) {
    this.sql = toSql(source);
  }

  /** Crisis lines first, then by name. */
  async list(): Promise<{ items: Resource[]; updatedAt?: string }> {
    const rows = await this.sql.all<{ document: string; updated_at: string }>(
      `SELECT document, updated_at FROM resources ORDER BY CASE WHEN category = 'crisis-line' THEN 0 ELSE 1 END, ${caseless(this.sql, 'name')}, id`,
    );
    const updatedAt = rows.reduce<string | undefined>((latest, row) => (!latest || row.updated_at > latest ? row.updated_at : latest), undefined);
    return { items: rows.map((row) => JSON.parse(row.document) as Resource), updatedAt };
  }

  async count(): Promise<number> {
    return (await this.sql.get<{ n: number }>('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM resources'))!.n;
  }

  async replaceAll(resources: Resource[], now: Date): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.run('DELETE FROM resources');
      for (const resource of resources) {
        await tx.run('INSERT INTO resources (id, name, category, document, updated_at) VALUES (?, ?, ?, ?, ?)', [resource.id, resource.name, resource.category, JSON.stringify(resource), now.toISOString()]);
      }
    });
  }
}
