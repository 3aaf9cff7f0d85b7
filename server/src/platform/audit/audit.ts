import type { Executor } from '#db/client.ts';
import { auditLog } from '#db/schema/index.ts';
import type { AnyContext } from '#platform/context/request-context.ts';
import { newId } from '#platform/ids/ids.ts';

export type AuditChanges = Record<string, { from: unknown; to: unknown }>;

export type AuditEntryInput = {
  orgId?: string;
  action: string;
  targetType: string;
  targetId: string;
  targetLabel?: string;
  changes?: AuditChanges;
  /** The actor when the context has none yet (e.g. the user who just signed up). */
  actorId?: string;
};

/** The fields whose values differ between two versions of a record, as `{ field: { from, to } }`. */
export function diffFields<T extends Record<string, unknown>>(
  before: T | null,
  after: T | null,
  fields: (keyof T)[],
): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const from = before ? normalise(before[field]) : null;
    const to = after ? normalise(after[field]) : null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field as string] = { from, to };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/** Writes one audit row on the given transaction; it commits or rolls back with the change. */
export async function recordAudit(db: Executor, ctx: AnyContext, entry: AuditEntryInput, at: Date): Promise<void> {
  const orgId = entry.orgId ?? ctx.orgId;
  if (!orgId) throw new Error('audit entry without organisation');
  await db.insert(auditLog).values({
    orgId,
    id: newId(),
    at,
    actorId: entry.actorId ?? ctx.actor?.userId ?? null,
    actorVia: ctx.actor?.via ?? (entry.actorId ? 'session' : 'system'),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    targetLabel: entry.targetLabel ?? '',
    ip: ctx.ip,
    userAgent: ctx.userAgent.slice(0, 300),
    requestId: ctx.requestId,
    changes: entry.changes ?? {},
  });
}
