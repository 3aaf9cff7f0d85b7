import { type Board, type BoardQuery, TASK_PRIORITIES, type Task } from '@meridian/contracts';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { tasks } from '#db/schema/index.ts';
import { requireProjectAccess } from '#modules/projects/access.ts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { findBoardMembers, findBoardStatuses } from '../queries/board.ts';
import { assigneeWhere, searchWhere } from '../queries/filters.ts';
import { selectTaskRows, type TaskRow } from '../queries/rows.ts';
import { presentRows } from './shared.ts';

type Column = Board['columns'][number];

const column = (key: string, name: string, extra: Partial<Column> = {}): Column => ({
  key,
  name,
  category: null,
  color: null,
  wipLimit: null,
  count: 0,
  tasks: [],
  ...extra,
});

/**
 * A project's board: columns by status (with WIP limits), by assignee or by priority, cards in
 * rank order, subtasks included. Three queries for the columns, one for the cards and one for
 * their counts, whatever the number of cards.
 */
export async function getBoard(
  _deps: unknown,
  ctx: RequestContext,
  projectId: string,
  query: BoardQuery,
): Promise<Board> {
  await requireProjectAccess(ctx, projectId, 'view');
  const groupBy = query.groupBy ?? 'status';
  const where: SQL[] = [eq(tasks.orgId, ctx.orgId), eq(tasks.projectId, projectId), sql`${tasks.deletedAt} is null`];
  if (query.assigneeId) where.push(assigneeWhere(query.assigneeId, ctx.actor.userId));
  if (query.priority) where.push(sql`${tasks.priority} = any(${sql.param(query.priority.split(','))}::text[])`);
  if (query.labelId) where.push(sql`${tasks.labelIds} && ${sql.param(query.labelId.split(','))}::uuid[]`);
  const search = query.q ? searchWhere(query.q) : null;
  if (search) where.push(search);
  const [rows, statuses, members] = await Promise.all([
    selectTaskRows(ctx.db, ctx.actor.userId)
      .where(and(...where))
      .orderBy(sql`${tasks.rank} collate "C"`, tasks.id) as Promise<TaskRow[]>,
    groupBy === 'status' ? findBoardStatuses(ctx.db, ctx.orgId, projectId) : Promise.resolve([]),
    groupBy === 'assignee' ? findBoardMembers(ctx.db, ctx.orgId, projectId) : Promise.resolve([]),
  ]);
  const cards = await presentRows(ctx.db, ctx.orgId, ctx.actor.role, rows);
  const columns = new Map<string, Column>();
  let keyOf: (task: Task) => string;
  if (groupBy === 'status') {
    for (const s of statuses) {
      columns.set(
        s.id,
        column(s.id, s.name, {
          category: s.category as Column['category'],
          color: s.color,
          wipLimit: s.wipLimit,
        }),
      );
    }
    keyOf = (task) => task.status.id;
  } else if (groupBy === 'assignee') {
    for (const m of members) columns.set(m.id, column(m.id, m.name));
    // People who hold tasks here without being project members still get their column.
    for (const card of cards) {
      if (card.assignee && !columns.has(card.assignee.id))
        columns.set(card.assignee.id, column(card.assignee.id, card.assignee.name));
    }
    columns.set('none', column('none', ''));
    keyOf = (task) => task.assignee?.id ?? 'none';
  } else {
    for (const p of TASK_PRIORITIES) columns.set(p, column(p, p));
    keyOf = (task) => task.priority;
  }
  for (const card of cards) {
    const target = columns.get(keyOf(card));
    if (!target) continue;
    target.tasks.push(card);
    target.count++;
  }
  return { projectId, groupBy, columns: [...columns.values()] };
}
