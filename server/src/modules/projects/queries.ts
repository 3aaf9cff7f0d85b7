import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';
import { projects, users } from '#db/schema/index.ts';

type PersonRow = { id: string; name: string; avatarColor: string };
export type StatusRow = {
  id: string;
  name: string;
  category: 'todo' | 'in_progress' | 'done';
  position: number;
  color: string;
  wipLimit: number | null;
  version: number;
};

export type ProjectRow = {
  id: string;
  key: string;
  name: string;
  description: string;
  status: string;
  visibility: string;
  leadId: string | null;
  startDate: string | null;
  endDate: string | null;
  color: string;
  customerId: string | null;
  dealId: string | null;
  customFields: Record<string, string | number | null>;
  archivedAt: Date | null;
  statusBeforeArchive: string | null;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

export type ProjectViewRow = ProjectRow & {
  lead: PersonRow | null;
  statuses: StatusRow[];
  myRole: 'lead' | 'member' | 'viewer' | null;
  memberCount: number;
  taskCounts: { total: number; done: number; overdue: number };
};

const fields = {
  id: projects.id,
  key: projects.key,
  name: projects.name,
  description: projects.description,
  status: projects.status,
  visibility: projects.visibility,
  leadId: projects.leadId,
  startDate: projects.startDate,
  endDate: projects.endDate,
  color: projects.color,
  customerId: projects.customerId,
  dealId: projects.dealId,
  customFields: projects.customFields,
  archivedAt: projects.archivedAt,
  statusBeforeArchive: projects.statusBeforeArchive,
  deletedAt: projects.deletedAt,
  createdAt: projects.createdAt,
  updatedAt: projects.updatedAt,
  version: projects.version,
};

/**
 * The project with what its card shows, in one statement: lead, statuses, the actor's role, and
 * the task counts from one aggregate per row (index on org, project). Outer columns are qualified
 * by hand: inside a subquery Drizzle would print a bare "id".
 */
function viewColumns(userId: string, today: string) {
  return {
    ...fields,
    lead: sql<PersonRow | null>`(select json_build_object('id', u.id, 'name', u.name, 'avatarColor', u.avatar_color)
      from ${users} u where u.id = ${projects}.lead_id)`,
    statuses: sql<StatusRow[]>`coalesce((select json_agg(json_build_object('id', s.id, 'name', s.name,
        'category', s.category, 'position', s.position, 'color', s.color, 'wipLimit', s.wip_limit, 'version', s.version)
        order by s.position, s.id)
      from project_statuses s where s.org_id = ${projects}.org_id and s.project_id = ${projects}.id), '[]'::json)`,
    myRole: sql<ProjectViewRow['myRole']>`(select pm.role from project_members pm
      where pm.org_id = ${projects}.org_id and pm.project_id = ${projects}.id and pm.user_id = ${userId})`,
    memberCount: sql<number>`(select count(*)::int from project_members pm
      where pm.org_id = ${projects}.org_id and pm.project_id = ${projects}.id)`,
    taskCounts: sql<ProjectViewRow['taskCounts']>`(select json_build_object('total', count(*)::int,
        'done', (count(*) filter (where t.status_category = 'done'))::int,
        'overdue', (count(*) filter (where t.status_category <> 'done' and t.due_date < ${today}::date))::int)
      from tasks t where t.org_id = ${projects}.org_id and t.project_id = ${projects}.id
        and t.deleted_at is null)`,
  };
}

export type ProjectListFilter = {
  visible: SQL;
  q?: string;
  status?: string;
  mineUserId?: string;
  deleted: boolean;
  leadId?: string;
  customerId?: string;
};

export type ProjectSort = { expr: SQL; desc: boolean; after: [unknown, string] | null; cast: string };

/** One keyset page of the visible projects matching the filter. */
export async function listProjectRows(
  db: Executor,
  orgId: string,
  view: { userId: string; today: string },
  filter: ProjectListFilter,
  sort: ProjectSort,
  limit: number,
): Promise<ProjectViewRow[]> {
  const conditions: SQL[] = [eq(projects.orgId, orgId), filter.visible];
  if (filter.deleted) conditions.push(sql`${projects.deletedAt} is not null`);
  if (filter.status) conditions.push(eq(projects.status, filter.status));
  else if (!filter.deleted) conditions.push(ne(projects.status, 'archived'));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${projects.name} ilike ${pattern} or ${projects.key} ilike ${pattern})`);
  }
  if (filter.mineUserId) {
    conditions.push(sql`exists (select 1 from project_members pm where pm.org_id = ${projects}.org_id
      and pm.project_id = ${projects}.id and pm.user_id = ${filter.mineUserId})`);
  }
  if (filter.leadId) conditions.push(eq(projects.leadId, filter.leadId));
  if (filter.customerId) conditions.push(eq(projects.customerId, filter.customerId));
  const op = sql.raw(sort.desc ? '<' : '>');
  if (sort.after) {
    conditions.push(
      sql`(${sort.expr}, ${projects.id}) ${op} (${sort.after[0]}::${sql.raw(sort.cast)}, ${sort.after[1]}::uuid)`,
    );
  }
  const dir = sql.raw(sort.desc ? 'desc' : 'asc');
  return (await db
    .select(viewColumns(view.userId, view.today))
    .from(projects)
    .where(and(...conditions))
    .orderBy(sql`${sort.expr} ${dir}`, sql`${projects.id} ${dir}`)
    .limit(limit + 1)) as ProjectViewRow[];
}

export async function findProjectView(
  db: Executor,
  orgId: string,
  view: { userId: string; today: string },
  where: { id: string } | { key: string },
): Promise<ProjectViewRow | null> {
  const match = 'id' in where ? eq(projects.id, where.id) : eq(projects.key, where.key);
  const rows = await db
    .select(viewColumns(view.userId, view.today))
    .from(projects)
    .where(and(eq(projects.orgId, orgId), match))
    .limit(1);
  return (rows[0] as ProjectViewRow | undefined) ?? null;
}

/** The project's own columns, locked until the transaction ends. */
export async function findProjectForUpdate(db: Executor, orgId: string, id: string): Promise<ProjectRow | null> {
  const rows = await db
    .select(fields)
    .from(projects)
    .where(and(eq(projects.orgId, orgId), eq(projects.id, id)))
    .for('no key update');
  return (rows[0] as ProjectRow | undefined) ?? null;
}

export async function isProjectKeyTaken(db: Executor, orgId: string, key: string, exceptId: string | null) {
  const conditions = [eq(projects.orgId, orgId), eq(projects.key, key)];
  if (exceptId) conditions.push(ne(projects.id, exceptId));
  const rows = await db
    .select({ id: projects.id })
    .from(projects)
    .where(and(...conditions))
    .limit(1);
  return rows.length > 0;
}

export type NewProject = typeof projects.$inferInsert;

export async function insertProject(db: Executor, row: NewProject): Promise<void> {
  await db.insert(projects).values(row);
}

/** Applies a patch when the version still matches (or none was given); null when it did not. */
export async function updateProjectVersioned(
  db: Executor,
  orgId: string,
  id: string,
  version: number | undefined,
  patch: Partial<NewProject>,
  now: Date,
): Promise<{ version: number } | null> {
  const conditions = [eq(projects.orgId, orgId), eq(projects.id, id)];
  if (version !== undefined) conditions.push(eq(projects.version, version));
  const rows = await db
    .update(projects)
    .set({ ...patch, updatedAt: now, version: sql`${projects.version} + 1` })
    .where(and(...conditions))
    .returning({ version: projects.version });
  return rows[0] ?? null;
}

/** Projects deleted before `cutoff`, oldest first: what the purge job removes. */
export async function findPurgeableProjects(db: Executor, cutoff: Date, limit: number) {
  return db
    .select({ orgId: projects.orgId, id: projects.id, key: projects.key, name: projects.name })
    .from(projects)
    .where(sql`${projects.deletedAt} is not null and ${projects.deletedAt} < ${cutoff}`)
    .orderBy(projects.deletedAt)
    .limit(limit);
}

/**
 * Removes a project and everything that hangs off it. Tasks' children (watchers, checklist,
 * dependencies, time, attachments rows) cascade from tasks; comments, labels, views and
 * templates made from it are removed by hand.
 */
export async function hardDeleteProject(db: Executor, orgId: string, id: string): Promise<void> {
  await db.execute(sql`delete from comments where org_id = ${orgId} and (
      (target_type = 'project' and target_id = ${id})
      or (target_type = 'task' and target_id in (select t.id from tasks t where t.org_id = ${orgId} and t.project_id = ${id})))`);
  await db.execute(sql`delete from task_dependencies where org_id = ${orgId} and project_id = ${id}`);
  await db.execute(sql`update tasks set parent_id = null where org_id = ${orgId} and project_id = ${id}`);
  await db.execute(sql`delete from tasks where org_id = ${orgId} and project_id = ${id}`);
  await db.execute(sql`delete from labels where org_id = ${orgId} and project_id = ${id}`);
  await db.execute(sql`delete from saved_views where org_id = ${orgId} and project_id = ${id}`);
  await db.delete(projects).where(and(eq(projects.orgId, orgId), eq(projects.id, id)));
}

/** Whether a live customer or deal of the organisation has this id (projects may link to one). */
export async function crmRecordExists(db: Executor, orgId: string, kind: 'customer' | 'deal', id: string) {
  const table = sql.raw(kind === 'customer' ? 'customers' : 'deals');
  const rows = await queryRows(
    db,
    sql`select 1 as found from ${table} where org_id = ${orgId} and id = ${id} and deleted_at is null limit 1`,
  );
  return rows.length > 0;
}
