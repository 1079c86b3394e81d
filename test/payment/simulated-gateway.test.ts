import { Clock } from '../../commerce/clock';
import {
  IdempotencyConflictError,
  InvalidCardError,
  InvalidInputError,
  NotFoundError,
} from '../../commerce/errors';
import { CardInput, ChargeRequest, ChargeResult } from '../../commerce/payment/gateway';
import { SimulatedCardGateway } from '../../commerce/payment/simulated-gateway';
import { TEST_CARDS, TestCardScenario } from '../../commerce/payment/test-cards';
import { Database } from '../../models/database';
import { DIALECTS, TestDatabase } from '../helpers/databases';

/** A clock the test moves by hand. */
class ManualClock implements Clock {
  constructor(public current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
}

const START = new Date('2026-11-15T10:00:00.000Z');

function card(number: string, overrides: Partial<CardInput> = {}): CardInput {
  const cvc = number.startsWith('37') || number.startsWith('34') ? '1234' : '123';
  return { number, expMonth: 12, expYear: 2030, cvc, ...overrides };
}

let keySeq = 0;
function freshKey(): string {
  keySeq += 1;
  return `order-${keySeq}`;
}

async function chargeRows(db: Database, idempotencyKey?: string): Promise<number> {
  return db.models.GatewayCharge.count(idempotencyKey ? { where: { idempotencyKey } } : {});
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe.each(DIALECTS)('SimulatedCardGateway on $name', (dialect) => {
  let handle: TestDatabase;
  let db: Database;
  let clock: ManualClock;
  let gateway: SimulatedCardGateway;

  beforeAll(async () => {
    handle = await dialect.open();
    db = handle.db;
  });

  afterAll(async () => {
    await handle.dispose();
  });

  beforeEach(() => {
    clock = new ManualClock(START);
    gateway = new SimulatedCardGateway(db, clock);
  });

  describe('tokenize and describe', () => {
    it('stores a token with brand, last 4, expiry and behaviour', async () => {
      const token = await gateway.tokenize(card('4000 0000 0000 9995', { expMonth: 3, expYear: 29 }));
      expect(token).toEqual({
        token: expect.stringMatching(/^tok_[A-Za-z0-9_-]{16}$/),
        brand: 'visa',
        last4: '9995',
        expMonth: 3,
        expYear: 2029,
      });
      expect(await gateway.describe(token.token)).toEqual(token);
      const row = await db.models.GatewayCardToken.findByPk(token.token);
      expect(row?.behaviour).toBe('insufficient_funds');
    });

    it('gives each tokenisation its own token', async () => {
      const first = await gateway.tokenize(card(TEST_CARDS.visa.number));
      const second = await gateway.tokenize(card(TEST_CARDS.visa.number));
      expect(first.token).not.toBe(second.token);
    });

    it('answers null for an unknown token', async () => {
      expect(await gateway.describe('tok_unknown')).toBeNull();
      expect(await gateway.describe('')).toBeNull();
    });

    it('refuses an invalid card and stores nothing', async () => {
      const before = await db.models.GatewayCardToken.count();
      const error = await caught(gateway.tokenize(card('4242 4242 4242 4241')));
      expect(error).toBeInstanceOf(InvalidCardError);
      expect((error as InvalidCardError).field).toBe('number');
      expect(
        await caught(gateway.tokenize(card(TEST_CARDS.visa.number, { expMonth: 10, expYear: 2026 }))),
      ).toEqual(new InvalidCardError('expiry'));
      expect(await caught(gateway.tokenize(card(TEST_CARDS.amex.number, { cvc: '123' })))).toEqual(
        new InvalidCardError('cvc'),
      );
      expect(await db.models.GatewayCardToken.count()).toBe(before);
    });
  });

  describe('charge', () => {
    const outcomes: [TestCardScenario, ChargeResult['status'], string | null][] = [
      ['visa', 'succeeded', null],
      ['mastercard', 'succeeded', null],
      ['amex', 'succeeded', null],
      ['discover', 'succeeded', null],
      ['declined', 'declined', 'card_declined'],
      ['insufficientFunds', 'declined', 'insufficient_funds'],
      ['lostCard', 'declined', 'lost_card'],
      ['stolenCard', 'declined', 'stolen_card'],
      ['expiredCard', 'declined', 'expired_card'],
      ['incorrectCvc', 'declined', 'incorrect_cvc'],
      ['processingError', 'declined', 'processing_error'],
    ];

    it.each(outcomes)('charges the %s test card: %s %s', async (scenario, status, declineCode) => {
      const { token } = await gateway.tokenize(card(TEST_CARDS[scenario].number));
      const key = freshKey();
      const result = await gateway.charge({ token, amountMinor: 1999, currency: 'EUR', idempotencyKey: key });
      if (status === 'succeeded') {
        expect(result).toEqual({
          status: 'succeeded',
          chargeId: expect.stringMatching(/^ch_/),
          amountMinor: 1999,
          currency: 'EUR',
        });
      } else {
        expect(result).toEqual({ status: 'declined', chargeId: expect.stringMatching(/^ch_/), declineCode });
      }
      const row = await db.models.GatewayCharge.findOne({ where: { idempotencyKey: key } });
      expect(row?.toJSON()).toMatchObject({ id: result.chargeId, token, status, declineCode });
    });

    it('approves any other valid number', async () => {
      const { token } = await gateway.tokenize(card('4111-1111-1111-1111'));
      const result = await gateway.charge({
        token,
        amountMinor: 500,
        currency: 'USD',
        idempotencyKey: freshKey(),
      });
      expect(result.status).toBe('succeeded');
    });

    it('declines expired_card when the card has expired since it was tokenised', async () => {
      const { token } = await gateway.tokenize(card(TEST_CARDS.visa.number, { expMonth: 11, expYear: 2026 }));
      clock.current = new Date('2026-11-30T23:59:59.000Z');
      expect(
        (await gateway.charge({ token, amountMinor: 100, currency: 'EUR', idempotencyKey: freshKey() }))
          .status,
      ).toBe('succeeded');
      clock.current = new Date('2026-12-01T00:00:00.000Z');
      expect(
        await gateway.charge({ token, amountMinor: 100, currency: 'EUR', idempotencyKey: freshKey() }),
      ).toEqual({
        status: 'declined',
        chargeId: expect.any(String),
        declineCode: 'expired_card',
      });
    });

    it.each<[string, Partial<ChargeRequest>]>([
      ['amountMinor', { amountMinor: 0 }],
      ['amountMinor', { amountMinor: -100 }],
      ['amountMinor', { amountMinor: 19.99 }],
      ['amountMinor', { amountMinor: Number.NaN }],
      ['amountMinor', { amountMinor: Number.POSITIVE_INFINITY }],
      ['amountMinor', { amountMinor: 100_000_000 }],
      ['currency', { currency: 'eur' }],
      ['currency', { currency: 'EU' }],
      ['currency', { currency: 'EURO' }],
      ['currency', { currency: '' }],
      ['token', { token: '' }],
      ['idempotencyKey', { idempotencyKey: '' }],
      ['idempotencyKey', { idempotencyKey: '   ' }],
      ['idempotencyKey', { idempotencyKey: 'k'.repeat(129) }],
    ])('refuses a bad %s (%p) and records nothing', async (field, override) => {
      const { token } = await gateway.tokenize(card(TEST_CARDS.visa.number));
      const before = await chargeRows(db);
      const request = { token, amountMinor: 1000, currency: 'EUR', idempotencyKey: freshKey(), ...override };
      const error = await caught(gateway.charge(request));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).field).toBe(field);
      expect(await chargeRows(db)).toBe(before);
    });

    it('accepts the largest amount and a 128-character key', async () => {
      const { token } = await gateway.tokenize(card(TEST_CARDS.visa.number));
      const idempotencyKey = `${freshKey()}-`.padEnd(128, 'k');
      const result = await gateway.charge({
        token,
        amountMinor: 99_999_999,
        currency: 'JPY',
        idempotencyKey,
      });
      expect(result).toMatchObject({ status: 'succeeded', amountMinor: 99_999_999, currency: 'JPY' });
    });

    it('refuses an unknown token with NotFoundError and records nothing', async () => {
      const key = freshKey();
      const error = await caught(
        gateway.charge({
          token: 'tok_doesnotexist',
          amountMinor: 1000,
          currency: 'EUR',
          idempotencyKey: key,
        }),
      );
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).entity).toBe('payment-method');
      expect(await chargeRows(db, key)).toBe(0);
    });
  });

  describe('idempotency', () => {
    it('returns the first result for a repeated key and charges once', async () => {
      const { token } = await gateway.tokenize(card(TEST_CARDS.visa.number));
      const request = { token, amountMinor: 4200, currency: 'GBP', idempotencyKey: freshKey() };
      const first = await gateway.charge(request);
      const second = await gateway.charge({ ...request });
      expect(first.status).toBe('succeeded');
      expect(second).toEqual(first);
      expect(await chargeRows(db, request.idempotencyKey)).toBe(1);
    });

    it('replays a decline too, even once the clock has moved', async () => {
      const { token } = await gateway.tokenize(card(TEST_CARDS.insufficientFunds.number));
      const request = { token, amountMinor: 4200, currency: 'GBP', idempotencyKey: freshKey() };
      const first = await gateway.charge(request);
      clock.current = new Date('2031-06-01T00:00:00Z');
      expect(await gateway.charge(request)).toEqual(first);
      expect(first).toMatchObject({ status: 'declined', declineCode: 'insufficient_funds' });
      expect(await chargeRows(db, request.idempotencyKey)).toBe(1);
    });

    it('refuses the same key with another token, amount or currency', async () => {
      const { token } = await gateway.tokenize(card(TEST_CARDS.visa.number));
      const other = await gateway.tokenize(card(TEST_CARDS.mastercard.number));
      const request = { token, amountMinor: 4200, currency: 'GBP', idempotencyKey: freshKey() };
      const first = await gateway.charge(request);
      for (const change of [
        { amountMinor: 4201 },
        { currency: 'EUR' },
        { token: other.token },
        { token: 'tok_gone' },
      ]) {
        expect(await caught(gateway.charge({ ...request, ...change }))).toBeInstanceOf(
          IdempotencyConflictError,
        );
      }
      expect(await gateway.charge(request)).toEqual(first);
      const rows = await db.models.GatewayCharge.findAll({
        where: { idempotencyKey: request.idempotencyKey },
      });
      expect(rows.map((row) => row.toJSON())).toEqual([
        expect.objectContaining({ token, amountMinor: 4200, currency: 'GBP', status: 'succeeded' }),
      ]);
    });

    it.each([
      ['an approved', TEST_CARDS.visa.number],
      ['a declined', TEST_CARDS.declined.number],
    ])('charges %s card once under 20 concurrent calls with one key', async (_label, number) => {
      const { token } = await gateway.tokenize(card(number));
      const request = { token, amountMinor: 1500, currency: 'EUR', idempotencyKey: freshKey() };
      const results = await Promise.all(Array.from({ length: 20 }, () => gateway.charge({ ...request })));
      expect(await chargeRows(db, request.idempotencyKey)).toBe(1);
      const row = await db.models.GatewayCharge.findOne({
        where: { idempotencyKey: request.idempotencyKey },
      });
      for (const result of results) expect(result).toEqual(results[0]);
      expect(results[0].chargeId).toBe(row?.id);
    });

    it('keeps concurrent calls with different keys apart', async () => {
      const { token } = await gateway.tokenize(card(TEST_CARDS.visa.number));
      const keys = Array.from({ length: 10 }, () => freshKey());
      const results = await Promise.all(
        keys.map((idempotencyKey) =>
          gateway.charge({ token, amountMinor: 700, currency: 'EUR', idempotencyKey }),
        ),
      );
      expect(new Set(results.map((result) => result.chargeId)).size).toBe(10);
      for (const key of keys) expect(await chargeRows(db, key)).toBe(1);
    });
  });

  describe('refund', () => {
    async function succeededCharge(): Promise<{ request: ChargeRequest; chargeId: string }> {
      const { token } = await gateway.tokenize(card(TEST_CARDS.visa.number));
      const request = { token, amountMinor: 2500, currency: 'EUR', idempotencyKey: freshKey() };
      const result = await gateway.charge(request);
      expect(result.status).toBe('succeeded');
      return { request, chargeId: result.chargeId };
    }

    it('marks the charge refunded, and a second refund does nothing', async () => {
      const { chargeId } = await succeededCharge();
      await gateway.refund(chargeId, `refund-${chargeId}`);
      expect((await db.models.GatewayCharge.findByPk(chargeId))?.status).toBe('refunded');
      await gateway.refund(chargeId, `refund-${chargeId}`);
      await gateway.refund(chargeId, 'another-key');
      expect((await db.models.GatewayCharge.findByPk(chargeId))?.status).toBe('refunded');
    });

    it('stays refunded under concurrent refunds', async () => {
      const { chargeId } = await succeededCharge();
      await Promise.all(Array.from({ length: 5 }, () => gateway.refund(chargeId, `refund-${chargeId}`)));
      expect((await db.models.GatewayCharge.findByPk(chargeId))?.status).toBe('refunded');
    });

    it('still replays the original charge result for its key after a refund, and charges no more', async () => {
      const { request, chargeId } = await succeededCharge();
      const before = await gateway.charge(request);
      await gateway.refund(chargeId, `refund-${chargeId}`);
      expect(await gateway.charge(request)).toEqual(before);
      expect(await chargeRows(db, request.idempotencyKey)).toBe(1);
    });

    it('refuses a declined charge, an unknown charge and a blank key', async () => {
      const { token } = await gateway.tokenize(card(TEST_CARDS.declined.number));
      const declined = await gateway.charge({
        token,
        amountMinor: 100,
        currency: 'EUR',
        idempotencyKey: freshKey(),
      });
      expect(await caught(gateway.refund(declined.chargeId, 'refund-declined'))).toBeInstanceOf(
        InvalidInputError,
      );
      expect((await db.models.GatewayCharge.findByPk(declined.chargeId))?.status).toBe('declined');
      expect(await caught(gateway.refund('ch_unknown', 'refund-unknown'))).toBeInstanceOf(InvalidInputError);
      const { chargeId } = await succeededCharge();
      expect(await caught(gateway.refund(chargeId, ''))).toBeInstanceOf(InvalidInputError);
      expect((await db.models.GatewayCharge.findByPk(chargeId))?.status).toBe('succeeded');
    });
  });
});

describe.each(DIALECTS)('card data at rest on $name', (dialect) => {
  let handle: TestDatabase;

  beforeAll(async () => {
    handle = await dialect.open();
  });

  afterAll(async () => {
    await handle.dispose();
  });

  it('no table holds the card number, the CVC or the holder name after tokenising, charging and refunding', async () => {
    const { db } = handle;
    const gateway = new SimulatedCardGateway(db, new ManualClock(START));
    const cards: CardInput[] = [
      { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2030, cvc: '739', holderName: 'Grace Hopper' },
      { number: '3782-822463-10005', expMonth: 8, expYear: 31, cvc: '7391', holderName: 'Alan Turing' },
      { number: TEST_CARDS.insufficientFunds.number, expMonth: 1, expYear: 2029, cvc: '835' },
    ];
    // Ids are random and may hold any digits by chance; they are blanked before searching.
    const ids: string[] = [];
    for (const input of cards) {
      const { token } = await gateway.tokenize(input);
      const result = await gateway.charge({
        token,
        amountMinor: 1999,
        currency: 'EUR',
        idempotencyKey: 'at-rest-' + token,
      });
      ids.push(token, 'at-rest-' + token, result.chargeId);
      if (result.status === 'succeeded') await gateway.refund(result.chargeId, `refund-${result.chargeId}`);
    }

    const queryInterface = db.sequelize.getQueryInterface();
    const tables = (await queryInterface.showAllTables()).map(String);
    expect(tables).toEqual(expect.arrayContaining(['gateway_card_tokens', 'gateway_charges']));
    let dump = '';
    for (const table of tables) {
      const [rows] = await db.sequelize.query(`SELECT * FROM ${queryInterface.quoteIdentifier(table)}`);
      dump += `${table}: ${JSON.stringify(rows)}\n`;
    }
    expect(dump).toContain('"last4":"4242"');
    expect(dump).toContain('"last4":"0005"');
    for (const id of ids) dump = dump.split(id).join('<id>');

    for (const input of cards) {
      const digits = input.number.replace(/\D/g, '');
      expect(dump).not.toContain(digits);
      expect(dump).not.toContain(input.number);
      expect(dump).not.toContain(digits.slice(0, 12));
      expect(dump).not.toContain(input.cvc);
      if (input.holderName) expect(dump).not.toContain(input.holderName);
    }
  });
});
