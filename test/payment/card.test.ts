import { InvalidCardError, InvalidCardField } from '../../commerce/errors';
import {
  checkExpiry,
  detectBrand,
  normaliseCardNumber,
  validateCard,
  CardBrand,
} from '../../commerce/payment/card';
import { CardInput } from '../../commerce/payment/gateway';
import { passesLuhn } from '../../commerce/payment/pan';

const TODAY = new Date('2026-11-15T12:00:00Z');

/** Appends the Luhn check digit to `body`, so tests can build valid numbers in any range. */
function withCheckDigit(body: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    if (passesLuhn(body + digit)) return body + digit;
  }
  throw new Error('unreachable');
}

function card(overrides: Partial<CardInput> = {}): CardInput {
  return { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2030, cvc: '123', ...overrides };
}

/** Runs `validateCard` and returns the field it refused (or fails the test if it accepted). */
function refusedField(input: CardInput, today = TODAY): InvalidCardField {
  try {
    validateCard(input, today);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidCardError);
    return (error as InvalidCardError).field;
  }
  throw new Error('the card was accepted');
}

describe('normaliseCardNumber', () => {
  it.each([
    ['4242424242424242', '4242424242424242'],
    ['4242 4242 4242 4242', '4242424242424242'],
    ['4242-4242-4242-4242', '4242424242424242'],
    [' 4242 4242-4242 4242 ', '4242424242424242'],
  ])('reads %p as %p', (raw, digits) => {
    expect(normaliseCardNumber(raw)).toBe(digits);
  });

  it.each([
    '',
    '   ',
    '4242.4242.4242.4242',
    '4242/4242/4242/4242',
    '4242x424242424242',
    '４２４２４２４２４２４２４２４２',
  ])('refuses %p', (raw) => {
    expect(() => normaliseCardNumber(raw)).toThrow(InvalidCardError);
  });
});

describe('detectBrand', () => {
  it.each<[string, CardBrand | 'unknown']>([
    ['4242424242424242', 'visa'],
    ['5105105105105100', 'mastercard'],
    ['5555555555554444', 'mastercard'],
    ['2221000000000009', 'mastercard'],
    ['2720990000000000', 'mastercard'],
    ['2223003122003222', 'mastercard'],
    ['378282246310005', 'amex'],
    ['341111111111111', 'amex'],
    ['6011111111111117', 'discover'],
    ['6500000000000000', 'discover'],
    ['6440000000000000', 'discover'],
    ['6490000000000000', 'discover'],
    ['5000000000000000', 'unknown'],
    ['5600000000000000', 'unknown'],
    ['2220990000000000', 'unknown'],
    ['2721000000000000', 'unknown'],
    ['6012000000000000', 'unknown'],
    ['6430000000000000', 'unknown'],
    ['3530111333300000', 'unknown'],
    ['30569309025904', 'unknown'],
    ['1234567812345670', 'unknown'],
  ])('%s is %s', (digits, brand) => {
    expect(detectBrand(digits)).toBe(brand);
  });
});

describe('validateCard', () => {
  it('accepts a valid card and keeps only what identifies it', () => {
    expect(validateCard(card({ holderName: '  Ada Lovelace ' }), TODAY)).toEqual({
      number: '4242424242424242',
      brand: 'visa',
      last4: '4242',
      expMonth: 12,
      expYear: 2030,
      holderName: 'Ada Lovelace',
    });
  });

  describe('number', () => {
    it.each<[string, CardBrand]>([
      ['4242424242424242', 'visa'],
      ['4222222222222', 'visa'],
      [withCheckDigit('424242424242424242'), 'visa'],
      ['5555555555554444', 'mastercard'],
      ['2223003122003222', 'mastercard'],
      [withCheckDigit('272099000000000'), 'mastercard'],
      ['378282246310005', 'amex'],
      ['371449635398431', 'amex'],
      ['6011111111111117', 'discover'],
      [withCheckDigit('650000000000000'), 'discover'],
      [withCheckDigit('644000000000000'), 'discover'],
      [withCheckDigit('601100000000000000'), 'discover'],
    ])('accepts %s as %s', (number, brand) => {
      const cvc = brand === 'amex' ? '1234' : '123';
      expect(validateCard(card({ number, cvc }), TODAY).brand).toBe(brand);
    });

    it.each([
      ['fails Luhn', '4242424242424241'],
      ['fails Luhn (mastercard)', '5555555555554445'],
      ['unknown brand (JCB)', '3530111333300000'],
      ['unknown brand (Diners)', '30569309025904'],
      ['unknown brand, passes Luhn', withCheckDigit('123456781234567')],
      ['visa of 15 digits', withCheckDigit('42424242424242')],
      ['visa of 12 digits', withCheckDigit('42424242424')],
      ['mastercard of 15 digits', withCheckDigit('55555555555544')],
      ['amex of 16 digits', withCheckDigit('378282246310005')],
      ['discover of 15 digits', withCheckDigit('60111111111111')],
      ['too long', withCheckDigit('42424242424242424242')],
      ['letters', '4242 4242 4242 424a'],
      ['empty', ''],
    ])('refuses a number that %s', (_label, number) => {
      expect(refusedField(card({ number }))).toBe('number');
    });
  });

  describe('expiry', () => {
    it.each([
      ['this month', 11, 2026],
      ['next month', 12, 2026],
      ['20 years ahead', 1, 2046],
      ['20 years ahead, December', 12, 2046],
    ])('accepts %s', (_label, expMonth, expYear) => {
      expect(validateCard(card({ expMonth, expYear }), TODAY).expYear).toBe(expYear);
    });

    it.each([
      ['month 0', 0, 2030],
      ['month 13', 13, 2030],
      ['a fractional month', 1.5, 2030],
      ['a month that is not a number', Number.NaN, 2030],
      ['last month', 10, 2026],
      ['last year', 12, 2025],
      ['more than 20 years ahead', 1, 2047],
      ['a 3-digit year', 12, 203],
      ['a 5-digit year', 12, 20300],
      ['a negative year', 12, -1],
      ['a fractional year', 12, 2030.5],
    ])('refuses %s', (_label, expMonth, expYear) => {
      expect(refusedField(card({ expMonth, expYear }))).toBe('expiry');
    });

    it('reads two-digit years as 20YY', () => {
      expect(validateCard(card({ expMonth: 11, expYear: 26 }), TODAY).expYear).toBe(2026);
      expect(validateCard(card({ expMonth: 1, expYear: 46 }), TODAY).expYear).toBe(2046);
      expect(refusedField(card({ expMonth: 10, expYear: 26 }))).toBe('expiry');
      expect(refusedField(card({ expMonth: 12, expYear: 25 }))).toBe('expiry');
      expect(refusedField(card({ expMonth: 1, expYear: 47 }))).toBe('expiry');
    });

    it('is good through the last moment of the expiry month (UTC)', () => {
      expect(checkExpiry(11, 2026, new Date('2026-11-30T23:59:59.999Z'))).toBe(2026);
      expect(() => checkExpiry(11, 2026, new Date('2026-12-01T00:00:00.000Z'))).toThrow(InvalidCardError);
      expect(checkExpiry(12, 2026, new Date('2026-12-31T23:59:59.999Z'))).toBe(2026);
      expect(() => checkExpiry(12, 2026, new Date('2027-01-01T00:00:00.000Z'))).toThrow(InvalidCardError);
    });
  });

  describe('cvc', () => {
    it.each([
      ['4242424242424242', '123'],
      ['4242424242424242', ' 000 '],
      ['5555555555554444', '999'],
      ['6011111111111117', '456'],
      ['378282246310005', '1234'],
    ])('accepts %s with %p', (number, cvc) => {
      expect(() => validateCard(card({ number, cvc }), TODAY)).not.toThrow();
    });

    it.each([
      ['4242424242424242', '12'],
      ['4242424242424242', '1234'],
      ['4242424242424242', 'abc'],
      ['4242424242424242', '1 3'],
      ['4242424242424242', ''],
      ['5555555555554444', '12a'],
      ['378282246310005', '123'],
      ['378282246310005', '12345'],
    ])('refuses %s with %p', (number, cvc) => {
      expect(refusedField(card({ number, cvc }))).toBe('cvc');
    });
  });

  describe('holder name', () => {
    it('is optional, trimmed, and blank means absent', () => {
      expect(validateCard(card(), TODAY).holderName).toBeNull();
      expect(validateCard(card({ holderName: '   ' }), TODAY).holderName).toBeNull();
      expect(validateCard(card({ holderName: ' Zoë Ó Briain ' }), TODAY).holderName).toBe('Zoë Ó Briain');
    });

    it('allows 100 characters and refuses 101', () => {
      expect(validateCard(card({ holderName: 'é'.repeat(100) }), TODAY).holderName).toHaveLength(100);
      expect(refusedField(card({ holderName: 'a'.repeat(101) }))).toBe('holder');
    });

    it.each([
      ['a control character', 'Ada\nLovelace'],
      ['a card number', 'Ada 4242 4242 4242 4242'],
    ])('refuses a name with %s', (_label, holderName) => {
      expect(refusedField(card({ holderName }))).toBe('holder');
    });
  });

  it('checks fields in order and names the first bad one', () => {
    expect(refusedField(card({ number: '4242424242424241', expMonth: 13, cvc: 'x' }))).toBe('number');
    expect(refusedField(card({ expMonth: 13, cvc: 'x' }))).toBe('expiry');
    expect(refusedField(card({ cvc: 'x', holderName: 'a'.repeat(101) }))).toBe('cvc');
  });

  it('never puts the number or the CVC in an error', () => {
    const failures: CardInput[] = [
      card({ number: '4242424242424241', cvc: '739' }),
      card({ number: '3530111333300000', cvc: '739' }),
      card({ expMonth: 13, cvc: '739' }),
      card({ cvc: '73' }),
      card({ cvc: '739', holderName: 'x'.repeat(101) }),
    ];
    for (const input of failures) {
      let caught: unknown;
      try {
        validateCard(input, TODAY);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidCardError);
      const error = caught as InvalidCardError;
      const text = `${String(error)} ${JSON.stringify(error)}`;
      const digits = input.number.replace(/\D/g, '');
      expect(text).not.toContain(digits);
      expect(text).not.toContain(digits.slice(0, 12));
      expect(text).not.toContain(input.cvc);
    }
  });
});
