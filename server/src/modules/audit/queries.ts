import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { auditLog, users } from '#db/schema/index.ts';

export type AuditFilter = {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
};

/** Keyset page on the time-ordered id: `beforeId` is the last id of the previous page. */
export type AuditPage = { limit: number; beforeId: string | null };

export type AuditRow = {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorVia: string;
  action: string;
  targetType: string;
  targetId: string;
  targetLabel: string;
  ip: string;
  userAgent: string;
  requestId: string;
  changes: unknown;
};

function conditions(orgId: string, filter: AuditFilter, beforeId: string | null): SQL[] {
  const where: SQL[] = [eq(auditLog.orgId, orgId)];
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.targetType) where.push(eq(auditLog.targetType, filter.targetType));
  if (filter.targetId) where.push(eq(auditLog.targetId, filter.targetId));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lt(auditLog.at, filter.to));
  if (beforeId) where.push(lt(auditLog.id, beforeId));
  return where;
}

/**
 * One page of an organisation's audit log, newest first, with the actor's name joined in the
 * same query. One row more than the limit is read to tell whether another page follows.
 */
export function auditPageQuery(db: Executor, orgId: string, filter: AuditFilter, page: AuditPage) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: users.name,
      actorVia: auditLog.actorVia,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetLabel: auditLog.targetLabel,
      ip: auditLog.ip,
      userAgent: auditLog.userAgent,
      requestId: auditLog.requestId,
      changes: auditLog.changes,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...conditions(orgId, filter, page.beforeId)))
    .orderBy(desc(auditLog.id))
    .limit(page.limit + 1);
}

export async function listAuditEntries(
  db: Executor,
  orgId: string,
  filter: AuditFilter,
  page: AuditPage,
): Promise<AuditRow[]> {
  return auditPageQuery(db, orgId, filter, page);
}
