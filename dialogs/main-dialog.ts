import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { AdminFlows } from './admin-flows';
import { ASSIGN_DIALOG, AssignDialog, type AssignStart } from './assign-dialog';
import { findCount, findProduct, parseCommand, type Command } from './commands';
import type { ConversationFactory } from './conversation';
import type { FaqFlows } from './faq-flows';
import { MANAGE_DIALOG, ManageDialog, type ManageStart } from './manage-dialog';
import { PURCHASE_DIALOG, PurchaseDialog, type PurchaseStart } from './purchase-dialog';
import { showHelp } from './replies';
import type { DialogServices } from './services';
import type { SubscriptionFlows } from './subscription-flows';
import { texts } from './texts';
import { turnEnv } from './turn';

export const MAIN_DIALOG = 'main';
const ROUTE = 'main.route';

/** Begins the main dialog straight at a flow (a card button), instead of routing the message. */
export type MainStart = { purchase: PurchaseStart } | undefined;

/**
 * Routes each message: buy, my licences, assign and the other subscription commands, the admins' report
 * and policy, help, cancel;
 * anything else goes to the FAQ (a purchase-like request, "je veux acheter 3 licences Power BI",
 * starts the purchase with product and seats filled in). While a flow waits for an answer, `cancel`
 * stops it, `help` answers without losing it, and a new command replaces it.
 */
export class MainDialog extends ComponentDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly conversations: ConversationFactory,
    private readonly flows: SubscriptionFlows,
    private readonly faq: FaqFlows,
    private readonly admin: AdminFlows,
  ) {
    super(MAIN_DIALOG);
    this.addDialog(new PurchaseDialog(services, conversations, faq));
    this.addDialog(new AssignDialog(conversations, flows));
    this.addDialog(new ManageDialog(conversations, flows));
    this.addDialog(new WaterfallDialog(ROUTE, [this.route.bind(this), this.finish.bind(this)]));
    this.initialDialogId = ROUTE;
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    if (inner.context.activity.type === 'message') {
      const text = turnEnv(inner.context).text;
      const command = parseCommand(text);
      const c = this.conversations.of(inner.context);
      if (command?.kind === 'cancel') {
        await inner.cancelAllDialogs();
        await c.reply.text(texts(c.locale).cancelled);
        return { status: DialogTurnStatus.complete };
      }
      if (command?.kind === 'help') {
        await showHelp(c, this.services);
        return { status: DialogTurnStatus.waiting };
      }
      if (command || this.services.isPurchaseRequest(text)) {
        await inner.cancelAllDialogs();
        return inner.beginDialog(ROUTE);
      }
    }
    return super.onContinueDialog(inner);
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const start = step.options as MainStart;
    if (start && 'purchase' in start) return step.beginDialog(PURCHASE_DIALOG, start.purchase);
    const env = turnEnv(step.context);
    const command = parseCommand(env.text);
    if (command) return this.runCommand(step, command);
    if (this.services.isPurchaseRequest(env.text)) {
      return step.beginDialog(PURCHASE_DIALOG, {
        productId: findProduct(env.text),
        seats: findCount(env.text),
      } satisfies PurchaseStart);
    }
    await this.faq.answer(this.conversations.of(step.context), env.text);
    return step.endDialog();
  }

  private async runCommand(step: WaterfallStepContext, command: Command): Promise<DialogTurnResult> {
    const c = this.conversations.of(step.context);
    const env = turnEnv(step.context);
    const mentioned = env.mentions.map((m) => m.ref ?? m.name);
    switch (command.kind) {
      case 'buy':
        return step.beginDialog(PURCHASE_DIALOG, {
          productId: command.productId,
          seats: command.seats,
        } satisfies PurchaseStart);
      case 'trial':
        if (!command.productId) return step.beginDialog(PURCHASE_DIALOG, {} satisfies PurchaseStart);
        await this.flows.startTrial(c, command.productId);
        return step.endDialog();
      case 'mine':
        await this.flows.showMine(c);
        return step.endDialog();
      case 'assign':
        return step.beginDialog(ASSIGN_DIALOG, {
          productId: command.productId,
          userRefs: [...mentioned, ...command.emails],
        } satisfies AssignStart);
      case 'add-seats':
      case 'lower-seats':
      case 'remove':
      case 'pay-bill':
      case 'update-card':
      case 'cancel-subscription':
        return step.beginDialog(MANAGE_DIALOG, {
          kind: command.kind,
          productId: command.productId,
          seats: command.seats,
          userRefs: [...mentioned, ...command.emails],
          messageKey: messageKey(step.context.activity.id),
        } satisfies ManageStart);
      case 'report':
        await this.admin.showReport(c, { tenantName: command.tenant });
        return step.endDialog();
      case 'policy':
        await this.admin.showPolicies(c, { tenantName: command.tenant });
        return step.endDialog();
      case 'cancel':
        await c.reply.text(texts(c.locale).nothingToCancel);
        return step.endDialog();
      default:
        // help, and the demo identity commands of someone already identified
        await showHelp(c, this.services);
        return step.endDialog();
    }
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(step.result);
  }
}

/** An idempotency key from a message's id (the channel redelivers a message with the same id). */
function messageKey(activityId: string | undefined): string {
  const id = (activityId ?? '').replace(/[^\w.:-]/g, '').slice(-80);
  return id.length >= 4
    ? `msg:${id}`
    : `msg:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
