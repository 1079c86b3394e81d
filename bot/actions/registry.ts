import { isVerb, type Verb } from '../../cards/verbs';
import type { ActionContext, ActionHandler } from './types';

/** A button sent a verb no handler is registered for (an old card, a forged request): a 400, never a crash. */
export class UnknownVerbError extends Error {
  readonly code = 'UNKNOWN_VERB' as const;
  readonly httpStatus = 400;
  constructor(readonly verb: unknown) {
    super(`No handler for the card action verb ${JSON.stringify(verb)}.`);
    this.name = 'UnknownVerbError';
  }
}

/**
 * Card actions routed by verb, one handler per verb, shared by the channels (Teams `adaptiveCard/action`
 * invokes; Slack `block_actions` later).
 */
export class ActionRegistry {
  private readonly handlers = new Map<Verb, ActionHandler>();

  register(verb: Verb, handler: ActionHandler): this {
    if (this.handlers.has(verb)) throw new Error(`A handler for ${verb} is already registered`);
    this.handlers.set(verb, handler);
    return this;
  }

  /** True when `verb` is one of ours and has a handler. */
  handles(verb: unknown): verb is Verb {
    return isVerb(verb) && this.handlers.has(verb);
  }

  verbs(): Verb[] {
    return [...this.handlers.keys()];
  }

  /** Runs the verb's handler; throws {@link UnknownVerbError} for a verb without one. */
  async dispatch(context: ActionContext): Promise<void> {
    const handler = this.handlers.get(context.request.verb);
    if (!handler) throw new UnknownVerbError(context.request.verb);
    await handler(context);
  }
}
