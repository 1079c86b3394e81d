import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { turnEnv } from './turn';

/** How a {@link ChatPrompt} understands an answer and re-asks when it does not. */
export interface ChatPromptSpec<T> {
  /** The value in the user's words (card numbers already removed), or undefined when not understood. */
  recognize(text: string, options: PromptOptions): T | undefined;
  /** Answers what was not understood (an FAQ question, an invoice request…) and asks again, politely. */
  reask(context: TurnContext, text: string, options: PromptOptions): Promise<void>;
}

/**
 * A prompt over the turn's cleaned text (see `turnEnv`): the question is `options.prompt` (usually a
 * card whose buttons restart the flow through the verb registry); a typed answer is recognised here.
 */
export class ChatPrompt<T> extends Prompt<T> {
  constructor(
    dialogId: string,
    private readonly spec: ChatPromptSpec<T>,
  ) {
    super(dialogId);
  }

  protected async onPrompt(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    if (isRetry) {
      await this.spec.reask(context, turnEnv(context).text, options);
      return;
    }
    if (options.prompt) await context.sendActivity(options.prompt);
  }

  protected async onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<T>> {
    const value = this.spec.recognize(turnEnv(context).text, options);
    return value === undefined ? { succeeded: false } : { succeeded: true, value };
  }
}
