import type { Interaction, UpdateInteractionBody } from '@meridian/contracts';
import { touchDealActivity } from '#modules/deals/index.ts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { recordScopeOf } from '#platform/permissions/record-visibility.ts';
import { assertCanInteraction } from '../policy.ts';
import { deleteInteraction as deleteRow, updateInteractionVersioned } from '../queries.ts';
import type { InteractionsDeps } from './deps.ts';
import { checkPeople, presentInteraction, requireInteraction } from './shared.ts';

const FIELDS = [
  'kind',
  'occurredAt',
  'summary',
  'outcome',
  'nextStep',
  'nextStepDue',
  'participantIds',
  'contactIds',
] as const;

/** Corrects an interaction (author or admin); a stale version answers 409. */
export async function updateInteraction(
  deps: InteractionsDeps,
  ctx: RequestContext,
  id: string,
  input: UpdateInteractionBody,
  version: number | undefined,
): Promise<Interaction> {
  const scope = await recordScopeOf(ctx);
  return withTx(ctx, async (tx) => {
    const before = await requireInteraction(tx, id, scope);
    assertCanInteraction(ctx.actor, before, 'update');
    if (version !== undefined && version !== before.version)
      throw versionConflict(await presentInteraction(tx, id, scope));
    await checkPeople(tx, before.customerId, input);
    const current = {
      kind: before.kind,
      occurredAt: new Date(before.occurredAt),
      summary: before.summary,
      outcome: before.outcome,
      nextStep: before.nextStep,
      nextStepDue: before.nextStepDue,
      participantIds: before.participants.map((p) => p.id).sort(),
      contactIds: before.contacts.map((c) => c.id).sort(),
    };
    const next = {
      kind: input.kind ?? current.kind,
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : current.occurredAt,
      summary: input.summary?.trim() || current.summary,
      outcome: input.outcome === undefined ? current.outcome : input.outcome.trim(),
      nextStep: input.nextStep === undefined ? current.nextStep : input.nextStep.trim(),
      nextStepDue: input.nextStepDue === undefined ? current.nextStepDue : input.nextStepDue,
      participantIds: input.participantIds ? [...new Set(input.participantIds)].sort() : current.participantIds,
      contactIds: input.contactIds ? [...new Set(input.contactIds)].sort() : current.contactIds,
    };
    const changes = diffFields(current, next, [...FIELDS]);
    if (Object.keys(changes).length === 0) return presentInteraction(tx, id, scope);
    const now = deps.clock.now();
    if (!(await updateInteractionVersioned(tx.db, ctx.orgId, id, version, { ...next, updatedAt: now }))) {
      throw versionConflict(await presentInteraction(tx, id, scope));
    }
    if (changes.occurredAt && before.dealId) await touchDealActivity(tx.db, ctx.orgId, before.dealId, next.occurredAt);
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'interaction.updated',
        targetType: 'interaction',
        targetId: id,
        targetLabel: before.customerName,
        changes,
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'interaction.updated',
      payload: { interactionId: id, customerId: before.customerId, dealId: before.dealId },
    });
    return presentInteraction(tx, id, scope);
  });
}

/** Deletes an interaction (author or admin); the follow-up task, if any, stays. */
export async function deleteInteraction(
  deps: InteractionsDeps,
  ctx: RequestContext,
  id: string,
  version: number | undefined,
) {
  const scope = await recordScopeOf(ctx);
  await withTx(ctx, async (tx) => {
    const before = await requireInteraction(tx, id, scope);
    assertCanInteraction(ctx.actor, before, 'delete');
    if (version !== undefined && version !== before.version)
      throw versionConflict(await presentInteraction(tx, id, scope));
    await deleteRow(tx.db, ctx.orgId, id);
    const now = deps.clock.now();
    const changes = { kind: { from: before.kind, to: null }, summary: { from: before.summary, to: null } };
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'interaction.deleted',
        targetType: 'interaction',
        targetId: id,
        targetLabel: before.customerName,
        changes,
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'interaction.deleted',
      payload: { interactionId: id, customerId: before.customerId, dealId: before.dealId },
    });
  });
}
