import type { Project, StatusCategory } from '@meridian/contracts';
import { moveTasksToStatus, syncStatusCategory } from '#modules/tasks/service/plan.ts';
import { diffFields } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { newId } from '#platform/ids/ids.ts';
import { requireProjectAccess } from '../access.ts';
import { toStatusDto } from '../presenter.ts';
import { findProjectForUpdate, type StatusRow } from '../queries.ts';
import {
  deleteStatusRow,
  insertStatuses,
  listStatusRows,
  setStatusOrder,
  updateStatusRow,
} from '../queries-statuses.ts';
import type { ProjectsDeps } from './deps.ts';
import { presentProject, recordProjectChange } from './shared.ts';

const DEFAULT_COLORS: Record<StatusCategory, string> = { todo: '#8c8c8c', in_progress: '#1677ff', done: '#52c41a' };
const MAX_STATUSES = 30;

type StatusInput = {
  name?: string;
  category?: StatusCategory;
  color?: string;
  wipLimit?: number | null;
  position?: number;
};

/** Locks the project (statuses change one writer at a time) and reads its statuses in order. */
async function lockStatuses(ctx: RequestContext, projectId: string) {
  await requireProjectAccess(ctx, projectId, 'update');
  const project = (await findProjectForUpdate(ctx.db, ctx.orgId, projectId))!;
  return { project, statuses: await listStatusRows(ctx.db, ctx.orgId, projectId) };
}

function cleanName(name: string, statuses: StatusRow[], exceptId: string | null): string {
  const trimmed = name.trim();
  if (!trimmed) throw new AppError('validation_failed', { fields: [fieldError('name', 'too_short', 'Enter a name')] });
  if (statuses.some((s) => s.id !== exceptId && s.name.toLowerCase() === trimmed.toLowerCase())) {
    throw new AppError('already_exists', {
      fields: [fieldError('name', 'taken', 'The project has a status with this name')],
    });
  }
  return trimmed;
}

function moved<T>(list: T[], item: T, position: number): T[] {
  const rest = list.filter((x) => x !== item);
  rest.splice(Math.min(position, rest.length), 0, item);
  return rest;
}

async function changed(
  deps: ProjectsDeps,
  ctx: RequestContext,
  project: { id: string; name: string },
  action: string,
  changes: ReturnType<typeof diffFields>,
) {
  await recordProjectChange(deps, ctx, project, action, changes, {
    type: 'project.statuses_changed',
    payload: { projectId: project.id },
  });
  return presentProject(deps, ctx, { id: project.id });
}

/** Adds a status (a board column) at a position, at the end by default. */
export async function createTaskStatus(
  deps: ProjectsDeps,
  ctx: RequestContext,
  projectId: string,
  input: StatusInput & { name: string; category: StatusCategory },
): Promise<Project> {
  return withTx(ctx, async (tx) => {
    const { project, statuses } = await lockStatuses(tx, projectId);
    if (statuses.length >= MAX_STATUSES)
      throw new AppError('conflict', { detail: `A project has at most ${MAX_STATUSES} statuses` });
    const name = cleanName(input.name, statuses, null);
    const row = {
      id: newId(),
      name,
      category: input.category,
      position: statuses.length,
      color: input.color ?? DEFAULT_COLORS[input.category],
      wipLimit: input.wipLimit ?? null,
      version: 1,
    };
    await insertStatuses(tx.db, [{ orgId: ctx.orgId, projectId, ...row, createdAt: deps.clock.now() }]);
    await setStatusOrder(tx.db, ctx.orgId, moved([...statuses, row], row, input.position ?? statuses.length));
    return changed(
      deps,
      tx,
      project,
      'project.status_created',
      diffFields(null, toStatusDto(row), ['name', 'category', 'color', 'wipLimit']),
    );
  });
}

/** Renames, recolours, recategorises, limits or moves a status; the last "done" status keeps its category. */
export async function updateTaskStatus(
  deps: ProjectsDeps,
  ctx: RequestContext,
  ref: { projectId: string; statusId: string },
  input: StatusInput,
  version: number | undefined,
): Promise<Project> {
  return withTx(ctx, async (tx) => {
    const { project, statuses } = await lockStatuses(tx, ref.projectId);
    const before = statuses.find((s) => s.id === ref.statusId);
    if (!before) throw notFound('No such status in this project');
    if (version !== undefined && version !== before.version)
      throw versionConflict(await presentProject(deps, tx, { id: ref.projectId }));
    const next = {
      name: input.name === undefined ? before.name : cleanName(input.name, statuses, before.id),
      category: input.category ?? before.category,
      color: input.color ?? before.color,
      wipLimit: input.wipLimit === undefined ? before.wipLimit : input.wipLimit,
    };
    if (
      before.category === 'done' &&
      next.category !== 'done' &&
      statuses.filter((s) => s.category === 'done').length <= 1
    ) {
      throw new AppError('validation_failed', {
        fields: [fieldError('category', 'last_done', 'A project keeps at least one "done" status')],
      });
    }
    const changes = diffFields(before, { ...before, ...next }, ['name', 'category', 'color', 'wipLimit']);
    const reorder = input.position !== undefined && input.position !== statuses.indexOf(before);
    if (reorder) changes.position = { from: statuses.indexOf(before), to: input.position };
    if (Object.keys(changes).length === 0) return presentProject(deps, tx, { id: ref.projectId });
    await updateStatusRow(tx.db, ctx.orgId, before.id, next);
    if (changes.category) await syncStatusCategory({ db: tx.db, orgId: ctx.orgId, now: deps.clock.now() }, before.id);
    if (reorder) await setStatusOrder(tx.db, ctx.orgId, moved(statuses, before, input.position!));
    return changed(deps, tx, project, 'project.status_updated', changes);
  });
}

/** Deletes a status after moving its tasks to `moveTo`; the last status and the last "done" one stay. */
export async function deleteTaskStatus(
  deps: ProjectsDeps,
  ctx: RequestContext,
  ref: { projectId: string; statusId: string },
  moveTo: string | undefined,
): Promise<Project> {
  return withTx(ctx, async (tx) => {
    const { project, statuses } = await lockStatuses(tx, ref.projectId);
    const before = statuses.find((s) => s.id === ref.statusId);
    if (!before) throw notFound('No such status in this project');
    if (statuses.length <= 1) throw new AppError('conflict', { detail: 'A project keeps at least one status' });
    if (before.category === 'done' && statuses.filter((s) => s.category === 'done').length <= 1) {
      throw new AppError('conflict', { detail: 'A project keeps at least one "done" status' });
    }
    const target = statuses.find((s) => s.id === moveTo);
    if (!target || target.id === before.id) {
      throw new AppError('validation_failed', {
        fields: [fieldError('moveTo', 'invalid', 'Choose another status of this project', 'querystring')],
      });
    }
    const count = await moveTasksToStatus(
      { db: tx.db, orgId: ctx.orgId, now: deps.clock.now() },
      ref.projectId,
      before.id,
      target.id,
    );
    await deleteStatusRow(tx.db, ctx.orgId, before.id);
    await setStatusOrder(
      tx.db,
      ctx.orgId,
      statuses.filter((s) => s !== before),
    );
    const changes = {
      ...diffFields(toStatusDto(before), null, ['name', 'category']),
      tasksMovedTo: { from: null, to: { statusId: target.id, count } },
    };
    return changed(deps, tx, project, 'project.status_deleted', changes);
  });
}
