import type { Executor } from '#db/client.ts';
import { enqueueJob } from '#platform/jobs/queue.ts';
import type { JobRunner } from '#platform/jobs/runner.ts';
import type { Mailer, MailMessage } from './mailer.ts';

export const SEND_MAIL_JOB = 'mail.send';

/** Mail leaves after commit, through a durable job with retries: a rolled-back change sends nothing. */
export async function enqueueMail(db: Executor, message: MailMessage, orgId?: string | null): Promise<void> {
  await enqueueJob(db, { name: SEND_MAIL_JOB, orgId: orgId ?? null, payload: message, maxAttempts: 8 });
}

export function registerMailJob(jobs: JobRunner, mailer: Mailer): void {
  jobs.register(
    SEND_MAIL_JOB,
    async (payload) => {
      // A finished job's payload is emptied (it held a link): there is nothing left to send.
      if (!payload.to) return;
      await mailer.send(payload as MailMessage);
    },
    { sensitive: true },
  );
}
