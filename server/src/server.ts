import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { type Database, openPglite, openPostgres } from '#db/client.ts';
import { systemClock } from '#platform/clock/clock.ts';
import { createPlatform, type Platform, type PlatformLimits } from '#platform/platform.ts';
import { buildApp } from '#src/app.ts';
import { type Config, redactUrl } from '#src/config.ts';
import { acquireDataDirLock } from '#src/data-dir-lock.ts';
import { seedDemo } from '#src/demo/seed-demo.ts';

export type RunningServer = {
  app: FastifyInstance;
  platform: Platform;
  database: Database;
  port: number;
  /** Finishes in-flight requests, stops background work and closes the database. */
  stop(): Promise<void>;
};

/**
 * The whole start-up, shared by `npm start` and the benchmark: open and migrate the database,
 * create demo data if asked, build the app, start the realtime fan-out and background work, listen.
 */
export async function startServer(
  config: Config,
  logger: Logger,
  options: { limits?: Partial<PlatformLimits>; poolSize?: number } = {},
): Promise<RunningServer> {
  let database: Database;
  if (config.databaseUrl) {
    database = await openPostgres({ url: config.databaseUrl, poolSize: options.poolSize });
    logger.info({ database: redactUrl(config.databaseUrl) }, 'using PostgreSQL');
  } else {
    const dir = path.join(config.dataDir, 'pglite');
    acquireDataDirLock(config.dataDir);
    database = await openPglite({ dataDir: dir });
    logger.info({ dataDir: dir }, 'using embedded PGlite');
  }
  await database.migrate();
  const platform = createPlatform({
    config,
    database,
    clock: systemClock,
    logger,
    limits: { authRequestsPerMinutePerIp: config.authRateLimitPerMinute, ...options.limits },
  });
  if (config.demoData) platform.demo = await seedDemo(database, systemClock, logger);
  const app = await buildApp({ platform });
  await platform.fanOut.start();
  if (config.jobs) {
    await platform.jobs.start();
    await platform.dispatcher.start();
  }
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  return {
    app,
    platform,
    database,
    port: typeof address === 'object' && address ? address.port : config.port,
    async stop() {
      await app.close();
      await platform.jobs.stop();
      await platform.dispatcher.stop();
      await platform.fanOut.stop();
      await database.close();
    },
  };
}
