import type { Interaction, InteractionKind } from '@meridian/contracts';
import { initialsOf } from '#modules/accounts/presenter.ts';
import type { InteractionRow } from './queries.ts';

const iso = (value: Date | string) => new Date(value).toISOString();

export function toInteractionDto(row: InteractionRow, options: { abilities: Interaction['abilities'] }): Interaction {
  return {
    id: row.id,
    kind: row.kind as InteractionKind,
    occurredAt: iso(row.occurredAt),
    customer: { id: row.customerId, name: row.customerName },
    deal: row.dealId && row.dealName !== null ? { id: row.dealId, name: row.dealName } : null,
    participants: row.participants.map((p) => ({ ...p, initials: initialsOf(p.name) })),
    contacts: row.contacts,
    summary: row.summary,
    outcome: row.outcome,
    nextStep: row.nextStep,
    nextStepDue: row.nextStepDue,
    followUpTaskId: row.followUpTaskId,
    createdBy:
      row.createdBy && row.createdByName !== null
        ? {
            id: row.createdBy,
            name: row.createdByName,
            initials: initialsOf(row.createdByName),
            avatarColor: row.createdByAvatarColor ?? '',
          }
        : null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    version: row.version,
    abilities: options.abilities,
  };
}
