import { randomUUID } from 'node:crypto';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { renderErrorCard } from '../../cards/general-cards';
import { toLocale } from '../../cards/messages';
import type { Config } from '../../config';
import { texts } from '../../dialogs';
import type { Logger } from '../../logging';
import { StateConflictError } from '../state/database-storage';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './bot';

/**
 * botbuilder's CloudAdapter, with one entry point for the HTTP route that returns the turn's answer
 * (invoke response or `expectReplies` activities) instead of writing it, so the route decides statuses.
 */
export class BotAdapter extends CloudAdapter {
  /** Authenticates (JWT when an app id is configured; none in Emulator mode) and runs one activity. */
  handle(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** The app id proactive messages are sent as; '' in Emulator mode. */
export function botAppId(config: Pick<Config, 'microsoftAppId'>): string {
  return config.microsoftAppId ?? '';
}

/**
 * The adapter for Teams and the Emulator. With `MicrosoftAppId` set, requests must carry a valid Bot
 * Framework JWT; without it the bot runs in Emulator mode (no authentication).
 */
export function createAdapter(config: Config, logger: Logger): BotAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId ?? '',
    MicrosoftAppPassword: config.microsoftAppPassword ?? '',
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId ?? '',
  });
  const adapter = new BotAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    const reference = randomUUID().slice(0, 8);
    const activity = context.activity;
    // The activity's text is never logged: it is the user's words, and may have held card data.
    logger.error('turn failed', {
      reference,
      error,
      activityType: activity?.type,
      activityName: activity?.name,
      channelId: activity?.channelId,
    });
    const locale = toLocale(activity?.locale);
    const apology =
      error instanceof StateConflictError ? texts(locale).tooFast : texts(locale).somethingWentWrong;
    try {
      if (activity?.type === 'invoke') {
        await context.sendActivity({
          type: 'invokeResponse',
          value: {
            status: 200,
            body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: apology },
          },
        });
      } else if (activity?.type === 'message') {
        const card = renderErrorCard({ error, reference }, locale);
        await context.sendActivity({
          type: 'message',
          text: apology,
          attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
        });
      }
    } catch (sendError) {
      logger.warn('could not tell the user about a failed turn', { reference, error: sendError });
    }
  };
  return adapter;
}
