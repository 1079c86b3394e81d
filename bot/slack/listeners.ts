import type { App, BlockAction, webApi } from '@slack/bolt';
import {
  OPEN_URL_ACTION_ID,
  parseSlackAction,
  parseSlackViewSubmission,
  type SlackStateValues,
} from '../../cards/block-kit';
import { CARD_NUMBER_REMOVED_PROPERTY } from './receiver';
import type { SlackPlace, SlackTurns } from './turns';

/** The slash command users type; `/licences buy 3 power bi` takes the same commands as a Teams message. */
export const SLASH_COMMAND = '/licences';

interface ListenerContext {
  botUserId?: string;
  [key: string]: unknown;
}

const removedCardNumber = (context: ListenerContext) => context[CARD_NUMBER_REMOVED_PROPERTY] === true;

/** `/licences …`: answered to the user only (ephemeral), wherever they typed it. */
export function registerCommands(app: App, turns: SlackTurns): void {
  app.command(SLASH_COMMAND, async ({ command, ack, client, context }) => {
    await ack();
    const place: SlackPlace = {
      client,
      teamId: command.team_id,
      enterpriseId: command.enterprise_id ?? null,
      userId: command.user_id,
      channelId: command.channel_id,
      isDirectMessage: false,
      botUserId: context.botUserId,
      cardNumberRemoved: removedCardNumber(context),
    };
    await turns.message(place, command.text ?? '', `cmd:${command.trigger_id}`);
  });
}

/** `app_mention` in channels and `message.im` in the bot's DM: text to the same parser and FAQ as Teams. */
export function registerEvents(app: App, turns: SlackTurns): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    if (!event.user) return;
    await turns.message(
      {
        client,
        teamId: event.team ?? body.team_id,
        enterpriseId: body.enterprise_id ?? null,
        userId: event.user,
        channelId: event.channel,
        isDirectMessage: false,
        botUserId: context.botUserId,
        cardNumberRemoved: removedCardNumber(context),
      },
      event.text,
      `ev:${event.client_msg_id ?? event.ts}`,
    );
  });
  app.event('message', async ({ event, body, client, context }) => {
    // Edits, joins and bots' messages have a subtype; only people's DMs to the bot are read.
    if (event.channel_type !== 'im' || event.subtype !== undefined) return;
    if (event.bot_id || !event.user) return;
    await turns.message(
      {
        client,
        teamId: event.team ?? body.team_id,
        enterpriseId: body.enterprise_id ?? null,
        userId: event.user,
        channelId: event.channel,
        isDirectMessage: true,
        botUserId: context.botUserId,
        cardNumberRemoved: removedCardNumber(context),
      },
      event.text ?? '',
      `ev:${event.client_msg_id ?? event.ts}`,
    );
  });
}

/** Replaces the clicked message: `chat.update` for a posted one, `response_url` for an ephemeral one. */
function clickedMessage(
  body: BlockAction,
  client: webApi.WebClient,
  respond: (message: Record<string, unknown>) => Promise<unknown>,
) {
  const container = body.container as { is_ephemeral?: boolean; channel_id?: string; message_ts?: string };
  if (!container.is_ephemeral && container.channel_id && container.message_ts) {
    const { channel_id: channel, message_ts: ts } = container;
    return {
      replace: async (message: { text: string; blocks?: unknown[] }) => {
        await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks as [] });
      },
    };
  }
  if (!body.response_url) return null;
  return {
    replace: async (message: { text: string; blocks?: unknown[] }) => {
      await respond({ replace_original: true, response_type: 'ephemeral', ...message });
    },
  };
}

/** Buttons (`block_actions`, `action_id` = verb) and modal submits (`callback_id` = verb) to the shared registry. */
export function registerInteractions(app: App, turns: SlackTurns): void {
  app.action<BlockAction>(
    { type: 'block_actions' },
    async ({ action, body, ack, client, context, respond }) => {
      await ack();
      const actionId = 'action_id' in action ? action.action_id : '';
      // Link buttons open their URL in the browser; Slack still tells us of the click.
      if (actionId.replace(/#\d+$/, '') === OPEN_URL_ACTION_ID) return;
      const value = 'value' in action && typeof action.value === 'string' ? action.value : undefined;
      const request = parseSlackAction(
        { action_id: actionId, value },
        body.state as { values: SlackStateValues } | undefined,
      );
      const container = body.container as { is_ephemeral?: boolean; channel_id?: string };
      const channelId = body.channel?.id ?? container.channel_id ?? body.user.id;
      await turns.action(
        {
          client,
          teamId: body.team?.id ?? body.user.team_id ?? '',
          enterpriseId: body.enterprise?.id ?? null,
          userId: body.user.id,
          channelId,
          isDirectMessage: !container.is_ephemeral && channelId.startsWith('D'),
          botUserId: context.botUserId,
          cardNumberRemoved: removedCardNumber(context),
        },
        request,
        clickedMessage(body, client, (message) => respond(message)),
      );
    },
  );
  app.view(/.+/, async ({ view, body, ack, client, context }) => {
    await ack();
    const request = parseSlackViewSubmission({
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: view.state as { values: SlackStateValues },
    });
    const channel = typeof request.data.channel === 'string' ? request.data.channel : null;
    await turns.action(
      {
        client,
        teamId: body.team?.id ?? body.user.team_id ?? '',
        enterpriseId: body.enterprise?.id ?? null,
        userId: body.user.id,
        // Without the channel the form came from, answer in the user's DM with the bot.
        channelId: channel ?? body.user.id,
        isDirectMessage: channel === null || channel.startsWith('D'),
        botUserId: context.botUserId,
        cardNumberRemoved: removedCardNumber(context),
      },
      request,
      null,
    );
  });
}
