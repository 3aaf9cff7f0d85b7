import path from 'node:path';
import { type Database, openPglite, openPostgres } from '#db/client.ts';
import { systemClock } from '#platform/clock/clock.ts';
import { createLogger } from '#platform/logging/logger.ts';
import { createPlatform } from '#platform/platform.ts';
import { buildApp } from '#src/app.ts';
import { ConfigError, loadConfig, redactUrl } from '#src/config.ts';
import { acquireDataDirLock } from '#src/data-dir-lock.ts';
import { seedDemo } from '#src/demo/seed-demo.ts';

const SHUTDOWN_TIMEOUT_MS = 10_000;

/** Reads config, opens and migrates the database, builds the app and listens; shuts down cleanly. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Meridian cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let database: Database;
  if (config.databaseUrl) {
    database = await openPostgres({ url: config.databaseUrl });
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
    limits: { authRequestsPerMinutePerIp: config.authRateLimitPerMinute },
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
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl.replace(`:${config.port}`, `:${port}`);
  const lines = [`\n  Meridian is running at ${url}`, `  API reference: ${url}/api/docs`];
  if (platform.demo) lines.push(`  Demo sign-in:  ${platform.demo.email} / ${platform.demo.password}`);
  console.log(`${lines.join('\n')}\n`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    force.unref();
    try {
      await app.close();
      await platform.jobs.stop();
      await platform.dispatcher.stop();
      await platform.fanOut.stop();
      await database.close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  console.error(`Meridian failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
