import type { OrgRole, Task } from '@meridian/contracts';
import type { Executor } from '#db/client.ts';
import { type AuditChanges, recordAudit } from '#platform/audit/audit.ts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { notFound } from '#platform/errors/app-error.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { documentTerms } from '#platform/search/search-terms.ts';
import { taskKey, toTaskDto } from '../presenter.ts';
import { findTaskRow, findTaskRows, loadTaskCounts, type TaskRow } from '../queries/rows.ts';
import { projectAudience } from '../queries/writes.ts';

/** The search terms of a task: its key (also whole, lower-cased), title and description. */
export function taskSearchTerms(key: string, title: string, description: string): string[] {
  return [...new Set([key.toLowerCase(), ...documentTerms(`${key} ${title}`, description)])];
}

export const hoursToMinutes = (hours: number | null | undefined) =>
  hours === null || hours === undefined ? null : Math.round(hours * 60);

/** Rows as DTOs with their counts: two queries, whatever the number of rows. */
export async function presentRows(db: Executor, orgId: string, role: OrgRole, rows: TaskRow[]): Promise<Task[]> {
  const counts = await loadTaskCounts(
    db,
    orgId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toTaskDto(row, counts.get(row.id), role));
}

export async function presentTask(ctx: RequestContext, id: string): Promise<Task> {
  const row = await findTaskRow(ctx.db, ctx.orgId, ctx.actor.userId, id);
  if (!row) throw notFound('No such task');
  return (await presentRows(ctx.db, ctx.orgId, ctx.actor.role, [row]))[0]!;
}

export async function presentTasks(ctx: RequestContext, ids: string[]): Promise<Task[]> {
  const rows = await findTaskRows(ctx.db, ctx.orgId, ctx.actor.userId, ids);
  return presentRows(ctx.db, ctx.orgId, ctx.actor.role, rows);
}

export type TaskEvent = { type: string; payload: Record<string, unknown> };

/**
 * Writes the audit row and the outbox events of one task change in the caller's transaction;
 * the events reach only the people who may see the project.
 */
export async function recordTaskChange(
  ctx: RequestContext,
  task: { id: string; projectId: string; label: string },
  audit: { action: string; changes?: AuditChanges },
  events: TaskEvent[],
  now: Date,
  audience?: string[],
): Promise<void> {
  await recordAudit(
    ctx.db,
    ctx,
    { action: audit.action, targetType: 'task', targetId: task.id, targetLabel: task.label, changes: audit.changes },
    now,
  );
  if (events.length === 0) return;
  const userIds = audience ?? (await projectAudience(ctx.db, ctx.orgId, task.projectId)).userIds;
  for (const event of events) {
    await addOutboxEvent(ctx.db, ctx, { type: event.type, payload: event.payload, audience: { userIds } });
  }
}

export function labelOf(row: Pick<TaskRow, 'projectKey' | 'number' | 'title'>): string {
  return `${taskKey(row)} ${row.title}`.slice(0, 300);
}
