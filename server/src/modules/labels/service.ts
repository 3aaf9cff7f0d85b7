import type { Label } from '@meridian/contracts';
import { requireProjectAccess } from '#modules/projects/access.ts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, forbidden, notFound } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';
import {
  deleteLabelRow,
  findLabelRow,
  insertLabel,
  isLabelNameTaken,
  type LabelRow,
  listLabelRows,
  updateLabelVersioned,
} from './queries.ts';

type Deps = { clock: Clock };

const toDto = (row: LabelRow): Label => ({ ...row });

/** Organisation labels are the admins'; a project's labels belong to whoever may update the project. */
async function assertCanManage(ctx: RequestContext, projectId: string | null): Promise<void> {
  if (projectId === null) {
    if (!hasRole(ctx.actor.role, 'admin')) throw forbidden('Only admins manage organisation labels');
    return;
  }
  await requireProjectAccess(ctx, projectId, 'update');
}

async function assertNameFree(ctx: RequestContext, projectId: string | null, name: string, exceptId: string | null) {
  if (!(await isLabelNameTaken(ctx.db, ctx.orgId, projectId, name, exceptId))) return;
  throw new AppError('already_exists', { fields: [fieldError('name', 'taken', 'A label with this name exists')] });
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new AppError('validation_failed', { fields: [fieldError('name', 'too_short', 'Enter a name')] });
  return trimmed;
}

async function audit(
  deps: Deps,
  ctx: RequestContext,
  label: LabelRow,
  action: string,
  changes: ReturnType<typeof diffFields>,
) {
  await recordAudit(
    ctx.db,
    ctx,
    { action, targetType: 'label', targetId: label.id, targetLabel: label.name, changes },
    deps.clock.now(),
  );
  await addOutboxEvent(ctx.db, ctx, {
    type: 'label.changed',
    payload: { labelId: label.id, projectId: label.projectId },
  });
}

/** Labels for tasks: organisation-wide ones and a project's own. */
export function createLabelsService(deps: Deps) {
  async function findVisible(ctx: RequestContext, id: string): Promise<LabelRow> {
    const row = await findLabelRow(ctx.db, ctx.orgId, id);
    if (!row) throw notFound('No such label');
    if (row.projectId) await requireProjectAccess(ctx, row.projectId, 'view');
    return row;
  }
  return {
    async list(ctx: RequestContext, query: { projectId?: string }) {
      if (query.projectId) await requireProjectAccess(ctx, query.projectId, 'view');
      return { items: (await listLabelRows(ctx.db, ctx.orgId, query.projectId ?? null)).map(toDto) };
    },
    async create(
      ctx: RequestContext,
      input: { name: string; color?: string; projectId?: string | null },
    ): Promise<Label> {
      const projectId = input.projectId ?? null;
      const name = cleanName(input.name);
      return withTx(ctx, async (tx) => {
        await assertCanManage(tx, projectId);
        await assertNameFree(tx, projectId, name, null);
        const row: LabelRow = { id: newId(), projectId, name, color: input.color ?? '#1677ff', version: 1 };
        await insertLabel(tx.db, { orgId: ctx.orgId, ...row, createdAt: deps.clock.now() });
        await audit(deps, tx, row, 'label.created', diffFields(null, row, ['name', 'color', 'projectId']));
        return toDto(row);
      });
    },
    async update(
      ctx: RequestContext,
      id: string,
      input: { name?: string; color?: string },
      version: number | undefined,
    ): Promise<Label> {
      return withTx(ctx, async (tx) => {
        const before = await findVisible(tx, id);
        await assertCanManage(tx, before.projectId);
        if (version !== undefined && version !== before.version) throw versionConflict(toDto(before));
        const next = {
          name: input.name === undefined ? before.name : cleanName(input.name),
          color: input.color ?? before.color,
        };
        const changes = diffFields(before, { ...before, ...next }, ['name', 'color']);
        if (Object.keys(changes).length === 0) return toDto(before);
        if (changes.name) await assertNameFree(tx, before.projectId, next.name, id);
        if (!(await updateLabelVersioned(tx.db, ctx.orgId, id, version, next))) throw versionConflict(toDto(before));
        const after = { ...before, ...next, version: before.version + 1 };
        await audit(deps, tx, after, 'label.updated', changes);
        return toDto(after);
      });
    },
    async remove(ctx: RequestContext, id: string): Promise<void> {
      await withTx(ctx, async (tx) => {
        const before = await findVisible(tx, id);
        await assertCanManage(tx, before.projectId);
        await deleteLabelRow(tx.db, ctx.orgId, id);
        await audit(deps, tx, before, 'label.deleted', diffFields(before, null, ['name', 'color', 'projectId']));
      });
    },
  };
}

export type LabelsService = ReturnType<typeof createLabelsService>;
