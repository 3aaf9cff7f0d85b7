import type { CrmSettings, UpdateCrmSettingsBody } from '@meridian/contracts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';
import { type CrmSettingsRow, loadCrmSettings, saveCrmSettings } from './queries.ts';

export type CrmSettingsDeps = { clock: Clock };

const FIELDS = [
  'poolReturnDays',
  'poolReminderDays',
  'reclaimCooldownDays',
  'dailyClaimLimit',
  'maxCustomersPerRep',
] as const;

function assertAdmin(ctx: RequestContext): void {
  if (!hasRole(ctx.actor.role, 'admin')) {
    throw new AppError('forbidden', { detail: 'Only admins and owners manage the CRM rules' });
  }
}

const toDto = (row: CrmSettingsRow): CrmSettings => ({ ...row });

/** The organisation's CRM rules (admins). */
export async function getCrmSettings(_deps: CrmSettingsDeps, ctx: RequestContext): Promise<CrmSettings> {
  assertAdmin(ctx);
  return toDto(await loadCrmSettings(ctx.db, ctx.orgId));
}

/** Changes the pool rules; a stale version answers 409 with the current rules. */
export async function updateCrmSettings(
  deps: CrmSettingsDeps,
  ctx: RequestContext,
  input: UpdateCrmSettingsBody,
  version: number | undefined,
): Promise<CrmSettings> {
  assertAdmin(ctx);
  return withTx(ctx, async (tx) => {
    const before = await loadCrmSettings(tx.db, ctx.orgId);
    if (version !== undefined && version !== before.version) throw versionConflict(toDto(before));
    const next = { ...before };
    for (const field of FIELDS) if (input[field] !== undefined) next[field] = input[field]!;
    if (next.poolReturnDays > 0 && next.poolReminderDays >= next.poolReturnDays) {
      throw new AppError('validation_failed', {
        fields: [fieldError('poolReminderDays', 'too_large', 'The reminder must come before the return')],
      });
    }
    const changes = diffFields(before, next, [...FIELDS]);
    if (Object.keys(changes).length === 0) return toDto(before);
    const now = deps.clock.now();
    const { version: _v, ...values } = next;
    const saved = await saveCrmSettings(tx.db, ctx.orgId, values, version, now);
    if (!saved) throw versionConflict(toDto(await loadCrmSettings(tx.db, ctx.orgId)));
    await recordAudit(
      tx.db,
      tx,
      { action: 'crm_settings.updated', targetType: 'crm_settings', targetId: ctx.orgId, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'crm_settings.updated',
      payload: { changes: Object.keys(changes) },
      audience: { minRole: 'admin' },
    });
    return toDto(saved);
  });
}
