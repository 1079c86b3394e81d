/**
 * The contract of the secure checkout page (`/checkout/:id`): what a dialog opens, what the page
 * tells the channel when a payment settles, and what the page needs from the core.
 * Card data never appears in any of these shapes: only the gateway's brand and last 4 digits.
 */
import type { Clock } from '../../commerce/clock';
import type {
  Actor,
  CardOnFile,
  Money,
  OrderResult,
  PurchaseRequest,
  Quote,
  SubscriptionDetail,
  UserView,
} from '../../commerce';
import type { PaymentGateway } from '../../commerce/payment/gateway';
import type { Logger } from '../../logging';
import type { Database } from '../../models/database';
import type { CheckoutKind, CheckoutStatus } from '../../models/runtime';

export type { CheckoutKind, CheckoutStatus };

/** The page's languages; `open()` accepts any tag (`fr-FR`, `en-US`) and keeps `fr` or `en`. */
export type CheckoutLocale = 'fr' | 'en';

/** Buying `seats` seats of a self-service product (the purchase dialog's last step). */
export interface PurchaseCheckoutPayload {
  productId: string;
  seats: number;
}

/** Replacing the card of a self-service subscription the user bought. */
export interface UpdateCardCheckoutPayload {
  subscriptionId: string;
}

/** Paying an open or failed bill of a subscription. */
export interface PayBillCheckoutPayload {
  subscriptionId: string;
  billId: string;
}

export interface CheckoutPayloads {
  purchase: PurchaseCheckoutPayload;
  'update-card': UpdateCardCheckoutPayload;
  'pay-bill': PayBillCheckoutPayload;
}

/** What a dialog passes to `CheckoutService.open`; the kind decides the payload's shape. */
export type OpenCheckoutRequest = {
  [K in CheckoutKind]: {
    tenantId: string;
    userId: string;
    kind: K;
    payload: CheckoutPayloads[K];
    /** Where to resume the conversation (a botbuilder ConversationReference, a Slack channel…): opaque here. */
    conversationRef: Record<string, unknown> | null;
    /** The activity's or user's locale tag; anything not French shows the page in English. */
    locale?: string | null;
  };
}[CheckoutKind];

/** The link a dialog puts behind its "pay securely" button. */
export interface CheckoutLink {
  id: string;
  /** `${publicUrl}/checkout/${id}` */
  url: string;
  /** ISO timestamp after which the link shows "expired" (410). */
  expiresAt: string;
}

/** The card a payment used or saved, as a person recognises it. */
export type CheckoutCard = Pick<CardOnFile, 'brand' | 'last4'>;

/** A settled checkout; the purchase variant carries exactly what `renderReceiptCard` takes. */
export type CheckoutOutcome =
  | {
      kind: 'purchase';
      receipt: {
        orderId: string;
        subscriptionId: string;
        productName: string;
        seats: number;
        total: Money;
        termEnd: string;
        card: CheckoutCard;
      };
      subscription: SubscriptionDetail;
    }
  | {
      kind: 'pay-bill';
      receipt: {
        billId: string;
        subscriptionId: string;
        productName: string;
        amount: Money;
        card: CheckoutCard;
      };
      subscription: SubscriptionDetail;
    }
  | {
      kind: 'update-card';
      receipt: { subscriptionId: string; productName: string; card: CheckoutCard };
      subscription: SubscriptionDetail;
    };

/** A checkout session as the channel sees it (never the CSRF token). */
export interface CheckoutSessionView {
  id: string;
  tenantId: string;
  userId: string;
  kind: CheckoutKind;
  payload: CheckoutPayloads[CheckoutKind];
  conversationRef: Record<string, unknown> | null;
  locale: CheckoutLocale;
  status: CheckoutStatus;
  expiresAt: string;
  /** Order id (purchase), bill id (pay-bill) or subscription id (update-card) once completed. */
  resultId: string | null;
  /** Tries that reached the payment gateway. */
  attempts: number;
}

export interface CheckoutCompletedEvent {
  session: CheckoutSessionView;
  outcome: CheckoutOutcome;
}

/**
 * Told once per session, after the payment settled and the session was marked completed (the
 * channel resumes the conversation with a receipt). A listener that throws or is slow never undoes
 * the payment nor blocks the page for long: errors are logged, and the page answers after
 * `notifyTimeoutMs` at most.
 */
export interface CheckoutListener {
  completed(event: CheckoutCompletedEvent): Promise<void>;
}

/** What the page needs from `commerce/billing` (`BillingService` satisfies it). */
export interface CheckoutBilling {
  /** `alreadyPaid`: the bill was paid before (another link, another channel): nothing was charged. */
  payBill(
    actor: Actor,
    billId: string,
    payment: { token: string },
    idempotencyKey: string,
  ): Promise<{ alreadyPaid: boolean }>;
  updateCard(actor: Actor, subscriptionId: string, token: string): Promise<unknown>;
}

/** The parts of the commerce core the page uses; `createCommerce()`'s result satisfies it. */
export interface CheckoutCore {
  purchases: { purchase(actor: Actor, request: PurchaseRequest): Promise<OrderResult> };
  catalog: { quote(actor: Actor, productId: string, seats: unknown): Promise<Quote> };
  account: { subscription(actor: Actor, subscriptionId: string): Promise<SubscriptionDetail> };
  directory: { userById(userId: string): Promise<UserView | null> };
  gateway: PaymentGateway;
  /** Without it, `open()` refuses `update-card` and `pay-bill` links. */
  billing?: CheckoutBilling;
}

export interface CheckoutDeps {
  db: Database;
  core: CheckoutCore;
  clock: Clock;
  logger: Logger;
  /** `config.publicUrl`, without a trailing slash. */
  publicUrl: string;
  /** `config.checkoutTtlMinutes` */
  ttlMinutes: number;
  /** May also be added later with `CheckoutService.addListener` (the composition root's order). */
  listener?: CheckoutListener;
  /** Tries that reach the gateway before the link closes; 5 by default. */
  maxAttempts?: number;
  /** How long the page waits for listeners before answering; 5000 ms by default. */
  notifyTimeoutMs?: number;
}

/** Opens checkout links; built and mounted by `mountCheckout(server, deps)`. */
export interface CheckoutOpener {
  /**
   * Checks the request against the core (eligibility, price, ownership of the subscription or bill;
   * throws its coded errors) and stores a single-use session that expires after `ttlMinutes`.
   */
  open(request: OpenCheckoutRequest): Promise<CheckoutLink>;
}
