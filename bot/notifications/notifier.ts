import { ProactiveAdapter, sendProactive } from '../teams/proactive';
import { toLocale } from '../../cards/messages';
import type { Locale } from '../../cards/types';
import type { CommerceEvent, CommerceEvents } from '../../commerce/events';
import { adminTexts } from '../../dialogs';
import type { Logger } from '../../logging';
import type { ConversationReferences, StoredConversation } from './conversation-references';
import type { NotificationDirectory } from './recipients';

export type { ProactiveAdapter } from '../teams/proactive';

export interface ProactiveNotifierDeps {
  adapter: ProactiveAdapter;
  /** The app id messages are sent as; '' in Emulator mode. */
  appId: string;
  references: ConversationReferences;
  directory: NotificationDirectory;
  logger: Logger;
}

interface Notice {
  userIds: string[];
  text: (locale: Locale) => string;
}

/**
 * Tells people in chat about commerce events, as `CommerceEvents`: the tenant's admins of a new
 * self-service purchase; a purchaser of an admin's cancellation or take-over of their subscription.
 * Each goes to the personal chat the person last had with the bot (nobody who never talked to the
 * bot is reached). `publish` returns at once and never throws: the change has committed, and a
 * failing send is logged, never passed back to the core.
 */
export class ProactiveNotifier implements CommerceEvents {
  private readonly pending = new Set<Promise<void>>();

  /** Posts a text to a Slack user's DM; set when Slack is on. */
  private slack: ((slackUserId: string, text: string) => Promise<void>) | null = null;

  constructor(private readonly deps: ProactiveNotifierDeps) {}

  /** Reaches, through Slack, people the bot has no Teams conversation with (Slack DMs need none). */
  useSlack(send: (slackUserId: string, text: string) => Promise<void>): void {
    this.slack = send;
  }

  publish(event: CommerceEvent): void {
    const delivery = this.deliver(event).catch((error: unknown) => {
      this.deps.logger.warn('notification failed', { type: event.type, error });
    });
    this.pending.add(delivery);
    void delivery.finally(() => this.pending.delete(delivery));
  }

  /** Resolves when the notices under way are sent (or failed), or after `timeoutMs` (then false). */
  async idle(timeoutMs: number): Promise<boolean> {
    if (this.pending.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const done = Promise.allSettled([...this.pending]).then(() => true);
    try {
      return await Promise.race([done, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async deliver(event: CommerceEvent): Promise<void> {
    const notice = await this.noticeOf(event);
    if (!notice || notice.userIds.length === 0) return;
    const conversations = await this.deps.references.latest(notice.userIds);
    const reached = new Set(conversations.map((c) => c.userId));
    const unreached = notice.userIds.filter((userId) => !reached.has(userId));
    const slackIds = this.slack ? await this.deps.directory.slackIds(unreached) : new Map();
    for (const userId of unreached) {
      if (!slackIds.has(userId))
        this.deps.logger.debug('no conversation to notify', { type: event.type, userId });
    }
    await Promise.all([
      ...conversations.map((conversation) => this.send(event, conversation, notice)),
      ...[...slackIds].map(([userId, { slackUserId, locale }]) =>
        this.sendSlack(event, userId, slackUserId, notice.text(toLocale(locale))),
      ),
    ]);
  }

  private async noticeOf(event: CommerceEvent): Promise<Notice | null> {
    const { directory } = this.deps;
    switch (event.type) {
      case 'purchase.completed': {
        const [facts, admins] = await Promise.all([
          directory.subscription(event.tenantId, event.subscriptionId),
          directory.adminIds(event.tenantId),
        ]);
        if (!facts) return null;
        return {
          // An admin who bought for themselves knows already.
          userIds: admins.filter((id) => id !== event.purchaserId),
          text: (locale) =>
            adminTexts(locale).purchaseNotice(facts.purchaserName ?? '?', event.seats, facts.productName),
        };
      }
      case 'subscription.cancelled': {
        if (!event.byAdmin || !event.purchaserId) return null;
        const facts = await directory.subscription(event.tenantId, event.subscriptionId);
        if (!facts) return null;
        return {
          userIds: [event.purchaserId],
          text: (locale) => adminTexts(locale).cancelledByAdmin(facts.productName),
        };
      }
      case 'subscription.taken-over': {
        if (!event.purchaserId) return null;
        const facts = await directory.subscription(event.tenantId, event.subscriptionId);
        if (!facts) return null;
        return {
          userIds: [event.purchaserId],
          text: (locale) =>
            event.mode === 'cancelled'
              ? adminTexts(locale).takenOverCancelled(facts.productName, event.reason)
              : adminTexts(locale).takenOverMoved(facts.productName, event.reason),
        };
      }
      default:
        return null;
    }
  }

  private async sendSlack(event: CommerceEvent, userId: string, slackUserId: string, text: string) {
    const fields = { type: event.type, userId, channelId: 'slack' };
    try {
      await this.slack?.(slackUserId, text);
      this.deps.logger.info('notification sent', fields);
    } catch (error) {
      this.deps.logger.warn('notification failed', { ...fields, error });
    }
  }

  private async send(event: CommerceEvent, conversation: StoredConversation, notice: Notice): Promise<void> {
    const text = notice.text(conversation.locale ?? 'en');
    const fields = { type: event.type, userId: conversation.userId, channelId: conversation.channelId };
    const failure = await sendProactive(this.deps.adapter, this.deps.appId, conversation.reference, {
      type: 'message',
      text,
    });
    if (failure) this.deps.logger.warn('notification failed', { ...fields, error: failure });
    else this.deps.logger.info('notification sent', fields);
  }
}
