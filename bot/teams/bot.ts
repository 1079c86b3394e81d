import {
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type ChannelAccount,
  type ConversationState,
  type InvokeResponse,
  type UserState,
} from 'botbuilder';
import { renderDemoIdentitiesCard } from '../../cards/bot-cards';
import { renderWelcomeCard } from '../../cards/general-cards';
import { toLocale } from '../../cards/messages';
import type { AdaptiveCard, Locale } from '../../cards/types';
import { isVerb } from '../../cards/verbs';
import {
  looksLikeAdmin,
  parseCommand,
  setTurnEnv,
  texts,
  type LicenceDialogs,
  type MentionedUser,
} from '../../dialogs';
import { detectLanguage } from '../../faq/language';
import type { Logger } from '../../logging';
import type { ActionRegistry } from '../actions';
import type { UserView } from '../../commerce';
import type { Identity, TeamsIdentity } from './identity';
import { isGroupConversation, mentionsBot, readMentions } from './mentions';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const CARD_RESPONSE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE_RESPONSE = 'application/vnd.microsoft.activity.message';
const ERROR_RESPONSE = 'application/vnd.microsoft.error';

/** Set on the turn by the HTTP route when it removed a card number from what the user typed. */
export const CARD_NUMBER_REMOVED = Symbol('licence-bot.card-number-removed');

export interface LicenceBotDeps {
  conversationState: ConversationState;
  userState: UserState;
  dialogs: LicenceDialogs;
  actions: ActionRegistry;
  identity: TeamsIdentity;
  logger: Logger;
}

/** A typed Universal Actions error (`application/vnd.microsoft.error`), answered with its HTTP status. */
export function invokeError(statusCode: number, code: string, message: string): AdaptiveCardInvokeResponse {
  return { statusCode, type: ERROR_RESPONSE, value: { code, message } };
}

function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: MESSAGE_RESPONSE,
    value: text as unknown as AdaptiveCardInvokeResponse['value'],
  };
}

function cardOf(activity: Partial<Activity>): AdaptiveCard | null {
  const attachment = activity.attachments?.find((a) => a.contentType === ADAPTIVE_CARD_CONTENT_TYPE);
  return attachment ? (attachment.content as AdaptiveCard) : null;
}

/**
 * The bot in Teams (personal chat, group chat, channels) and the Emulator: resolves who is talking and
 * in which language, then hands messages to the dialogs and card clicks to the verb registry. In group
 * chats and channels it answers only when @mentioned. Conversation and user state are saved after
 * every turn that changed them.
 */
export class LicenceBot extends TeamsActivityHandler {
  constructor(private readonly deps: LicenceBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    // Teams: the members come back from the roster (TeamsInfo.getMember); other channels: as sent.
    this.onTeamsMembersAddedEvent(async (members, _team, context, next) => {
      await this.welcome(context, members);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.welcome(context, context.activity.membersAdded ?? []);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context);
    await this.deps.userState.saveChanges(context);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const response = await this.handleCardAction(context);
    return { status: response.statusCode, body: response };
  }

  private async handleCardAction(context: TurnContext): Promise<AdaptiveCardInvokeResponse> {
    const value = context.activity.value as
      | { action?: { type?: unknown; verb?: unknown; data?: unknown } }
      | undefined;
    const action = value?.action;
    if (!action || typeof action !== 'object') return invokeError(400, 'BadRequest', 'Missing value.action.');
    if (action.type !== 'Action.Execute') {
      return invokeError(400, 'NotSupported', `The action '${String(action.type)}' is not supported.`);
    }
    if (!isVerb(action.verb) || !this.deps.actions.handles(action.verb)) {
      return invokeError(400, 'BadRequest', `Unknown verb ${JSON.stringify(action.verb)}.`);
    }
    const data =
      action.data && typeof action.data === 'object' ? (action.data as Record<string, unknown>) : {};
    const fallbackLocale = this.localeOf(context.activity, '', null);
    if (context.turnState.get(CARD_NUMBER_REMOVED))
      return messageResponse(texts(fallbackLocale).cardNumberInChat);

    const identity = await this.deps.identity.resolve(context);
    if (identity.kind !== 'user') return messageResponse(this.identityProblem(identity, fallbackLocale));
    this.enterTurn(context, identity, '', []);

    const answer = this.captureFirstCard(context);
    const c = this.deps.dialogs.conversations.of(context);
    await this.deps.actions.dispatch({
      ...c,
      request: { verb: action.verb, data },
      flows: {
        purchase: (start) => this.deps.dialogs.startPurchase(context, start),
        cancel: () => this.deps.dialogs.cancel(context),
      },
    });
    const card = answer.card();
    if (card)
      return { statusCode: 200, type: CARD_RESPONSE, value: card as unknown as Record<string, unknown> };
    return messageResponse(answer.text() ?? '');
  }

  /**
   * The first card a click's handler sends replaces the clicked card (the invoke's answer) instead of
   * being posted; everything else is posted as usual. The first text is kept for the answer when no card came.
   */
  private captureFirstCard(context: TurnContext): { card(): AdaptiveCard | null; text(): string | null } {
    let card: AdaptiveCard | null = null;
    let text: string | null = null;
    context.onSendActivities(async (_ctx, activities, next) => {
      const index = card ? -1 : activities.findIndex((a) => cardOf(a) !== null);
      if (index >= 0) {
        card = cardOf(activities[index]);
        activities.splice(index, 1);
      }
      text ??= activities.find((a) => typeof a.text === 'string' && a.text)?.text ?? null;
      const sent = activities.length ? await next() : [];
      if (index >= 0) sent.splice(index, 0, { id: '' });
      return sent;
    });
    return { card: () => card, text: () => text };
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (isGroupConversation(activity) && !mentionsBot(activity)) return;
    const { text, mentions } = await readMentions(context, this.deps.logger);
    activity.text = text;
    const textLocale = this.localeOf(activity, text, null);
    const reply = (message: string) => context.sendActivity(message);

    if (context.turnState.get(CARD_NUMBER_REMOVED)) {
      await reply(texts(textLocale).cardNumberInChat);
      return;
    }
    const identity = this.deps.identity;
    const withoutEntra = !identity.hasEntraIdentity(activity) && identity.demoMode;
    if (withoutEntra && (await this.handleDemoCommand(context, text, textLocale))) return;

    const who = await identity.resolve(context);
    if (who.kind === 'demo-login-needed') {
      await reply(texts(textLocale).demoPick);
      await this.sendDemoDirectory(context, textLocale);
      return;
    }
    if (who.kind !== 'user') {
      await reply(this.identityProblem(who, textLocale));
      return;
    }
    this.enterTurn(context, who, text, mentions);
    await this.deps.dialogs.onMessage(context);
  }

  /** `login as …`, `logout`, `whoami`, `demo users` for an Emulator user in DEMO_MODE; true when handled. */
  private async handleDemoCommand(context: TurnContext, text: string, locale: Locale): Promise<boolean> {
    const command = parseCommand(text);
    const t = texts(locale);
    const identity = this.deps.identity;
    switch (command?.kind) {
      case 'demo-users':
        await this.sendDemoDirectory(context, locale);
        return true;
      case 'login': {
        const picked = await identity.login(context, command.who);
        if (!picked) {
          await context.sendActivity(t.demoUnknown(command.who));
          return true;
        }
        const userLocale = this.localeOf(context.activity, text, picked.user);
        await context.sendActivity(
          texts(userLocale).demoLoggedIn(
            picked.user.displayName,
            picked.tenant?.name ?? picked.user.tenantId,
          ),
        );
        await this.sendCard(
          context,
          renderWelcomeCard(
            { userName: picked.user.displayName, isAdmin: looksLikeAdmin(picked.user) },
            userLocale,
          ),
        );
        return true;
      }
      case 'logout':
        await identity.logout(context);
        await context.sendActivity(t.demoLoggedOut);
        return true;
      case 'whoami': {
        const who = await identity.resolve(context);
        if (who.kind !== 'user') await context.sendActivity(t.demoNotLoggedIn);
        else {
          const tenant = await identity.tenantName(who.user.tenantId);
          await context.sendActivity(t.demoWhoAmI(who.user.displayName, who.user.email, tenant));
        }
        return true;
      }
      default:
        return false;
    }
  }

  private async welcome(context: TurnContext, members: ChannelAccount[]): Promise<void> {
    const botId = context.activity.recipient?.id;
    // Only when the bot itself arrives: people joining a team the bot is in get no message.
    if (!members.some((m) => m.id === botId)) return;
    const who = await this.deps.identity.resolve(context);
    const locale = this.localeOf(context.activity, '', who.kind === 'user' ? who.user : null);
    if (who.kind === 'user') {
      await this.sendCard(
        context,
        renderWelcomeCard({ userName: who.user.displayName, isAdmin: looksLikeAdmin(who.user) }, locale),
      );
    } else if (who.kind === 'demo-login-needed') {
      await context.sendActivity(texts(locale).demoPick);
      await this.sendDemoDirectory(context, locale);
    } else {
      await context.sendActivity(this.identityProblem(who, locale));
    }
  }

  private async sendDemoDirectory(context: TurnContext, locale: Locale): Promise<void> {
    const tenants = await this.deps.identity.demoDirectory();
    await this.sendCard(context, renderDemoIdentitiesCard({ tenants }, locale));
  }

  private async sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
    await context.sendActivity({
      type: 'message',
      attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
    });
  }

  private identityProblem(identity: Exclude<Identity, { kind: 'user' }>, locale: Locale): string {
    const t = texts(locale);
    if (identity.kind === 'unknown-user') return t.unknownUser;
    if (identity.kind === 'demo-login-needed') return t.demoPick;
    return t.mustUseTeams;
  }

  /** Sets what dialogs and actions read about this turn. */
  private enterTurn(
    context: TurnContext,
    identity: Extract<Identity, { kind: 'user' }>,
    text: string,
    mentions: MentionedUser[],
  ): void {
    const activity = context.activity;
    setTurnEnv(context, {
      actor: identity.actor,
      user: identity.user,
      locale: this.localeOf(activity, text, identity.user),
      timeZone: timeZoneOf(activity),
      conversationRef: { ...TurnContext.getConversationReference(activity) },
      text,
      mentions,
    });
  }

  /** The activity's locale; else the language of the text; else the user's preferred language; else English. */
  private localeOf(activity: Partial<Activity>, text: string, user: UserView | null): Locale {
    if (activity.locale) return toLocale(activity.locale);
    if (text.trim()) return detectLanguage(text, undefined, toLocale(user?.locale));
    return toLocale(user?.locale);
  }
}

function timeZoneOf(activity: Partial<Activity>): string | undefined {
  const fromEntity = activity.entities?.find((e) => e.type === 'clientInfo')?.timezone;
  const zone = activity.localTimezone ?? (typeof fromEntity === 'string' ? fromEntity : undefined);
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}
