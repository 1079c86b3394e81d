import type { webApi } from '@slack/bolt';
import type { Activity, ConversationState, TurnContext } from 'botbuilder';
import { toLocale } from '../../cards/messages';
import type { Locale } from '../../cards/types';
import { setTurnEnv, texts, type LicenceDialogs } from '../../dialogs';
import { detectLanguage } from '../../faq/language';
import type { Logger } from '../../logging';
import type { ActionRegistry } from '../actions';
import { StateConflictError } from '../state/database-storage';
import { TurnQueue } from '../teams/turn-queue';
import type { SlackIdentity, SlackIdentityResolver, SlackUserRef } from './identity';
import { slackTexts } from './texts';
import { SlackTurnAdapter, type SlackMessage, type SlackOutput } from './turn-adapter';

/** Where the conversation happens, and the Web API client to answer with. */
export interface SlackPlace extends SlackUserRef {
  client: webApi.WebClient;
  /** The channel (public, private or a DM `D…`) the user wrote or clicked in. */
  channelId: string;
  /** True in the user's DM with the bot: answers are plain messages there, ephemeral elsewhere. */
  isDirectMessage: boolean;
  /** The bot's own user id (its mention is removed from the text). */
  botUserId?: string;
  /** True when the receiver removed a card number from what the user sent. */
  cardNumberRemoved: boolean;
}

/** What Slack stores to resume a conversation (checkout receipts): opaque to the checkout page. */
export interface SlackConversationRef extends Record<string, unknown> {
  channel: 'slack';
  teamId: string;
  channelId: string;
  userId: string;
}

export function isSlackConversationRef(ref: unknown): ref is SlackConversationRef {
  const r = ref as Partial<SlackConversationRef> | null;
  return r?.channel === 'slack' && typeof r.userId === 'string' && typeof r.teamId === 'string';
}

/** The clicked message, which the first card of the answer replaces. */
export interface ClickedMessage {
  /** Replaces the clicked message (`chat.update`, or `response_url` for an ephemeral one). */
  replace(message: SlackMessage): Promise<void>;
}

export interface SlackTurnsDeps {
  conversationState: ConversationState;
  dialogs: LicenceDialogs;
  actions: ActionRegistry;
  identity: SlackIdentityResolver;
  logger: Logger;
}

/**
 * Slack messages and clicks as turns of the shared dialogs and verb registry: resolves who is
 * talking, runs the turn on a {@link SlackTurnAdapter} over the same conversation state as Teams, and
 * posts the answers (`chat.postMessage` in the DM, `chat.postEphemeral` elsewhere). Turns of one
 * conversation (a user in a channel) run one at a time.
 */
export class SlackTurns {
  private readonly adapter = new SlackTurnAdapter();
  private readonly queue = new TurnQueue();

  constructor(private readonly deps: SlackTurnsDeps) {
    this.adapter.onTurnError = async (context, error) => {
      const conflict = error instanceof StateConflictError;
      if (!conflict)
        deps.logger.error('slack turn failed', { error, conversationId: context.activity.conversation?.id });
      const locale = toLocale(context.activity.locale);
      await context.sendActivity(conflict ? texts(locale).tooFast : texts(locale).somethingWentWrong);
    };
  }

  /** A typed message (slash command text, DM, mention): the waiting flow, a command or the FAQ. */
  async message(place: SlackPlace, rawText: string, messageId: string): Promise<void> {
    const output = this.poster(place);
    await this.withUser(place, rawText, output, async (who, locale) => {
      const { text, mentions } = await this.deps.identity.readMentions(
        place.client,
        who.actor.tenantId,
        rawText,
        place.botUserId,
      );
      const activity = this.activity(place, 'message', locale, { text, id: messageId });
      await this.run(place, activity, output, async (context) => {
        setTurnEnv(context, { ...this.session(place, who, locale), text, mentions });
        await this.deps.dialogs.onMessage(context);
      });
    });
  }

  /** A button (`block_actions`) or a modal submit: the verb's handler; its first card replaces `clicked`. */
  async action(
    place: SlackPlace,
    request: { verb: string; data: Record<string, unknown> },
    clicked: ClickedMessage | null,
  ): Promise<void> {
    const poster = this.poster(place);
    const output = clicked ? this.replacingFirst(clicked, poster) : poster;
    await this.withUser(place, '', output, async (who, locale) => {
      const { verb } = request;
      if (!this.deps.actions.handles(verb)) {
        this.deps.logger.warn('slack action with an unknown verb', { verb });
        await output.send({ text: slackTexts(locale).buttonExpired });
        return;
      }
      const activity = this.activity(place, 'invoke', locale, { name: 'slack/action' });
      await this.run(place, activity, output, async (context) => {
        setTurnEnv(context, { ...this.session(place, who, locale), text: '', mentions: [] });
        const c = this.deps.dialogs.conversations.of(context);
        await this.deps.actions.dispatch({
          ...c,
          request: { verb, data: request.data },
          flows: {
            purchase: (start) => this.deps.dialogs.startPurchase(context, start),
            cancel: () => this.deps.dialogs.cancel(context),
          },
        });
      });
    });
  }

  /** Resolves the user and their language, or answers why not (card number typed, unknown workspace or user). */
  private async withUser(
    place: SlackPlace,
    text: string,
    output: SlackOutput,
    work: (who: Extract<SlackIdentity, { kind: 'user' }>, locale: Locale) => Promise<void>,
  ): Promise<void> {
    const textLocale: Locale = text.trim() ? detectLanguage(text, undefined, 'en') : 'en';
    if (place.cardNumberRemoved) {
      await output.send({ text: texts(textLocale).cardNumberInChat });
      return;
    }
    const who = await this.deps.identity.resolve(place.client, place);
    if (who.kind === 'unknown-workspace') {
      this.deps.logger.info('slack workspace not linked', { teamId: place.teamId });
      await output.send({ text: slackTexts(textLocale).unknownWorkspace });
      return;
    }
    if (who.kind === 'unknown-user') {
      this.deps.logger.info('slack user not in the directory', {
        teamId: place.teamId,
        slackUserId: place.userId,
      });
      await output.send({ text: slackTexts(textLocale).unknownUser });
      return;
    }
    const locale: Locale = who.user.locale
      ? toLocale(who.user.locale)
      : text.trim()
        ? detectLanguage(text, undefined, 'en')
        : 'en';
    await work(who, locale);
  }

  private session(place: SlackPlace, who: Extract<SlackIdentity, { kind: 'user' }>, locale: Locale) {
    const conversationRef: SlackConversationRef = {
      channel: 'slack',
      teamId: place.teamId,
      channelId: place.channelId,
      userId: place.userId,
    };
    return { actor: who.actor, user: who.user, locale, conversationRef };
  }

  /** A botbuilder activity for the turn: the conversation is the user in that channel (their own dialog state). */
  private activity(
    place: SlackPlace,
    type: 'message' | 'invoke',
    locale: Locale,
    extra: Partial<Activity>,
  ): Partial<Activity> {
    return {
      type,
      channelId: 'slack',
      locale,
      conversation: {
        id: `${place.teamId}:${place.channelId}:${place.userId}`,
        isGroup: !place.isDirectMessage,
        name: '',
        conversationType: place.isDirectMessage ? 'personal' : 'channel',
      },
      from: { id: place.userId, name: '' },
      recipient: { id: place.botUserId ?? 'slack-bot', name: '' },
      ...extra,
    };
  }

  private async run(
    place: SlackPlace,
    activity: Partial<Activity>,
    output: SlackOutput,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const key = `slack/${activity.conversation?.id ?? place.userId}`;
    await this.queue.run(key, () =>
      this.adapter.runTurn(activity, output, async (context) => {
        await logic(context);
        await this.deps.conversationState.saveChanges(context);
      }),
    );
  }

  /** Plain messages in the DM with the bot; elsewhere only the user sees the answer. */
  private poster(place: SlackPlace): SlackOutput {
    return {
      send: async (message) => {
        if (place.isDirectMessage) {
          await place.client.chat.postMessage({ channel: place.channelId, ...message });
        } else {
          await place.client.chat.postEphemeral({ channel: place.channelId, user: place.userId, ...message });
        }
      },
    };
  }

  private replacingFirst(clicked: ClickedMessage, then: SlackOutput): SlackOutput {
    let replaced = false;
    return {
      send: async (message) => {
        if (!replaced && message.blocks) {
          replaced = true;
          await clicked.replace(message);
        } else await then.send(message);
      },
    };
  }
}
