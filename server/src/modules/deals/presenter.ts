import type { Deal, DealCard, DealStageHistoryEntry, StageKind } from '@meridian/contracts';
import { initialsOf } from '#modules/accounts/presenter.ts';
import { fromQuantityMilli, weightedMinor } from './money.ts';
import type { DealRow } from './queries/deal-rows.ts';
import type { HistoryRow } from './queries/deal-writes.ts';

const DAY_MS = 86_400_000;
const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

function person(id: string | null, name: string | null, avatarColor: string | null) {
  if (!id || name === null) return null;
  return { id, name, initials: initialsOf(name), avatarColor: avatarColor ?? '' };
}

/**
 * Stalled: an open deal whose last stage change or activity is older than its stage's
 * threshold. `days` counts whole days since then, for the "停滞 N 天" badge.
 */
export function stallOf(
  row: Pick<DealRow, 'stageKind' | 'stallDays' | 'stageEnteredAt' | 'lastActivityAt'>,
  now: Date,
) {
  const entered = new Date(row.stageEnteredAt).getTime();
  const activity = row.lastActivityAt ? new Date(row.lastActivityAt).getTime() : 0;
  const idleMs = Math.max(0, now.getTime() - Math.max(entered, activity));
  const isStalled = row.stageKind === 'open' && row.stallDays !== null && idleMs > row.stallDays * DAY_MS;
  return { isStalled, days: Math.floor(idleMs / DAY_MS) };
}

export function probabilityOf(row: Pick<DealRow, 'probabilityOverride' | 'stageProbability'>): number {
  return row.probabilityOverride ?? row.stageProbability;
}

export function toDealDto(row: DealRow, options: { now: Date; abilities: Deal['abilities'] }): Deal {
  const stall = stallOf(row, options.now);
  const probability = probabilityOf(row);
  return {
    id: row.id,
    name: row.name,
    customer: { id: row.customerId, name: row.customerName },
    pipelineId: row.pipelineId,
    stageId: row.stageId,
    stageKind: row.stageKind,
    stageName: row.stageName,
    amountMinor: Number(row.amountMinor),
    currency: row.currency,
    probability,
    probabilityOverride: row.probabilityOverride,
    weightedAmountMinor: weightedMinor(Number(row.amountMinor), probability),
    expectedCloseDate: row.expectedCloseDate,
    owner: person(row.ownerId, row.ownerName, row.ownerAvatarColor),
    teamId: row.teamId,
    source: row.source,
    competitors: row.competitors,
    contactIds: row.contactIds,
    nextStep: row.nextStep,
    notes: row.notes,
    lostReason: row.lostReason,
    lineItems: row.lineItems.map((l) => ({
      id: l.id,
      name: l.name,
      quantity: fromQuantityMilli(Number(l.quantityMilli)),
      unitPriceMinor: Number(l.unitPriceMinor),
      discountBp: l.discountBp,
      lineTotalMinor: Number(l.lineTotalMinor),
    })),
    stageEnteredAt: iso(row.stageEnteredAt),
    lastActivityAt: isoOrNull(row.lastActivityAt),
    closedAt: isoOrNull(row.closedAt),
    isStalled: stall.isStalled,
    stalledDays: stall.days,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    version: row.version,
    abilities: options.abilities,
  };
}

export function toDealCardDto(row: DealRow, options: { now: Date; moveStage: boolean }): DealCard {
  const stall = stallOf(row, options.now);
  return {
    id: row.id,
    name: row.name,
    customer: { id: row.customerId, name: row.customerName },
    stageId: row.stageId,
    amountMinor: Number(row.amountMinor),
    currency: row.currency,
    probability: probabilityOf(row),
    expectedCloseDate: row.expectedCloseDate,
    owner: person(row.ownerId, row.ownerName, row.ownerAvatarColor),
    isStalled: stall.isStalled,
    stalledDays: stall.days,
    version: row.version,
    abilities: { moveStage: options.moveStage },
  };
}

export function toHistoryDto(row: HistoryRow): DealStageHistoryEntry {
  return {
    id: row.id,
    fromStage:
      row.fromStageId && row.fromStageName !== null
        ? { id: row.fromStageId, name: row.fromStageName, kind: row.fromStageKind as StageKind }
        : null,
    toStage: { id: row.toStageId, name: row.toStageName, kind: row.toStageKind as StageKind },
    at: iso(row.at),
    by: person(row.byId, row.byName, row.byAvatarColor),
    amountMinor: Number(row.amountMinor),
    currency: row.currency,
    lostReason: row.lostReason,
  };
}
