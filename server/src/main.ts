import { createLogger } from '#platform/logging/logger.ts';
import { ConfigError, loadConfig } from '#src/config.ts';
import { startServer } from '#src/server.ts';

const SHUTDOWN_TIMEOUT_MS = 10_000;

/** Reads config, starts the server, prints how to sign in, and shuts down cleanly on a signal. */
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
  const server = await startServer(config, logger);
  const { platform, port } = server;
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
      await server.stop();
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
