/** The Slack channel: a Bolt app on the restify server, sharing the dialogs and verb registry with Teams. */
import { App, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { ConversationState } from 'botbuilder';
import type { DirectoryService } from '../../commerce/directory';
import type { LicenceDialogs } from '../../dialogs';
import type { Logger } from '../../logging';
import type { ActionRegistry } from '../actions';
import { SlackCheckoutListener } from './checkout-listener';
import { SlackIdentityResolver } from './identity';
import { registerCommands, registerEvents, registerInteractions } from './listeners';
import { RestifyReceiver } from './receiver';
import { SlackTurns } from './turns';

export { SLASH_COMMAND } from './listeners';
export { RestifyReceiver, verifySlackSignature, SlackRequestError } from './receiver';
export { SlackCheckoutListener } from './checkout-listener';
export { isSlackConversationRef, type SlackConversationRef } from './turns';

export interface SlackChannelDeps {
  signingSecret: string;
  botToken: string;
  /** Web API base URL (`https://slack.com/api/` when undefined; tests use a fake). */
  apiUrl: string | undefined;
  conversationState: ConversationState;
  dialogs: LicenceDialogs;
  actions: ActionRegistry;
  directory: DirectoryService;
  logger: Logger;
}

export interface SlackChannel {
  app: App;
  receiver: RestifyReceiver;
  checkoutListener: SlackCheckoutListener;
}

/** Bolt's logger on ours (JSON lines, card numbers and tokens scrubbed). */
function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line = (messages: unknown[]) => ({
    detail: messages.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' '),
  });
  return {
    debug: (...m: unknown[]) => logger.debug('slack sdk', line(m)),
    info: (...m: unknown[]) => logger.info('slack sdk', line(m)),
    warn: (...m: unknown[]) => logger.warn('slack sdk', line(m)),
    error: (...m: unknown[]) => logger.error('slack sdk', line(m)),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}

/**
 * Builds the Bolt app (token checked with `auth.test` here, so a bad token stops the start) on a
 * {@link RestifyReceiver}; mount `receiver` on the server and add `checkoutListener` to the checkout.
 */
export async function createSlackChannel(deps: SlackChannelDeps): Promise<SlackChannel> {
  const receiver = new RestifyReceiver({ signingSecret: deps.signingSecret, logger: deps.logger });
  const app = new App({
    token: deps.botToken,
    receiver,
    logger: boltLogger(deps.logger),
    deferInitialization: true,
    clientOptions: {
      slackApiUrl: deps.apiUrl ? `${deps.apiUrl.replace(/\/+$/, '')}/` : undefined,
      retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
    },
  });
  await app.init();
  const turns = new SlackTurns({
    conversationState: deps.conversationState,
    dialogs: deps.dialogs,
    actions: deps.actions,
    identity: new SlackIdentityResolver(deps.directory, deps.logger),
    logger: deps.logger,
  });
  registerCommands(app, turns);
  registerEvents(app, turns);
  registerInteractions(app, turns);
  app.error(async (error) => {
    deps.logger.error('slack listener failed', { error });
  });
  return { app, receiver, checkoutListener: new SlackCheckoutListener(app.client, deps.logger) };
}
