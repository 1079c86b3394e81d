import {
  renderAssignmentResultCard,
  renderConfirmCancelCard,
  renderSubscriptionCard,
} from '../cards/manage-cards';
import { renderCardUpdateLinkCard } from '../cards/bot-cards';
import { formatDate, formatList } from '../cards/messages';
import { renderCheckoutButtonCard } from '../cards/purchase-cards';
import { Verbs } from '../cards/verbs';
import { MAX_SEATS } from '../commerce/validation';
import type { SubscriptionDetail } from '../commerce';
import { adminTexts } from './admin-texts';
import { newCardKey, showRefusal } from './replies';
import type { Conversation, DialogServices } from './services';
import { texts } from './texts';

/** Subscriptions shown by "my licences" (the newest first); older ones are reachable by product. */
export const MAX_LISTED_SUBSCRIPTIONS = 10;

const LIVE = new Set(['active', 'past_due']);

/**
 * The purchaser's actions on their subscriptions, shared by the card buttons (one verb each) and the
 * typed commands of the manage dialog. Each turns input into one call to the core and the result into
 * a card; a refusal becomes a card the user can act on.
 */
export class SubscriptionFlows {
  constructor(private readonly services: DialogServices) {}

  private get commerce() {
    return this.services.commerce;
  }

  /** "My licences": a card per self-service subscription the user bought, and the licences they hold. */
  async showMine(c: Conversation): Promise<void> {
    const t = texts(c.locale);
    const [bought, held] = await Promise.all([
      this.commerce.account.mySubscriptions(c.actor),
      this.commerce.account.myLicences(c.actor),
    ]);
    const live = held.filter((s) => LIVE.has(s.status)).map((s) => s.productName);
    await c.reply.text(
      live.length ? t.heldLicences(formatList([...new Set(live)], c.locale)) : t.noHeldLicences,
    );
    if (bought.length === 0) {
      await c.reply.text(t.noSubscriptions);
      return;
    }
    for (const subscription of bought.slice(0, MAX_LISTED_SUBSCRIPTIONS)) {
      await this.showSubscription(c, subscription);
    }
  }

  async showOne(c: Conversation, subscriptionId: string): Promise<void> {
    try {
      await this.showSubscription(c, await this.commerce.account.subscription(c.actor, subscriptionId));
    } catch (error) {
      await showRefusal(c, error);
    }
  }

  /** The user's own live self-service subscriptions, optionally of one product (for typed commands). */
  async mine(c: Conversation, productId: string | null): Promise<SubscriptionDetail[]> {
    const bought = await this.commerce.account.mySubscriptions(c.actor);
    return bought.filter((s) => LIVE.has(s.status) && (productId === null || s.productId === productId));
  }

  async assign(c: Conversation, subscriptionId: string, userRefs: string[]): Promise<void> {
    const subscription = await this.find(c, subscriptionId);
    if (!subscription) return;
    try {
      const result = await this.commerce.licences.assign(c.actor, subscriptionId, userRefs);
      await c.reply.card(
        renderAssignmentResultCard(
          {
            subscriptionId,
            productName: subscription.productName,
            assigned: result.changed,
            refused: [],
            freeSeats: result.seats - result.assignedCount,
          },
          c.locale,
        ),
      );
    } catch (error) {
      await showRefusal(c, error, {
        assignment: { subscriptionId, productName: subscription.productName },
      });
    }
  }

  async remove(c: Conversation, subscriptionId: string, userRef: string): Promise<void> {
    try {
      const result = await this.commerce.licences.remove(c.actor, subscriptionId, [userRef]);
      const subscription = await this.commerce.account.subscription(c.actor, subscriptionId);
      const who = result.changed[0]?.displayName ?? userRef;
      await c.reply.card(this.subscriptionCard(c, subscription));
      await c.reply.text(texts(c.locale).removed(who, subscription.productName));
    } catch (error) {
      const subscription = await this.find(c, subscriptionId, false);
      await showRefusal(c, error, {
        assignment: subscription ? { subscriptionId, productName: subscription.productName } : undefined,
      });
    }
  }

  async addSeats(
    c: Conversation,
    subscriptionId: string,
    count: unknown,
    idempotencyKey: string,
  ): Promise<void> {
    try {
      const result = await this.commerce.purchases.addSeats(c.actor, subscriptionId, count, idempotencyKey);
      await c.reply.card(this.subscriptionCard(c, result.subscription));
      await c.reply.text(
        texts(c.locale).seatsChanged(result.subscription.productName, result.subscription.seats),
      );
    } catch (error) {
      // A declined charge is remembered under its key: the retry button carries a new one.
      await showRefusal(c, error, {
        retry: {
          verb: Verbs.SeatsAdd,
          data: {
            subscriptionId,
            seatsToAdd: String(count ?? ''),
            idempotencyKey: `${newCardKey()}:${Verbs.SeatsAdd}`,
          },
        },
      });
    }
  }

  async lowerSeats(
    c: Conversation,
    subscriptionId: string,
    seats: unknown,
    idempotencyKey: string,
  ): Promise<void> {
    try {
      const result = await this.commerce.purchases.lowerSeats(c.actor, subscriptionId, seats, idempotencyKey);
      await c.reply.card(this.subscriptionCard(c, result.subscription));
      await c.reply.text(
        texts(c.locale).seatsChanged(result.subscription.productName, result.subscription.seats),
      );
    } catch (error) {
      await showRefusal(c, error);
    }
  }

  /** Opens the secure page to pay one open bill (a second click on the same button shows the same link). */
  async payBill(
    c: Conversation,
    subscriptionId: string,
    billId: string,
    idempotencyKey: string,
  ): Promise<void> {
    const subscription = await this.find(c, subscriptionId);
    if (!subscription) return;
    const bill = subscription.bills.find(
      (b) => b.id === billId && (b.status === 'open' || b.status === 'failed'),
    );
    if (!bill) {
      await c.reply.text(texts(c.locale).noOpenBill(subscription.productName));
      return;
    }
    const card = { productName: subscription.productName, seats: subscription.seats, total: bill.amount };
    const link = await this.openLink(c, idempotencyKey, card, () =>
      this.checkout.open({
        tenantId: c.actor.tenantId,
        userId: c.actor.userId,
        kind: 'pay-bill',
        payload: { subscriptionId, billId },
        conversationRef: c.conversationRef,
        locale: c.locale,
      }),
    );
    if (link) {
      await c.reply.card(
        renderCheckoutButtonCard(
          { ...card, url: link.url, expiresAt: link.expiresAt, timeZone: c.timeZone },
          c.locale,
        ),
      );
    }
  }

  /** Opens the secure page to replace the card of a subscription. */
  async updateCard(c: Conversation, subscriptionId: string, idempotencyKey: string): Promise<void> {
    const subscription = await this.find(c, subscriptionId);
    if (!subscription) return;
    const link = await this.openLink(c, idempotencyKey, null, () =>
      this.checkout.open({
        tenantId: c.actor.tenantId,
        userId: c.actor.userId,
        kind: 'update-card',
        payload: { subscriptionId },
        conversationRef: c.conversationRef,
        locale: c.locale,
      }),
    );
    if (link) {
      await c.reply.card(
        renderCardUpdateLinkCard(
          {
            productName: subscription.productName,
            card: subscription.card,
            url: link.url,
            expiresAt: link.expiresAt,
            timeZone: c.timeZone,
          },
          c.locale,
        ),
      );
    }
  }

  /** A card-free trial of one seat (policy permitting); one per user and product, so a double click starts one. */
  async startTrial(c: Conversation, productId: string): Promise<void> {
    try {
      const key = `trial:${c.actor.userId}:${productId}`;
      const result = await this.commerce.purchases.startTrial(c.actor, productId, key);
      const s = result.subscription;
      await c.reply.card(this.subscriptionCard(c, s));
      await c.reply.text(texts(c.locale).trialStarted(s.productName, formatDate(s.termEnd, c.locale)));
    } catch (error) {
      await showRefusal(c, error, { productId });
    }
  }

  async askCancel(c: Conversation, subscriptionId: string): Promise<void> {
    const subscription = await this.find(c, subscriptionId);
    if (!subscription) return;
    await c.reply.card(renderConfirmCancelCard({ subscription, idempotencyKey: newCardKey() }, c.locale));
  }

  /** Cancels (cancelling twice changes nothing the second time: the core says so). */
  async cancel(c: Conversation, subscriptionId: string): Promise<void> {
    try {
      const subscription = await this.commerce.purchases.cancel(c.actor, subscriptionId);
      await c.reply.card(this.subscriptionCard(c, subscription));
      // An admin cancelling someone's purchase (from the report) is told the purchaser hears of it.
      const purchaser = subscription.purchaser;
      await c.reply.text(
        purchaser && purchaser.userId !== c.actor.userId
          ? adminTexts(c.locale).cancelledForPurchaser(subscription.productName, purchaser.displayName)
          : texts(c.locale).subscriptionCancelled(subscription.productName),
      );
    } catch (error) {
      await showRefusal(c, error);
    }
  }

  private get checkout() {
    const checkout = this.services.checkout;
    if (!checkout) throw new Error('the checkout page is not mounted');
    return checkout;
  }

  /** The link opened earlier for this click, or a new one; a refusal of the core is shown and gives null. */
  private async openLink(
    c: Conversation,
    key: string,
    card: { productName: string; seats: number; total: { amountMinor: number; currency: string } } | null,
    open: () => Promise<{ id: string; url: string; expiresAt: string }>,
  ) {
    const known = await c.links.recall(key);
    if (known && Date.parse(known.expiresAt) > Date.now()) return known;
    try {
      const link = await open();
      await c.links.remember(key, { ...link, card });
      return link;
    } catch (error) {
      await showRefusal(c, error);
      return null;
    }
  }

  private async find(
    c: Conversation,
    subscriptionId: string,
    show = true,
  ): Promise<SubscriptionDetail | null> {
    try {
      return await this.commerce.account.subscription(c.actor, subscriptionId);
    } catch (error) {
      if (show) await showRefusal(c, error);
      return null;
    }
  }

  private async showSubscription(c: Conversation, subscription: SubscriptionDetail): Promise<void> {
    await c.reply.card(this.subscriptionCard(c, subscription));
  }

  private subscriptionCard(c: Conversation, subscription: SubscriptionDetail) {
    const readOnly = subscription.purchaser?.userId !== c.actor.userId;
    return renderSubscriptionCard(
      { subscription, idempotencyKey: newCardKey(), maxSeats: MAX_SEATS, readOnly },
      c.locale,
    );
  }
}
