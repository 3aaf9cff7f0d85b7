/**
 * The work-management scenarios (issue 3): a list page of 50 tasks filtered and sorted out of
 * 100,000, the board of a 2,000-task project, global search, creating a task and moving a card.
 * Reads replay the SQL the server's services send (captured after the data is generated); the
 * writes' twins are the transaction's statements written out here, as for update-member.
 */
import type { Database } from '../../server/src/db/client.ts';
import { createSearchService } from '../../server/src/modules/search/service.ts';
import { createTasksService } from '../../server/src/modules/tasks/service.ts';
import { systemClock } from '../../server/src/platform/clock/clock.ts';
import type { RequestContext } from '../../server/src/platform/context/request-context.ts';
import { newId } from '../../server/src/platform/ids/ids.ts';
import { keyBetween } from '../../server/src/platform/ordering/fractional-index.ts';
import { OUTBOX_CHANNEL } from '../../server/src/platform/outbox/outbox.ts';
import { documentTerms } from '../../server/src/platform/search/search-terms.ts';
import type { Session } from './db-load.ts';
import type { WorkFixtures } from './generate-work.ts';
import type { ApiRequest } from './load.ts';
import { captureStatements, type Statement } from './sql.ts';

export const WORK_SCENARIO_NAMES = ['list-tasks', 'board', 'search', 'create-task', 'move-task'] as const;

/** The filtered, sorted list a manager opens: open urgent/high tasks by due date, first page of 50. */
export const LIST_TASKS_QUERY = 'statusCategory=todo,in_progress&priority=urgent,high&sort=dueDate&limit=50';
export const SEARCH_QUERY = '拜访 重点客户';

export type CapturedWorkSql = { listTasks: Statement[]; board: Statement[]; search: Statement[] };

export type WorkScenario = {
  name: (typeof WORK_SCENARIO_NAMES)[number];
  label: string;
  request: ApiRequest;
  dbLabel: string;
  dbWork(session: Session): Promise<void>;
};

export async function captureWorkSql(
  database: Database,
  ctx: RequestContext,
  work: WorkFixtures,
): Promise<CapturedWorkSql> {
  const tasks = createTasksService({ clock: systemClock });
  const search = createSearchService({});
  const query = Object.fromEntries(new URLSearchParams(LIST_TASKS_QUERY));
  return {
    listTasks: await captureStatements(database, () =>
      tasks.listTasks(ctx, { ...query, limit: Number(query.limit) } as never),
    ),
    board: await captureStatements(database, () => tasks.getBoard(ctx, work.boardProjectId, {})),
    search: await captureStatements(database, () => search.search(ctx, { q: SEARCH_QUERY })),
  };
}

async function runAll(session: Session, statements: Statement[]): Promise<void> {
  for (const statement of statements) await session.query(statement.text, statement.params);
}

const NEXT_NUMBER = `update "projects" set "next_task_number" = "next_task_number" + 1, "updated_at" = now()
  where "org_id" = $1 and "id" = $2 returning "next_task_number" - 1 as "number", "key"`;
const LAST_RANK = `select "rank" from "tasks" where "org_id" = $1 and "project_id" = $2 and "status_id" = $3
  and "deleted_at" is null order by "rank" collate "C" desc limit 1`;
const INSERT_TASK = `insert into "tasks" ("org_id", "id", "project_id", "number", "title", "status_id", "status_category",
  "priority", "reporter_id", "rank", "search_terms") values ($1, $2, $3, $4, $5, $6, 'todo', 'medium', $7, $8, $9)`;
const INSERT_WATCHER = `insert into "task_watchers" ("org_id", "task_id", "user_id") values ($1, $2, $3)`;
const LOCK_TASK = `select "id", "rank", "version" from "tasks" where "org_id" = $1 and "id" = $2 for update`;
const MOVE_TASK = `update "tasks" set "status_id" = $3, "status_category" = $4, "rank" = $5, "version" = "version" + 1,
  "updated_at" = now() where "org_id" = $1 and "id" = $2`;
const INSERT_UNDO = `insert into "undo_actions" ("org_id", "id", "user_id", "kind", "payload", "expires_at")
  values ($1, $2, $3, 'task.move', $4, now() + interval '10 seconds')`;
const INSERT_AUDIT = `insert into "audit_log" ("org_id", "id", "actor_id", "actor_via", "action", "target_type",
  "target_id", "target_label", "changes") values ($1, $2, $3, 'token', $4, 'task', $5, $6, $7)`;
const INSERT_OUTBOX = `insert into "outbox_events" ("org_id", "id", "type", "payload", "actor_id", "audience")
  values ($1, $2, $3, $4, $5, '{}')`;
const NOTIFY_OUTBOX = `select pg_notify('${OUTBOX_CHANNEL}', '')`;

function pick<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)]!;
}

export function buildWorkScenarios(
  work: WorkFixtures,
  captured: CapturedWorkSql,
  orgId: string,
  actorId: string,
): WorkScenario[] {
  const smallProjects = work.projectIds.slice(1);
  return [
    {
      name: 'list-tasks',
      label: `GET /api/v1/tasks?${LIST_TASKS_QUERY}`,
      request: { method: 'GET', next: () => ({ path: `/api/v1/tasks?${LIST_TASKS_QUERY}` }) },
      dbLabel: `the ${captured.listTasks.length} statements of listTasks (page + total)`,
      dbWork: (session) => runAll(session, captured.listTasks),
    },
    {
      name: 'board',
      label: `GET /api/v1/projects/{id}/board (${work.boardStatusIds.length} columns, 2,000 tasks)`,
      request: { method: 'GET', next: () => ({ path: `/api/v1/projects/${work.boardProjectId}/board` }) },
      dbLabel: `the ${captured.board.length} statements of getBoard`,
      dbWork: (session) => runAll(session, captured.board),
    },
    {
      name: 'search',
      label: `GET /api/v1/search?q=${SEARCH_QUERY}`,
      request: { method: 'GET', next: () => ({ path: `/api/v1/search?q=${encodeURIComponent(SEARCH_QUERY)}` }) },
      dbLabel: `the ${captured.search.length} statements of search`,
      dbWork: (session) => runAll(session, captured.search),
    },
    {
      name: 'create-task',
      label: 'POST /api/v1/tasks',
      request: {
        method: 'POST',
        next: () => ({
          path: '/api/v1/tasks',
          body: JSON.stringify({ projectId: pick(smallProjects), title: '拜访华东重点客户并确认报价' }),
        }),
      },
      dbLabel: 'number + last rank + insert task, watcher, audit_log, outbox_events + NOTIFY, in one transaction',
      async dbWork(session) {
        const projectId = pick(smallProjects);
        await session.transaction(async (tx) => {
          const numbered = (await tx.query(NEXT_NUMBER, [orgId, projectId])).rows[0] as { number: number; key: string };
          // The twin's tasks go to a status of the board project's shape: first status of the project.
          const status = (
            await tx.query(
              `select "id" from "project_statuses" where "org_id" = $1 and "project_id" = $2 order by "position" limit 1`,
              [orgId, projectId],
            )
          ).rows[0] as { id: string };
          const last = (await tx.query(LAST_RANK, [orgId, projectId, status.id])).rows[0] as
            | { rank: string }
            | undefined;
          const id = newId();
          const title = '拜访华东重点客户并确认报价';
          const key = `${numbered.key}-${numbered.number}`;
          await tx.query(INSERT_TASK, [
            orgId,
            id,
            projectId,
            numbered.number,
            title,
            status.id,
            actorId,
            keyBetween(last?.rank ?? null, null),
            documentTerms(key, title),
          ]);
          await tx.query(INSERT_WATCHER, [orgId, id, actorId]);
          await tx.query(INSERT_AUDIT, [orgId, newId(), actorId, 'task.created', id, key, '{}']);
          await tx.query(INSERT_OUTBOX, [
            orgId,
            newId(),
            'task.created',
            JSON.stringify({ taskId: id, projectId }),
            actorId,
          ]);
          await tx.query(NOTIFY_OUTBOX);
        });
      },
    },
    {
      name: 'move-task',
      label: 'POST /api/v1/tasks/{id}/move (to the top of another column)',
      request: {
        method: 'POST',
        next: () => ({
          path: `/api/v1/tasks/${pick(work.sampleTaskIds)}/move`,
          body: JSON.stringify({ statusId: pick(work.boardStatusIds), afterId: null }),
        }),
      },
      dbLabel: 'lock + first rank + update task + undo, audit_log, outbox_events + NOTIFY, in one transaction',
      async dbWork(session) {
        const id = pick(work.sampleTaskIds);
        const statusIndex = Math.floor(Math.random() * work.boardStatusIds.length);
        const statusId = work.boardStatusIds[statusIndex]!;
        await session.transaction(async (tx) => {
          const current = (await tx.query(LOCK_TASK, [orgId, id])).rows[0] as { rank: string };
          const first = (
            await tx.query(
              `select "rank" from "tasks" where "org_id" = $1 and "project_id" = $2 and "status_id" = $3 and "deleted_at" is null order by "rank" collate "C" limit 1`,
              [orgId, work.boardProjectId, statusId],
            )
          ).rows[0] as { rank: string } | undefined;
          const rank = first && first.rank > '0' ? keyBetween(null, first.rank) : keyBetween(null, null);
          const category = ['todo', 'in_progress', 'done'][statusIndex]!;
          await tx.query(MOVE_TASK, [orgId, id, statusId, category, rank]);
          await tx.query(INSERT_UNDO, [orgId, newId(), actorId, JSON.stringify({ id, rank: current.rank })]);
          await tx.query(INSERT_AUDIT, [orgId, newId(), actorId, 'task.moved', id, id, '{}']);
          await tx.query(INSERT_OUTBOX, [
            orgId,
            newId(),
            'task.moved',
            JSON.stringify({ taskId: id, statusId, rank }),
            actorId,
          ]);
          await tx.query(NOTIFY_OUTBOX);
        });
      },
    },
  ];
}
