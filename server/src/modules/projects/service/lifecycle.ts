import type { Project } from '@meridian/contracts';
import type { Db } from '#db/client.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import { type PublicContext, type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, forbidden } from '#platform/errors/app-error.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';
import { loadProjectAccess, requireProjectAccess } from '../access.ts';
import { assertCanProject } from '../policy.ts';
import { findProjectForUpdate, findPurgeableProjects, hardDeleteProject, updateProjectVersioned } from '../queries.ts';
import type { ProjectsDeps } from './deps.ts';
import { presentProject, recordProjectChange } from './shared.ts';

export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Archives a project: read-only until restored; its status becomes `archived`. */
export async function archiveProject(deps: ProjectsDeps, ctx: RequestContext, id: string): Promise<Project> {
  return withTx(ctx, async (tx) => {
    await requireProjectAccess(tx, id, 'update');
    const before = (await findProjectForUpdate(tx.db, ctx.orgId, id))!;
    if (before.archivedAt) return presentProject(deps, tx, { id });
    const now = deps.clock.now();
    await updateProjectVersioned(
      tx.db,
      ctx.orgId,
      id,
      undefined,
      { archivedAt: now, statusBeforeArchive: before.status, status: 'archived' },
      now,
    );
    await recordProjectChange(
      deps,
      tx,
      before,
      'project.archived',
      { status: { from: before.status, to: 'archived' } },
      {
        type: 'project.archived',
        payload: { projectId: id },
      },
    );
    return presentProject(deps, tx, { id });
  });
}

/**
 * Restores a project from the archive (its lead or admins) or from the trash (admins, within
 * 30 days). A project neither archived nor deleted is answered as it is.
 */
export async function restoreProject(deps: ProjectsDeps, ctx: RequestContext, id: string): Promise<Project> {
  return withTx(ctx, async (tx) => {
    const access = assertCanProject(await loadProjectAccess(tx, id), 'view');
    const before = (await findProjectForUpdate(tx.db, ctx.orgId, id))!;
    const now = deps.clock.now();
    if (access.isDeleted) {
      if (!hasRole(ctx.actor.role, 'admin')) throw forbidden('Only admins restore from the trash');
      await updateProjectVersioned(tx.db, ctx.orgId, id, undefined, { deletedAt: null, deletedBy: null }, now);
      await recordProjectChange(
        deps,
        tx,
        before,
        'project.restored',
        { deletedAt: { from: before.deletedAt?.toISOString(), to: null } },
        {
          type: 'project.restored',
          payload: { projectId: id },
        },
      );
    } else if (access.isArchived) {
      assertCanProject(access, 'update');
      const status = before.statusBeforeArchive ?? 'active';
      await updateProjectVersioned(
        tx.db,
        ctx.orgId,
        id,
        undefined,
        { archivedAt: null, statusBeforeArchive: null, status },
        now,
      );
      await recordProjectChange(
        deps,
        tx,
        before,
        'project.restored',
        { status: { from: before.status, to: status } },
        {
          type: 'project.restored',
          payload: { projectId: id },
        },
      );
    } else {
      assertCanProject(access, 'update');
    }
    return presentProject(deps, tx, { id });
  });
}

/** Moves a project to the trash: hidden from everyone but admins, purged after 30 days. */
export async function deleteProject(
  deps: ProjectsDeps,
  ctx: RequestContext,
  id: string,
  version: number | undefined,
): Promise<void> {
  await withTx(ctx, async (tx) => {
    await requireProjectAccess(tx, id, 'delete');
    const before = (await findProjectForUpdate(tx.db, ctx.orgId, id))!;
    const now = deps.clock.now();
    const done = await updateProjectVersioned(
      tx.db,
      ctx.orgId,
      id,
      version,
      { deletedAt: now, deletedBy: ctx.actor.userId },
      now,
    );
    if (!done) throw new AppError('version_conflict', { detail: 'Reload to see the current version' });
    await recordProjectChange(
      deps,
      tx,
      before,
      'project.deleted',
      { deletedAt: { from: null, to: now.toISOString() } },
      {
        type: 'project.deleted',
        payload: { projectId: id },
      },
    );
  });
}

/**
 * The purge job: hard-deletes projects that have been in the trash for more than 30 days, with
 * their tasks, comments and labels, one project per transaction. Running it twice changes nothing more.
 */
export async function purgeDeletedProjects(deps: ProjectsDeps, db: Db): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - TRASH_DAYS * DAY_MS);
  let purged = 0;
  for (;;) {
    const batch = await findPurgeableProjects(db, cutoff, 20);
    if (batch.length === 0) return purged;
    for (const project of batch) {
      await db.transaction(async (tx) => {
        await hardDeleteProject(tx, project.orgId, project.id);
        const systemCtx: PublicContext = {
          db: tx,
          orgId: null,
          actor: null,
          requestId: 'job:projects.purge',
          ip: '',
          userAgent: '',
          locale: 'zh-CN',
          timeZone: 'UTC',
        };
        await recordAudit(
          tx,
          systemCtx,
          {
            orgId: project.orgId,
            action: 'project.purged',
            targetType: 'project',
            targetId: project.id,
            targetLabel: project.name,
          },
          deps.clock.now(),
        );
        await addOutboxEvent(tx, systemCtx, {
          orgId: project.orgId,
          type: 'project.deleted',
          payload: { projectId: project.id },
        });
      });
      purged++;
    }
  }
}
