import {
  CommerceError,
  InvalidCardError,
  InvalidInputError,
  NotFoundError,
  PaymentDeclinedError,
} from '../../commerce/errors';
import { DIALECTS } from '../helpers/databases';
import { actorOf, DemoCore, openDemoCore, U } from '../helpers/demo-core';

const PAN = '4242424242424242';

/** Expects `work` to fail with `code` and leave every table as it was. */
async function expectRefused(
  core: DemoCore,
  code: string,
  work: () => Promise<unknown>,
): Promise<CommerceError> {
  const before = await core.counts();
  const error = await work().then(
    () => {
      throw new Error(`expected ${code}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CommerceError);
  expect((error as CommerceError).code).toBe(code);
  expect(await core.counts()).toEqual(before);
  return error as CommerceError;
}

describe.each(DIALECTS)('purchases on $name', (dialect) => {
  let core: DemoCore;
  beforeAll(async () => {
    core = await openDemoCore(dialect);
  });
  afterAll(() => core.dispose());

  let keyCounter = 0;
  const key = () => `test-key-${++keyCounter}`;
  const anna = () => actorOf(U.anna);

  it('quotes the self-service price for the tenant market, with the term', async () => {
    const quote = await core.commerce.catalog.quote(anna(), 'power-bi-pro', 3);
    expect(quote).toMatchObject({
      seats: 3,
      unitPrice: { amountMinor: 999, currency: 'USD' },
      total: { amountMinor: 2997, currency: 'USD' },
      termStart: '2026-03-16',
      termEnd: '2026-04-16',
    });
  });

  it('buys with a card: subscription, order, paid bill, card on file as token/brand/last 4, purchaser licensed', async () => {
    const token = await core.card(PAN);
    const result = await core.commerce.purchases.purchase(anna(), {
      productId: 'flow-per-user',
      seats: 5,
      payment: { method: 'card', token },
      idempotencyKey: key(),
    });
    const s = result.subscription;
    expect(result.replayed).toBe(false);
    expect(s).toMatchObject({
      productId: 'flow-per-user',
      seats: 5,
      status: 'active',
      assignedCount: 1,
      autoRenew: true,
    });
    expect(s.purchaser?.email).toBe('anna@contoso.example');
    expect(s.orders.map((o) => [o.kind, o.seatsAfter, o.amount.amountMinor])).toEqual([
      ['purchase', 5, 7500],
    ]);
    expect(s.bills.map((b) => [b.kind, b.status, b.amount.amountMinor])).toEqual([
      ['purchase', 'paid', 7500],
    ]);
    expect(s.card).toMatchObject({ brand: 'visa', last4: '4242' });
    expect(s.assignees.map((a) => a.email)).toEqual(['anna@contoso.example']);
    expect(core.events.events).toContainEqual(
      expect.objectContaining({ type: 'purchase.completed', subscriptionId: s.id }),
    );
    const stored = await core.db.models.PaymentMethod.findByPk(s.card?.id ?? '');
    expect(Object.keys(stored?.get() ?? {}).sort()).toEqual(
      [
        'brand',
        'createdAt',
        'expMonth',
        'expYear',
        'gatewayToken',
        'id',
        'last4',
        'ownerId',
        'tenantId',
        'updatedAt',
      ].sort(),
    );
  });

  it('refuses to pay by invoice, with the FAQ reason, before anything else', async () => {
    await expectRefused(core, 'INVOICE_NOT_SUPPORTED', () =>
      core.commerce.purchases.purchase(anna(), {
        productId: 'power-bi-pro',
        seats: 1,
        payment: { method: 'invoice' },
        idempotencyKey: key(),
      }),
    );
  });

  it('a declined card writes no subscription or order', async () => {
    const token = await core.card('4000000000000002');
    const error = await expectRefused(core, 'PAYMENT_DECLINED', () =>
      core.commerce.purchases.purchase(anna(), {
        productId: 'power-bi-pro',
        seats: 1,
        payment: { method: 'card', token },
        idempotencyKey: key(),
      }),
    );
    expect((error as PaymentDeclinedError).declineCode).toBe('card_declined');
    const funds = await core.card('4000000000009995');
    const second = await expectRefused(core, 'PAYMENT_DECLINED', () =>
      core.commerce.purchases.purchase(anna(), {
        productId: 'power-bi-pro',
        seats: 1,
        payment: { method: 'card', token: funds },
        idempotencyKey: key(),
      }),
    );
    expect((second as PaymentDeclinedError).declineCode).toBe('insufficient_funds');
  });

  it.each([[0], [-1], [1.5], [1e9], ['text'], ['5 seats'], [null], [undefined], [Number.NaN]])(
    'refuses seats %p with INVALID_INPUT and writes nothing',
    async (seats) => {
      const token = await core.card();
      const error = await expectRefused(core, 'INVALID_INPUT', () =>
        core.commerce.purchases.purchase(anna(), {
          productId: 'power-bi-pro',
          seats,
          payment: { method: 'card', token },
          idempotencyKey: key(),
        }),
      );
      expect((error as InvalidInputError).field).toBe('seats');
    },
  );

  it('accepts seats given as a string of digits, as cards send them', async () => {
    const quote = await core.commerce.catalog.quote(anna(), 'power-bi-pro', ' 12 ');
    expect(quote.seats).toBe(12);
  });

  it('refuses unknown products, users, subscriptions and tokens with typed errors', async () => {
    const token = await core.card();
    const unknownProduct = await expectRefused(core, 'NOT_FOUND', () =>
      core.commerce.purchases.purchase(anna(), {
        productId: 'visio-plan-2',
        seats: 1,
        payment: { method: 'card', token },
        idempotencyKey: key(),
      }),
    );
    expect((unknownProduct as NotFoundError).entity).toBe('product');
    await expectRefused(core, 'NOT_FOUND', () =>
      core.commerce.purchases.purchase(
        { tenantId: U.anna.tenantId, userId: 'usr_nobody' },
        { productId: 'power-bi-pro', seats: 1, payment: { method: 'card', token }, idempotencyKey: key() },
      ),
    );
    await expectRefused(core, 'NOT_FOUND', () =>
      core.commerce.purchases.addSeats(anna(), 'sub_missing', 1, key()),
    );
    const badToken = await expectRefused(core, 'INVALID_CARD', () =>
      core.commerce.purchases.purchase(anna(), {
        productId: 'power-bi-pro',
        seats: 1,
        payment: { method: 'card', token: 'tok_doesnotexist' },
        idempotencyKey: key(),
      }),
    );
    expect(badToken).toBeInstanceOf(InvalidCardError);
    await expectRefused(core, 'INVALID_INPUT', () =>
      core.commerce.purchases.purchase(anna(), {
        productId: 'power-bi-pro',
        seats: 1,
        payment: { method: 'card', token },
        idempotencyKey: 'x',
      }),
    );
  });

  it('refuses a malformed card at tokenisation without echoing the number', async () => {
    const number = '4242424242424241';
    const error = await core.gateway
      .tokenize({ number, expMonth: 12, expYear: 2030, cvc: '123' })
      .catch((e: unknown) => e);
    expect((error as CommerceError).code).toBe('INVALID_CARD');
    expect(String((error as Error).message)).not.toContain(number);
  });

  it('a repeated idempotency key returns the first result and charges once', async () => {
    const token = await core.card();
    const request = {
      productId: 'powerapps-per-user',
      seats: 2,
      payment: { method: 'card' as const, token },
      idempotencyKey: key(),
    };
    const first = await core.commerce.purchases.purchase(actorOf(U.bruno), request);
    const second = await core.commerce.purchases.purchase(actorOf(U.bruno), request);
    expect(second.replayed).toBe(true);
    expect(second.subscription.id).toBe(first.subscription.id);
    expect(await core.db.models.GatewayCharge.count({ where: { token } })).toBe(1);
    await expectRefused(core, 'IDEMPOTENCY_CONFLICT', () =>
      core.commerce.purchases.purchase(actorOf(U.bruno), { ...request, seats: 3 }),
    );
  });

  describe('managing a subscription', () => {
    let subscriptionId: string;
    beforeAll(async () => {
      const result = await core.commerce.purchases.purchase(actorOf(U.david), {
        productId: 'power-bi-pro',
        seats: 3,
        payment: { method: 'card', token: await core.card('5555555555554444') },
        idempotencyKey: 'david-purchase-1',
      });
      subscriptionId = result.subscription.id;
    });

    it('buys more seats of the same subscription, charged to the card on file', async () => {
      const result = await core.commerce.purchases.addSeats(
        actorOf(U.david),
        subscriptionId,
        2,
        'david-more-1',
      );
      expect(result.subscription.seats).toBe(5);
      expect(result.subscription.orders.map((o) => o.kind)).toEqual(['purchase', 'seats_added']);
      expect(result.subscription.bills.at(-1)).toMatchObject({
        kind: 'seats',
        status: 'paid',
        amount: { amountMinor: 1998 },
      });
    });

    it('lowers seats but never below the assigned licences', async () => {
      await core.commerce.licences.assign(actorOf(U.david), subscriptionId, [U.anna.email, U.bruno.email]);
      // David already holds a central Power BI licence, so buying did not assign him one here: 2 are assigned.
      await expectRefused(core, 'SEATS_BELOW_ASSIGNED', () =>
        core.commerce.purchases.lowerSeats(actorOf(U.david), subscriptionId, 1, 'david-lower-1'),
      );
      const lowered = await core.commerce.purchases.lowerSeats(
        actorOf(U.david),
        subscriptionId,
        2,
        'david-lower-2',
      );
      expect(lowered.subscription).toMatchObject({ seats: 2, assignedCount: 2 });
    });

    it('only the purchaser manages it: another member is refused and nothing is written', async () => {
      await expectRefused(core, 'NOT_AUTHORIZED', () =>
        core.commerce.purchases.addSeats(actorOf(U.anna), subscriptionId, 1, 'anna-steal-1'),
      );
      await expectRefused(core, 'NOT_AUTHORIZED', () =>
        core.commerce.purchases.cancel(actorOf(U.anna), subscriptionId),
      );
    });

    it('keeps working when the purchaser leaves the organisation, until cancelled by an admin', async () => {
      await core.db.write((t) =>
        core.db.models.DirectoryUser.update(
          { accountEnabled: false },
          { where: { id: U.david.id }, transaction: t },
        ),
      );
      const seen = await core.commerce.account.subscription(actorOf(U.grace), subscriptionId);
      expect(seen).toMatchObject({ status: 'active', assignedCount: 2 });
      await expectRefused(core, 'NOT_AUTHORIZED', () =>
        core.commerce.purchases.addSeats(actorOf(U.david), subscriptionId, 1, 'david-gone-1'),
      );
      const cancelled = await core.commerce.purchases.cancel(actorOf(U.grace), subscriptionId, {
        reason: 'Purchaser left',
      });
      expect(cancelled).toMatchObject({ status: 'cancelled', autoRenew: false });
      expect(core.events.events).toContainEqual(
        expect.objectContaining({ type: 'subscription.cancelled', byAdmin: true }),
      );
      // Cancelling twice changes nothing.
      const before = await core.counts();
      await core.commerce.purchases.cancel(actorOf(U.grace), subscriptionId);
      expect(await core.counts()).toEqual(before);
    });
  });

  it('accepts the longest click key (128 characters) and cancelling voids unpaid bills', async () => {
    const longKey = 'k'.repeat(128);
    const bought = await core.commerce.purchases.purchase(actorOf(U.emma), {
      productId: 'flow-per-user',
      seats: 1,
      payment: { method: 'card', token: await core.card() },
      idempotencyKey: longKey,
    });
    const id = bought.subscription.id;
    await core.db.write((t) =>
      core.db.models.Bill.create(
        {
          id: 'bill_unpaid_emma',
          tenantId: U.emma.tenantId,
          subscriptionId: id,
          payerId: U.emma.id,
          kind: 'renewal',
          amountMinor: 1500,
          currency: 'USD',
          status: 'failed',
          periodStart: bought.subscription.termEnd,
          periodEnd: '2026-05-16',
          dueDate: bought.subscription.termEnd,
        },
        { transaction: t },
      ),
    );
    const cancelled = await core.commerce.purchases.cancel(actorOf(U.emma), id);
    expect(cancelled.bills.map((b) => [b.kind, b.status])).toEqual([
      ['purchase', 'paid'],
      ['renewal', 'void'],
    ]);
  });

  it('never stores or logs a card number or CVC', async () => {
    const dump = await core.dump();
    const logs = core.logLines.join('\n');
    for (const secret of [PAN, '5555555555554444', '4000000000000002', '4000000000009995']) {
      expect(dump).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
    expect(dump).not.toMatch(/"cvc"/i);
  });
});
