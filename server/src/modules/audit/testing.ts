import { type SQL, sql } from 'drizzle-orm';
import type { TestApp } from '#test/app.ts';

/** Both drivers answer raw SQL with `{ rows }`. */
async function rows<T>(t: TestApp, query: SQL): Promise<T[]> {
  const result = (await t.database.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The public tables in which any row, as text, contains `needle`: for secret-hygiene checks. */
export async function tablesContaining(t: TestApp, needle: string): Promise<string[]> {
  const tables = await rows<{ name: string }>(
    t,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const found: string[] = [];
  for (const { name } of tables) {
    const hits = await rows(
      t,
      sql`select 1 from ${sql.identifier(name)} as r where strpos(r::text, ${needle}) > 0 limit 1`,
    );
    if (hits.length > 0) found.push(name);
  }
  return found;
}
