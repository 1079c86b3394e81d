import type { Activity, ConversationReference, TurnContext } from 'botbuilder';

/** The one adapter call a proactive message needs (botbuilder's CloudAdapter has it). */
export interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

/**
 * Sends one activity into an existing conversation and says whether it went: returns the error, or
 * null. The send's error is caught inside the turn because, thrown, it would reach the adapter's
 * onTurnError, which logs a failed user turn and resolves as if the message had gone.
 */
export async function sendProactive(
  adapter: ProactiveAdapter,
  appId: string,
  reference: Partial<ConversationReference>,
  activity: Partial<Activity>,
): Promise<unknown> {
  let failure: unknown = null;
  try {
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      try {
        await context.sendActivity(activity);
      } catch (error) {
        failure = error;
      }
    });
  } catch (error) {
    failure = error;
  }
  return failure;
}
