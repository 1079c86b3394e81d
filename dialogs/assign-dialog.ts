import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { ConversationFactory } from './conversation';
import { chooseSubscription, subscriptionPrompt } from './subscription-choice';
import type { SubscriptionFlows } from './subscription-flows';
import { texts } from './texts';

export const ASSIGN_DIALOG = 'assign';
const STEPS = 'assign.steps';
const SUBSCRIPTION_PROMPT = 'assign.subscription';

/** What "assign @Ana @Ben to Power BI" asked for: the product (if named) and whom. */
export interface AssignStart {
  productId: string | null;
  /** Entra object ids of resolved mentions, e-mail addresses, or the names of mentions the roster did not know. */
  userRefs: string[];
}

/**
 * Assigning licences by message: the people come from @mentions (resolved through the Teams roster)
 * and e-mail addresses; the subscription is the purchaser's one of the product named, or asked for.
 * All-or-nothing: a refusal lists each refused user and why.
 */
export class AssignDialog extends ComponentDialog {
  constructor(
    private readonly conversations: ConversationFactory,
    private readonly flows: SubscriptionFlows,
  ) {
    super(ASSIGN_DIALOG);
    this.addDialog(subscriptionPrompt(SUBSCRIPTION_PROMPT, conversations));
    this.addDialog(new WaterfallDialog(STEPS, [this.pickSubscription.bind(this), this.assign.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async pickSubscription(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const start = step.options as AssignStart;
    const c = this.conversations.of(step.context);
    if (start.userRefs.length === 0) {
      await c.reply.text(texts(c.locale).assignWho);
      return step.endDialog();
    }
    return chooseSubscription(step, c, this.flows, start.productId, SUBSCRIPTION_PROMPT);
  }

  private async assign(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const start = step.options as AssignStart;
    await this.flows.assign(this.conversations.of(step.context), step.result as string, start.userRefs);
    return step.endDialog();
  }
}
