import type { webApi } from '@slack/bolt';
import type { Logger } from '../../logging';
import { receiptMessage } from '../checkout/receipt-message';
import type { CheckoutCompletedEvent, CheckoutListener } from '../checkout/types';
import { toSlackReply } from './turn-adapter';
import { isSlackConversationRef } from './turns';

/**
 * When a checkout opened from Slack settles, posts the receipt (or the updated subscription) to the
 * user's DM with the bot (`chat.postMessage` to their user id). Other channels' references are ignored.
 */
export class SlackCheckoutListener implements CheckoutListener {
  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger: Logger,
  ) {}

  async completed({ session, outcome }: CheckoutCompletedEvent): Promise<void> {
    const ref = session.conversationRef;
    if (!isSlackConversationRef(ref)) return;
    const { intro, card } = receiptMessage({ session, outcome });
    const message = toSlackReply({
      type: 'message',
      text: intro,
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    });
    const fields = { checkoutId: session.id, kind: outcome.kind, channelId: 'slack' };
    try {
      await this.client.chat.postMessage({
        channel: ref.userId,
        text: message?.text ?? intro,
        blocks: message?.blocks,
      });
      this.logger.info('checkout receipt sent', fields);
    } catch (error) {
      // The page already showed the receipt; a lost chat message is logged, never a failed payment.
      this.logger.warn('checkout receipt not delivered', { ...fields, error });
    }
  }
}
