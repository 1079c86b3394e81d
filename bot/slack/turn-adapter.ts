import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { toMrkdwn, toSlackMessage, type SlackBlock } from '../../cards/block-kit';
import type { AdaptiveCard } from '../../cards/types';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** One Slack message: `text` is the notification fallback, `blocks` what is shown. */
export interface SlackMessage {
  text: string;
  blocks?: SlackBlock[];
}

/** Where a Slack turn's answers go (a DM, an ephemeral message, the clicked message…). */
export interface SlackOutput {
  send(message: SlackMessage): Promise<void>;
}

const OUTPUT = Symbol('licence-bot.slack-output');

/** The Slack message for a botbuilder activity the dialogs sent: its text, then its Adaptive Card as blocks. */
export function toSlackReply(activity: Partial<Activity>): SlackMessage | null {
  if (activity.type !== undefined && activity.type !== 'message') return null;
  const intro = typeof activity.text === 'string' && activity.text ? toMrkdwn(activity.text) : '';
  const card = activity.attachments?.find((a) => a.contentType === ADAPTIVE_CARD)?.content as
    | AdaptiveCard
    | undefined;
  if (!card) return intro ? { text: intro } : null;
  const message = toSlackMessage(card);
  if (!intro) return message;
  return {
    text: `${intro}\n${message.text}`,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: intro } }, ...message.blocks],
  };
}

/**
 * A botbuilder adapter whose turns come from Slack: the dialogs (written against `TurnContext`) run
 * unchanged, and whatever they send is translated to Block Kit and handed to the turn's
 * {@link SlackOutput}. Slack messages are not updated or deleted through it.
 */
export class SlackTurnAdapter extends BotAdapter {
  /** Runs `logic` on a turn for `activity`, answering through `output`. */
  async runTurn(
    activity: Partial<Activity>,
    output: SlackOutput,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const context = new TurnContext(this, activity);
    context.turnState.set(OUTPUT, output);
    await this.runMiddleware(context, logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const output = context.turnState.get(OUTPUT) as SlackOutput | undefined;
    if (!output) throw new Error('SlackTurnAdapter: a turn without an output');
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const message = toSlackReply(activity);
      if (message) await output.send(message);
      responses.push({ id: '' });
    }
    return responses;
  }

  updateActivity(): Promise<void> {
    return Promise.reject(new Error('Slack turns do not update activities'));
  }

  deleteActivity(): Promise<void> {
    return Promise.reject(new Error('Slack turns do not delete activities'));
  }

  continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    return Promise.reject(new Error('Slack proactive messages go through chat.postMessage'));
  }
}
