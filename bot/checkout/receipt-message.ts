import { renderSubscriptionCard } from '../../cards/manage-cards';
import { renderReceiptCard } from '../../cards/purchase-cards';
import type { AdaptiveCard } from '../../cards/types';
import { MAX_SEATS } from '../../commerce/validation';
import { newCardKey, texts } from '../../dialogs';
import type { CheckoutCompletedEvent } from './types';

/**
 * What the chat shows when a checkout settles, whatever the channel: a sentence and a card (the
 * receipt for a purchase; the subscription, with its actions, after a bill is paid or the card changed).
 */
export function receiptMessage({ session, outcome }: CheckoutCompletedEvent): {
  intro: string;
  card: AdaptiveCard;
} {
  const locale = session.locale;
  const t = texts(locale);
  if (outcome.kind === 'purchase')
    return { intro: t.purchaseReceipt, card: renderReceiptCard(outcome.receipt, locale) };
  return {
    intro: outcome.kind === 'pay-bill' ? t.billPaid : t.cardUpdated,
    card: renderSubscriptionCard(
      { subscription: outcome.subscription, idempotencyKey: newCardKey(), maxSeats: MAX_SEATS },
      locale,
    ),
  };
}
