import { InvalidCardError } from '../../commerce/errors';
import type { CardInput } from '../../commerce/payment/gateway';

/** The card form as posted. Lives only for one request; it goes to `gateway.tokenize()` and nowhere else. */
export interface CheckoutForm {
  csrf: string;
  number: string;
  expiry: string;
  cvc: string;
  holder: string;
}

const FIELDS = ['csrf', 'number', 'expiry', 'cvc', 'holder'] as const;
const REQUIRED = ['csrf', 'number', 'expiry', 'cvc'] as const;
const MAX_FIELD_LENGTH = 200;

/** The body is not a form our page sends: a missing or repeated field, an unknown one, or one too long. */
export class MalformedFormError extends Error {
  constructor(readonly reason: string) {
    super(`malformed checkout form: ${reason}`);
    this.name = 'MalformedFormError';
  }
}

/** Parses an `application/x-www-form-urlencoded` body. Never puts a value in an error. */
export function parseCheckoutForm(body: string): CheckoutForm {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(body);
  } catch {
    throw new MalformedFormError('not urlencoded');
  }
  const seen = new Map<string, string>();
  for (const [key, value] of params) {
    if (!(FIELDS as readonly string[]).includes(key)) throw new MalformedFormError('unknown field');
    if (seen.has(key)) throw new MalformedFormError(`repeated field ${key}`);
    if (value.length > MAX_FIELD_LENGTH) throw new MalformedFormError(`field ${key} too long`);
    seen.set(key, value);
  }
  for (const key of REQUIRED) {
    if (!seen.has(key)) throw new MalformedFormError(`missing field ${key}`);
  }
  return {
    csrf: seen.get('csrf') as string,
    number: seen.get('number') as string,
    expiry: seen.get('expiry') as string,
    cvc: seen.get('cvc') as string,
    holder: seen.get('holder') ?? '',
  };
}

/** `MM/YY`, `MM / YYYY`, `MMYY`: what people type in an expiry field. */
const EXPIRY = /^\s*(\d{1,2})\s*[/-]?\s*(\d{2}|\d{4})\s*$/;

/** The gateway's input; a blank or unreadable field is refused here, the rest by `tokenize()`. */
export function toCardInput(form: CheckoutForm): CardInput {
  if (form.number.trim() === '') throw new InvalidCardError('number');
  const expiry = EXPIRY.exec(form.expiry);
  if (!expiry) throw new InvalidCardError('expiry');
  if (form.cvc.trim() === '') throw new InvalidCardError('cvc');
  return {
    number: form.number,
    expMonth: Number(expiry[1]),
    expYear: Number(expiry[2]),
    cvc: form.cvc.trim(),
    holderName: form.holder.trim() || undefined,
  };
}
