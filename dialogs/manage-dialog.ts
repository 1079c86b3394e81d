import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { Verbs } from '../cards/verbs';
import { ChatPrompt } from './chat-prompt';
import { parseYesNo, type SubscriptionCommandKind } from './commands';
import type { ConversationFactory } from './conversation';
import { chooseSubscription, subscriptionPrompt } from './subscription-choice';
import type { SubscriptionFlows } from './subscription-flows';
import { texts } from './texts';

export const MANAGE_DIALOG = 'manage';
const STEPS = 'manage.steps';
const SUBSCRIPTION_PROMPT = 'manage.subscription';
const CONFIRM_CANCEL_PROMPT = 'manage.confirmCancel';

/** A typed command on one of the purchaser's subscriptions ("add 2 seats to Power BI", "résilie Flow"…). */
export interface ManageStart {
  kind: SubscriptionCommandKind;
  productId: string | null;
  seats: number | null;
  /** Whom to remove: an e-mail address, or a mention's Entra object id. */
  userRefs: string[];
  /** The typed message's id: its idempotency key, so a redelivered message changes nothing twice. */
  messageKey: string;
}

/**
 * "My licences" by text, for what the subscription card's buttons do in Teams (the Emulator cannot
 * click `Action.Execute`): buy more seats or lower them, remove a user, pay a bill, update the card,
 * cancel (after a yes).
 */
export class ManageDialog extends ComponentDialog {
  constructor(
    private readonly conversations: ConversationFactory,
    private readonly flows: SubscriptionFlows,
  ) {
    super(MANAGE_DIALOG);
    this.addDialog(subscriptionPrompt(SUBSCRIPTION_PROMPT, conversations));
    this.addDialog(
      new ChatPrompt<'yes' | 'no'>(CONFIRM_CANCEL_PROMPT, {
        recognize: (text) => parseYesNo(text) ?? undefined,
        reask: async (context) => {
          const c = conversations.of(context);
          await c.reply.text(texts(c.locale).cancelConfirmReask);
        },
      }),
    );
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.pickSubscription.bind(this),
        this.act.bind(this),
        this.finishCancel.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  private async pickSubscription(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const start = step.options as ManageStart;
    const c = this.conversations.of(step.context);
    const t = texts(c.locale);
    if ((start.kind === 'add-seats' || start.kind === 'lower-seats') && start.seats === null) {
      await c.reply.text(t.seatsCountNeeded);
      return step.endDialog();
    }
    if (start.kind === 'remove' && start.userRefs.length === 0) {
      await c.reply.text(t.removeWho);
      return step.endDialog();
    }
    return chooseSubscription(step, c, this.flows, start.productId, SUBSCRIPTION_PROMPT);
  }

  private async act(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const start = step.options as ManageStart;
    const subscriptionId = step.result as string;
    (step.values as { subscriptionId?: string }).subscriptionId = subscriptionId;
    const c = this.conversations.of(step.context);
    const key = (verb: string) => `${start.messageKey}:${verb}`;
    switch (start.kind) {
      case 'add-seats':
        await this.flows.addSeats(c, subscriptionId, start.seats, key(Verbs.SeatsAdd));
        break;
      case 'lower-seats':
        await this.flows.lowerSeats(c, subscriptionId, start.seats, key(Verbs.SeatsLower));
        break;
      case 'remove':
        for (const ref of start.userRefs) await this.flows.remove(c, subscriptionId, ref);
        break;
      case 'pay-bill': {
        const subscription = (await this.flows.mine(c, null)).find((s) => s.id === subscriptionId);
        const bill = subscription?.bills.find((b) => b.status === 'open' || b.status === 'failed');
        if (!subscription || !bill) {
          await c.reply.text(texts(c.locale).noOpenBill(subscription?.productName ?? ''));
          break;
        }
        await this.flows.payBill(c, subscriptionId, bill.id, key(Verbs.BillPay));
        break;
      }
      case 'update-card':
        await this.flows.updateCard(c, subscriptionId, key(Verbs.CardUpdate));
        break;
      case 'cancel-subscription':
        await this.flows.askCancel(c, subscriptionId);
        return step.prompt(CONFIRM_CANCEL_PROMPT, {});
    }
    return step.endDialog();
  }

  private async finishCancel(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const c = this.conversations.of(step.context);
    if (step.result === 'yes')
      await this.flows.cancel(c, (step.values as { subscriptionId: string }).subscriptionId);
    else await c.reply.text(texts(c.locale).kept);
    return step.endDialog();
  }
}
