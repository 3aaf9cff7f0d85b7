/**
 * The server under test, started by server.ts with fork(). The same start-up as
 * server/src/main.ts (open and migrate the database, build the platform and the app, start the
 * realtime fan-out and the job loop, listen) on the database run.ts prepared, on a free port of
 * 127.0.0.1, with the sign-in rate limits raised and quiet logs. Reports its port over IPC, and
 * answers run.ts's commands: pause/resume its background work, and (PGlite) run the database-only
 * twins on its own PGlite instance, which no other process may open.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Logger, LoggerOptions } from 'pino';
import { buildApp, LOG_REDACT } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { type Database, openPglite, openPostgres } from '../../server/src/db/client.ts';
import { systemClock } from '../../server/src/platform/clock/clock.ts';
import { createPlatform } from '../../server/src/platform/platform.ts';
import { pgliteTarget, runDbLoad } from './db-load.ts';
import { buildScenarios, type Scenario } from './scenarios.ts';
import type { Command, ServerMessage, ServerOptions } from './server.ts';

// pino is the server's dependency, not ours: load the one the server would load.
const requireFromServer = createRequire(new URL('../../server/package.json', import.meta.url));
const pino = requireFromServer('pino') as (options: LoggerOptions) => Logger;

function send(message: ServerMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const options = JSON.parse(process.env.BENCH_SERVER_OPTIONS ?? '{}') as ServerOptions;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: options.logLevel,
    DATABASE_URL: options.databaseUrl ?? '',
    DATA_DIR: options.dataDir ?? '',
    WEB_DIST: '',
    DEMO_DATA: 'false',
    JOBS: String(options.jobs),
  });
  const logger = pino({ level: config.logLevel, redact: LOG_REDACT });
  let database: Database;
  if (config.databaseUrl) {
    database = await openPostgres({ url: config.databaseUrl, poolSize: options.poolSize ?? undefined });
  } else {
    database = await openPglite({ dataDir: path.join(config.dataDir, 'pglite') });
  }
  await database.migrate();
  const platform = createPlatform({
    config,
    database,
    clock: systemClock,
    logger,
    limits: { authRequestsPerMinutePerIp: 1_000_000 },
  });
  const app = await buildApp({ platform });
  await platform.fanOut.start();
  if (config.jobs) await platform.jobs.start();
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();

  let twins: Scenario[] = [];
  const run = async (command: Command): Promise<unknown> => {
    switch (command.type) {
      case 'pause':
        await platform.fanOut.stop();
        if (config.jobs) await platform.jobs.stop();
        return null;
      case 'resume':
        await platform.fanOut.start();
        if (config.jobs) await platform.jobs.start();
        return null;
      case 'twins':
        twins = buildScenarios(command.fixtures, command.captured);
        return null;
      case 'db-load': {
        if (database.driver !== 'pglite') throw new Error('the server process runs the twins on PGlite only');
        const scenario = twins.find((s) => s.name === command.scenario);
        if (!scenario) throw new Error(`no twin for ${command.scenario}`);
        const target = pgliteTarget(database);
        return runDbLoad(target, {
          connections: command.connections,
          durationMs: command.durationMs,
          work: scenario.dbWork,
        });
      }
    }
  };
  process.on('message', (message: Command & { id: number }) => {
    run(message).then(
      (result) => send({ type: 'reply', id: message.id, result }),
      (error: unknown) =>
        send({ type: 'reply', id: message.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
  send({ type: 'ready', port: typeof address === 'object' && address ? address.port : config.port });

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    try {
      await app.close();
      await platform.jobs.stop();
      await platform.fanOut.stop();
      await database.close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
  // The bench went away (crashed or was killed): do not outlive it.
  process.on('disconnect', () => void shutdown());
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
