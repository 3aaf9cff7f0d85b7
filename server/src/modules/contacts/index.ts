import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { contactRoutes } from './routes.ts';
import { createContactsService } from './service.ts';

export { type ContactsService, createContactsService } from './service.ts';

/** Contacts (people at customers) under /api/v1/contacts; visibility follows their customer. */
export const contactsModule = fp(async (app: FastifyInstance) => {
  const service = createContactsService({ clock: app.platform.clock });
  await app.register(contactRoutes, { prefix: '/api/v1', service });
});
