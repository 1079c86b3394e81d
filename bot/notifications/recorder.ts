import type { ConversationReference, Middleware, TurnContext } from 'botbuilder';
import { turnEnv, type TurnEnv } from '../../dialogs';
import type { Logger } from '../../logging';
import { isGroupConversation } from '../teams/mentions';
import type { ConversationReferences } from './conversation-references';

/** The turn's resolved session, or null when the turn resolved nobody (an unknown user, a demo login). */
function sessionOf(context: TurnContext): TurnEnv | null {
  try {
    return turnEnv(context);
  } catch {
    return null;
  }
}

/**
 * Adapter middleware: after each turn of a known user in a personal chat (Teams 1:1, the Emulator),
 * keeps where to reach them later. Group chats and channels are not kept: a notice about someone's
 * purchase belongs in their personal chat. A failure to store is logged; the turn is not affected.
 */
export class ConversationReferenceRecorder implements Middleware {
  constructor(
    private readonly references: ConversationReferences,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    await next();
    const session = sessionOf(context);
    if (!session?.conversationRef || isGroupConversation(context.activity)) return;
    try {
      await this.references.remember({
        userId: session.user.id,
        tenantId: session.user.tenantId,
        channelId: context.activity.channelId,
        reference: session.conversationRef as Partial<ConversationReference>,
        locale: session.locale,
      });
    } catch (error) {
      this.logger.warn('conversation reference not saved', { error, channelId: context.activity.channelId });
    }
  }
}
