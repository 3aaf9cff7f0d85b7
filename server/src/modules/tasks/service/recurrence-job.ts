import type { Db } from '#db/client.ts';
import type { Clock } from '#platform/clock/clock.ts';
import type { PublicContext } from '#platform/context/request-context.ts';
import type { JobRunner } from '#platform/jobs/runner.ts';
import { findDueRecurringTasks } from '../queries/lifecycle.ts';
import { findTaskRecord } from '../queries/writes.ts';
import { createNextOccurrence } from './recurrence-next.ts';

const BATCH = 200;

/**
 * Creates the next occurrence of every recurring task that is done or past due and has none yet.
 * Each task in its own transaction under its row lock; running it twice creates nothing twice.
 */
export async function runRecurrence(db: Db, clock: Clock, requestId = 'tasks.recurrence'): Promise<number> {
  let created = 0;
  for (let round = 0; round < 50; round++) {
    const now = clock.now();
    const due = await findDueRecurringTasks(db, now, BATCH);
    for (const { org_id: orgId, id, today } of due) {
      await db.transaction(async (tx) => {
        const task = await findTaskRecord(tx, orgId, id, true);
        if (!task || task.nextOccurrenceId || task.deletedAt) return;
        const ctx: PublicContext & { db: typeof tx } = {
          db: tx,
          orgId: null,
          actor: null,
          requestId,
          locale: 'zh-CN',
          timeZone: 'Asia/Shanghai',
          ip: '',
          userAgent: 'recurrence job',
        };
        if (await createNextOccurrence(ctx, task, now, today)) created++;
      });
    }
    if (due.length < BATCH) break;
  }
  return created;
}

export function registerRecurrenceJob(jobs: JobRunner, clock: Clock): void {
  jobs.schedule('tasks.recurrence', '7 * * * *', async (_payload, { db, jobId }) => {
    await runRecurrence(db, clock, jobId);
  });
}
