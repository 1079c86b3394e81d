import { InvalidCardError } from '../errors';
import { CardInput } from './gateway';
import { containsCardNumber, passesLuhn } from './pan';

/**
 * Checking what a card form sent, the way a processor does before it tokenises a card.
 * Every refusal is an `InvalidCardError(field)`; no error or return value here ever carries the
 * CVC, and only `ValidatedCard.number` carries the number (for the test-card lookup, never to store).
 */

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover';

/** Accepted lengths of the number, per brand. */
const LENGTHS: Record<CardBrand, readonly number[]> = {
  visa: [13, 16, 19],
  mastercard: [16],
  amex: [15],
  discover: [16, 17, 18, 19],
};

/** How far ahead an expiry year may be: further is a typo, as processors treat it. */
export const MAX_EXPIRY_YEARS_AHEAD = 20;
export const MAX_HOLDER_NAME_LENGTH = 100;

export interface ValidatedCard {
  /** Digits only. Used to pick the simulated behaviour; never stored, logged or returned to a caller. */
  number: string;
  brand: CardBrand;
  last4: string;
  expMonth: number;
  /** Four digits (a two-digit year is read as 20YY). */
  expYear: number;
  /** Trimmed; null when absent or blank. */
  holderName: string | null;
}

/** Strips spaces and dashes; anything else that is not a digit makes the number invalid. */
export function normaliseCardNumber(raw: string): string {
  if (typeof raw !== 'string') throw new InvalidCardError('number');
  const digits = raw.replace(/[ -]/g, '');
  if (!/^\d+$/.test(digits)) throw new InvalidCardError('number');
  return digits;
}

/** The card network, from the number's leading digits (IIN ranges); `unknown` cards are refused. */
export function detectBrand(digits: string): CardBrand | 'unknown' {
  if (digits.startsWith('4')) return 'visa';
  const two = Number(digits.slice(0, 2));
  const three = Number(digits.slice(0, 3));
  const four = Number(digits.slice(0, 4));
  if (digits.length >= 2 && two >= 51 && two <= 55) return 'mastercard';
  if (digits.length >= 4 && four >= 2221 && four <= 2720) return 'mastercard';
  if (digits.length >= 2 && (two === 34 || two === 37)) return 'amex';
  if (digits.length >= 4 && four === 6011) return 'discover';
  if (digits.length >= 2 && two === 65) return 'discover';
  if (digits.length >= 3 && three >= 644 && three <= 649) return 'discover';
  return 'unknown';
}

/** Reads a two-digit year as 20YY; returns null for anything that is not a 2- or 4-digit year. */
function fullYear(year: number): number | null {
  if (!Number.isInteger(year)) return null;
  if (year >= 0 && year <= 99) return 2000 + year;
  if (year >= 1000 && year <= 9999) return year;
  return null;
}

/**
 * Month 1–12, a 2- or 4-digit year, not past the end of the expiry month on `today` (UTC),
 * and at most {@link MAX_EXPIRY_YEARS_AHEAD} years ahead. Returns the four-digit year.
 */
export function checkExpiry(expMonth: number, expYear: number, today: Date): number {
  const year = fullYear(expYear);
  if (year === null || !Number.isInteger(expMonth) || expMonth < 1 || expMonth > 12) {
    throw new InvalidCardError('expiry');
  }
  if (isExpired(expMonth, year, today)) throw new InvalidCardError('expiry');
  if (year > today.getUTCFullYear() + MAX_EXPIRY_YEARS_AHEAD) throw new InvalidCardError('expiry');
  return year;
}

/** A card is good through the last day of its expiry month (UTC). */
export function isExpired(expMonth: number, expYear: number, today: Date): boolean {
  const thisYear = today.getUTCFullYear();
  const thisMonth = today.getUTCMonth() + 1;
  return expYear < thisYear || (expYear === thisYear && expMonth < thisMonth);
}

/** Three digits, or four for American Express. */
export function checkCvc(cvc: string, brand: CardBrand): void {
  const pattern = brand === 'amex' ? /^\d{4}$/ : /^\d{3}$/;
  if (typeof cvc !== 'string' || !pattern.test(cvc.trim())) throw new InvalidCardError('cvc');
}

function isControlCharacter(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** Trimmed, at most 100 characters, no control characters, and no card number pasted into it. */
export function checkHolderName(holderName: string | undefined | null): string | null {
  if (holderName === undefined || holderName === null) return null;
  if (typeof holderName !== 'string') throw new InvalidCardError('holder');
  const name = holderName.trim();
  if (name === '') return null;
  if ([...name].length > MAX_HOLDER_NAME_LENGTH) throw new InvalidCardError('holder');
  if ([...name].some(isControlCharacter)) throw new InvalidCardError('holder');
  if (containsCardNumber(name)) throw new InvalidCardError('holder');
  return name;
}

/**
 * Checks every field of a card form in order (number, expiry, CVC, holder), as of `today`.
 * Throws `InvalidCardError` naming the first bad field.
 */
export function validateCard(card: CardInput, today: Date): ValidatedCard {
  const number = normaliseCardNumber(card.number);
  const brand = detectBrand(number);
  if (brand === 'unknown') throw new InvalidCardError('number');
  if (!LENGTHS[brand].includes(number.length)) throw new InvalidCardError('number');
  if (!passesLuhn(number)) throw new InvalidCardError('number');
  const expYear = checkExpiry(card.expMonth, card.expYear, today);
  checkCvc(card.cvc, brand);
  const holderName = checkHolderName(card.holderName);
  return { number, brand, last4: number.slice(-4), expMonth: card.expMonth, expYear, holderName };
}
