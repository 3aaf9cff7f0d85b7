import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { accountsModule } from '#modules/accounts/index.ts';
import { auditModule } from '#modules/audit/index.ts';
import { commentsModule } from '#modules/comments/index.ts';
import { contactsModule } from '#modules/contacts/index.ts';
import { crmSettingsModule } from '#modules/crm-settings/index.ts';
import { customFieldsModule } from '#modules/custom-fields/index.ts';
import { customersModule } from '#modules/customers/index.ts';
import { dealsModule } from '#modules/deals/index.ts';
import { healthModule } from '#modules/health/index.ts';
import { interactionsModule } from '#modules/interactions/index.ts';
import { labelsModule } from '#modules/labels/index.ts';
import { membersModule } from '#modules/members/index.ts';
import { notificationsModule } from '#modules/notifications/index.ts';
import { pipelinesModule } from '#modules/pipelines/index.ts';
import { projectsModule } from '#modules/projects/index.ts';
import { searchModule } from '#modules/search/index.ts';
import { tasksModule } from '#modules/tasks/index.ts';
import { teamsModule } from '#modules/teams/index.ts';
import { tokensModule } from '#modules/tokens/index.ts';
import { viewsModule } from '#modules/views/index.ts';
import { authenticatePlugin, resolveAuth } from '#platform/auth/authenticate.ts';

export { LOG_REDACT } from '#platform/logging/logger.ts';

import { registerErrorHandler } from '#platform/errors/error-handler.ts';
import { idempotencyPlugin } from '#platform/http/idempotency.ts';
import { textGuardPlugin } from '#platform/http/text-guard.ts';
import { createValidatorCompiler } from '#platform/http/validator.ts';
import { webAppPlugin } from '#platform/http/web-app.ts';
import { newId } from '#platform/ids/ids.ts';
import { openApiPlugin } from '#platform/openapi/openapi-plugin.ts';
import type { Platform } from '#platform/platform.ts';
import { realtimePlugin } from '#platform/realtime/realtime-plugin.ts';

declare module 'fastify' {
  interface FastifyInstance {
    platform: Platform;
  }
}

export type AppOptions = { platform: Platform; logger?: boolean | object };

/** Builds the whole HTTP application on a platform; main.ts and the tests both use it. */
export async function buildApp({ platform, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger === undefined ? (platform.logger as FastifyBaseLogger) : undefined,
    logger: logger === undefined ? undefined : logger,
    genReqId: () => newId(),
    trustProxy: platform.config.trustProxy,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(createValidatorCompiler());

  app.decorate('platform', platform);
  registerErrorHandler(app);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: platform.config.publicUrl.startsWith('https:'),
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  const authDeps = { database: platform.database, clock: platform.clock, publicUrl: platform.config.publicUrl };
  await app.register(authenticatePlugin, authDeps);
  await app.register(textGuardPlugin);
  await app.register(idempotencyPlugin, { database: platform.database });
  await app.register(openApiPlugin);

  await app.register(healthModule);
  await app.register(accountsModule);
  await app.register(membersModule);
  await app.register(teamsModule);
  await app.register(tokensModule);
  await app.register(projectsModule);
  await app.register(tasksModule);
  await app.register(viewsModule);
  await app.register(searchModule);
  await app.register(customFieldsModule);
  await app.register(crmSettingsModule);
  await app.register(customersModule);
  await app.register(contactsModule);
  await app.register(pipelinesModule);
  await app.register(dealsModule);
  await app.register(interactionsModule);
  await app.register(labelsModule);
  await app.register(commentsModule);
  await app.register(notificationsModule);
  await app.register(auditModule);
  await app.register(realtimePlugin, {
    database: platform.database,
    fanOut: platform.fanOut,
    reauthenticate: (request) => resolveAuth(authDeps, request),
  });
  await app.register(webAppPlugin, { webDist: platform.config.webDist });
  return app;
}
