import type { Customer, PoolStatus } from '@meridian/contracts';
import { loadCrmSettings } from '#modules/crm-settings/index.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, forbidden } from '#platform/errors/app-error.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { customerAbilities } from '../policy.ts';
import { claimCustomerRow, countClaimsSince, countHeldBy, lockClaimsOf, releaseCustomerRow } from '../queries/pool.ts';
import { firstTeamOf } from '../queries/rows.ts';
import type { CustomersDeps } from './deps.ts';
import { assertCrmMember, loadVisibleCustomer, presentCustomer } from './shared.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight of `now`'s day in the time zone: the daily claim limit resets then. */
export function startOfDayIn(timeZone: string, now: Date): Date {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const elapsed = (part('hour') * 3600 + part('minute') * 60 + part('second')) * 1000 + now.getUTCMilliseconds();
  return new Date(now.getTime() - elapsed);
}

/** The actor's claims left today and customers held, for the pool page. */
export async function getPoolStatus(deps: CustomersDeps, ctx: RequestContext): Promise<PoolStatus> {
  assertCrmMember(ctx);
  const settings = await loadCrmSettings(ctx.db, ctx.orgId);
  const since = startOfDayIn(ctx.timeZone, deps.clock.now());
  const claimedToday = await countClaimsSince(ctx.db, ctx.orgId, ctx.actor.userId, since);
  const held = await countHeldBy(ctx.db, ctx.orgId, ctx.actor.userId);
  return {
    dailyClaimLimit: settings.dailyClaimLimit,
    claimedToday,
    remainingToday: settings.dailyClaimLimit > 0 ? Math.max(0, settings.dailyClaimLimit - claimedToday) : null,
    held,
    maxHeld: settings.maxCustomersPerRep,
  };
}

/**
 * Claims a customer from the pool (公海池) for the actor, under the organisation's rules: the
 * daily claim limit, the cap on customers held, and the cool-down before a previous owner may
 * take back a customer that returned to the pool. Each rule has its own 409 code.
 */
export async function claimCustomer(deps: CustomersDeps, ctx: RequestContext, id: string): Promise<Customer> {
  assertCrmMember(ctx);
  return withTx(ctx, async (tx) => {
    const userId = ctx.actor.userId;
    await lockClaimsOf(tx.db, ctx.orgId, userId);
    const { row, scope } = await loadVisibleCustomer(tx, id, { lock: true });
    if (row.ownerId !== null) {
      throw new AppError('conflict', { detail: 'This customer is not in the pool: someone owns it' });
    }
    if (!customerAbilities(scope, row).claim) throw forbidden('You may not claim customers');
    const settings = await loadCrmSettings(tx.db, ctx.orgId);
    const now = deps.clock.now();
    if (row.previousOwnerId === userId && row.returnedToPoolAt && settings.reclaimCooldownDays > 0) {
      const until = new Date(new Date(row.returnedToPoolAt).getTime() + settings.reclaimCooldownDays * DAY_MS);
      if (until > now) {
        throw new AppError('pool_reclaim_cooldown', {
          detail: `You held this customer until ${new Date(row.returnedToPoolAt).toISOString()}; you may claim it again from ${until.toISOString()}`,
        });
      }
    }
    if (settings.dailyClaimLimit > 0) {
      const claimed = await countClaimsSince(tx.db, ctx.orgId, userId, startOfDayIn(ctx.timeZone, now));
      if (claimed >= settings.dailyClaimLimit) {
        throw new AppError('pool_claim_limit', {
          detail: `You have claimed ${claimed} of ${settings.dailyClaimLimit} customers allowed today`,
        });
      }
    }
    if (settings.maxCustomersPerRep > 0) {
      const held = await countHeldBy(tx.db, ctx.orgId, userId);
      if (held >= settings.maxCustomersPerRep) {
        throw new AppError('pool_holding_cap', {
          detail: `You hold ${held} customers; the limit is ${settings.maxCustomersPerRep}`,
        });
      }
    }
    const teamId = (await firstTeamOf(tx.db, ctx.orgId, userId)) ?? row.teamId;
    if (!(await claimCustomerRow(tx.db, ctx.orgId, id, { userId, teamId }, now))) {
      throw new AppError('conflict', { detail: 'Someone else claimed this customer first' });
    }
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'customer.claimed',
        targetType: 'customer',
        targetId: id,
        targetLabel: row.name,
        changes: { ownerId: { from: null, to: userId } },
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'customer.claimed',
      payload: { customerId: id, ownerId: userId },
      audience: { minRole: 'member' },
    });
    return presentCustomer(tx, id);
  });
}

/** Puts a customer back in the pool (its owner, their managers or admins). */
export async function releaseCustomer(deps: CustomersDeps, ctx: RequestContext, id: string): Promise<Customer> {
  assertCrmMember(ctx);
  return withTx(ctx, async (tx) => {
    const { row, scope } = await loadVisibleCustomer(tx, id, { lock: true });
    if (row.ownerId === null) throw new AppError('conflict', { detail: 'This customer is already in the pool' });
    if (!customerAbilities(scope, row).release) throw forbidden('You may not release this customer');
    const now = deps.clock.now();
    const previousOwnerId = await releaseCustomerRow(tx.db, ctx.orgId, id, now);
    if (!previousOwnerId) throw new AppError('conflict', { detail: 'This customer is already in the pool' });
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'customer.released',
        targetType: 'customer',
        targetId: id,
        targetLabel: row.name,
        changes: { ownerId: { from: previousOwnerId, to: null } },
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'customer.released',
      payload: { customerId: id, previousOwnerId },
      audience: { minRole: 'member' },
    });
    return presentCustomer(tx, id);
  });
}
