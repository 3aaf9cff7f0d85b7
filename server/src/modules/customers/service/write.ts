import type { CreateCustomerBody, Customer, UpdateCustomerBody } from '@meridian/contracts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, forbidden } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { customerAbilities, customerScopeOf, mayAssignTo } from '../policy.ts';
import { findAssignableMember, firstTeamOf, insertCustomer, teamExists, updateCustomerRow } from '../queries/rows.ts';
import type { CustomersDeps } from './deps.ts';
import { assertNoDuplicates } from './duplicates.ts';
import { cleanIdentity, cleanTags, customerSearchTerms } from './normalize.ts';
import { assertCrmMember, auditView, CUSTOMER_FIELDS, loadVisibleCustomer, presentCustomer } from './shared.ts';

const AUDIENCE = { minRole: 'member' as const };

async function assertTeam(ctx: RequestContext, teamId: string | null | undefined): Promise<void> {
  if (teamId && !(await teamExists(ctx.db, ctx.orgId, teamId))) {
    throw new AppError('validation_failed', { fields: [fieldError('teamId', 'invalid', 'No such team')] });
  }
}

/**
 * Creates a customer owned by the actor (or the given owner, or the pool when null), in the
 * owner's first team unless told; duplicates answer 409 (see assertNoDuplicates).
 */
export async function createCustomer(
  deps: CustomersDeps,
  ctx: RequestContext,
  input: CreateCustomerBody,
): Promise<Customer> {
  assertCrmMember(ctx);
  const identity = cleanIdentity({
    ...input,
    creditCode: input.creditCode ?? null,
    phone: input.phone ?? '',
    email: input.email ?? '',
  });
  return withTx(ctx, async (tx) => {
    const scope = await customerScopeOf(tx);
    const ownerId = input.ownerId === undefined ? ctx.actor.userId : input.ownerId;
    if (ownerId !== null && ownerId !== ctx.actor.userId) {
      if (!mayAssignTo(scope, ownerId) || !(await findAssignableMember(tx.db, ctx.orgId, ownerId))) {
        throw new AppError('validation_failed', {
          fields: [fieldError('ownerId', 'invalid', 'You cannot give customers to this person')],
        });
      }
    }
    await assertTeam(tx, input.teamId);
    const teamId =
      input.teamId !== undefined ? input.teamId : ownerId ? await firstTeamOf(tx.db, ctx.orgId, ownerId) : null;
    await assertNoDuplicates(
      tx,
      scope,
      {
        nameNormalized: identity.nameNormalized!,
        creditCode: identity.creditCode ?? null,
        phone: identity.phoneNormalized ?? null,
        email: identity.emailNormalized ?? null,
      },
      { excludeId: null, allowDuplicate: input.allowDuplicate === true },
    );
    const id = newId();
    const now = deps.clock.now();
    const tags = cleanTags(input.tags ?? []);
    const row = {
      name: identity.name!,
      type: input.type ?? 'enterprise',
      industry: input.industry?.trim() ?? '',
      country: input.country ?? 'CN',
      province: input.province?.trim() ?? '',
      city: input.city?.trim() ?? '',
      size: input.size?.trim() ?? '',
      source: input.source?.trim() ?? '',
      status: input.status ?? 'prospect',
      creditCode: identity.creditCode ?? null,
      phone: identity.phone ?? '',
      email: identity.email ?? '',
      ownerId,
      teamId,
      tags,
      address: input.address?.trim() ?? '',
      website: input.website?.trim() ?? '',
      notes: input.notes ?? '',
      customFields: input.customFields ?? {},
    };
    await insertCustomer(tx.db, {
      orgId: ctx.orgId,
      id,
      ...row,
      nameNormalized: identity.nameNormalized!,
      namePinyin: identity.namePinyin!,
      phoneNormalized: identity.phoneNormalized ?? null,
      emailNormalized: identity.emailNormalized ?? null,
      searchTerms: customerSearchTerms(row),
      claimedAt: ownerId ? now : null,
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const changes = diffFields(null, row, [...CUSTOMER_FIELDS]);
    await recordAudit(
      tx.db,
      tx,
      { action: 'customer.created', targetType: 'customer', targetId: id, targetLabel: row.name, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'customer.created',
      payload: { customerId: id, ownerId },
      audience: AUDIENCE,
    });
    return presentCustomer(tx, id, scope);
  });
}

/** Edits a customer the actor manages; a stale version answers 409 with the current customer. */
export async function updateCustomer(
  deps: CustomersDeps,
  ctx: RequestContext,
  id: string,
  input: UpdateCustomerBody,
  version: number | undefined,
): Promise<Customer> {
  assertCrmMember(ctx);
  const identity = cleanIdentity(input);
  return withTx(ctx, async (tx) => {
    const { row: before, scope } = await loadVisibleCustomer(tx, id, { lock: true });
    if (!customerAbilities(scope, before).update) throw forbidden('You may not edit this customer');
    if (version !== undefined && version !== before.version)
      throw versionConflict(await presentCustomer(tx, id, scope));
    if (input.teamId !== undefined) await assertTeam(tx, input.teamId);
    const next = {
      ...auditView(before),
      ...Object.fromEntries(
        (
          [
            'type',
            'industry',
            'country',
            'province',
            'city',
            'size',
            'source',
            'status',
            'address',
            'website',
            'notes',
            'customFields',
            'teamId',
          ] as const
        )
          .filter((f) => input[f] !== undefined)
          .map((f) => [f, typeof input[f] === 'string' && f !== 'notes' ? (input[f] as string).trim() : input[f]]),
      ),
      ...(identity.name !== undefined ? { name: identity.name } : {}),
      ...(identity.creditCode !== undefined ? { creditCode: identity.creditCode } : {}),
      ...(identity.phone !== undefined ? { phone: identity.phone } : {}),
      ...(identity.email !== undefined ? { email: identity.email } : {}),
      ...(input.tags !== undefined ? { tags: cleanTags(input.tags) } : {}),
    } as ReturnType<typeof auditView>;
    const changes = diffFields(auditView(before), next, [...CUSTOMER_FIELDS]);
    if (Object.keys(changes).length === 0) return presentCustomer(tx, id, scope);
    const identityChanged = ['name', 'creditCode', 'phone', 'email'].some((f) => f in changes);
    if (identityChanged) {
      await assertNoDuplicates(
        tx,
        scope,
        {
          nameNormalized: changes.name ? identity.nameNormalized! : null,
          creditCode: changes.creditCode ? (identity.creditCode ?? null) : null,
          phone: changes.phone ? (identity.phoneNormalized ?? null) : null,
          email: changes.email ? (identity.emailNormalized ?? null) : null,
        },
        { excludeId: id, allowDuplicate: input.allowDuplicate === true },
      );
    }
    const now = deps.clock.now();
    const patch = {
      ...Object.fromEntries(Object.keys(changes).map((f) => [f, next[f as keyof typeof next]])),
      ...(identity.nameNormalized !== undefined
        ? { nameNormalized: identity.nameNormalized, namePinyin: identity.namePinyin }
        : {}),
      ...(identity.phoneNormalized !== undefined ? { phoneNormalized: identity.phoneNormalized } : {}),
      ...(identity.emailNormalized !== undefined ? { emailNormalized: identity.emailNormalized } : {}),
      searchTerms: customerSearchTerms(
        next as { name: string; phone: string; email: string; creditCode: string | null; tags: string[] },
      ),
      updatedAt: now,
    };
    if (!(await updateCustomerRow(tx.db, ctx.orgId, id, version, patch))) {
      throw versionConflict(await presentCustomer(tx, id, scope));
    }
    await recordAudit(
      tx.db,
      tx,
      { action: 'customer.updated', targetType: 'customer', targetId: id, targetLabel: String(next.name), changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'customer.updated',
      payload: { customerId: id, changes: Object.keys(changes) },
      audience: AUDIENCE,
    });
    return presentCustomer(tx, id, scope);
  });
}

/** Soft-deletes a customer (admins, or the rep who owns it). */
export async function deleteCustomer(
  deps: CustomersDeps,
  ctx: RequestContext,
  id: string,
  version: number | undefined,
): Promise<void> {
  assertCrmMember(ctx);
  await withTx(ctx, async (tx) => {
    const { row, scope } = await loadVisibleCustomer(tx, id, { lock: true });
    if (!customerAbilities(scope, row).delete) throw forbidden('Only admins and the owner may delete a customer');
    if (version !== undefined && version !== row.version) throw versionConflict(await presentCustomer(tx, id, scope));
    const now = deps.clock.now();
    await updateCustomerRow(tx.db, ctx.orgId, id, undefined, { deletedAt: now, updatedAt: now });
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'customer.deleted',
        targetType: 'customer',
        targetId: id,
        targetLabel: row.name,
        changes: diffFields(auditView(row), null, [...CUSTOMER_FIELDS]),
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, { type: 'customer.deleted', payload: { customerId: id }, audience: AUDIENCE });
  });
}
