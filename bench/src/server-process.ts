/**
 * The server under test, started by server.ts with fork(): the same start-up as `npm start`
 * (server/src/server.ts startServer) on the database run.ts prepared, on a free port of
 * 127.0.0.1, with the sign-in rate limits raised and quiet logs. Reports its port over IPC, and
 * answers run.ts's commands: pause/resume its background work, and (PGlite) run the database-only
 * twins on its own PGlite instance, which no other process may open.
 */
import { loadConfig } from '../../server/src/config.ts';
import { createLogger } from '../../server/src/platform/logging/logger.ts';
import { startServer } from '../../server/src/server.ts';
import { pgliteTarget, runDbLoad } from './db-load.ts';
import { buildScenarios, type Scenario } from './scenarios.ts';
import type { Command, ServerMessage, ServerOptions } from './server.ts';

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
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger, {
    limits: { authRequestsPerMinutePerIp: 1_000_000 },
    poolSize: options.poolSize ?? undefined,
  });
  const { platform, database } = server;

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
  send({ type: 'ready', port: server.port });

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    try {
      await server.stop();
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
