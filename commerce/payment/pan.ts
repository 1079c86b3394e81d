/**
 * Recognising primary account numbers (card numbers) in free text, so that chat messages and log
 * lines never carry one: a run of 13–19 digits, possibly split by spaces or dashes, that passes Luhn.
 */

const CANDIDATE = /(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])/g;

/** The Luhn checksum every card number satisfies. Expects digits only. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** True when `text` contains something that looks like a real card number. */
export function containsCardNumber(text: string): boolean {
  return redactCardNumbers(text) !== text;
}

/** Replaces every card number in `text` with `[card number removed]`. */
export function redactCardNumbers(text: string): string {
  return text.replace(CANDIDATE, (match) => {
    const digits = match.replace(/[ -]/g, '');
    return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits) ? '[card number removed]' : match;
  });
}
