import { sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { auditLog, outboxEvents } from '#db/schema/index.ts';
import type { AuditChanges } from '#platform/audit/audit.ts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { newId } from '#platform/ids/ids.ts';
import { OUTBOX_CHANNEL } from '#platform/outbox/outbox.ts';

/** The snapshot fields of many tasks, each with its full new values. */
export type TaskFieldRow = {
  id: string;
  statusId: string;
  statusCategory: string;
  completedAt: string | null;
  assigneeId: string | null;
  priority: string;
  dueDate: string | null;
  labelIds: string[];
  rank: string;
};

/**
 * Writes the fields of many tasks in one statement (bulk edits and their undo), bumping each
 * version: 500 tasks cost one round trip, not 500.
 */
export async function updateTaskFields(db: Executor, orgId: string, rows: TaskFieldRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      status_id: r.statusId,
      status_category: r.statusCategory,
      completed_at: r.completedAt,
      assignee_id: r.assigneeId,
      priority: r.priority,
      due_date: r.dueDate,
      label_ids: r.labelIds,
      rank: r.rank,
    })),
  );
  await db.execute(sql`update tasks t set
      status_id = v.status_id, status_category = v.status_category, completed_at = v.completed_at,
      assignee_id = v.assignee_id, priority = v.priority, due_date = v.due_date, label_ids = v.label_ids,
      rank = v.rank, updated_at = ${now}, version = t.version + 1
    from jsonb_to_recordset(${json}::jsonb) as v(id uuid, status_id uuid, status_category text,
      completed_at timestamptz, assignee_id uuid, priority text, due_date date, label_ids uuid[], rank text)
    where t.org_id = ${orgId} and t.id = v.id`);
}

export type AuditRow = { action: string; targetId: string; targetLabel: string; changes: AuditChanges };

/** Many task audit rows in one insert, with the request's facts (as recordAudit writes one). */
export async function insertTaskAudits(db: Executor, ctx: RequestContext, entries: AuditRow[], at: Date) {
  if (entries.length === 0) return;
  await db.insert(auditLog).values(
    entries.map((e) => ({
      orgId: ctx.orgId,
      id: newId(),
      at,
      actorId: ctx.actor.userId,
      actorVia: ctx.actor.via,
      action: e.action,
      targetType: 'task',
      targetId: e.targetId,
      targetLabel: e.targetLabel,
      ip: ctx.ip,
      userAgent: ctx.userAgent.slice(0, 300),
      requestId: ctx.requestId,
      changes: e.changes,
    })),
  );
}

export type EventRow = { type: string; payload: Record<string, unknown>; userIds: string[] };

/** Many outbox events in one insert and one NOTIFY (as addOutboxEvent writes one). */
export async function insertTaskEvents(db: Executor, ctx: RequestContext, events: EventRow[]) {
  if (events.length === 0) return;
  await db.insert(outboxEvents).values(
    events.map((e) => ({
      orgId: ctx.orgId,
      id: newId(),
      type: e.type,
      payload: e.payload,
      actorId: ctx.actor.userId,
      audience: { userIds: e.userIds },
    })),
  );
  await db.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
}
