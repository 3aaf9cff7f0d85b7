import type { AuditEntry } from '@meridian/contracts';
import type { AuditRow } from './queries.ts';

export function toAuditEntryDto(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    // Rows written by the system itself have no actor.
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '', via: row.actorVia } : null,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetLabel: row.targetLabel,
    ip: row.ip,
    userAgent: row.userAgent,
    requestId: row.requestId,
    changes: (row.changes ?? {}) as AuditEntry['changes'],
  };
}
