import type { Interaction, LogInteractionBody } from '@meridian/contracts';
import { findVisibleCustomer, findVisibleDeal, touchDealActivity } from '#modules/deals/index.ts';
// The tasks module's service function (its index.ts does not re-export it yet).
import { createTask } from '#modules/tasks/service/create.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { recordScopeOf } from '#platform/permissions/record-visibility.ts';
import { assertCanLogInteraction } from '../policy.ts';
import { insertInteraction } from '../queries.ts';
import type { InteractionsDeps } from './deps.ts';
import { checkPeople, presentInteraction } from './shared.ts';

const invalid = (field: string, message: string) =>
  new AppError('validation_failed', { fields: [fieldError(field, 'invalid', message)] });

/** The follow-up task of a next step, through the tasks module; its unknown project is a field error here. */
async function createFollowUp(
  deps: InteractionsDeps,
  ctx: RequestContext,
  input: LogInteractionBody,
  customerId: string,
) {
  const follow = input.createFollowUpTask!;
  const title = follow.title?.trim() || input.nextStep?.trim() || input.summary.trim().slice(0, 200);
  try {
    const task = await createTask(deps, ctx, {
      projectId: follow.projectId,
      title,
      assigneeId: follow.assigneeId ?? ctx.actor.userId,
      dueDate: follow.dueDate,
      customerId,
      dealId: input.dealId ?? null,
    });
    return task.id;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'forbidden')) {
      throw invalid('createFollowUpTask.projectId', 'You cannot add tasks to this project');
    }
    throw error;
  }
}

/**
 * Logs a call, visit, meeting… with a customer the actor sees (and optionally one of its deals),
 * moves the deal's last activity forward (the customers module moves the customer's on
 * interaction.logged), and can create the follow-up task.
 */
export async function logInteraction(
  deps: InteractionsDeps,
  ctx: RequestContext,
  input: LogInteractionBody,
): Promise<Interaction> {
  assertCanLogInteraction(ctx.actor);
  const scope = await recordScopeOf(ctx);
  return withTx(ctx, async (tx) => {
    const customer = await findVisibleCustomer(tx.db, ctx.orgId, input.customerId, scope, ctx.actor.role);
    if (!customer) throw invalid('customerId', 'No such customer');
    const dealId = input.dealId ?? null;
    if (dealId) {
      const deal = await findVisibleDeal(tx.db, ctx.orgId, dealId, scope);
      if (!deal || deal.customerId !== customer.id) throw invalid('dealId', 'No such deal of this customer');
    }
    await checkPeople(tx, customer.id, input);
    const now = deps.clock.now();
    const occurredAt = input.occurredAt ? new Date(input.occurredAt) : now;
    const followUpTaskId = input.createFollowUpTask ? await createFollowUp(deps, tx, input, customer.id) : null;
    const id = newId();
    const row = {
      kind: input.kind,
      occurredAt,
      summary: input.summary.trim(),
      outcome: input.outcome?.trim() ?? '',
      nextStep: input.nextStep?.trim() ?? '',
      nextStepDue: input.nextStepDue ?? input.createFollowUpTask?.dueDate ?? null,
    };
    if (!row.summary)
      throw new AppError('validation_failed', { fields: [fieldError('summary', 'too_short', 'Write what happened')] });
    const participantIds = [...new Set([ctx.actor.userId, ...(input.participantIds ?? [])])];
    await insertInteraction(tx.db, {
      orgId: ctx.orgId,
      id,
      ...row,
      customerId: customer.id,
      dealId,
      participantIds,
      contactIds: [...new Set(input.contactIds ?? [])],
      followUpTaskId,
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    if (dealId) await touchDealActivity(tx.db, ctx.orgId, dealId, occurredAt);
    const changes = {
      kind: { from: null, to: row.kind },
      customerId: { from: null, to: customer.id },
      dealId: { from: null, to: dealId },
      summary: { from: null, to: row.summary },
      followUpTaskId: { from: null, to: followUpTaskId },
    };
    await recordAudit(
      tx.db,
      tx,
      { action: 'interaction.logged', targetType: 'interaction', targetId: id, targetLabel: customer.name, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'interaction.logged',
      payload: { interactionId: id, customerId: customer.id, dealId },
    });
    return presentInteraction(tx, id, scope);
  });
}
