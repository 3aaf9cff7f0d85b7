import type { Deal, DealLineItemInput } from '@meridian/contracts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { newId } from '#platform/ids/ids.ts';
import { type RecordScope, recordScopeOf } from '#platform/permissions/record-visibility.ts';
import { dealAmountMinor, isSafeAmount, lineTotalMinor, toQuantityMilli } from '../money.ts';
import { dealAbilities } from '../policy.ts';
import { toDealDto } from '../presenter.ts';
import { type DealRow, findVisibleDeal } from '../queries/deal-rows.ts';
import { isActiveMember, teamExists } from '../queries/references.ts';
import type { DealsDeps } from './deps.ts';

export const DEAL_FIELDS = [
  'name',
  'amountMinor',
  'currency',
  'probabilityOverride',
  'expectedCloseDate',
  'ownerId',
  'teamId',
  'source',
  'competitors',
  'contactIds',
  'nextStep',
  'notes',
] as const;

export function scopeOf(ctx: RequestContext): Promise<RecordScope> {
  return recordScopeOf(ctx);
}

/** A deal the actor can see, or 404 (another org's, invisible and deleted deals alike). */
export async function requireDeal(ctx: RequestContext, id: string, scope: RecordScope): Promise<DealRow> {
  const row = await findVisibleDeal(ctx.db, ctx.orgId, id, scope);
  if (!row) throw notFound('No such deal');
  return row;
}

export async function presentDeal(deps: DealsDeps, ctx: RequestContext, id: string, scope: RecordScope): Promise<Deal> {
  const row = await requireDeal(ctx, id, scope);
  return toDealDto(row, { now: deps.clock.now(), abilities: dealAbilities(ctx.actor, row) });
}

export type LineRow = {
  id: string;
  position: number;
  name: string;
  quantityMilli: number;
  unitPriceMinor: number;
  discountBp: number;
  lineTotalMinor: number;
};

/** Lines as stored, and the amount they add up to; an amount beyond exact integers is a field error. */
export function priceLines(lines: DealLineItemInput[]): { rows: LineRow[]; amountMinor: number } {
  const rows = lines.map((line, position) => {
    const quantityMilli = toQuantityMilli(line.quantity);
    const discountBp = line.discountBp ?? 0;
    const total = lineTotalMinor(quantityMilli, line.unitPriceMinor, discountBp);
    if (!isSafeAmount(total)) {
      throw new AppError('validation_failed', {
        fields: [fieldError(`lineItems.${position}.quantity`, 'too_large', 'This line’s total is too large')],
      });
    }
    return {
      id: newId(),
      position,
      name: line.name.trim(),
      quantityMilli,
      unitPriceMinor: line.unitPriceMinor,
      discountBp,
      lineTotalMinor: Number(total),
    };
  });
  const amount = dealAmountMinor(rows);
  if (!isSafeAmount(amount)) {
    throw new AppError('validation_failed', {
      fields: [fieldError('lineItems', 'too_large', 'The deal’s total is too large')],
    });
  }
  return { rows, amountMinor: Number(amount) };
}

/** The owner must be an active member and the team a team of the organisation: else field errors. */
export async function assertOwnerAndTeam(
  ctx: RequestContext,
  ownerId: string | null | undefined,
  teamId: string | null | undefined,
) {
  if (ownerId && !(await isActiveMember(ctx.db, ctx.orgId, ownerId))) {
    throw new AppError('validation_failed', {
      fields: [fieldError('ownerId', 'invalid', 'No such member in this organisation')],
    });
  }
  if (teamId && !(await teamExists(ctx.db, ctx.orgId, teamId))) {
    throw new AppError('validation_failed', {
      fields: [fieldError('teamId', 'invalid', 'No such team in this organisation')],
    });
  }
}
