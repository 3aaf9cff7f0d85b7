import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '#db/client.ts';
import { projects, taskDependencies, tasks } from '#db/schema/index.ts';
import type { DependencyEdge } from './cycle.ts';

const pred = alias(tasks, 'pred');
const succ = alias(tasks, 'succ');

export type DependencyRow = {
  id: string;
  type: string;
  lagDays: number;
  projectKey: string;
  predecessor: { id: string; number: number; title: string; statusCategory: string };
  successor: { id: string; number: number; title: string; statusCategory: string };
};

const columns = {
  id: taskDependencies.id,
  type: taskDependencies.type,
  lagDays: taskDependencies.lagDays,
  projectKey: projects.key,
  predecessor: { id: pred.id, number: pred.number, title: pred.title, statusCategory: pred.statusCategory },
  successor: { id: succ.id, number: succ.number, title: succ.title, statusCategory: succ.statusCategory },
};

function baseQuery(db: Executor) {
  return db
    .select(columns)
    .from(taskDependencies)
    .innerJoin(pred, and(eq(pred.orgId, taskDependencies.orgId), eq(pred.id, taskDependencies.predecessorId)))
    .innerJoin(succ, and(eq(succ.orgId, taskDependencies.orgId), eq(succ.id, taskDependencies.successorId)))
    .innerJoin(projects, and(eq(projects.orgId, taskDependencies.orgId), eq(projects.id, taskDependencies.projectId)));
}

/** The task's dependencies both ways, between live tasks, oldest first: one query. */
export async function listTaskDependencies(db: Executor, orgId: string, taskId: string): Promise<DependencyRow[]> {
  return baseQuery(db)
    .where(
      and(
        eq(taskDependencies.orgId, orgId),
        or(eq(taskDependencies.predecessorId, taskId), eq(taskDependencies.successorId, taskId)),
        isNull(pred.deletedAt),
        isNull(succ.deletedAt),
      ),
    )
    .orderBy(taskDependencies.createdAt, taskDependencies.id);
}

export async function findDependency(db: Executor, orgId: string, id: string): Promise<DependencyRow | null> {
  const [row] = await baseQuery(db)
    .where(and(eq(taskDependencies.orgId, orgId), eq(taskDependencies.id, id)))
    .limit(1);
  return row ?? null;
}

/** Every edge of the project (trashed tasks included, so that a restore cannot close a cycle). */
export async function loadProjectEdges(db: Executor, orgId: string, projectId: string): Promise<DependencyEdge[]> {
  return db
    .select({ predecessorId: taskDependencies.predecessorId, successorId: taskDependencies.successorId })
    .from(taskDependencies)
    .where(and(eq(taskDependencies.orgId, orgId), eq(taskDependencies.projectId, projectId)));
}

/** A live task of the project: what a new predecessor must be. */
export async function findLiveProjectTask(
  db: Executor,
  orgId: string,
  projectId: string,
  taskId: string,
): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.orgId, orgId), eq(tasks.id, taskId), eq(tasks.projectId, projectId), isNull(tasks.deletedAt)))
    .limit(1);
  return row ?? null;
}

/** The keys (`SALES-42`) of the given tasks, by id. */
export async function taskKeys(db: Executor, orgId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: tasks.id, key: sql<string>`${projects.key} || '-' || ${tasks.number}` })
    .from(tasks)
    .innerJoin(projects, and(eq(projects.orgId, tasks.orgId), eq(projects.id, tasks.projectId)))
    .where(and(eq(tasks.orgId, orgId), sql`${tasks.id} = any(${sql.param(ids)}::uuid[])`));
  return new Map(rows.map((r) => [r.id, r.key]));
}

/** Serialises dependency changes of one project until the transaction ends, so two adds cannot race a cycle. */
export async function lockProjectDependencies(db: Executor, orgId: string, projectId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`task_deps:${orgId}:${projectId}`}))`);
}

export async function pairExists(db: Executor, orgId: string, predecessorId: string, successorId: string) {
  const rows = await db
    .select({ id: taskDependencies.id })
    .from(taskDependencies)
    .where(
      and(
        eq(taskDependencies.orgId, orgId),
        eq(taskDependencies.predecessorId, predecessorId),
        eq(taskDependencies.successorId, successorId),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertDependency(db: Executor, row: typeof taskDependencies.$inferInsert): Promise<void> {
  await db.insert(taskDependencies).values(row);
}

export async function deleteDependency(db: Executor, orgId: string, id: string): Promise<void> {
  await db.delete(taskDependencies).where(and(eq(taskDependencies.orgId, orgId), eq(taskDependencies.id, id)));
}
