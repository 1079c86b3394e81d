import type { Verb } from '../../cards/verbs';
import type { Conversation, PurchaseStart } from '../../dialogs';

/** One card button press, whatever the channel (Teams `Action.Execute`, Slack `block_actions`). */
export interface ActionRequest {
  verb: Verb;
  /** The button's `data` with the card's inputs merged in (input values are strings). */
  data: Record<string, unknown>;
}

/** Conversation flows a button may start; each channel runs them its own way. */
export interface ActionFlows {
  /** (Re)starts the purchase at the step the button implies. */
  purchase(start: PurchaseStart): Promise<void>;
  /** Stops the flow waiting in this conversation, if any. */
  cancel(): Promise<void>;
}

/** What a verb handler gets: who clicked, how to answer, and the flows it may start. */
export interface ActionContext extends Conversation {
  request: ActionRequest;
  flows: ActionFlows;
}

/** Handles one verb. Answers through `context.reply` (the first card replaces the clicked card where the channel can). */
export type ActionHandler = (context: ActionContext) => Promise<void>;
