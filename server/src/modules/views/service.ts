import type { CreateSavedViewBody, SavedView, UpdateSavedViewBody } from '@meridian/contracts';
import { requireProjectAccess } from '#modules/projects/access.ts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { newId } from '#platform/ids/ids.ts';
import { bindDeps } from '#platform/service/bind-deps.ts';
import { savedViewAbilities, toSavedViewDto } from './presenter.ts';
import {
  deleteView as deleteViewRow,
  findVisibleView,
  insertView,
  listVisibleViews,
  updateViewVersioned,
} from './queries.ts';

export type ViewsDeps = { clock: Clock };

const FIELDS = ['name', 'kind', 'projectId', 'isShared', 'config'] as const;

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new AppError('validation_failed', { fields: [fieldError('name', 'too_short', 'Enter a name')] });
  return trimmed;
}

const sharedNeedsProject = () =>
  new AppError('validation_failed', {
    detail: 'A shared view belongs to a project',
    fields: [fieldError('projectId', 'required', 'Choose the project to share the view with')],
  });

async function presentView(ctx: RequestContext, id: string): Promise<SavedView> {
  const row = await findVisibleView(ctx.db, ctx.orgId, ctx.actor, id);
  if (!row) throw notFound('No such view');
  return toSavedViewDto(row, ctx.actor);
}

/** My views and the views shared in projects I see, by name; `projectId` narrows to one project. */
export async function listViews(_deps: ViewsDeps, ctx: RequestContext, query: { projectId?: string }) {
  if (query.projectId) await requireProjectAccess(ctx, query.projectId, 'view');
  const rows = await listVisibleViews(ctx.db, ctx.orgId, ctx.actor, query.projectId);
  return { items: rows.map((row) => toSavedViewDto(row, ctx.actor)) };
}

/** Saves a view for myself, or shared with a project I can see. */
export async function createView(deps: ViewsDeps, ctx: RequestContext, input: CreateSavedViewBody): Promise<SavedView> {
  const name = cleanName(input.name);
  const projectId = input.projectId ?? null;
  const isShared = input.isShared ?? false;
  if (isShared && !projectId) throw sharedNeedsProject();
  return withTx(ctx, async (tx) => {
    if (projectId) {
      try {
        await requireProjectAccess(tx, projectId, 'view');
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found') {
          throw new AppError('validation_failed', {
            fields: [fieldError('projectId', 'invalid', 'No such project')],
          });
        }
        throw error;
      }
    }
    const id = newId();
    const now = deps.clock.now();
    const row = { name, kind: input.kind, projectId, isShared, config: input.config };
    await insertView(tx.db, {
      orgId: ctx.orgId,
      id,
      ownerId: ctx.actor.userId,
      ...row,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'saved_view.created',
        targetType: 'saved_view',
        targetId: id,
        targetLabel: name,
        changes: diffFields(null, row, [...FIELDS]),
      },
      now,
    );
    return presentView(tx, id);
  });
}

/** Renames, re-shares or reconfigures my view; a stale version answers 409 with the current view. */
export async function updateView(
  deps: ViewsDeps,
  ctx: RequestContext,
  id: string,
  input: UpdateSavedViewBody,
  version: number | undefined,
): Promise<SavedView> {
  return withTx(ctx, async (tx) => {
    const before = await findVisibleView(tx.db, ctx.orgId, ctx.actor, id);
    if (!before) throw notFound('No such view');
    if (!savedViewAbilities(ctx.actor, before).update) {
      throw new AppError('forbidden', { detail: 'Only the owner may change this view' });
    }
    if (version !== undefined && version !== before.version) throw versionConflict(toSavedViewDto(before, ctx.actor));
    const next = {
      ...before,
      name: input.name === undefined ? before.name : cleanName(input.name),
      isShared: input.isShared ?? before.isShared,
      config: input.config ?? before.config,
    };
    if (next.isShared && !next.projectId) throw sharedNeedsProject();
    const changes = diffFields(
      before as unknown as Record<string, unknown>,
      next as unknown as Record<string, unknown>,
      ['name', 'isShared', 'config'],
    );
    if (Object.keys(changes).length === 0) return toSavedViewDto(before, ctx.actor);
    const now = deps.clock.now();
    const patch = { name: next.name, isShared: next.isShared, config: next.config };
    if (!(await updateViewVersioned(tx.db, ctx.orgId, id, version, patch, now))) {
      throw versionConflict(await presentView(tx, id));
    }
    await recordAudit(
      tx.db,
      tx,
      { action: 'saved_view.updated', targetType: 'saved_view', targetId: id, targetLabel: next.name, changes },
      now,
    );
    return presentView(tx, id);
  });
}

/** Deletes a view: its owner, or for a shared view the project's lead or an admin. */
export async function deleteView(deps: ViewsDeps, ctx: RequestContext, id: string): Promise<void> {
  await withTx(ctx, async (tx) => {
    const before = await findVisibleView(tx.db, ctx.orgId, ctx.actor, id);
    if (!before) throw notFound('No such view');
    if (!savedViewAbilities(ctx.actor, before).delete) {
      throw new AppError('forbidden', { detail: 'Only the owner, the project lead or an admin may delete this view' });
    }
    await deleteViewRow(tx.db, ctx.orgId, id);
    const changes = diffFields(before as unknown as Record<string, unknown>, null, [...FIELDS]);
    await recordAudit(
      tx.db,
      tx,
      { action: 'saved_view.deleted', targetType: 'saved_view', targetId: id, targetLabel: before.name, changes },
      deps.clock.now(),
    );
  });
}

export function createViewsService(deps: ViewsDeps) {
  return {
    listViews: bindDeps(deps, listViews),
    createView: bindDeps(deps, createView),
    updateView: bindDeps(deps, updateView),
    deleteView: bindDeps(deps, deleteView),
  };
}

export type ViewsService = ReturnType<typeof createViewsService>;
