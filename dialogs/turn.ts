import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCard, Locale } from '../cards/types';
import type { Actor, UserView } from '../commerce';

/**
 * Who is talking and how to answer, resolved once per turn by the channel (Teams: tenant and Entra id
 * from the activity; Emulator: the demo identity) and read by dialogs and card actions alike.
 */
export interface Session {
  actor: Actor;
  user: UserView;
  locale: Locale;
  /** The user's IANA time zone when the channel tells it (Teams `localTimezone`). */
  timeZone?: string;
  /** Where to resume this conversation later (a botbuilder ConversationReference), for checkout receipts. */
  conversationRef: Record<string, unknown> | null;
}

/** A user @mentioned in a message, resolved through the channel's roster when it could be. */
export interface MentionedUser {
  name: string;
  /** Entra object id, e-mail or directory user id the core can resolve; null when the roster did not know them. */
  ref: string | null;
}

/** A channel's way of answering: one card or one text per call. */
export interface Reply {
  card(card: AdaptiveCard): Promise<void>;
  text(text: string): Promise<void>;
}

/** Everything a dialog reads about the current turn. */
export interface TurnEnv extends Session {
  /** The user's words, with card numbers removed and the bot's own mention stripped; '' for a click. */
  text: string;
  mentions: MentionedUser[];
}

const TURN_ENV = Symbol('licence-bot.turn-env');

export function setTurnEnv(context: TurnContext, env: TurnEnv): void {
  context.turnState.set(TURN_ENV, env);
}

/** The turn's resolved session; the channel sets it before any dialog runs. */
export function turnEnv(context: TurnContext): TurnEnv {
  const env = context.turnState.get(TURN_ENV) as TurnEnv | undefined;
  if (!env) throw new Error('turnEnv: the channel did not resolve this turn');
  return env;
}

/** Answers through botbuilder: a card is one message with one Adaptive Card attachment. */
export function contextReply(context: TurnContext): Reply {
  return {
    async card(card) {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    },
    async text(text) {
      await context.sendActivity(MessageFactory.text(text));
    },
  };
}
