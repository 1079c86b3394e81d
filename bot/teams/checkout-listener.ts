import type { ConversationReference } from 'botbuilder';
import type { Logger } from '../../logging';
import { receiptMessage } from '../checkout/receipt-message';
import type { CheckoutCompletedEvent, CheckoutListener } from '../checkout/types';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './bot';
import { ProactiveAdapter, sendProactive } from './proactive';

/** A botbuilder conversation reference (what the Teams dialogs store), as opposed to another channel's. */
export function isBotConversationReference(ref: unknown): ref is Partial<ConversationReference> {
  const r = ref as Partial<ConversationReference> | null;
  return (
    typeof r?.serviceUrl === 'string' &&
    typeof r.conversation?.id === 'string' &&
    typeof r.channelId === 'string'
  );
}

/**
 * When a checkout page's payment settles, resumes the Teams (or Emulator) conversation that opened it
 * with the receipt: `continueConversationAsync` with the stored reference, as the bot's app id ('' in
 * Emulator mode). References of other channels are left to their own listeners.
 */
export class TeamsCheckoutListener implements CheckoutListener {
  constructor(
    private readonly adapter: ProactiveAdapter,
    private readonly appId: string,
    private readonly logger: Logger,
  ) {}

  async completed({ session, outcome }: CheckoutCompletedEvent): Promise<void> {
    const ref = session.conversationRef;
    if (!isBotConversationReference(ref)) return;
    const { intro, card } = receiptMessage({ session, outcome });
    const failure = await sendProactive(this.adapter, this.appId, ref, {
      type: 'message',
      text: intro,
      attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
    });
    const fields = { checkoutId: session.id, kind: outcome.kind, channelId: ref.channelId };
    // The page already showed the receipt; a lost chat message is logged, never a failed payment.
    if (failure) this.logger.warn('checkout receipt not delivered', { ...fields, error: failure });
    else this.logger.info('checkout receipt sent', fields);
  }
}
