import type { Dependency, DependencyType } from '@meridian/contracts';
import type { Clock } from '#platform/clock/clock.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { newId } from '#platform/ids/ids.ts';
import { bindDeps } from '#platform/service/bind-deps.ts';
import { requireTaskAccess, type TaskRef } from '../access.ts';
import { recordTaskChange } from '../service/shared.ts';
import { cycleThrough } from './cycle.ts';
import {
  type DependencyRow,
  deleteDependency,
  findDependency,
  findLiveProjectTask,
  insertDependency,
  listTaskDependencies,
  loadProjectEdges,
  lockProjectDependencies,
  pairExists,
  taskKeys,
} from './queries.ts';

export type DependenciesDeps = { clock: Clock };

export function toDependencyDto(row: DependencyRow): Dependency {
  const ref = (t: DependencyRow['predecessor']) => ({
    id: t.id,
    key: `${row.projectKey}-${t.number}`,
    title: t.title,
    statusCategory: t.statusCategory as Dependency['predecessor']['statusCategory'],
  });
  return {
    id: row.id,
    type: row.type as DependencyType,
    lagDays: row.lagDays,
    predecessor: ref(row.predecessor),
    successor: ref(row.successor),
  };
}

/** What the task waits for (predecessors) and what waits for it (successors). */
export async function listDependencies(_deps: DependenciesDeps, ctx: RequestContext, taskId: string) {
  await requireTaskAccess(ctx, taskId, 'view');
  const rows = await listTaskDependencies(ctx.db, ctx.orgId, taskId);
  return {
    predecessors: rows.filter((r) => r.successor.id === taskId).map(toDependencyDto),
    successors: rows.filter((r) => r.predecessor.id === taskId).map(toDependencyDto),
  };
}

export type CreateDependencyInput = { predecessorId: string; type?: DependencyType; lagDays?: number };

/**
 * Makes the task wait for a predecessor of the same project. The same pair twice answers 409;
 * a dependency that would close a cycle answers 422 `dependency_cycle` with the keys around it.
 */
export async function addDependency(
  deps: DependenciesDeps,
  ctx: RequestContext,
  taskId: string,
  input: CreateDependencyInput,
): Promise<Dependency> {
  return withTx(ctx, async (tx) => {
    const { task } = await requireTaskAccess(tx, taskId, 'editTasks');
    await lockProjectDependencies(tx.db, ctx.orgId, task.projectId);
    const predecessor = await findLiveProjectTask(tx.db, ctx.orgId, task.projectId, input.predecessorId);
    if (!predecessor) {
      throw new AppError('validation_failed', {
        detail: 'A task can only depend on a task of the same project',
        fields: [fieldError('predecessorId', 'invalid', 'Choose a task of the same project')],
      });
    }
    if (await pairExists(tx.db, ctx.orgId, input.predecessorId, taskId)) {
      throw new AppError('already_exists', {
        detail: 'This dependency already exists',
        fields: [fieldError('predecessorId', 'taken', 'The task already depends on this one')],
      });
    }
    const edges = await loadProjectEdges(tx.db, ctx.orgId, task.projectId);
    const cycle = cycleThrough(edges, { predecessorId: input.predecessorId, successorId: taskId });
    if (cycle) {
      const keys = await taskKeys(tx.db, ctx.orgId, [...new Set(cycle)]);
      throw new AppError('dependency_cycle', {
        detail: `The dependency would close a cycle: ${cycle.map((id) => keys.get(id) ?? id).join(' → ')}`,
        fields: [fieldError('predecessorId', 'cycle', 'This task already waits, directly or not, for this one')],
      });
    }
    const id = newId();
    const now = deps.clock.now();
    const type = input.type ?? 'fs';
    const lagDays = input.lagDays ?? 0;
    await insertDependency(tx.db, {
      orgId: ctx.orgId,
      id,
      projectId: task.projectId,
      predecessorId: input.predecessorId,
      successorId: taskId,
      type,
      lagDays,
      createdAt: now,
    });
    const row = (await findDependency(tx.db, ctx.orgId, id))!;
    await record(tx, task, row, 'task.dependency_added', now);
    return toDependencyDto(row);
  });
}

/** Removes one of the task's dependencies (either direction). */
export async function removeDependency(
  deps: DependenciesDeps,
  ctx: RequestContext,
  taskId: string,
  dependencyId: string,
): Promise<void> {
  await withTx(ctx, async (tx) => {
    const { task } = await requireTaskAccess(tx, taskId, 'editTasks');
    const row = await findDependency(tx.db, ctx.orgId, dependencyId);
    if (!row || (row.predecessor.id !== taskId && row.successor.id !== taskId)) throw notFound('No such dependency');
    await deleteDependency(tx.db, ctx.orgId, dependencyId);
    await record(tx, task, row, 'task.dependency_removed', deps.clock.now());
  });
}

async function record(ctx: RequestContext, task: TaskRef, row: DependencyRow, action: string, now: Date) {
  const dto = toDependencyDto(row);
  const value = {
    predecessor: dto.predecessor.key,
    successor: dto.successor.key,
    type: dto.type,
    lagDays: dto.lagDays,
  };
  const added = action === 'task.dependency_added';
  const events = [row.predecessor.id, row.successor.id].map((id) => ({
    type: 'task.dependencies_changed',
    payload: { taskId: id, projectId: task.projectId },
  }));
  await recordTaskChange(
    ctx,
    { id: task.id, projectId: task.projectId, label: `${task.key} ${task.title}`.slice(0, 300) },
    { action, changes: { dependency: { from: added ? null : value, to: added ? value : null } } },
    events,
    now,
  );
}

export function createDependenciesService(deps: DependenciesDeps) {
  return {
    listDependencies: bindDeps(deps, listDependencies),
    addDependency: bindDeps(deps, addDependency),
    removeDependency: bindDeps(deps, removeDependency),
  };
}

export type DependenciesService = ReturnType<typeof createDependenciesService>;
