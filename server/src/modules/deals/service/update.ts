import type { Deal, UpdateDealBody } from '@meridian/contracts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { documentTerms } from '#platform/search/search-terms.ts';
import { assertCanDeal } from '../policy.ts';
import { replaceLineItems, updateDealVersioned } from '../queries/deal-writes.ts';
import type { DealsDeps } from './deps.ts';
import { assertOwnerAndTeam, DEAL_FIELDS, presentDeal, priceLines, requireDeal, scopeOf } from './shared.ts';

/** After a write the actor has passed visibility already: the answer shows the deal even if it left their view. */
const seenBy = (ctx: RequestContext) => ({ kind: 'all' as const, userId: ctx.actor.userId });

/**
 * Changes a deal's fields; line items replace the old ones and set the amount. A stale version
 * answers 409 with the current deal. The stage changes only through POST /deals/{id}/stage.
 */
export async function updateDeal(
  deps: DealsDeps,
  ctx: RequestContext,
  id: string,
  input: UpdateDealBody,
  version: number | undefined,
): Promise<Deal> {
  const scope = await scopeOf(ctx);
  return withTx(ctx, async (tx) => {
    const before = await requireDeal(tx, id, scope);
    assertCanDeal(ctx.actor, before, 'update');
    if (version !== undefined && version !== before.version)
      throw versionConflict(await presentDeal(deps, tx, id, scope));
    const lines = input.lineItems ? priceLines(input.lineItems) : null;
    if (input.amountMinor !== undefined && input.lineItems === undefined && before.lineItems.length > 0) {
      throw new AppError('validation_failed', {
        fields: [fieldError('amountMinor', 'invalid', 'The amount is the sum of the line items; change those instead')],
      });
    }
    const pick = <K extends keyof UpdateDealBody>(key: K, current: unknown) =>
      input[key] === undefined ? current : input[key];
    const next = {
      name: input.name === undefined ? before.name : input.name.trim(),
      amountMinor: lines?.rows.length ? lines.amountMinor : (pick('amountMinor', Number(before.amountMinor)) as number),
      currency: pick('currency', before.currency) as string,
      probabilityOverride: pick('probabilityOverride', before.probabilityOverride) as number | null,
      expectedCloseDate: pick('expectedCloseDate', before.expectedCloseDate) as string | null,
      ownerId: pick('ownerId', before.ownerId) as string | null,
      teamId: pick('teamId', before.teamId) as string | null,
      source: input.source === undefined ? before.source : input.source.trim(),
      competitors: pick('competitors', before.competitors) as string[],
      contactIds: input.contactIds === undefined ? before.contactIds : [...new Set(input.contactIds)],
      nextStep: input.nextStep === undefined ? before.nextStep : input.nextStep.trim(),
      notes: pick('notes', before.notes) as string,
    };
    if (!next.name)
      throw new AppError('validation_failed', { fields: [fieldError('name', 'too_short', 'Enter a name')] });
    const current = { ...before, amountMinor: Number(before.amountMinor) };
    const changes = diffFields(current, { ...current, ...next }, [...DEAL_FIELDS]);
    if (lines) changes.lineItems = { from: before.lineItems.map((l) => l.name), to: lines.rows.map((l) => l.name) };
    if (Object.keys(changes).length === 0) return presentDeal(deps, tx, id, scope);
    if (changes.ownerId || changes.teamId)
      await assertOwnerAndTeam(tx, changes.ownerId ? next.ownerId : null, changes.teamId ? next.teamId : null);
    const now = deps.clock.now();
    const patch = { ...next, searchTerms: documentTerms(next.name, before.customerName), updatedAt: now };
    if (!(await updateDealVersioned(tx.db, ctx.orgId, id, version, patch)))
      throw versionConflict(await presentDeal(deps, tx, id, scope));
    if (lines) await replaceLineItems(tx.db, ctx.orgId, id, lines.rows);
    await recordAudit(
      tx.db,
      tx,
      { action: 'deal.updated', targetType: 'deal', targetId: id, targetLabel: next.name, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, { type: 'deal.updated', payload: { dealId: id, changes: Object.keys(changes) } });
    return presentDeal(deps, tx, id, seenBy(ctx));
  });
}

/** Deletes a deal (kept out of every read; its history stays for the audit). */
export async function deleteDeal(
  deps: DealsDeps,
  ctx: RequestContext,
  id: string,
  version: number | undefined,
): Promise<void> {
  const scope = await scopeOf(ctx);
  await withTx(ctx, async (tx) => {
    const before = await requireDeal(tx, id, scope);
    assertCanDeal(ctx.actor, before, 'delete');
    if (version !== undefined && version !== before.version)
      throw versionConflict(await presentDeal(deps, tx, id, scope));
    const now = deps.clock.now();
    if (!(await updateDealVersioned(tx.db, ctx.orgId, id, version, { deletedAt: now, updatedAt: now }))) {
      throw versionConflict(await presentDeal(deps, tx, id, scope));
    }
    const changes = diffFields({ ...before, amountMinor: Number(before.amountMinor) }, null, [...DEAL_FIELDS]);
    await recordAudit(
      tx.db,
      tx,
      { action: 'deal.deleted', targetType: 'deal', targetId: id, targetLabel: before.name, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, { type: 'deal.deleted', payload: { dealId: id, pipelineId: before.pipelineId } });
  });
}
