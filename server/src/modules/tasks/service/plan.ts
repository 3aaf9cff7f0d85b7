import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { projectStatuses, projects, taskDependencies, tasks } from '#db/schema/index.ts';
import { newId } from '#platform/ids/ids.ts';
import { keysBetween } from '#platform/ordering/fractional-index.ts';
import { documentTerms } from '#platform/search/search-terms.ts';

type PlanContext = { db: Executor; orgId: string };

/** One task of a plan (a template laid out, or demo data): ids are chosen by the caller so that parents and dependencies can point at them. */
export type PlannedTask = {
  id: string;
  title: string;
  description?: string;
  parentId?: string | null;
  statusId: string;
  priority?: 'urgent' | 'high' | 'medium' | 'low';
  assigneeId?: string | null;
  startDate?: string | null;
  dueDate?: string | null;
  estimateMinutes?: number | null;
  isMilestone?: boolean;
};

export type PlannedDependency = {
  predecessorId: string;
  successorId: string;
  type?: 'fs' | 'ss' | 'ff' | 'sf';
  lagDays?: number;
};

export type TaskPlan = {
  projectId: string;
  reporterId: string | null;
  tasks: PlannedTask[];
  dependencies: PlannedDependency[];
  now: Date;
};

/** The search terms of a task: its title, description and key (`SALES-42`). */
export function taskSearchTerms(key: string, title: string, description: string): string[] {
  return [...new Set([...documentTerms(title, description, key), key.toLowerCase()])];
}

/**
 * Inserts many tasks of one project and their dependencies in the caller's transaction: numbers
 * from the project's counter (locked), ranks appended to each status column in plan order, the
 * status category copied, search terms computed. Returns the inserted tasks' keys by id.
 */
export async function insertTaskPlan(ctx: PlanContext, plan: TaskPlan): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  if (plan.tasks.length === 0) return keys;
  const [project] = await ctx.db
    .update(projects)
    .set({ nextTaskNumber: sql`${projects.nextTaskNumber} + ${plan.tasks.length}` })
    .where(and(eq(projects.orgId, ctx.orgId), eq(projects.id, plan.projectId)))
    .returning({ key: projects.key, next: projects.nextTaskNumber });
  if (!project) throw new Error('insertTaskPlan: no such project');
  const firstNumber = project.next - plan.tasks.length;
  const statusIds = [...new Set(plan.tasks.map((t) => t.statusId))];
  const statuses = await ctx.db
    .select({
      id: projectStatuses.id,
      category: projectStatuses.category,
      lastRank: sql<
        string | null
      >`(select max(t.rank collate "C") from tasks t where t.org_id = ${projectStatuses.orgId} and t.status_id = ${projectStatuses.id})`,
    })
    .from(projectStatuses)
    .where(
      and(
        eq(projectStatuses.orgId, ctx.orgId),
        eq(projectStatuses.projectId, plan.projectId),
        inArray(projectStatuses.id, statusIds),
      ),
    );
  const byStatus = new Map(statuses.map((s) => [s.id, s]));
  const ranks = new Map<string, string[]>();
  for (const statusId of statusIds) {
    const status = byStatus.get(statusId);
    if (!status) throw new Error(`insertTaskPlan: status ${statusId} is not in the project`);
    const count = plan.tasks.filter((t) => t.statusId === statusId).length;
    ranks.set(statusId, keysBetween(status.lastRank, null, count));
  }
  const rows = plan.tasks.map((task, index) => {
    const number = firstNumber + index;
    const key = `${project.key}-${number}`;
    keys.set(task.id, key);
    const category = byStatus.get(task.statusId)!.category;
    const description = task.description ?? '';
    return {
      orgId: ctx.orgId,
      id: task.id,
      projectId: plan.projectId,
      number,
      title: task.title,
      description,
      statusId: task.statusId,
      statusCategory: category,
      priority: task.priority ?? 'medium',
      assigneeId: task.assigneeId ?? null,
      reporterId: plan.reporterId,
      startDate: task.startDate ?? null,
      dueDate: task.dueDate ?? null,
      estimateMinutes: task.estimateMinutes ?? null,
      parentId: task.parentId ?? null,
      isMilestone: task.isMilestone ?? false,
      rank: ranks.get(task.statusId)!.shift()!,
      searchTerms: taskSearchTerms(key, task.title, description),
      completedAt: category === 'done' ? plan.now : null,
      createdAt: plan.now,
      updatedAt: plan.now,
    };
  });
  for (let i = 0; i < rows.length; i += 500) await ctx.db.insert(tasks).values(rows.slice(i, i + 500));
  if (plan.dependencies.length > 0) {
    await ctx.db.insert(taskDependencies).values(
      plan.dependencies.map((d) => ({
        orgId: ctx.orgId,
        id: newId(),
        projectId: plan.projectId,
        predecessorId: d.predecessorId,
        successorId: d.successorId,
        type: d.type ?? 'fs',
        lagDays: d.lagDays ?? 0,
        createdAt: plan.now,
      })),
    );
  }
  return keys;
}

/**
 * Moves every task (deleted ones too) of one status to another of the same project, keeping
 * `status_category` and `completed_at` in step. Returns how many tasks moved.
 */
export async function moveTasksToStatus(
  ctx: PlanContext & { now?: Date },
  projectId: string,
  fromStatusId: string,
  toStatusId: string,
): Promise<number> {
  const now = ctx.now ?? new Date();
  const moved = await ctx.db
    .update(tasks)
    .set({
      statusId: toStatusId,
      statusCategory: sql`(select ps.category from project_statuses ps where ps.org_id = ${ctx.orgId} and ps.id = ${toStatusId})`,
      completedAt: sql`case when (select ps.category from project_statuses ps where ps.org_id = ${ctx.orgId} and ps.id = ${toStatusId}) = 'done' then coalesce(${tasks.completedAt}, ${now}) else null end`,
      updatedAt: now,
      version: sql`${tasks.version} + 1`,
    })
    .where(and(eq(tasks.orgId, ctx.orgId), eq(tasks.projectId, projectId), eq(tasks.statusId, fromStatusId)))
    .returning({ id: tasks.id });
  return moved.length;
}

/** Keeps `status_category` of a status's tasks in step after the status changed category. */
export async function syncStatusCategory(ctx: PlanContext & { now?: Date }, statusId: string): Promise<void> {
  const now = ctx.now ?? new Date();
  await ctx.db.execute(sql`
    update tasks t set status_category = ps.category,
      completed_at = case when ps.category = 'done' then coalesce(t.completed_at, ${now}) else null end
    from project_statuses ps
    where ps.org_id = ${ctx.orgId} and ps.id = ${statusId} and t.org_id = ps.org_id and t.status_id = ps.id
      and t.status_category <> ps.category`);
}
