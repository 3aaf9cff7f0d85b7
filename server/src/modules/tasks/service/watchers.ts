import type { TaskDetail } from '@meridian/contracts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { forbidden, notFound } from '#platform/errors/app-error.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';
import { requireTaskAccess } from '../access.ts';
import { canChangeWatcher } from '../policy.ts';
import { addWatchers, findMembersForProject, removeWatcher } from '../queries/writes.ts';
import type { TasksDeps } from './deps.ts';
import { getTask } from './read.ts';
import { recordTaskChange } from './shared.ts';

/**
 * Adds (`watch: true`) or removes a watcher. Anyone who sees the task may follow or leave it
 * themself; adding or removing someone else takes the right to edit the project's tasks.
 */
export async function setWatcher(
  deps: TasksDeps,
  ctx: RequestContext,
  taskId: string,
  userId: string,
  watch: boolean,
): Promise<TaskDetail> {
  await withTx(ctx, async (tx) => {
    const { task, access } = await requireTaskAccess(tx, taskId, 'view');
    if (!canChangeWatcher(access, ctx.actor.userId, userId))
      throw forbidden('Only editors may change who else watches');
    const now = deps.clock.now();
    let changed: boolean;
    const [member] = await findMembersForProject(tx.db, ctx.orgId, task.projectId, [userId]);
    if (watch) {
      const sees =
        member &&
        (member.projectRole !== null ||
          hasRole(member.role as never, 'admin') ||
          (access.visibility === 'org' && member.role !== 'guest'));
      // Someone of another organisation, or who cannot see the project, is not a person here.
      if (!sees) throw notFound('No such member who can see this project');
      await addWatchers(tx.db, ctx.orgId, taskId, [userId], now);
      changed = true;
    } else {
      changed = await removeWatcher(tx.db, ctx.orgId, taskId, userId);
      if (!changed && !member) throw notFound('No such member');
    }
    if (!changed) return;
    await recordTaskChange(
      tx,
      { id: taskId, projectId: task.projectId, label: `${task.key} ${task.title}` },
      {
        action: watch ? 'task.watcher_added' : 'task.watcher_removed',
        changes: { watcher: watch ? { from: null, to: userId } : { from: userId, to: null } },
      },
      [{ type: 'task.updated', payload: { taskId, projectId: task.projectId, changes: ['watchers'] } }],
      now,
    );
  });
  return getTask(deps, ctx, taskId);
}
