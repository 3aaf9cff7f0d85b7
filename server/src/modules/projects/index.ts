import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { projectRoutes } from './routes.ts';
import { projectPartRoutes } from './routes-parts.ts';
import { projectTemplateRoutes } from './routes-templates.ts';
import { createProjectsService } from './service.ts';

export { createProjectsService, type ProjectsService } from './service.ts';

export const PURGE_JOB = 'projects.purge_trash';

/** Projects module: projects, members, statuses and templates under /api/v1, and the trash purge. */
export const projectsModule = fp(async (app: FastifyInstance) => {
  const service = createProjectsService({ clock: app.platform.clock });
  app.platform.jobs.schedule(PURGE_JOB, '41 3 * * *', async (_payload, { db }) => {
    await service.purgeDeletedProjects(db);
  });
  await app.register(projectRoutes, { prefix: '/api/v1', service });
  await app.register(projectPartRoutes, { prefix: '/api/v1', service });
  await app.register(projectTemplateRoutes, { prefix: '/api/v1', service });
});
