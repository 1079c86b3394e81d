import { DeclineCode } from '../errors';

/** What the card form sends to the gateway; it never goes further (not to the core, logs or database). */
export interface CardInput {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  holderName?: string;
}

/** What may be kept about a card: the gateway's token and what a person needs to recognise the card. */
export interface CardToken {
  token: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export interface ChargeRequest {
  token: string;
  amountMinor: number;
  currency: string;
  /** A repeated key returns the first result and never charges twice. */
  idempotencyKey: string;
}

export type ChargeResult =
  | { status: 'succeeded'; chargeId: string; amountMinor: number; currency: string }
  | { status: 'declined'; chargeId: string; declineCode: DeclineCode };

/**
 * A card processor. The built-in `SimulatedCardGateway` behaves like Stripe in test mode;
 * a real processor plugs in behind the same interface.
 */
export interface PaymentGateway {
  /** Validates (Luhn, expiry, CVC) and tokenises a card; throws InvalidCardError. */
  tokenize(card: CardInput): Promise<CardToken>;
  /** The card behind a token, or null for an unknown token. */
  describe(token: string): Promise<CardToken | null>;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /** Gives a succeeded charge back (used when the order could not be recorded after charging). */
  refund(chargeId: string, idempotencyKey: string): Promise<void>;
}
