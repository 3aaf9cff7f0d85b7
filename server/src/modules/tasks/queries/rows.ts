import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { projectMembers, projectStatuses, projects, tasks, users } from '#db/schema/index.ts';

/**
 * The columns every task answer needs, with its project, status, assignee and the actor's
 * project role joined in the same query: a page of tasks is one round trip (plus one for counts).
 */
export const taskRowColumns = {
  id: tasks.id,
  projectId: tasks.projectId,
  number: tasks.number,
  projectKey: projects.key,
  title: tasks.title,
  statusId: tasks.statusId,
  statusName: projectStatuses.name,
  statusCategory: projectStatuses.category,
  statusColor: projectStatuses.color,
  priority: tasks.priority,
  assigneeId: tasks.assigneeId,
  assigneeName: users.name,
  assigneeColor: users.avatarColor,
  reporterId: tasks.reporterId,
  startDate: tasks.startDate,
  dueDate: tasks.dueDate,
  estimateMinutes: tasks.estimateMinutes,
  loggedMinutes: tasks.loggedMinutes,
  parentId: tasks.parentId,
  isMilestone: tasks.isMilestone,
  isBlocked: tasks.isBlocked,
  blockedReason: tasks.blockedReason,
  labelIds: tasks.labelIds,
  rank: tasks.rank,
  customerId: tasks.customerId,
  dealId: tasks.dealId,
  customFields: tasks.customFields,
  recurrence: tasks.recurrence,
  completedAt: tasks.completedAt,
  deletedAt: tasks.deletedAt,
  createdAt: tasks.createdAt,
  updatedAt: tasks.updatedAt,
  version: tasks.version,
  projectRole: projectMembers.role,
  visibility: projects.visibility,
  archivedAt: projects.archivedAt,
  projectDeletedAt: projects.deletedAt,
};

export type TaskRow = {
  id: string;
  projectId: string;
  number: number;
  projectKey: string;
  title: string;
  statusId: string;
  statusName: string;
  statusCategory: string;
  statusColor: string;
  priority: string;
  assigneeId: string | null;
  assigneeName: string | null;
  assigneeColor: string | null;
  reporterId: string | null;
  startDate: string | null;
  dueDate: string | null;
  estimateMinutes: number | null;
  loggedMinutes: number;
  parentId: string | null;
  isMilestone: boolean;
  isBlocked: boolean;
  blockedReason: string;
  labelIds: string[];
  rank: string;
  customerId: string | null;
  dealId: string | null;
  customFields: unknown;
  recurrence: unknown;
  completedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  projectRole: string | null;
  visibility: string;
  archivedAt: Date | null;
  projectDeletedAt: Date | null;
};

/** `select … from tasks` with the joins of taskRowColumns; callers add where, order and limit. */
export function selectTaskRows(db: Executor, actorId: string, extra: Record<string, SQL> = {}) {
  return db
    .select({ ...taskRowColumns, ...extra } as typeof taskRowColumns)
    .from(tasks)
    .innerJoin(projects, and(eq(projects.orgId, tasks.orgId), eq(projects.id, tasks.projectId)))
    .innerJoin(projectStatuses, and(eq(projectStatuses.orgId, tasks.orgId), eq(projectStatuses.id, tasks.statusId)))
    .leftJoin(users, eq(users.id, tasks.assigneeId))
    .leftJoin(
      projectMembers,
      and(
        eq(projectMembers.orgId, tasks.orgId),
        eq(projectMembers.projectId, tasks.projectId),
        eq(projectMembers.userId, actorId),
      ),
    );
}

/** Rows by id (any state, trash included); the caller checks visibility. */
export async function findTaskRows(db: Executor, orgId: string, actorId: string, ids: string[]): Promise<TaskRow[]> {
  if (ids.length === 0) return [];
  return (await selectTaskRows(db, actorId).where(
    and(eq(tasks.orgId, orgId), sql`${tasks.id} = any(${sql.param(ids)}::uuid[])`),
  )) as TaskRow[];
}

export async function findTaskRow(db: Executor, orgId: string, actorId: string, id: string): Promise<TaskRow | null> {
  return (await findTaskRows(db, orgId, actorId, [id]))[0] ?? null;
}

export async function findTaskRowByNumber(
  db: Executor,
  orgId: string,
  actorId: string,
  projectKey: string,
  number: number,
): Promise<TaskRow | null> {
  const conditions: SQL[] = [eq(tasks.orgId, orgId), eq(projects.key, projectKey), eq(tasks.number, number)];
  const rows = await selectTaskRows(db, actorId)
    .where(and(...conditions))
    .limit(1);
  return (rows[0] as TaskRow | undefined) ?? null;
}

export type TaskCounts = {
  subtasks: { total: number; done: number };
  checklist: { total: number; done: number };
  comments: number;
};

/**
 * Subtask, checklist and comment counts of many tasks in one query (grouped, not per task):
 * the board of 2,000 tasks and a page of 50 cost the same single round trip.
 */
export async function loadTaskCounts(db: Executor, orgId: string, ids: string[]): Promise<Map<string, TaskCounts>> {
  const counts = new Map<string, TaskCounts>();
  if (ids.length === 0) return counts;
  const idList = sql`${sql.param(ids)}::uuid[]`;
  const result = (await db.execute(sql`
    select parent_id as id, 's' as kind, count(*)::int as total, count(*) filter (where status_category = 'done')::int as done
      from tasks where org_id = ${orgId} and parent_id = any(${idList}) and deleted_at is null group by parent_id
    union all
    select task_id, 'c', count(*)::int, count(*) filter (where is_done)::int
      from checklist_items where org_id = ${orgId} and task_id = any(${idList}) group by task_id
    union all
    select target_id, 'm', count(*)::int, 0
      from comments where org_id = ${orgId} and target_type = 'task' and target_id = any(${idList})
        and deleted_at is null group by target_id`)) as unknown as {
    rows: { id: string; kind: 's' | 'c' | 'm'; total: number; done: number }[];
  };
  for (const row of result.rows) {
    let entry = counts.get(row.id);
    if (!entry) {
      entry = { subtasks: { total: 0, done: 0 }, checklist: { total: 0, done: 0 }, comments: 0 };
      counts.set(row.id, entry);
    }
    if (row.kind === 's') entry.subtasks = { total: Number(row.total), done: Number(row.done) };
    else if (row.kind === 'c') entry.checklist = { total: Number(row.total), done: Number(row.done) };
    else entry.comments = Number(row.total);
  }
  return counts;
}

export const NO_COUNTS: TaskCounts = {
  subtasks: { total: 0, done: 0 },
  checklist: { total: 0, done: 0 },
  comments: 0,
};
