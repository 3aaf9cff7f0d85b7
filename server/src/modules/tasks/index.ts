import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { attachmentRoutes } from './attachments/routes.ts';
import { dependencyRoutes } from './dependencies/routes.ts';
import { taskCollectionRoutes } from './routes/collections.ts';
import { taskSubResourceRoutes } from './routes/sub-resources.ts';
import { taskRoutes } from './routes/tasks.ts';
import { registerRecurrenceJob } from './service/recurrence-job.ts';
import { registerTaskUndoHandlers } from './service/undo-tasks.ts';
import { createTasksService } from './service.ts';
import { timeEntryRoutes } from './time-entries/routes.ts';

export { registerUndoHandler } from './service/undo.ts';
export type { TasksService } from './service.ts';

/** Tasks module: tasks, lists, the board, my work, bulk edits and undo, under /api/v1. */
export const tasksModule = fp(async (app: FastifyInstance) => {
  const service = createTasksService({ clock: app.platform.clock });
  registerTaskUndoHandlers();
  registerRecurrenceJob(app.platform.jobs, app.platform.clock);
  await app.register(taskRoutes, { prefix: '/api/v1', service });
  await app.register(taskCollectionRoutes, { prefix: '/api/v1', service });
  await app.register(taskSubResourceRoutes, { prefix: '/api/v1', service });
  // Sub-resources of other helpers register here, one line each.
  await app.register(dependencyRoutes, { prefix: '/api/v1' });
  await app.register(timeEntryRoutes, { prefix: '/api/v1' });
  await app.register(attachmentRoutes, { prefix: '/api/v1' });
});
