import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { customFieldDefinitions } from '#db/schema/index.ts';

export type CustomFieldRow = {
  id: string;
  entity: string;
  name: string;
  type: string;
  options: { id: string; label: string; color?: string }[];
  isRequired: boolean;
  position: number;
  archivedAt: Date | null;
  version: number;
};

const columns = {
  id: customFieldDefinitions.id,
  entity: customFieldDefinitions.entity,
  name: customFieldDefinitions.name,
  type: customFieldDefinitions.type,
  options: customFieldDefinitions.options,
  isRequired: customFieldDefinitions.isRequired,
  position: customFieldDefinitions.position,
  archivedAt: customFieldDefinitions.archivedAt,
  version: customFieldDefinitions.version,
};

export async function listCustomFieldRows(
  db: Executor,
  orgId: string,
  filter: { entity?: string; includeArchived?: boolean },
): Promise<CustomFieldRow[]> {
  const conditions: SQL[] = [eq(customFieldDefinitions.orgId, orgId)];
  if (filter.entity) conditions.push(eq(customFieldDefinitions.entity, filter.entity));
  if (!filter.includeArchived) conditions.push(isNull(customFieldDefinitions.archivedAt));
  return (await db
    .select(columns)
    .from(customFieldDefinitions)
    .where(and(...conditions))
    .orderBy(
      asc(customFieldDefinitions.entity),
      asc(customFieldDefinitions.position),
      asc(customFieldDefinitions.name),
      asc(customFieldDefinitions.id),
    )
    .limit(500)) as CustomFieldRow[];
}

/** Every definition of one kind of record, archived ones too: what the validator needs. */
export async function loadCustomFieldDefinitions(db: Executor, orgId: string, entity: string) {
  return listCustomFieldRows(db, orgId, { entity, includeArchived: true });
}

export async function findCustomFieldRow(db: Executor, orgId: string, id: string): Promise<CustomFieldRow | null> {
  const rows = await db
    .select(columns)
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.orgId, orgId), eq(customFieldDefinitions.id, id)))
    .limit(1);
  return (rows[0] as CustomFieldRow | undefined) ?? null;
}

export async function isCustomFieldNameTaken(
  db: Executor,
  orgId: string,
  entity: string,
  name: string,
  exceptId: string | null,
) {
  const rows = await db
    .select({ id: customFieldDefinitions.id })
    .from(customFieldDefinitions)
    .where(
      and(
        eq(customFieldDefinitions.orgId, orgId),
        eq(customFieldDefinitions.entity, entity),
        eq(customFieldDefinitions.name, name),
        exceptId ? sql`${customFieldDefinitions.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function nextCustomFieldPosition(db: Executor, orgId: string, entity: string): Promise<number> {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${customFieldDefinitions.position}) + 1, 0)::int` })
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.orgId, orgId), eq(customFieldDefinitions.entity, entity)));
  return row?.next ?? 0;
}

export async function insertCustomField(db: Executor, row: typeof customFieldDefinitions.$inferInsert) {
  await db.insert(customFieldDefinitions).values(row);
}

export async function updateCustomFieldVersioned(
  db: Executor,
  orgId: string,
  id: string,
  version: number | undefined,
  patch: Partial<typeof customFieldDefinitions.$inferInsert>,
): Promise<boolean> {
  const conditions = [eq(customFieldDefinitions.orgId, orgId), eq(customFieldDefinitions.id, id)];
  if (version !== undefined) conditions.push(eq(customFieldDefinitions.version, version));
  const rows = await db
    .update(customFieldDefinitions)
    .set({ ...patch, version: sql`${customFieldDefinitions.version} + 1` })
    .where(and(...conditions))
    .returning({ id: customFieldDefinitions.id });
  return rows.length > 0;
}

export async function deleteCustomFieldRow(db: Executor, orgId: string, id: string): Promise<void> {
  await db
    .delete(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.orgId, orgId), eq(customFieldDefinitions.id, id)));
}
