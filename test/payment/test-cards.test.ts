import { validateCard } from '../../commerce/payment/card';
import { behaviourFor, parseBehaviour, TEST_CARDS } from '../../commerce/payment/test-cards';

const TODAY = new Date('2026-11-15T12:00:00Z');

describe('test cards', () => {
  it.each(Object.entries(TEST_CARDS))('%s is a valid %s card', (_scenario, testCard) => {
    const cvc = testCard.brand === 'amex' ? '1234' : '123';
    const valid = validateCard({ number: testCard.number, expMonth: 12, expYear: 2030, cvc }, TODAY);
    expect(valid.brand).toBe(testCard.brand);
  });

  it.each([
    ['4242 4242 4242 4242', 'approve'],
    ['5555 5555 5555 4444', 'approve'],
    ['3782 822463 10005', 'approve'],
    ['6011 1111 1111 1117', 'approve'],
    ['4000 0000 0000 0002', 'card_declined'],
    ['4000 0000 0000 9995', 'insufficient_funds'],
    ['4000 0000 0000 9987', 'lost_card'],
    ['4000 0000 0000 9979', 'stolen_card'],
    ['4000 0000 0000 0069', 'expired_card'],
    ['4000 0000 0000 0127', 'incorrect_cvc'],
    ['4000 0000 0000 0119', 'processing_error'],
    ['4111 1111 1111 1111', 'approve'],
    ['4012 8888 8888 1881', 'approve'],
    ['5105 1051 0510 5100', 'approve'],
  ])('%s → %s (as in Stripe test mode)', (formatted, behaviour) => {
    expect(behaviourFor(formatted.replace(/ /g, ''))).toBe(behaviour);
  });

  it('reads stored behaviours back, and treats an unknown one as a processing error', () => {
    expect(parseBehaviour('approve')).toBe('approve');
    expect(parseBehaviour('lost_card')).toBe('lost_card');
    expect(parseBehaviour('toString')).toBe('processing_error');
    expect(parseBehaviour('')).toBe('processing_error');
  });
});
