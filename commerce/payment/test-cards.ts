import { DeclineCode } from '../errors';
import { CardBrand } from './card';

/**
 * The well-known test card numbers, with the outcomes Stripe's test mode gives them
 * (https://docs.stripe.com/testing). Each declining card tokenises normally (any future expiry,
 * any CVC) and is declined when charged. Any other valid number is approved.
 */

/** How the simulated bank answers charges on a card: approve, or decline with a code. */
export type CardBehaviour = 'approve' | DeclineCode;

export interface TestCard {
  number: string;
  brand: CardBrand;
  behaviour: CardBehaviour;
}

/** Test numbers by scenario, digits only (the card form may add spaces). */
export const TEST_CARDS = {
  visa: { number: '4242424242424242', brand: 'visa', behaviour: 'approve' },
  mastercard: { number: '5555555555554444', brand: 'mastercard', behaviour: 'approve' },
  amex: { number: '378282246310005', brand: 'amex', behaviour: 'approve' },
  discover: { number: '6011111111111117', brand: 'discover', behaviour: 'approve' },
  declined: { number: '4000000000000002', brand: 'visa', behaviour: 'card_declined' },
  insufficientFunds: { number: '4000000000009995', brand: 'visa', behaviour: 'insufficient_funds' },
  lostCard: { number: '4000000000009987', brand: 'visa', behaviour: 'lost_card' },
  stolenCard: { number: '4000000000009979', brand: 'visa', behaviour: 'stolen_card' },
  expiredCard: { number: '4000000000000069', brand: 'visa', behaviour: 'expired_card' },
  incorrectCvc: { number: '4000000000000127', brand: 'visa', behaviour: 'incorrect_cvc' },
  processingError: { number: '4000000000000119', brand: 'visa', behaviour: 'processing_error' },
} as const satisfies Record<string, TestCard>;

export type TestCardScenario = keyof typeof TEST_CARDS;

const BEHAVIOUR_BY_NUMBER: ReadonlyMap<string, CardBehaviour> = new Map(
  Object.values(TEST_CARDS).map((card): [string, CardBehaviour] => [card.number, card.behaviour]),
);

/** The simulated outcome for a validated card number (digits only): a test card's, else `approve`. */
export function behaviourFor(number: string): CardBehaviour {
  return BEHAVIOUR_BY_NUMBER.get(number) ?? 'approve';
}

// A Record, so that a new DeclineCode fails to compile until it is listed here.
const BEHAVIOURS: Record<CardBehaviour, true> = {
  approve: true,
  card_declined: true,
  insufficient_funds: true,
  lost_card: true,
  stolen_card: true,
  expired_card: true,
  incorrect_cvc: true,
  processing_error: true,
};

/** Narrows a stored `behaviour` column; an unrecognised value is treated as a processing error. */
export function parseBehaviour(value: string): CardBehaviour {
  return Object.hasOwn(BEHAVIOURS, value) ? (value as CardBehaviour) : 'processing_error';
}
