import { eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { crmSettings } from '#db/schema/index.ts';

export type CrmSettingsRow = {
  poolReturnDays: number;
  poolReminderDays: number;
  reclaimCooldownDays: number;
  dailyClaimLimit: number;
  maxCustomersPerRep: number;
  version: number;
};

const columns = {
  poolReturnDays: crmSettings.poolReturnDays,
  poolReminderDays: crmSettings.poolReminderDays,
  reclaimCooldownDays: crmSettings.reclaimCooldownDays,
  dailyClaimLimit: crmSettings.dailyClaimLimit,
  maxCustomersPerRep: crmSettings.maxCustomersPerRep,
  version: crmSettings.version,
};

/** The defaults an organisation without its own row works with (they match the column defaults). */
export const DEFAULT_CRM_SETTINGS: CrmSettingsRow = {
  poolReturnDays: 30,
  poolReminderDays: 3,
  reclaimCooldownDays: 7,
  dailyClaimLimit: 10,
  maxCustomersPerRep: 500,
  version: 1,
};

/** The organisation's CRM rules, or the defaults when it never changed them. */
export async function loadCrmSettings(db: Executor, orgId: string): Promise<CrmSettingsRow> {
  const rows = await db.select(columns).from(crmSettings).where(eq(crmSettings.orgId, orgId)).limit(1);
  return rows[0] ?? DEFAULT_CRM_SETTINGS;
}

/** Writes the settings when the version matches; null means someone else changed them first. */
export async function saveCrmSettings(
  db: Executor,
  orgId: string,
  next: Omit<CrmSettingsRow, 'version'>,
  version: number | undefined,
  at: Date,
): Promise<CrmSettingsRow | null> {
  const current = await loadCrmSettings(db, orgId);
  if (version !== undefined && version !== current.version) return null;
  const [row] = await db
    .insert(crmSettings)
    .values({ orgId, ...next, updatedAt: at, version: 2 })
    .onConflictDoUpdate({
      target: crmSettings.orgId,
      set: { ...next, updatedAt: at, version: sql`${crmSettings.version} + 1` },
      setWhere: version === undefined ? undefined : eq(crmSettings.version, version),
    })
    .returning(columns);
  return row ?? null;
}
