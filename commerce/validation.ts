import { InvalidInputError } from './errors';

/** The most seats one subscription may hold; a larger organisation buys centrally. */
export const MAX_SEATS = 10_000;
/** The most users one assignment request may name (a Teams message or card rarely carries more). */
export const MAX_USERS_PER_REQUEST = 20;

/** Accepts a whole number of seats, as a number or a string of digits ("5", " 12 "), from 1 to MAX_SEATS. */
export function parseSeats(value: unknown, field = 'seats'): number {
  const seats = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof seats !== 'number' || !Number.isInteger(seats))
    throw new InvalidInputError(field, 'must be a whole number');
  if (seats < 1) throw new InvalidInputError(field, 'must be at least 1');
  if (seats > MAX_SEATS) throw new InvalidInputError(field, `must be at most ${MAX_SEATS}`);
  return seats;
}

/** An idempotency key comes from the user's click (a card action id, a checkout attempt): 8–128 safe characters. */
export function parseIdempotencyKey(value: unknown): string {
  if (typeof value !== 'string' || !/^[\w.:-]{8,128}$/.test(value)) {
    throw new InvalidInputError('idempotencyKey', 'must be 8 to 128 letters, digits, or . : _ -');
  }
  return value;
}

export function parseOptionalText(value: unknown, field: string, maxLength: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || value.length > maxLength) {
    throw new InvalidInputError(field, `must be text of at most ${maxLength} characters`);
  }
  return value.trim() || null;
}
