import type { Logger } from 'pino';
import type { Database } from '#db/client.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { createJobRunner, type JobRunner } from '#platform/jobs/runner.ts';
import { registerMailJob } from '#platform/mail/mail-job.ts';
import { createMailer, type Mailer } from '#platform/mail/mailer.ts';
import { createOutboxDispatcher, type OutboxDispatcher } from '#platform/outbox/dispatcher.ts';
import { createOutboxFanOut, type OutboxFanOut } from '#platform/outbox/fan-out.ts';
import type { Config } from '#src/config.ts';
import { registerMaintenanceJobs } from './maintenance.ts';

/** The process-wide singletons every module may depend on (narrowly, through its index.ts). */
export type Platform = {
  config: Config;
  database: Database;
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  jobs: JobRunner;
  dispatcher: OutboxDispatcher;
  fanOut: OutboxFanOut;
  /** Options that tests and benchmarks tune. */
  limits: PlatformLimits;
  /** The demo sign-in shown on the sign-in page, when this installation made demo data. */
  demo?: { email: string; password: string } | null;
};

export type PlatformLimits = { authRequestsPerMinutePerIp: number };

export function createPlatform(deps: {
  config: Config;
  database: Database;
  clock: Clock;
  logger: Logger;
  mailer?: Mailer;
  limits?: Partial<PlatformLimits>;
}): Platform {
  const mailer =
    deps.mailer ?? createMailer({ smtpUrl: deps.config.smtpUrl, from: deps.config.mailFrom, logger: deps.logger });
  const jobs = createJobRunner({ database: deps.database, clock: deps.clock, logger: deps.logger });
  const dispatcher = createOutboxDispatcher({ database: deps.database, clock: deps.clock, logger: deps.logger });
  const fanOut = createOutboxFanOut({ database: deps.database, logger: deps.logger });
  registerMailJob(jobs, mailer);
  registerMaintenanceJobs(jobs, dispatcher, deps.clock);
  return {
    ...deps,
    mailer,
    jobs,
    dispatcher,
    fanOut,
    limits: { authRequestsPerMinutePerIp: 10, ...deps.limits },
  };
}
