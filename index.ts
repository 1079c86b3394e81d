/**
 * Composition root: config → database → services → channels → routes. The only module that wires
 * things together; everything else receives what it needs through its constructor.
 */
import dotenv from 'dotenv';
import { ConfigError, Config, loadConfig } from './config';
import { createLogger, Logger } from './logging';
import { Database } from './models/database';
import { ensureCatalog, seedDemoDirectory } from './models/seed';
import { systemClock } from './commerce/clock';
import { createCommerce } from './commerce';
import { RecordingEvents } from './commerce/events';
import { SimulatedCardGateway } from './commerce/payment/simulated-gateway';
import { createHttpServer, listen } from './bot/server';

export interface RunningApp {
  port: number;
  stop(): Promise<void>;
}

/** Builds and starts the whole bot from a validated configuration. */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const db = Database.open({ url: config.databaseUrl, sqlitePath: config.sqlitePath });
  const applied = await db.migrate();
  if (applied.length) logger.info('migrations applied', { applied });
  await ensureCatalog(db);
  if (config.demoMode && (await seedDemoDirectory(db, systemClock))) logger.info('demo directory seeded');

  const gateway = new SimulatedCardGateway(db, systemClock);
  const events = new RecordingEvents();
  createCommerce({ db, gateway, clock: systemClock, events, logger });

  const server = createHttpServer({ db, logger });
  const port = await listen(server, config.port);
  logger.info('listening', { port, database: db.dialect, demoMode: config.demoMode });

  return {
    port,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true } as dotenv.DotenvConfigOptions);
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    await app.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
