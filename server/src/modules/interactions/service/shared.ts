import type { Interaction } from '@meridian/contracts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import type { RecordScope } from '#platform/permissions/record-visibility.ts';
import { interactionAbilities } from '../policy.ts';
import { toInteractionDto } from '../presenter.ts';
import { activeMemberIds, contactIdsOfCustomer, findVisibleInteraction, type InteractionRow } from '../queries.ts';

export async function requireInteraction(ctx: RequestContext, id: string, scope: RecordScope): Promise<InteractionRow> {
  const row = await findVisibleInteraction(ctx.db, ctx.orgId, id, scope, ctx.actor.role);
  if (!row) throw notFound('No such interaction');
  return row;
}

export async function presentInteraction(ctx: RequestContext, id: string, scope: RecordScope): Promise<Interaction> {
  const row = await requireInteraction(ctx, id, scope);
  return toInteractionDto(row, { abilities: interactionAbilities(ctx.actor, row) });
}

/** Participants must be active members; contacts must be the customer's. Unknown ones are field errors. */
export async function checkPeople(
  ctx: RequestContext,
  customerId: string,
  input: { participantIds?: string[]; contactIds?: string[] },
): Promise<void> {
  const participants = [...new Set(input.participantIds ?? [])];
  const known = new Set(await activeMemberIds(ctx.db, ctx.orgId, participants));
  const badParticipant = participants.findIndex((id) => !known.has(id));
  if (badParticipant >= 0) {
    throw new AppError('validation_failed', {
      fields: [fieldError(`participantIds.${badParticipant}`, 'invalid', 'No such member in this organisation')],
    });
  }
  const contacts = [...new Set(input.contactIds ?? [])];
  const ofCustomer = new Set(await contactIdsOfCustomer(ctx.db, ctx.orgId, customerId, contacts));
  const badContact = contacts.findIndex((id) => !ofCustomer.has(id));
  if (badContact >= 0) {
    throw new AppError('validation_failed', {
      fields: [fieldError(`contactIds.${badContact}`, 'invalid', 'No such contact of this customer')],
    });
  }
}
