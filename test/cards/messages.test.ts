import {
  AssignmentRefusedError,
  BusyError,
  CrossTenantError,
  IdempotencyConflictError,
  IneligibleError,
  InvalidCardError,
  InvalidInputError,
  InvoiceNotSupportedError,
  NotAuthorizedError,
  NotFoundError,
  PaymentDeclinedError,
  ProductNotOfferedError,
  SeatLimitError,
  SeatsBelowAssignedError,
  SubscriptionNotActiveError,
  type CommerceError,
  type CommerceErrorCode,
} from '../../commerce/errors';
import {
  ASSIGNMENT_REFUSAL_REASONS,
  COMMERCE_ERROR_CODES,
  DECLINE_CODES,
  INELIGIBILITY_REASONS,
  describeError,
  formatDate,
  formatDateTime,
  formatList,
  formatMoney,
  messages,
  toLocale,
} from '../../cards/messages';
import { LOCALES } from '../../cards/types';

const sentence = (s: string | undefined) => expect(s).toMatch(/^\S.{9,}$/);

describe.each([
  ['CommerceErrorCode', COMMERCE_ERROR_CODES, (l: 'fr' | 'en') => messages(l).error.codes],
  ['IneligibilityReason', INELIGIBILITY_REASONS, (l: 'fr' | 'en') => messages(l).ineligible.reasons],
  [
    'AssignmentRefusalReason',
    ASSIGNMENT_REFUSAL_REASONS,
    (l: 'fr' | 'en') => messages(l).assignment.refusals,
  ],
  ['DeclineCode', DECLINE_CODES, (l: 'fr' | 'en') => messages(l).error.declines],
] as const)('%s', (_, codes, texts) => {
  test('has a readable sentence in fr and en for every code, and no text without a code', () => {
    for (const code of codes) {
      const [fr, en] = LOCALES.map((l) => (texts(l) as Record<string, string>)[code]);
      sentence(fr);
      sentence(en);
      expect(fr).not.toEqual(en);
    }
    LOCALES.forEach((l) => expect(Object.keys(texts(l)).sort()).toEqual([...codes].sort()));
  });
});

test('the code lists are complete (one error class per code)', () => {
  const errors: CommerceError[] = [
    new InvalidInputError('seats', 'not an integer'),
    new NotFoundError('subscription', 'sub_x'),
    new IneligibleError(['GUEST_USER'], []),
    new NotAuthorizedError('cancel this subscription'),
    new CrossTenantError(),
    new ProductNotOfferedError('dynamics-365'),
    new InvoiceNotSupportedError(),
    new SeatLimitError(5, 4, 3),
    new SeatsBelowAssignedError(2, 4),
    new AssignmentRefusedError([]),
    new SubscriptionNotActiveError('sub_x', 'expired'),
    new PaymentDeclinedError('card_declined'),
    new InvalidCardError('cvc'),
    new IdempotencyConflictError(),
    new BusyError(),
  ];
  expect(errors.map((e) => e.code).sort()).toEqual([...COMMERCE_ERROR_CODES].sort());
});

describe('describeError', () => {
  const cases: Array<[CommerceError, Record<'fr' | 'en', RegExp>]> = [
    [new PaymentDeclinedError('expired_card'), { en: /declined.*has expired/, fr: /refusée.*a expiré/ }],
    [
      new SeatLimitError(5, 4, 3),
      {
        en: /Only 1 of 5 seats are free; you asked for 3/,
        fr: /Licences libres : 1 sur 5 ; vous en demandez 3/,
      },
    ],
    [
      new SeatsBelowAssignedError(2, 4),
      {
        en: /Licences assigned: 4\. You cannot go down to 2/,
        fr: /attribuées : 4\. Impossible de descendre à 2/,
      },
    ],
    [
      new SubscriptionNotActiveError('sub_x', 'past_due'),
      { en: /“Payment overdue”/, fr: /« Paiement en retard »/ },
    ],
    [new InvalidCardError('number'), { en: /card number/, fr: /numéro de carte/ }],
    [
      new IneligibleError(['GUEST_USER', 'POLICY_DISABLED'], []),
      { en: /Guest users.*turned off/, fr: /invités.*désactivé/ },
    ],
    [
      new AssignmentRefusedError([
        { userRef: 'john@fabrikam.example', displayName: null, reason: 'OTHER_TENANT' },
      ]),
      {
        en: /john@fabrikam\.example: belongs to another/,
        fr: /john@fabrikam\.example : appartient à une autre/,
      },
    ],
  ];
  test.each(cases.map(([error, expected]) => [error.name, error, expected] as const))(
    '%s explains its details',
    (_, error, expected) => {
      LOCALES.forEach((l) => expect(describeError(error, l)).toMatch(expected[l]));
    },
  );

  test('never shows what a non-commerce error says', () => {
    const error = new Error('password=hunter2 at db.contoso.internal');
    LOCALES.forEach((l) => expect(describeError(error, l)).toBe(messages(l).error.generic));
  });

  test.each(['NOT_FOUND', 'BUSY'] as CommerceErrorCode[])('%s uses the code sentence', (code) => {
    const error = code === 'BUSY' ? new BusyError() : new NotFoundError('bill', 'b1');
    LOCALES.forEach((l) => expect(describeError(error, l)).toBe(messages(l).error.codes[code]));
  });
});

describe('formatting', () => {
  test('money: integer minor units in the currency of the amount', () => {
    expect(formatMoney({ amountMinor: 6800, currency: 'EUR' }, 'fr')).toMatch(/^68,00\s€$/);
    expect(formatMoney({ amountMinor: 6800, currency: 'EUR' }, 'en')).toBe('€68.00');
    expect(formatMoney({ amountMinor: 123456, currency: 'USD' }, 'en')).toBe('$1,234.56');
    expect(formatMoney({ amountMinor: 123456, currency: 'USD' }, 'fr')).toMatch(/^1\s234,56\s\$US$/);
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en')).toBe('¥1,500');
  });

  test('dates in UTC, times in the given zone (named)', () => {
    expect(formatDate('2025-06-29', 'fr')).toBe('29 juin 2025');
    expect(formatDate('2025-06-29', 'en')).toBe('Jun 29, 2025');
    expect(formatDate('2025-06-29T23:30:00Z', 'en')).toBe('Jun 29, 2025');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDateTime('2025-05-29T08:56:20Z', 'en')).toMatch(/^May 29, 2025\D+8:56\sAM \(UTC\)$/);
    expect(formatDateTime('2025-05-29T08:56:20Z', 'fr', 'Europe/Paris')).toMatch(
      /^29 mai 2025\D+10:56 \(Europe\/Paris\)$/,
    );
  });

  test('lists and locales', () => {
    expect(formatList(['Anna', 'Bruno', 'Chloé'], 'fr')).toBe('Anna, Bruno et Chloé');
    expect(formatList(['Anna', 'Bruno', 'Chloé'], 'en')).toBe('Anna, Bruno, and Chloé');
    expect(['fr-FR', 'fr-CA', 'FR', 'en-US', 'de-DE', null, undefined].map(toLocale)).toEqual([
      'fr',
      'fr',
      'fr',
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  test('plurals follow each language (0 and 1 are singular in French)', () => {
    expect(messages('fr').common.seatsCount(1)).toBe('1 licence');
    expect(messages('fr').common.seatsCount(0)).toBe('0 licence');
    expect(messages('en').common.seatsCount(0)).toBe('0 seats');
    expect(messages('en').common.seatsCount(1)).toBe('1 seat');
  });
});
