import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';
import {
  customers,
  deals,
  labels,
  memberships,
  projectMembers,
  projectStatuses,
  projects,
  tasks,
  taskWatchers,
} from '#db/schema/index.ts';

export type TaskInsert = typeof tasks.$inferInsert;
export type TaskRecord = typeof tasks.$inferSelect;

/** Bumps the project's task counter under its row lock and answers the number to use. */
export async function takeTaskNumber(db: Executor, orgId: string, projectId: string): Promise<number | null> {
  const [row] = await db
    .update(projects)
    .set({ nextTaskNumber: sql`${projects.nextTaskNumber} + 1` })
    .where(and(eq(projects.orgId, orgId), eq(projects.id, projectId)))
    .returning({ number: sql<number>`${projects.nextTaskNumber} - 1` });
  return row ? Number(row.number) : null;
}

export async function findProjectKey(db: Executor, orgId: string, projectId: string): Promise<string | null> {
  const [row] = await db
    .select({ key: projects.key })
    .from(projects)
    .where(and(eq(projects.orgId, orgId), eq(projects.id, projectId)));
  return row?.key ?? null;
}

export type StatusRow = { id: string; projectId: string; category: string; position: number; name: string };

export async function findStatuses(db: Executor, orgId: string, projectId: string): Promise<StatusRow[]> {
  return db
    .select({
      id: projectStatuses.id,
      projectId: projectStatuses.projectId,
      category: projectStatuses.category,
      position: projectStatuses.position,
      name: projectStatuses.name,
    })
    .from(projectStatuses)
    .where(and(eq(projectStatuses.orgId, orgId), eq(projectStatuses.projectId, projectId)))
    .orderBy(asc(projectStatuses.position), asc(projectStatuses.id));
}

/** The highest rank in a board column (status), to put a new card at its bottom. */
export async function lastRankInColumn(db: Executor, orgId: string, projectId: string, statusId: string) {
  const [row] = await db
    .select({ rank: tasks.rank })
    .from(tasks)
    .where(and(eq(tasks.orgId, orgId), eq(tasks.projectId, projectId), eq(tasks.statusId, statusId)))
    .orderBy(desc(sql`${tasks.rank} collate "C"`))
    .limit(1);
  return row?.rank ?? null;
}

export async function insertTask(db: Executor, row: TaskInsert): Promise<void> {
  await db.insert(tasks).values(row);
}

export async function findTaskRecord(db: Executor, orgId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(tasks)
    .where(and(eq(tasks.orgId, orgId), eq(tasks.id, id)));
  const rows = lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

export async function findTaskRecords(db: Executor, orgId: string, ids: string[], lock = false) {
  if (ids.length === 0) return [];
  const query = db
    .select()
    .from(tasks)
    .where(and(eq(tasks.orgId, orgId), sql`${tasks.id} = any(${sql.param(ids)}::uuid[])`))
    .orderBy(asc(tasks.id));
  return lock ? query.for('update') : query;
}

/** Writes a patch and bumps the version; with `version`, only if it still matches (else null). */
export async function updateTaskVersioned(
  db: Executor,
  orgId: string,
  id: string,
  version: number | undefined,
  patch: Partial<TaskInsert>,
  now: Date,
): Promise<TaskRecord | null> {
  const conditions: SQL[] = [eq(tasks.orgId, orgId), eq(tasks.id, id)];
  if (version !== undefined) conditions.push(eq(tasks.version, version));
  const [row] = await db
    .update(tasks)
    .set({ ...patch, updatedAt: now, version: sql`${tasks.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

/** Active members of the organisation among `userIds`, with what decides whether they see the project. */
export async function findMembersForProject(
  db: Executor,
  orgId: string,
  projectId: string,
  userIds: string[],
): Promise<{ userId: string; role: string; projectRole: string | null }[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: memberships.userId, role: memberships.role, projectRole: projectMembers.role })
    .from(memberships)
    .leftJoin(
      projectMembers,
      and(
        eq(projectMembers.orgId, memberships.orgId),
        eq(projectMembers.projectId, projectId),
        eq(projectMembers.userId, memberships.userId),
      ),
    )
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(memberships.status, 'active'),
        sql`${memberships.userId} = any(${sql.param(userIds)}::uuid[])`,
      ),
    );
}

/** Label ids that exist and are usable in the project (organisation-wide or the project's own). */
export async function findUsableLabelIds(db: Executor, orgId: string, projectId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: labels.id })
    .from(labels)
    .where(
      and(
        eq(labels.orgId, orgId),
        sql`${labels.id} = any(${sql.param(ids)}::uuid[])`,
        sql`(${labels.projectId} is null or ${labels.projectId} = ${projectId}::uuid)`,
      ),
    );
  return new Set(rows.map((r) => r.id));
}

export async function customerExists(db: Executor, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id), isNull(customers.deletedAt)));
  return rows.length > 0;
}

export async function dealExists(db: Executor, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: deals.id })
    .from(deals)
    .where(and(eq(deals.orgId, orgId), eq(deals.id, id), isNull(deals.deletedAt)));
  return rows.length > 0;
}

/** Whether `ancestorId` is `taskId` or one of its parents' chain (a new parent would close a cycle). */
export async function isInAncestry(db: Executor, orgId: string, startId: string, taskId: string): Promise<boolean> {
  const rows = await queryRows<{ found: boolean }>(
    db,
    sql`with recursive chain(id, parent_id, depth) as (
      select id, parent_id, 0 from tasks where org_id = ${orgId} and id = ${startId}
      union all
      select t.id, t.parent_id, c.depth + 1 from tasks t join chain c on t.org_id = ${orgId} and t.id = c.parent_id
      where c.depth < 100)
    select exists (select 1 from chain where id = ${taskId}) as found`,
  );
  return Boolean(rows[0]?.found);
}

export async function addWatchers(db: Executor, orgId: string, taskId: string, userIds: string[], now: Date) {
  if (userIds.length === 0) return;
  await db
    .insert(taskWatchers)
    .values(userIds.map((userId) => ({ orgId, taskId, userId, createdAt: now })))
    .onConflictDoNothing();
}

export async function removeWatcher(db: Executor, orgId: string, taskId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(taskWatchers)
    .where(and(eq(taskWatchers.orgId, orgId), eq(taskWatchers.taskId, taskId), eq(taskWatchers.userId, userId)))
    .returning({ userId: taskWatchers.userId });
  return rows.length > 0;
}

/**
 * Everyone who may see a project's tasks, for real-time audiences: its members and admins, and
 * for an organisation-wide project every active member but guests. Also the project's lead.
 */
export async function projectAudience(db: Executor, orgId: string, projectId: string) {
  const rows = await queryRows<{ user_ids: string[] | null; lead_id: string | null }>(
    db,
    sql`select p.lead_id, (select json_agg(distinct m.user_id) from memberships m
        where m.org_id = p.org_id and m.status = 'active' and (
          m.role in ('owner', 'admin')
          or (p.visibility = 'org' and m.role <> 'guest')
          or exists (select 1 from project_members pm where pm.org_id = p.org_id and pm.project_id = p.id and pm.user_id = m.user_id))
      ) as user_ids
      from projects p where p.org_id = ${orgId} and p.id = ${projectId}`,
  );
  const row = rows[0];
  return { userIds: row?.user_ids ?? [], leadId: row?.lead_id ?? null };
}

export type ColumnFilter = {
  projectId: string;
  statusId: string;
  assigneeId?: string | null;
  priority?: string;
  exceptId: string;
};

/** The nearest rank above (`next`) or below (`previous`) `rank` in a board column, or null at its end. */
export async function neighbourRank(
  db: Executor,
  orgId: string,
  column: ColumnFilter,
  rank: string | null,
  direction: 'next' | 'previous',
): Promise<string | null> {
  const conditions: SQL[] = [
    eq(tasks.orgId, orgId),
    eq(tasks.projectId, column.projectId),
    eq(tasks.statusId, column.statusId),
    isNull(tasks.deletedAt),
    sql`${tasks.id} <> ${column.exceptId}::uuid`,
  ];
  if (column.assigneeId !== undefined) {
    conditions.push(column.assigneeId === null ? isNull(tasks.assigneeId) : eq(tasks.assigneeId, column.assigneeId));
  }
  if (column.priority !== undefined) conditions.push(eq(tasks.priority, column.priority));
  const rankC = sql`${tasks.rank} collate "C"`;
  if (rank !== null) conditions.push(direction === 'next' ? sql`${rankC} > ${rank}` : sql`${rankC} < ${rank}`);
  const [row] = await db
    .select({ rank: tasks.rank })
    .from(tasks)
    .where(and(...conditions))
    .orderBy(direction === 'next' ? sql`${rankC} asc` : sql`${rankC} desc`)
    .limit(1);
  return row?.rank ?? null;
}
