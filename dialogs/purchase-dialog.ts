import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptOptions,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { INELIGIBILITY_REASONS } from '../cards/messages';
import {
  renderCheckoutButtonCard,
  renderIneligibleCard,
  renderProductChoiceCard,
  renderSeatsAndPriceCard,
  type ProductOffer,
} from '../cards/purchase-cards';
import { actionKey } from '../cards/template';
import type { AdaptiveCard } from '../cards/types';
import { Verbs } from '../cards/verbs';
import { IneligibleError, type Offer, type Quote } from '../commerce';
import { MAX_SEATS, parseSeats } from '../commerce/validation';
import { ChatPrompt } from './chat-prompt';
import { asksForInvoice, findProduct, parseSeatsAnswer, parseYesNo } from './commands';
import type { ConversationFactory } from './conversation';
import type { FaqFlows } from './faq-flows';
import { newCardKey, showRefusal } from './replies';
import type { Conversation, DialogServices } from './services';
import { texts } from './texts';

export const PURCHASE_DIALOG = 'purchase';
const STEPS = 'purchase.steps';
const PRODUCT_PROMPT = 'purchase.product';
const SEATS_PROMPT = 'purchase.seats';
const CONFIRM_PROMPT = 'purchase.confirm';

/**
 * Where a purchase starts. Card buttons carry everything they need, so a click (even on an old card)
 * restarts the dialog at the right step: a product → seats; product and seats → quote; a Confirm
 * click's key → the secure page (the same link again when that click was already handled).
 */
export interface PurchaseStart {
  productId?: string | null;
  /** As typed or clicked; validated here. */
  seats?: unknown;
  /** The idempotency key of a Confirm button (`…:purchase.confirm`). */
  confirmKey?: string | null;
}

type ConfirmAnswer = 'yes' | 'no' | { seats: number };

interface PurchaseValues {
  start: PurchaseStart;
  productId: string;
  productName: string;
  seats: number;
  quote: Quote;
  confirmKey: string;
}

const CONFIRM_KEY = /^[\w.:-]{8,128}$/;

/** The seats a user typed or a card sent, if the core accepts them (its `parseSeats` is the rule), else null. */
export function validSeats(value: unknown): number | null {
  try {
    return parseSeats(typeof value === 'string' ? parseSeatsAnswer(value) : value);
  } catch {
    return null;
  }
}

/**
 * The purchase: eligibility (every reason and the admins to contact, never a dead end) → product (only
 * those offered) → seats (re-asked politely) → price summary → confirmation → the single-use secure
 * checkout page. The receipt arrives later, proactively, when the payment settles.
 */
export class PurchaseDialog extends ComponentDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly conversations: ConversationFactory,
    private readonly faq: FaqFlows,
  ) {
    super(PURCHASE_DIALOG);
    this.addDialog(
      new ChatPrompt<string>(PRODUCT_PROMPT, {
        recognize: (text) => findProduct(text) ?? undefined,
        reask: (context, text) => this.reask(context, text, (t) => t.productReask),
      }),
    );
    this.addDialog(
      new ChatPrompt<number>(SEATS_PROMPT, {
        recognize: (text) => validSeats(text) ?? undefined,
        reask: (context, text) => this.reask(context, text, (t) => t.seatsReask(MAX_SEATS)),
      }),
    );
    this.addDialog(
      new ChatPrompt<ConfirmAnswer>(CONFIRM_PROMPT, {
        recognize: (text) => {
          const answer = parseYesNo(text);
          if (answer) return answer;
          const seats = validSeats(text);
          return seats === null ? undefined : { seats };
        },
        reask: (context, text) => this.reask(context, text, (t) => t.confirmReask),
      }),
    );
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.chooseProduct.bind(this),
        this.askSeats.bind(this),
        this.showQuote.bind(this),
        this.openCheckout.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  /**
   * Sends the question's card, then waits for the answer. The card is not kept in the prompt's options:
   * those are saved with the dialog state at every turn, and a card is several kilobytes.
   */
  private async promptWithCard(
    step: WaterfallStepContext,
    promptId: string,
    card: AdaptiveCard,
  ): Promise<DialogTurnResult> {
    await step.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    return step.prompt(promptId, {} satisfies PromptOptions);
  }

  private values(step: WaterfallStepContext): PurchaseValues {
    return step.values as PurchaseValues;
  }

  private async chooseProduct(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const start = (step.options ?? {}) as PurchaseStart;
    this.values(step).start = start;
    if (start.productId) return step.next(start.productId);
    const c = this.conversations.of(step.context);
    let offers: Offer[];
    try {
      offers = await this.services.commerce.catalog.offers(c.actor);
    } catch (error) {
      await showRefusal(c, error);
      return step.endDialog();
    }
    const shown = offers.filter((o) => o.unitPrice && (o.eligibility.eligible || o.eligibility.trialAllowed));
    if (shown.length === 0) {
      await c.reply.card(renderIneligibleCard(mergedRefusal(offers), c.locale));
      return step.endDialog();
    }
    const card = renderProductChoiceCard({ offers: shown.map(toProductOffer) }, c.locale);
    return this.promptWithCard(step, PRODUCT_PROMPT, card);
  }

  private async askSeats(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = this.values(step);
    const productId = step.result as string;
    const c = this.conversations.of(step.context);
    const offer = await this.offer(c, productId);
    if (!offer) return step.endDialog();
    values.productId = productId;
    values.productName = offer.productName;
    const start = values.start;
    if (start.seats !== undefined && start.seats !== null && start.productId === productId) {
      const seats = validSeats(start.seats);
      if (seats !== null) return step.next(seats);
      await c.reply.text(texts(c.locale).seatsReask(MAX_SEATS));
    }
    const card = renderSeatsAndPriceCard(
      {
        step: 'seats',
        productId,
        productName: offer.productName,
        unitPrice: offer.unitPrice,
        seats: 1,
        maxSeats: MAX_SEATS,
      },
      c.locale,
    );
    return this.promptWithCard(step, SEATS_PROMPT, card);
  }

  private async showQuote(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = this.values(step);
    values.seats = step.result as number;
    const c = this.conversations.of(step.context);
    try {
      values.quote = await this.services.commerce.catalog.quote(c.actor, values.productId, values.seats);
    } catch (error) {
      await showRefusal(c, error, { productId: values.productId, productName: values.productName });
      return step.endDialog();
    }
    const clicked = values.start.confirmKey;
    if (clicked && CONFIRM_KEY.test(clicked) && values.start.productId === values.productId) {
      values.confirmKey = clicked;
      return step.next('yes' satisfies ConfirmAnswer);
    }
    // The card's Confirm button and a typed "yes" share one key: either opens the same page, once.
    const cardKey = newCardKey();
    values.confirmKey = actionKey(cardKey, Verbs.PurchaseConfirm);
    const card = renderSeatsAndPriceCard(
      { step: 'quote', quote: values.quote, maxSeats: MAX_SEATS, idempotencyKey: cardKey },
      c.locale,
    );
    return this.promptWithCard(step, CONFIRM_PROMPT, card);
  }

  private async openCheckout(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = this.values(step);
    const answer = step.result as ConfirmAnswer;
    const c = this.conversations.of(step.context);
    if (answer === 'no') {
      await c.reply.text(texts(c.locale).cancelled);
      return step.endDialog();
    }
    if (typeof answer === 'object') {
      return step.replaceDialog(STEPS, {
        productId: values.productId,
        seats: answer.seats,
      } satisfies PurchaseStart);
    }
    await this.sendCheckout(c, values);
    return step.endDialog();
  }

  private async sendCheckout(c: Conversation, values: PurchaseValues): Promise<void> {
    const { quote, confirmKey } = values;
    const card = { productName: quote.productName, seats: quote.seats, total: quote.total };
    const known = await c.links.recall(confirmKey);
    if (known && Date.parse(known.expiresAt) > Date.now()) {
      await c.reply.card(
        renderCheckoutButtonCard(
          { ...card, url: known.url, expiresAt: known.expiresAt, timeZone: c.timeZone },
          c.locale,
        ),
      );
      return;
    }
    const checkout = this.services.checkout;
    if (!checkout) throw new Error('the checkout page is not mounted');
    try {
      const link = await checkout.open({
        tenantId: c.actor.tenantId,
        userId: c.actor.userId,
        kind: 'purchase',
        payload: { productId: quote.productId, seats: quote.seats },
        conversationRef: c.conversationRef,
        locale: c.locale,
      });
      await c.links.remember(confirmKey, { ...link, card });
      await c.reply.card(
        renderCheckoutButtonCard(
          { ...card, url: link.url, expiresAt: link.expiresAt, timeZone: c.timeZone },
          c.locale,
        ),
      );
    } catch (error) {
      await showRefusal(c, error, { productId: quote.productId, productName: quote.productName });
    }
  }

  /**
   * The product's name and price per seat when the user may buy it; otherwise the reasons (and, for a
   * trials-only product, the free trial button) are shown and null returned.
   */
  private async offer(
    c: Conversation,
    productId: string,
  ): Promise<{ productName: string; unitPrice: Quote['unitPrice'] } | null> {
    const { eligibility, catalog } = this.services.commerce;
    try {
      // The quote checks eligibility too: one call on the usual path, the details only on a refusal.
      const quote = await catalog.quote(c.actor, productId, 1);
      return { productName: quote.productName, unitPrice: quote.unitPrice };
    } catch (error) {
      if (!(error instanceof IneligibleError)) {
        await showRefusal(c, error, { productId });
        return null;
      }
    }
    try {
      const result = await eligibility.check(c.actor, productId);
      await c.reply.card(
        renderIneligibleCard(
          {
            productId,
            productName: result.productName,
            reasons: result.reasons,
            admins: result.admins,
            launchDate: result.launchDate,
          },
          c.locale,
        ),
      );
      if (result.trialAllowed) {
        const price = (await catalog.offers(c.actor)).find((o) => o.productId === productId)?.unitPrice;
        if (price) {
          const offer = {
            productId,
            productName: result.productName,
            unitPrice: price,
            canBuy: false,
            canTry: true,
          };
          await c.reply.card(renderProductChoiceCard({ offers: [offer] }, c.locale));
        }
      }
    } catch (error) {
      await showRefusal(c, error, { productId });
    }
    return null;
  }

  /** An answer that was not understood: an invoice request or an FAQ question is answered, then the question asked again. */
  private async reask(
    context: TurnContext,
    text: string,
    again: (t: ReturnType<typeof texts>) => string,
  ): Promise<void> {
    const c = this.conversations.of(context);
    const t = texts(c.locale);
    if (asksForInvoice(text)) {
      await c.reply.text(t.invoiceRefused);
      await this.faq.answerIfConfident(c, text);
    } else if (text.trim()) {
      await this.faq.answerIfConfident(c, text);
    }
    await c.reply.text(again(t));
  }
}

function toProductOffer(offer: Offer): ProductOffer {
  return {
    productId: offer.productId,
    productName: offer.productName,
    unitPrice: offer.unitPrice as NonNullable<Offer['unitPrice']>,
    canBuy: offer.eligibility.eligible,
    canTry: offer.eligibility.trialAllowed,
  };
}

/** Nothing can be bought or tried: every reason any product gave, in the FAQ's order, and the admins. */
function mergedRefusal(offers: Offer[]) {
  const reasons = new Set(offers.flatMap((o) => o.eligibility.reasons));
  const withAdmins = offers.find((o) => o.eligibility.admins.length > 0);
  return {
    productId: null,
    productName: null,
    reasons: INELIGIBILITY_REASONS.filter((r) => reasons.has(r)),
    admins: withAdmins?.eligibility.admins ?? [],
    launchDate: offers.find((o) => o.eligibility.launchDate)?.eligibility.launchDate ?? null,
  };
}
