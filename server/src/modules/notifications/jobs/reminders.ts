import type { Db } from '#db/client.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { notify } from '../deliver.ts';
import { findDueReminders } from './reminder-queries.ts';

/**
 * "Due tomorrow" and "overdue" reminders to each assignee, at most one per task and local day:
 * the dedupe key holds the day, so running the job again (or hourly) adds nothing.
 */
export async function sendDueReminders(db: Db, clock: Clock): Promise<number> {
  const now = clock.now();
  const rows = await findDueReminders(db, now);
  let sent = 0;
  for (const row of rows) {
    await db.transaction(async (tx) => {
      const notified = await notify(tx, {
        orgId: row.orgId,
        kind: row.kind,
        recipients: [row.assigneeId],
        actorId: null,
        target: { type: 'task', id: row.taskId },
        data: {
          taskKey: row.key,
          taskTitle: row.title,
          projectId: row.projectId,
          projectName: row.projectName,
          dueDate: row.dueDate,
        },
        dedupeKey: `${row.kind}:${row.taskId}:${row.kind === 'due_soon' ? row.dueDate : row.localToday}`,
        at: now,
      });
      sent += notified.length;
    });
  }
  return sent;
}
