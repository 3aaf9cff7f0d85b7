import type { CreateCustomFieldBodySchema, CustomField, UpdateCustomFieldBodySchema } from '@meridian/contracts';
import type { Static } from 'typebox';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, forbidden, notFound } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';
import {
  type CustomFieldRow,
  deleteCustomFieldRow,
  findCustomFieldRow,
  insertCustomField,
  isCustomFieldNameTaken,
  listCustomFieldRows,
  nextCustomFieldPosition,
  updateCustomFieldVersioned,
} from './queries.ts';

type Deps = { clock: Clock };
type CreateBody = Static<typeof CreateCustomFieldBodySchema>;
type UpdateBody = Static<typeof UpdateCustomFieldBodySchema>;
const FIELDS = ['name', 'type', 'entity', 'options', 'isRequired', 'position', 'archivedAt'] as const;

function toDto(row: CustomFieldRow): CustomField {
  return {
    id: row.id,
    entity: row.entity as CustomField['entity'],
    name: row.name,
    type: row.type as CustomField['type'],
    options: row.options ?? [],
    isRequired: row.isRequired,
    position: row.position,
    archivedAt: row.archivedAt ? new Date(row.archivedAt).toISOString() : null,
    version: row.version,
  };
}

function assertAdmin(ctx: RequestContext) {
  if (!hasRole(ctx.actor.role, 'admin')) throw forbidden('Only admins manage custom fields');
}

function checkOptions(type: string, options: CreateBody['options']) {
  const list = options ?? [];
  if (type === 'select' && list.length === 0) {
    throw new AppError('validation_failed', { fields: [fieldError('options', 'required', 'Add at least one option')] });
  }
  const ids = new Set(list.map((o) => o.id));
  if (ids.size !== list.length) {
    throw new AppError('validation_failed', { fields: [fieldError('options', 'duplicate', 'Option ids must differ')] });
  }
  return type === 'select' ? list : [];
}

async function assertNameFree(ctx: RequestContext, entity: string, name: string, exceptId: string | null) {
  if (!(await isCustomFieldNameTaken(ctx.db, ctx.orgId, entity, name, exceptId))) return;
  throw new AppError('already_exists', { fields: [fieldError('name', 'taken', 'A field with this name exists')] });
}

async function audit(
  deps: Deps,
  ctx: RequestContext,
  row: { id: string; name: string; entity: string },
  action: string,
  changes: ReturnType<typeof diffFields>,
) {
  await recordAudit(
    ctx.db,
    ctx,
    { action, targetType: 'custom_field', targetId: row.id, targetLabel: row.name, changes },
    deps.clock.now(),
  );
  await addOutboxEvent(ctx.db, ctx, { type: 'custom_field.changed', payload: { fieldId: row.id, entity: row.entity } });
}

/** Organisation custom field definitions: every member reads them, admins manage them. */
export function createCustomFieldsService(deps: Deps) {
  return {
    async list(ctx: RequestContext, query: { entity?: string; includeArchived?: boolean }) {
      const rows = await listCustomFieldRows(ctx.db, ctx.orgId, query);
      return { items: rows.map(toDto) };
    },
    async create(ctx: RequestContext, input: CreateBody): Promise<CustomField> {
      assertAdmin(ctx);
      const name = input.name.trim();
      if (!name) throw new AppError('validation_failed', { fields: [fieldError('name', 'too_short', 'Enter a name')] });
      const options = checkOptions(input.type, input.options);
      return withTx(ctx, async (tx) => {
        await assertNameFree(tx, input.entity, name, null);
        const id = newId();
        const row = {
          entity: input.entity,
          name,
          type: input.type,
          options,
          isRequired: input.isRequired ?? false,
          position: await nextCustomFieldPosition(tx.db, ctx.orgId, input.entity),
        };
        await insertCustomField(tx.db, { orgId: ctx.orgId, id, ...row, createdAt: deps.clock.now() });
        await audit(
          deps,
          tx,
          { id, name, entity: input.entity },
          'custom_field.created',
          diffFields(null, row, ['entity', 'name', 'type', 'options', 'isRequired']),
        );
        return toDto((await findCustomFieldRow(tx.db, ctx.orgId, id))!);
      });
    },
    async update(
      ctx: RequestContext,
      id: string,
      input: UpdateBody,
      version: number | undefined,
    ): Promise<CustomField> {
      return withTx(ctx, async (tx) => {
        const before = await findCustomFieldRow(tx.db, ctx.orgId, id);
        if (!before) throw notFound('No such custom field');
        assertAdmin(ctx);
        if (version !== undefined && version !== before.version) throw versionConflict(toDto(before));
        const name = input.name === undefined ? before.name : input.name.trim();
        if (!name)
          throw new AppError('validation_failed', { fields: [fieldError('name', 'too_short', 'Enter a name')] });
        if (name !== before.name) await assertNameFree(tx, before.entity, name, id);
        const next = {
          name,
          options: input.options === undefined ? before.options : checkOptions(before.type, input.options),
          isRequired: input.isRequired ?? before.isRequired,
          position: input.position ?? before.position,
          archivedAt:
            input.archived === undefined
              ? before.archivedAt
              : input.archived
                ? (before.archivedAt ?? deps.clock.now())
                : null,
        };
        const changes = diffFields({ ...before }, { ...before, ...next }, [...FIELDS]);
        if (Object.keys(changes).length === 0) return toDto(before);
        if (!(await updateCustomFieldVersioned(tx.db, ctx.orgId, id, version, next)))
          throw versionConflict(toDto(before));
        await audit(deps, tx, { id, name, entity: before.entity }, 'custom_field.updated', changes);
        return toDto((await findCustomFieldRow(tx.db, ctx.orgId, id))!);
      });
    },
    async remove(ctx: RequestContext, id: string): Promise<void> {
      await withTx(ctx, async (tx) => {
        const before = await findCustomFieldRow(tx.db, ctx.orgId, id);
        if (!before) throw notFound('No such custom field');
        assertAdmin(ctx);
        await deleteCustomFieldRow(tx.db, ctx.orgId, id);
        await audit(deps, tx, before, 'custom_field.deleted', diffFields(before, null, ['entity', 'name', 'type']));
      });
    },
  };
}

export type CustomFieldsService = ReturnType<typeof createCustomFieldsService>;
