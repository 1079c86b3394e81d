/**
 * Composition root: config → database → services → channels → routes. The only module that wires
 * things together; everything else receives what it needs through its constructor.
 */
import dotenv from 'dotenv';
import { UserState } from 'botbuilder';
import { ConfigError, Config, loadConfig } from './config';
import { createLogger, Logger } from './logging';
import { Database } from './models/database';
import { ensureCatalog, seedDemoDirectory } from './models/seed';
import { Clock, systemClock } from './commerce/clock';
import { RenewalScheduler } from './commerce/renewal-scheduler';
import { createCommerce } from './commerce';
import { SimulatedCardGateway } from './commerce/payment/simulated-gateway';
import { createHttpServer, listen, trackInFlight } from './bot/server';
import { mountCheckout } from './bot/checkout';
import { createActionRegistry } from './bot/actions';
import {
  ConversationReferenceRecorder,
  ConversationReferences,
  NotificationDirectory,
  ProactiveNotifier,
} from './bot/notifications';
import { mountReportExports } from './bot/reports';
import { DatabaseStorage, OptimisticConversationState } from './bot/state';
import {
  LicenceBot,
  TeamsCheckoutListener,
  TeamsIdentity,
  botAppId,
  createAdapter,
  mountMessagesRoute,
  type DemoProfile,
} from './bot/teams';
import { createSlackChannel, type SlackChannel } from './bot/slack';
import { LicenceDialogs, type DialogServices } from './dialogs';
import { FaqEngine, isPurchaseRequest } from './faq';

/** How long SIGTERM waits for in-flight turns and checkout submits before closing the database. */
export const DRAIN_TIMEOUT_MS = 10_000;

export interface RunningApp {
  port: number;
  /** The public base URL checkout links use. */
  publicUrl: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The core's clock (tests move it); the system clock by default. */
  clock?: Clock;
  /** The interface to listen on (tests and the benchmark: 127.0.0.1); all interfaces by default. */
  host?: string;
}

/** With `PORT=0` (tests) the default public URL names port 0: point it at the port actually bound. */
function resolvePublicUrl(configured: string, port: number): string {
  const url = new URL(configured);
  if (url.port !== '0') return configured;
  url.port = String(port);
  return url.toString().replace(/\/+$/, '');
}

/** Builds and starts the whole bot from a validated configuration. */
export async function startApp(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningApp> {
  const clock = options.clock ?? systemClock;
  const db = Database.open({ url: config.databaseUrl, sqlitePath: config.sqlitePath });
  const applied = await db.migrate();
  if (applied.length) logger.info('migrations applied', { applied });
  await ensureCatalog(db);
  if (config.demoMode && (await seedDemoDirectory(db, clock))) logger.info('demo directory seeded');

  const gateway = new SimulatedCardGateway(db, clock);
  // Commerce events become proactive messages through the Bot Framework adapter.
  const adapter = createAdapter(config, logger);
  const conversationReferences = new ConversationReferences(db);
  adapter.use(new ConversationReferenceRecorder(conversationReferences, logger));
  const notifier = new ProactiveNotifier({
    adapter,
    appId: botAppId(config),
    references: conversationReferences,
    directory: new NotificationDirectory(db),
    logger,
  });
  const commerce = createCommerce({
    db,
    gateway,
    clock,
    events: notifier,
    logger,
    lifecycle: { paymentGraceDays: config.paymentGraceDays },
  });
  const renewals = new RenewalScheduler(commerce.billing, clock, logger, config.renewalIntervalMinutes);

  const server = createHttpServer({ db, logger });
  const inFlight = trackInFlight(server);
  const port = await listen(server, config.port, options.host);
  const publicUrl = resolvePublicUrl(config.publicUrl, port);

  // Bot Framework channel (Teams, Emulator): state in the database, dialogs, card actions by verb.
  const storage = new DatabaseStorage(db);
  const conversationState = new OptimisticConversationState(storage);
  const userState = new UserState(storage);
  const checkout = mountCheckout(server, {
    db,
    core: commerce,
    clock,
    logger,
    publicUrl,
    ttlMinutes: config.checkoutTtlMinutes,
    listener: new TeamsCheckoutListener(adapter, botAppId(config), logger),
  });
  const reports = mountReportExports(server, { db, commerce, clock, logger, publicUrl });
  const services: DialogServices = {
    commerce,
    checkout,
    reports,
    faq: new FaqEngine(),
    isPurchaseRequest,
    db,
    logger,
  };
  const dialogs = new LicenceDialogs(services, conversationState);
  const actions = createActionRegistry({
    services,
    subscriptions: dialogs.flows,
    faq: dialogs.faq,
    admin: dialogs.admin,
  });
  const identity = new TeamsIdentity(commerce.directory, {
    enabled: config.demoMode,
    profile: userState.createProperty<DemoProfile>('demoProfile'),
  });
  const bot = new LicenceBot({ conversationState, userState, dialogs, actions, identity, logger });
  mountMessagesRoute(server, { adapter, bot, logger });
  // Slack (when both its secret and token are set): same dialogs, verbs and checkout, its own receiver.
  let slack: SlackChannel | null = null;
  if (config.slackSigningSecret && config.slackBotToken) {
    slack = await createSlackChannel({
      signingSecret: config.slackSigningSecret,
      botToken: config.slackBotToken,
      apiUrl: config.slackApiUrl,
      conversationState,
      dialogs,
      actions,
      directory: commerce.directory,
      logger,
    });
    slack.receiver.mount(server);
    checkout.addListener(slack.checkoutListener);
    const client = slack.app.client;
    notifier.useSlack(async (channel, text) => {
      await client.chat.postMessage({ channel, text });
    });
  }
  logger.info('listening', {
    port,
    publicUrl,
    database: db.dialect,
    demoMode: config.demoMode,
    slack: slack !== null,
  });
  renewals.start();

  let stopping: Promise<void> | null = null;
  return {
    port,
    publicUrl,
    stop() {
      stopping ??= (async () => {
        // Stop accepting, let the turns and payments in flight finish, then close the database.
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.server.closeIdleConnections();
        const drained = await inFlight.idle(DRAIN_TIMEOUT_MS);
        if (!drained) logger.warn('stopping with requests still in flight', { inFlight: inFlight.count });
        if (slack && !(await slack.receiver.idle(DRAIN_TIMEOUT_MS)))
          logger.warn('stopping with Slack events still being handled');
        server.server.closeAllConnections();
        await closed;
        await renewals.stop();
        if (!(await notifier.idle(DRAIN_TIMEOUT_MS)))
          logger.warn('stopping with notifications still being sent');
        await db.close();
      })();
      return stopping;
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
  // A promise nobody awaited must not take down a bot serving everyone else: log it and go on.
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));
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
