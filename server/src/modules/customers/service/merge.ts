import type { Customer, MergeCustomerBody } from '@meridian/contracts';
import { recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, forbidden } from '#platform/errors/app-error.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { customerAbilities } from '../policy.ts';
import { updateCustomerRow } from '../queries/rows.ts';
import { markMerged, moveCustomerChildren } from '../queries/shares.ts';
import type { CustomersDeps } from './deps.ts';
import { customerSearchTerms } from './normalize.ts';
import { assertCrmMember, loadVisibleCustomer, presentCustomer } from './shared.ts';

/**
 * Merges the source customer into the target: contacts and shares move now; deals and
 * interactions move in their modules on `customer.merged`. The source stays as a tombstone
 * (merged_into_id) so that old links can be redirected; it disappears from every read.
 */
export async function mergeCustomer(
  deps: CustomersDeps,
  ctx: RequestContext,
  targetId: string,
  input: MergeCustomerBody,
): Promise<Customer> {
  assertCrmMember(ctx);
  if (input.sourceId === targetId) {
    throw new AppError('validation_failed', {
      fields: [fieldError('sourceId', 'invalid', 'A customer cannot be merged into itself')],
    });
  }
  return withTx(ctx, async (tx) => {
    // Both rows locked in id order, so that two opposite merges cannot deadlock.
    const [firstId, secondId] = [targetId, input.sourceId].sort();
    const first = await loadVisibleCustomer(tx, firstId!, { lock: true });
    const second = await loadVisibleCustomer(tx, secondId!, { lock: true, scope: first.scope });
    const target = first.row.id === targetId ? first.row : second.row;
    const source = first.row.id === targetId ? second.row : first.row;
    const scope = first.scope;
    if (!customerAbilities(scope, target).update || !customerAbilities(scope, source).update) {
      throw forbidden('You may merge only customers you manage');
    }
    const now = deps.clock.now();
    const contactsMoved = await moveCustomerChildren(tx.db, ctx.orgId, source.id, target.id, now);
    await markMerged(tx.db, ctx.orgId, source.id, target.id, now);
    const tags = [...new Set([...target.tags, ...source.tags])];
    const fill = {
      creditCode: target.creditCode ?? source.creditCode,
      phone: target.phone || source.phone,
      phoneNormalized: target.phoneNormalized ?? source.phoneNormalized,
      email: target.email || source.email,
      emailNormalized: target.emailNormalized ?? source.emailNormalized,
    };
    const lastActivity = [target.lastActivityAt, source.lastActivityAt]
      .filter((d): d is Date => d !== null)
      .map((d) => new Date(d))
      .sort((a, b) => b.getTime() - a.getTime())[0];
    await updateCustomerRow(tx.db, ctx.orgId, target.id, undefined, {
      ...fill,
      tags,
      lastActivityAt: lastActivity ?? null,
      searchTerms: customerSearchTerms({
        name: target.name,
        phone: fill.phone,
        email: fill.email,
        creditCode: fill.creditCode,
        tags,
      }),
      updatedAt: now,
    });
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'customer.merged',
        targetType: 'customer',
        targetId: target.id,
        targetLabel: target.name,
        changes: { mergedFrom: { from: null, to: { id: source.id, name: source.name, contactsMoved } } },
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'customer.merged',
      payload: { targetId: target.id, sourceId: source.id },
      audience: { minRole: 'member' },
    });
    return presentCustomer(tx, target.id, scope);
  });
}
