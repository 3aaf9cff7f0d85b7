import type { ActivityChange, ActivityPage } from '@meridian/contracts';
import { requireProjectAccess } from '#modules/projects/access.ts';
import { requireTaskAccess } from '#modules/tasks/access.ts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { pageRequest, toPage } from '#platform/http/pagination.ts';
import { type ActivityRow, findLabels, listActivity as listActivityRows } from '../activity-queries.ts';
import { personRef } from '../presenter.ts';
import type { CommentsDeps } from './deps.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Fields whose ids the timeline shows as names. */
const LABELLED_FIELDS = new Set(['assigneeId', 'reporterId', 'leadId', 'userId', 'statusId', 'ownerId']);

function labelledIds(rows: ActivityRow[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const [field, change] of Object.entries(row.changes ?? {})) {
      if (!LABELLED_FIELDS.has(field)) continue;
      for (const value of [change?.from, change?.to]) if (typeof value === 'string' && UUID.test(value)) ids.add(value);
    }
  }
  return [...ids];
}

function toChanges(row: ActivityRow, labels: Map<string, string>): ActivityChange[] {
  return Object.entries(row.changes ?? {}).map(([field, change]) => {
    const label = (value: unknown) =>
      LABELLED_FIELDS.has(field) && typeof value === 'string' ? (labels.get(value) ?? null) : null;
    return {
      field,
      from: change?.from ?? null,
      to: change?.to ?? null,
      fromLabel: label(change?.from),
      toLabel: label(change?.to),
    };
  });
}

/** A task's or project's history from the audit log, newest first, with ids shown as names. */
export async function listActivity(
  _deps: CommentsDeps,
  ctx: RequestContext,
  target: { type: 'task' | 'project'; id: string },
  query: { limit?: number; cursor?: string },
): Promise<ActivityPage> {
  if (target.type === 'task') await requireTaskAccess(ctx, target.id, 'view');
  else await requireProjectAccess(ctx, target.id, 'view');
  const page = pageRequest(query, ['uuid']);
  const rows = await listActivityRows(ctx.db, ctx.orgId, target, {
    limit: page.limit,
    before: (page.cursor?.[0] as string | undefined) ?? null,
  });
  const labels = await findLabels(ctx.db, ctx.orgId, labelledIds(rows.slice(0, page.limit)));
  return toPage(
    rows,
    page.limit,
    (row) => [row.id],
    (row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actor:
        row.actorId && row.actorName
          ? personRef({ id: row.actorId, name: row.actorName, avatarColor: row.actorColor ?? '#1677ff' })
          : null,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      targetLabel: row.targetLabel,
      changes: toChanges(row, labels),
    }),
  );
}
