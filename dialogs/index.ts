import type { ConversationState, TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { AdminFlows } from './admin-flows';
import { ConversationFactory, type RememberedLinks } from './conversation';
import { FaqFlows } from './faq-flows';
import { MAIN_DIALOG, MainDialog, type MainStart } from './main-dialog';
import type { PurchaseStart } from './purchase-dialog';
import type { DialogServices } from './services';
import { SubscriptionFlows } from './subscription-flows';

export { validSeats, type PurchaseStart } from './purchase-dialog';
export type { Conversation, DialogServices, FaqPort, LinkMemory, RememberedLink } from './services';
export { setTurnEnv, turnEnv, type MentionedUser, type Reply, type Session, type TurnEnv } from './turn';
export { texts } from './texts';
export { parseCommand, type Command } from './commands';
export { showHelp, showRefusal, showWelcome, newCardKey } from './replies';
export { SubscriptionFlows } from './subscription-flows';
export { FaqFlows } from './faq-flows';
export { AdminFlows, type AdminScope, type ReportRequest } from './admin-flows';
export { adminTexts } from './admin-texts';

/**
 * The bot's conversations: the main dialog and its flows over conversation state (dialog stack and
 * remembered checkout links). A channel resolves the turn (`setTurnEnv`) and then calls these.
 */
export class LicenceDialogs {
  readonly conversations: ConversationFactory;
  readonly flows: SubscriptionFlows;
  readonly faq: FaqFlows;
  readonly admin: AdminFlows;
  private readonly dialogs: DialogSet;

  constructor(services: DialogServices, conversationState: ConversationState) {
    this.conversations = new ConversationFactory(
      conversationState.createProperty<RememberedLinks>('checkoutLinks'),
    );
    this.flows = new SubscriptionFlows(services);
    this.faq = new FaqFlows(services);
    this.admin = new AdminFlows(services);
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(new MainDialog(services, this.conversations, this.flows, this.faq, this.admin));
  }

  /** A message: the waiting flow gets it, else it is routed as a new request. */
  async onMessage(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MAIN_DIALOG);
  }

  /** A purchase button (possibly on an old card): the purchase restarts at the step the button implies. */
  async startPurchase(context: TurnContext, start: PurchaseStart): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    await dc.cancelAllDialogs();
    await dc.beginDialog(MAIN_DIALOG, { purchase: start } satisfies MainStart);
  }

  /** Stops whatever flow is waiting (a Cancel button). */
  async cancel(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    await dc.cancelAllDialogs();
  }
}
export { looksLikeAdmin } from './replies';
