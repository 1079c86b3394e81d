/**
 * The servers the benchmark measures, each started in its own process (so its CPU can be read on
 * its own): `node dist/bench/servers.js <kind>`. The process tells its parent the port it listens on,
 * and answers `cpu` messages with its `process.cpuUsage()`.
 *
 * - `echo`: a bare botbuilder echo bot (CloudAdapter + ActivityHandler) on restify, the yardstick;
 * - `sample`: botbuilder's multi-turn prompt sample (waterfall of choice, text, number and confirm
 *   prompts) with in-memory state, the target the issue names;
 * - `bot`: this bot (`startApp`) on a fresh SQLite file, state in the database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import restify from 'restify';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  UserState,
  type TurnContext,
} from 'botbuilder';
import {
  ChoicePrompt,
  ComponentDialog,
  ConfirmPrompt,
  DialogSet,
  DialogTurnStatus,
  NumberPrompt,
  TextPrompt,
  WaterfallDialog,
  type DialogState,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { loadConfig } from '../config';
import { startApp } from '../index';
import { createLogger } from '../logging';

export type ServerKind = 'echo' | 'sample' | 'bot';

export interface ServerMessage {
  type: 'ready' | 'cpu';
  port?: number;
  cpu?: NodeJS.CpuUsage;
}

const HOST = '127.0.0.1';

function botFrameworkAdapter(): CloudAdapter {
  // No app id: Emulator mode, as the benchmark's requests carry no token.
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context) => {
    await context.sendActivity('error');
  };
  return adapter;
}

function restifyServer(
  adapter: CloudAdapter,
  bot: { run(context: TurnContext): Promise<void> },
): restify.Server {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return server;
}

function listen(server: restify.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, HOST, () => resolve((server.address() as { port: number }).port)),
  );
}

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }
}

/** botbuilder-samples `05.multi-turn-prompt`, its dialog as the sample writes it, state in memory. */
class UserProfileDialog extends ComponentDialog {
  constructor(private readonly profile: ReturnType<UserState['createProperty']>) {
    super('userProfileDialog');
    this.addDialog(new TextPrompt('NAME_PROMPT'));
    this.addDialog(new ChoicePrompt('CHOICE_PROMPT'));
    this.addDialog(new ConfirmPrompt('CONFIRM_PROMPT'));
    this.addDialog(new NumberPrompt('NUMBER_PROMPT'));
    this.addDialog(
      new WaterfallDialog('WATERFALL_DIALOG', [
        async (step: WaterfallStepContext) =>
          step.prompt('CHOICE_PROMPT', {
            prompt: 'Please enter your mode of transport.',
            choices: ['Car', 'Bus', 'Bicycle'],
          }),
        async (step: WaterfallStepContext) => {
          (step.values as Record<string, unknown>).transport = (step.result as { value: string }).value;
          return step.prompt('NAME_PROMPT', 'Please enter your name.');
        },
        async (step: WaterfallStepContext) => {
          (step.values as Record<string, unknown>).name = step.result;
          return step.prompt('NUMBER_PROMPT', 'Please enter your age.');
        },
        async (step: WaterfallStepContext) => {
          (step.values as Record<string, unknown>).age = step.result;
          return step.prompt('CONFIRM_PROMPT', { prompt: 'Is this okay?' });
        },
        async (step: WaterfallStepContext) => {
          if (step.result) await this.profile.set(step.context, { ...step.values });
          await step.context.sendActivity('Thanks. Your profile is saved.');
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = 'WATERFALL_DIALOG';
  }
}

class SampleDialogBot extends ActivityHandler {
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;
  private readonly dialogs: DialogSet;

  constructor() {
    super();
    const storage = new MemoryStorage();
    this.conversationState = new ConversationState(storage);
    this.userState = new UserState(storage);
    this.dialogs = new DialogSet(this.conversationState.createProperty<DialogState>('DialogState'));
    this.dialogs.add(new UserProfileDialog(this.userState.createProperty('userProfile')));
    this.onMessage(async (context, next) => {
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('userProfileDialog');
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}

async function start(kind: ServerKind): Promise<{ port: number; stop(): Promise<void> }> {
  if (kind === 'echo' || kind === 'sample') {
    const server = restifyServer(
      botFrameworkAdapter(),
      kind === 'echo' ? new EchoBot() : new SampleDialogBot(),
    );
    const port = await listen(server);
    return { port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'licence-bot-bench-'));
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      // Renewals run when a test asks (BillingService.runRenewals), not on a timer during the test.
      RENEWAL_INTERVAL_MINUTES: '0',
      SQLITE_PATH: join(dir, 'bot.sqlite'),
      DEMO_MODE: 'true',
      LOG_LEVEL: 'silent',
    }),
    port: 0,
    publicUrl: `http://${HOST}:0`,
  };
  const app = await startApp(config, createLogger('silent'), { host: HOST });
  return {
    port: app.port,
    async stop() {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (require.main === module) {
  const kind = process.argv[2] as ServerKind;
  start(kind).then(
    (server) => {
      process.on('message', (message: { type?: string }) => {
        if (message?.type === 'cpu')
          process.send?.({ type: 'cpu', cpu: process.cpuUsage() } satisfies ServerMessage);
        if (message?.type === 'stop') void server.stop().then(() => process.exit(0));
      });
      process.send?.({ type: 'ready', port: server.port } satisfies ServerMessage);
    },
    (error: unknown) => {
      process.stderr.write(`bench server ${kind} failed to start: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
