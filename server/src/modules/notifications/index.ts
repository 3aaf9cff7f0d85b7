import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerNotificationHandlers } from './handlers/index.ts';
import { sendEmailDigests } from './jobs/digest.ts';
import { sendDueReminders } from './jobs/reminders.ts';
import { notificationRoutes } from './routes.ts';
import { createNotificationsService } from './service.ts';

export const DUE_REMINDERS_JOB = 'notifications.due_reminders';
export const EMAIL_DIGEST_JOB = 'notifications.email_digest';

/**
 * Notifications: the inbox and preferences under /api/v1, handlers that turn events into
 * notifications, hourly due/overdue reminders (once per task and local day) and the e-mail digest.
 */
export const notificationsModule = fp(async (app: FastifyInstance) => {
  const { clock, dispatcher, jobs, config } = app.platform;
  const service = createNotificationsService({ clock });
  registerNotificationHandlers(dispatcher, { clock });
  jobs.schedule(DUE_REMINDERS_JOB, '5 * * * *', async (_payload, { db }) => {
    await sendDueReminders(db, clock);
  });
  jobs.schedule(EMAIL_DIGEST_JOB, '*/5 * * * *', async (_payload, { db }) => {
    await sendEmailDigests(db, clock, config.publicUrl);
  });
  await app.register(notificationRoutes, { prefix: '/api/v1', service });
});
