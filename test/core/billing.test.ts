import { PaymentDeclinedError } from '../../commerce/errors';
import { heldLiveLicence } from '../../commerce/licences';
import { DIALECTS, TestDatabase } from '../helpers/databases';
import {
  actorOf,
  cardToken,
  Core,
  createBill,
  createCore,
  createOrg,
  createPartner,
  createSubscription,
  daysAfter,
  expectRefusedUnchanged,
  Org,
  PRODUCTS,
  rowCounts,
  seedCatalog,
  snapshot,
  TEST_CARD,
  TestClock,
} from '../helpers/core-fixtures';

const TODAY = '2026-03-10';
const at = (day: string) => new Date(`${day}T06:00:00.000Z`);

describe.each(DIALECTS)('BillingService on $name', (dialect) => {
  let handle: TestDatabase;
  let clock: TestClock;
  let core: Core;
  let org: Org;

  beforeEach(async () => {
    handle = await dialect.open();
    clock = new TestClock(`${TODAY}T09:00:00.000Z`);
    await seedCatalog(handle.db);
    core = createCore(handle.db, clock);
    org = await createOrg(handle.db);
  });

  afterEach(async () => {
    await handle.dispose();
  });

  const models = () => handle.db.models;
  const reload = async (id: string) => (await models().Subscription.findByPk(id))!;
  const reloadBill = async (id: string) => (await models().Bill.findByPk(id))!;

  /** Alice's subscription whose renewal (due today) failed: past due, with a failed renewal bill. */
  async function pastDueWithFailedBill(card: string | null = TEST_CARD.approve) {
    const token = card ? await cardToken(core.gateway, card) : undefined;
    const subscription = await createSubscription(handle.db, {
      tenantId: org.tenant.id,
      purchaserId: org.alice.id,
      seats: 2,
      termEnd: TODAY,
      status: 'past_due',
      pastDueSince: TODAY,
      cardToken: token,
      assignees: [org.alice],
    });
    const bill = await createBill(handle.db, subscription, { status: 'failed' });
    return { subscription, bill };
  }

  describe('bills', () => {
    it('lists the bills of a purchase for its purchaser and for an admin, and refuses anyone else', async () => {
      const token = await cardToken(core.gateway);
      const bought = await core.purchases.purchase(actorOf(org.alice), {
        productId: PRODUCTS.powerBi,
        seats: 3,
        payment: { method: 'card', token },
        idempotencyKey: 'click-purchase-1',
      });
      const mine = await core.billing.bills(actorOf(org.alice), bought.subscription.id);
      expect(mine).toEqual([
        expect.objectContaining({
          kind: 'purchase',
          status: 'paid',
          amount: { amountMinor: 2997, currency: 'USD' },
          periodStart: TODAY,
        }),
      ]);
      expect(await core.billing.bills(actorOf(org.billingAdmin), bought.subscription.id)).toEqual(mine);

      await expectRefusedUnchanged(
        handle.db,
        () => core.billing.bills(actorOf(org.bob), bought.subscription.id),
        'NOT_AUTHORIZED',
      );
      const other = await createOrg(handle.db, 'Fabrikam');
      await expectRefusedUnchanged(
        handle.db,
        () => core.billing.bills(actorOf(other.globalAdmin), bought.subscription.id),
        'NOT_FOUND',
      );
      await expectRefusedUnchanged(
        handle.db,
        () => core.billing.bills(actorOf(other.globalAdmin, org.tenant.id), bought.subscription.id),
        'CROSS_TENANT',
      );
    });

    it('lets a partner with active delegated rights read them, not one whose relationship ended', async () => {
      const { subscription } = await pastDueWithFailedBill();
      const active = await createPartner(handle.db, org.tenant.id, { active: true });
      const inactive = await createPartner(handle.db, org.tenant.id, { active: false });
      expect(await core.billing.bills(actorOf(active.admin, org.tenant.id), subscription.id)).toHaveLength(1);
      await expectRefusedUnchanged(
        handle.db,
        () => core.billing.bills(actorOf(inactive.admin, org.tenant.id), subscription.id),
        'CROSS_TENANT',
      );
    });
  });

  describe('payBill', () => {
    it('pays a failed renewal with the card on file: paid, term moved on, active again, audited', async () => {
      const { subscription, bill } = await pastDueWithFailedBill();
      const charges = (await rowCounts(handle.db)).gateway_charges;

      const paid = await core.billing.payBill(actorOf(org.alice), bill.id, {}, 'click-pay-0001');

      expect(paid.alreadyPaid).toBe(false);
      expect(paid.bill).toMatchObject({
        id: bill.id,
        status: 'paid',
        amount: { amountMinor: 1998, currency: 'USD' },
      });
      expect(paid.subscription).toMatchObject({ status: 'active', termStart: TODAY, termEnd: '2026-04-10' });
      const fresh = await reload(subscription.id);
      expect(fresh.pastDueSince).toBeNull();
      expect((await reloadBill(bill.id)).chargeId).toMatch(/^ch_/);
      expect((await rowCounts(handle.db)).gateway_charges).toBe(charges + 1);
      const orders = await models().Order.findAll({ where: { subscriptionId: subscription.id } });
      expect(orders.map((o) => [o.kind, o.amountMinor, o.actorId])).toEqual([
        ['renewal', 1998, org.alice.id],
      ]);
      const actions = (await models().AuditEntry.findAll({ where: { tenantId: org.tenant.id } })).map(
        (a) => a.action,
      );
      expect(actions).toEqual(
        expect.arrayContaining(['bill.paid', 'subscription.renewal', 'subscription.reactivated']),
      );
    });

    it('pays with a new card, which then becomes the card on file', async () => {
      const { subscription, bill } = await pastDueWithFailedBill(TEST_CARD.decline);
      const before = (await reload(subscription.id)).paymentMethodId;
      const token = await cardToken(core.gateway, TEST_CARD.approve);

      await core.billing.payBill(actorOf(org.alice), bill.id, { token }, 'click-pay-0002');

      const fresh = await reload(subscription.id);
      expect(fresh.paymentMethodId).not.toBe(before);
      const method = (await models().PaymentMethod.findByPk(fresh.paymentMethodId!))!;
      expect(method.get({ plain: true })).toMatchObject({
        gatewayToken: token,
        brand: 'visa',
        last4: '4242',
        expMonth: 12,
        expYear: 2035,
        ownerId: org.alice.id,
      });
      expect(fresh.status).toBe('active');
    });

    it('a declined card leaves the bill unpaid, counts the attempt once per click, and keeps the old card', async () => {
      const { subscription, bill } = await pastDueWithFailedBill(TEST_CARD.approve);
      const methodBefore = (await reload(subscription.id)).paymentMethodId;
      const declining = await cardToken(core.gateway, TEST_CARD.insufficientFunds);

      const error = await core.billing
        .payBill(actorOf(org.alice), bill.id, { token: declining }, 'click-pay-0003')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PaymentDeclinedError);
      expect((error as PaymentDeclinedError).declineCode).toBe('insufficient_funds');
      let fresh = await reloadBill(bill.id);
      expect([fresh.status, fresh.attempts, fresh.lastDeclineCode, fresh.paidAt]).toEqual([
        'failed',
        1,
        'insufficient_funds',
        null,
      ]);

      // The same click again: the gateway answers the same decline; nothing is counted twice.
      const again = await snapshot(handle.db);
      await expect(
        core.billing.payBill(actorOf(org.alice), bill.id, { token: declining }, 'click-pay-0003'),
      ).rejects.toMatchObject({ code: 'PAYMENT_DECLINED' });
      expect(await snapshot(handle.db)).toBe(again);

      await expect(
        core.billing.payBill(actorOf(org.alice), bill.id, { token: declining }, 'click-pay-0004'),
      ).rejects.toMatchObject({ code: 'PAYMENT_DECLINED' });
      fresh = await reloadBill(bill.id);
      expect(fresh.attempts).toBe(2);
      const subscriptionAfter = await reload(subscription.id);
      expect(subscriptionAfter.status).toBe('past_due');
      expect(subscriptionAfter.paymentMethodId).toBe(methodBefore);
    });

    it('paying a paid bill, or the same click twice, charges once and changes nothing', async () => {
      const { bill } = await pastDueWithFailedBill();
      await core.billing.payBill(actorOf(org.alice), bill.id, {}, 'click-pay-0005');
      const before = await snapshot(handle.db);

      const replay = await core.billing.payBill(actorOf(org.alice), bill.id, {}, 'click-pay-0005');
      const another = await core.billing.payBill(actorOf(org.alice), bill.id, {}, 'click-pay-0006');

      expect(replay).toMatchObject({ alreadyPaid: true, bill: { status: 'paid' } });
      expect(another.alreadyPaid).toBe(true);
      expect(await snapshot(handle.db)).toBe(before);
    });

    it('two payments of the same bill at once keep one charge; any other is refunded', async () => {
      const { bill } = await pastDueWithFailedBill();
      const results = await Promise.all([
        core.billing.payBill(actorOf(org.alice), bill.id, {}, 'click-pay-0400'),
        core.billing.payBill(actorOf(org.alice), bill.id, {}, 'click-pay-0401'),
      ]);
      expect(results.filter((r) => !r.alreadyPaid)).toHaveLength(1);
      const charges = await models().GatewayCharge.findAll();
      expect(charges.filter((c) => c.status === 'succeeded').map((c) => c.id)).toEqual([
        (await reloadBill(bill.id)).chargeId,
      ]);
      expect(charges.every((c) => c.status === 'succeeded' || c.status === 'refunded')).toBe(true);
      expect(await models().Order.count({ where: { kind: 'renewal' } })).toBe(1);
    });

    it('stays past due while another bill is unpaid', async () => {
      const { subscription, bill } = await pastDueWithFailedBill();
      await createBill(handle.db, subscription, { kind: 'seats', status: 'open', periodStart: '2026-03-01' });
      await core.billing.payBill(actorOf(org.alice), bill.id, {}, 'click-pay-0007');
      const fresh = await reload(subscription.id);
      expect(fresh.status).toBe('past_due');
      expect(fresh.pastDueSince).toBe(TODAY);
    });

    it('reactivates a subscription disabled for non-payment', async () => {
      const { subscription, bill } = await pastDueWithFailedBill();
      await handle.db.write((t) =>
        models().Subscription.update(
          { status: 'disabled' },
          { where: { id: subscription.id }, transaction: t },
        ),
      );
      await core.billing.payBill(actorOf(org.alice), bill.id, {}, 'click-pay-0008');
      expect((await reload(subscription.id)).status).toBe('active');
    });

    it('refuses, writing nothing: another member, an admin, another tenant, bad input, a void bill, a cancelled subscription', async () => {
      const { subscription, bill } = await pastDueWithFailedBill();
      const other = await createOrg(handle.db, 'Fabrikam');
      const pay =
        (actor: ReturnType<typeof actorOf>, options: { token?: unknown } = {}, key = 'click-pay-0100') =>
        () =>
          core.billing.payBill(actor, bill.id, options, key);

      await expectRefusedUnchanged(handle.db, pay(actorOf(org.bob)), 'NOT_AUTHORIZED');
      // The purchaser is responsible for payment (FAQ), not the admins.
      await expectRefusedUnchanged(handle.db, pay(actorOf(org.globalAdmin)), 'NOT_AUTHORIZED');
      await expectRefusedUnchanged(handle.db, pay(actorOf(other.alice)), 'NOT_FOUND');
      await expectRefusedUnchanged(handle.db, pay(actorOf(other.globalAdmin, org.tenant.id)), 'CROSS_TENANT');
      await expectRefusedUnchanged(
        handle.db,
        pay(actorOf(org.alice), { token: 'tok_unknown' }),
        'INVALID_CARD',
      );
      await expectRefusedUnchanged(
        handle.db,
        pay(actorOf(org.alice), { token: '4242424242424242 ' }),
        'INVALID_CARD',
      );
      await expectRefusedUnchanged(handle.db, pay(actorOf(org.alice), {}, 'short'), 'INVALID_INPUT');
      await expectRefusedUnchanged(
        handle.db,
        () => core.billing.payBill(actorOf(org.alice), 'bill with spaces', {}, 'click-pay-0101'),
        'INVALID_INPUT',
      );

      await handle.db.write((t) =>
        models().Bill.update({ status: 'void' }, { where: { id: bill.id }, transaction: t }),
      );
      await expectRefusedUnchanged(handle.db, pay(actorOf(org.alice)), 'INVALID_INPUT');

      const open = await createBill(handle.db, subscription, { status: 'open', periodStart: '2026-02-10' });
      await handle.db.write((t) =>
        models().Subscription.update(
          { status: 'cancelled' },
          { where: { id: subscription.id }, transaction: t },
        ),
      );
      await expectRefusedUnchanged(
        handle.db,
        () => core.billing.payBill(actorOf(org.alice), open.id, {}, 'click-pay-0102'),
        'SUBSCRIPTION_NOT_ACTIVE',
      );
    });

    it('refuses a subscription with no card on file and no new card, writing nothing', async () => {
      const { bill } = await pastDueWithFailedBill(null);
      await expectRefusedUnchanged(
        handle.db,
        () => core.billing.payBill(actorOf(org.alice), bill.id, {}, 'click-pay-0200'),
        'INVALID_CARD',
      );
    });
  });

  describe('updateCard', () => {
    it('replaces the card on file with the token, brand, last 4 and expiry only, audited', async () => {
      const { subscription } = await pastDueWithFailedBill(TEST_CARD.decline);
      const token = await cardToken(core.gateway, '5555555555554444');

      const card = await core.billing.updateCard(actorOf(org.alice), subscription.id, token);

      expect(card).toMatchObject({ brand: 'mastercard', last4: '4444', expMonth: 12, expYear: 2035 });
      const fresh = await reload(subscription.id);
      expect(fresh.paymentMethodId).toBe(card.id);
      const stored = (await models().PaymentMethod.findByPk(card.id))!.get({ plain: true }) as Record<
        string,
        unknown
      >;
      expect(Object.keys(stored).sort()).toEqual(
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
      const audit = await models().AuditEntry.findAll({ where: { action: 'subscription.card-updated' } });
      expect(audit).toHaveLength(1);
      expect(audit[0].actorId).toBe(org.alice.id);
      // The unpaid bill is not charged by a card update.
      expect((await reload(subscription.id)).status).toBe('past_due');
    });

    it('refuses, writing nothing: unknown token, not the purchaser, an admin, another tenant, a trial', async () => {
      const { subscription } = await pastDueWithFailedBill();
      const token = await cardToken(core.gateway);
      const other = await createOrg(handle.db, 'Fabrikam');
      const trial = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        purchaserId: org.alice.id,
        isTrial: true,
        productId: PRODUCTS.flow,
      });
      const update = (actor: ReturnType<typeof actorOf>, id: string, cardTokenValue: unknown) => () =>
        core.billing.updateCard(actor, id, cardTokenValue);

      await expectRefusedUnchanged(
        handle.db,
        update(actorOf(org.alice), subscription.id, 'tok_nope'),
        'INVALID_CARD',
      );
      await expectRefusedUnchanged(
        handle.db,
        update(actorOf(org.alice), subscription.id, ''),
        'INVALID_CARD',
      );
      await expectRefusedUnchanged(
        handle.db,
        update(actorOf(org.bob), subscription.id, token),
        'NOT_AUTHORIZED',
      );
      await expectRefusedUnchanged(
        handle.db,
        update(actorOf(org.globalAdmin), subscription.id, token),
        'NOT_AUTHORIZED',
      );
      await expectRefusedUnchanged(
        handle.db,
        update(actorOf(other.alice), subscription.id, token),
        'NOT_FOUND',
      );
      await expectRefusedUnchanged(
        handle.db,
        update(actorOf(other.globalAdmin, org.tenant.id), subscription.id, token),
        'CROSS_TENANT',
      );
      await expectRefusedUnchanged(
        handle.db,
        update(actorOf(org.alice), trial.id, token),
        'SUBSCRIPTION_NOT_ACTIVE',
      );
    });
  });

  describe('runRenewals', () => {
    it('renews a purchase on its term end: bill paid, term moved on, renewal order; a second run charges nothing', async () => {
      const token = await cardToken(core.gateway);
      const bought = await core.purchases.purchase(actorOf(org.alice), {
        productId: PRODUCTS.flow,
        seats: 3,
        payment: { method: 'card', token },
        idempotencyKey: 'click-purchase-2',
      });
      const renewalDay = bought.subscription.termEnd;
      expect(renewalDay).toBe('2026-04-10');

      expect(await core.billing.runRenewals(at(daysAfter(renewalDay, -1)))).toMatchObject({
        renewed: 0,
        failed: 0,
      });

      const summary = await core.billing.runRenewals(at(renewalDay));
      expect(summary).toEqual({ renewed: 1, failed: 0, disabled: 0, expired: 0, deleted: 0, retryLater: 0 });
      const fresh = await reload(bought.subscription.id);
      expect([fresh.status, fresh.termStart, fresh.termEnd]).toEqual(['active', '2026-04-10', '2026-05-10']);
      const bills = await models().Bill.findAll({ where: { subscriptionId: fresh.id, kind: 'renewal' } });
      expect(bills.map((b) => [b.status, b.amountMinor, b.periodStart, b.periodEnd, b.attempts])).toEqual([
        ['paid', 4500, '2026-04-10', '2026-05-10', 1],
      ]);
      const orders = await models().Order.findAll({
        where: { subscriptionId: fresh.id },
        order: [['createdAt', 'ASC']],
      });
      expect(orders.map((o) => o.kind)).toEqual(['purchase', 'renewal']);
      expect(orders[1].actorId).toBeNull();

      const before = await snapshot(handle.db);
      expect(await core.billing.runRenewals(at(renewalDay))).toEqual({
        renewed: 0,
        failed: 0,
        disabled: 0,
        expired: 0,
        deleted: 0,
        retryLater: 0,
      });
      expect(await snapshot(handle.db)).toBe(before);
    });

    it('a declined renewal fails the bill and makes the subscription past due; a re-run changes nothing', async () => {
      const token = await cardToken(core.gateway, TEST_CARD.decline);
      const subscription = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        purchaserId: org.alice.id,
        seats: 2,
        termEnd: TODAY,
        cardToken: token,
        assignees: [org.alice, org.bob],
      });

      expect(await core.billing.runRenewals(at(TODAY))).toMatchObject({ renewed: 0, failed: 1 });

      const fresh = await reload(subscription.id);
      expect([fresh.status, fresh.pastDueSince, fresh.termEnd]).toEqual(['past_due', TODAY, TODAY]);
      const [bill] = await models().Bill.findAll({ where: { subscriptionId: subscription.id } });
      expect([bill.status, bill.lastDeclineCode, bill.attempts, bill.amountMinor]).toEqual([
        'failed',
        'card_declined',
        1,
        1998,
      ]);
      expect(core.events.events).toEqual([
        {
          type: 'renewal.failed',
          tenantId: org.tenant.id,
          subscriptionId: subscription.id,
          purchaserId: org.alice.id,
          billId: bill.id,
        },
      ]);
      // Past due still works: the licences stay live during the grace period.
      expect(
        await handle.db.write((t) =>
          heldLiveLicence(handle.db, t, org.tenant.id, org.bob.id, PRODUCTS.powerBi),
        ),
      ).toBe(true);

      const before = await snapshot(handle.db);
      expect(await core.billing.runRenewals(at(TODAY))).toMatchObject({ renewed: 0, failed: 0 });
      expect(await core.billing.runRenewals(at(daysAfter(TODAY, 1)))).toMatchObject({
        renewed: 0,
        failed: 0,
      });
      expect(await snapshot(handle.db)).toBe(before);
    });

    it('with no card on file the renewal fails (no charge attempted)', async () => {
      const subscription = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        purchaserId: org.alice.id,
        termEnd: TODAY,
      });
      const charges = (await rowCounts(handle.db)).gateway_charges;
      expect(await core.billing.runRenewals(at(TODAY))).toMatchObject({ failed: 1 });
      expect((await reload(subscription.id)).status).toBe('past_due');
      const [bill] = await models().Bill.findAll({ where: { subscriptionId: subscription.id } });
      expect([bill.status, bill.lastDeclineCode]).toEqual(['failed', 'no_payment_method']);
      expect((await rowCounts(handle.db)).gateway_charges).toBe(charges);
    });

    it('disables a past-due subscription when the grace period ends, not a day before', async () => {
      const { subscription } = await pastDueWithFailedBill();
      expect(await core.billing.runRenewals(at(daysAfter(TODAY, 29)))).toMatchObject({ disabled: 0 });
      expect((await reload(subscription.id)).status).toBe('past_due');

      expect(await core.billing.runRenewals(at(daysAfter(TODAY, 30)))).toMatchObject({ disabled: 1 });
      expect((await reload(subscription.id)).status).toBe('disabled');
      expect(core.events.events).toContainEqual({
        type: 'subscription.disabled',
        tenantId: org.tenant.id,
        subscriptionId: subscription.id,
        purchaserId: org.alice.id,
      });
      expect(
        await handle.db.write((t) =>
          heldLiveLicence(handle.db, t, org.tenant.id, org.alice.id, PRODUCTS.powerBi),
        ),
      ).toBe(false);
      const audit = await models().AuditEntry.findAll({ where: { action: 'subscription.disabled' } });
      expect(audit.map((a) => a.entityId)).toEqual([subscription.id]);
    });

    it('honours a configured grace period', async () => {
      const shortGrace = createCore(handle.db, clock, { lifecycle: { paymentGraceDays: 7 } });
      const { subscription } = await pastDueWithFailedBill();
      expect(await shortGrace.billing.runRenewals(at(daysAfter(TODAY, 6)))).toMatchObject({ disabled: 0 });
      expect(await shortGrace.billing.runRenewals(at(daysAfter(TODAY, 7)))).toMatchObject({ disabled: 1 });
      expect((await reload(subscription.id)).status).toBe('disabled');
    });

    it('deletes a subscription disabled for 90 days and voids its unpaid bills', async () => {
      const { subscription, bill } = await pastDueWithFailedBill();
      await core.billing.runRenewals(at(daysAfter(TODAY, 30)));
      expect(await core.billing.runRenewals(at(daysAfter(TODAY, 119)))).toMatchObject({ deleted: 0 });
      expect(await core.billing.runRenewals(at(daysAfter(TODAY, 120)))).toMatchObject({ deleted: 1 });
      expect((await reload(subscription.id)).status).toBe('deleted');
      expect((await reloadBill(bill.id)).status).toBe('void');
    });

    it('trials expire on their term end and never renew; expired ones are disabled after 30 days', async () => {
      const trial = await core.purchases.startTrial(actorOf(org.carol), PRODUCTS.powerApps, 'click-trial-01');
      const end = trial.subscription.termEnd;
      const charges = (await rowCounts(handle.db)).gateway_charges;

      expect(await core.billing.runRenewals(at(daysAfter(end, -1)))).toMatchObject({ expired: 0 });
      expect(await core.billing.runRenewals(at(end))).toMatchObject({ renewed: 0, expired: 1 });
      const fresh = await reload(trial.subscription.id);
      expect([fresh.status, fresh.termEnd]).toEqual(['expired', end]);
      expect(await models().Bill.count({ where: { subscriptionId: fresh.id } })).toBe(0);
      expect((await rowCounts(handle.db)).gateway_charges).toBe(charges);

      expect(await core.billing.runRenewals(at(daysAfter(end, 30)))).toMatchObject({ disabled: 1 });
      expect((await reload(fresh.id)).status).toBe('disabled');
    });

    it('leaves cancelled self-service and central subscriptions alone', async () => {
      const token = await cardToken(core.gateway);
      const cancelled = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        purchaserId: org.alice.id,
        termEnd: '2026-01-10',
        status: 'cancelled',
        autoRenew: false,
        cardToken: token,
      });
      const central = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        source: 'central',
        termEnd: '2026-01-10',
        seats: 10,
      });
      const before = await snapshot(handle.db);
      expect(await core.billing.runRenewals(at(TODAY))).toEqual({
        renewed: 0,
        failed: 0,
        disabled: 0,
        expired: 0,
        deleted: 0,
        retryLater: 0,
      });
      expect(await snapshot(handle.db)).toBe(before);
      expect((await reload(cancelled.id)).status).toBe('cancelled');
      expect((await reload(central.id)).termEnd).toBe('2026-01-10');
    });

    it('catches up every term missed, one bill and one charge each', async () => {
      const token = await cardToken(core.gateway);
      const subscription = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        purchaserId: org.alice.id,
        termEnd: '2026-01-10',
        cardToken: token,
      });
      expect(await core.billing.runRenewals(at(TODAY))).toMatchObject({ renewed: 3 });
      const fresh = await reload(subscription.id);
      expect([fresh.termStart, fresh.termEnd]).toEqual(['2026-03-10', '2026-04-10']);
      const bills = await models().Bill.findAll({
        where: { subscriptionId: subscription.id },
        order: [['periodStart', 'ASC']],
      });
      expect(bills.map((b) => [b.periodStart, b.status])).toEqual([
        ['2026-01-10', 'paid'],
        ['2026-02-10', 'paid'],
        ['2026-03-10', 'paid'],
      ]);
    });

    it('charges an open bill left by an interrupted run instead of creating another', async () => {
      const token = await cardToken(core.gateway);
      const subscription = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        purchaserId: org.alice.id,
        termEnd: TODAY,
        cardToken: token,
      });
      const open = await createBill(handle.db, subscription, { status: 'open' });
      expect(await core.billing.runRenewals(at(TODAY))).toMatchObject({ renewed: 1 });
      const bills = await models().Bill.findAll({ where: { subscriptionId: subscription.id } });
      expect(bills.map((b) => [b.id, b.status])).toEqual([[open.id, 'paid']]);
    });

    it('two runs at once renew once and charge once', async () => {
      const token = await cardToken(core.gateway);
      const subscriptions = await Promise.all(
        [org.alice, org.bob, org.carol].map((purchaser) =>
          createSubscription(handle.db, {
            tenantId: org.tenant.id,
            purchaserId: purchaser.id,
            termEnd: TODAY,
            cardToken: token,
          }),
        ),
      );
      const charges = (await rowCounts(handle.db)).gateway_charges;
      const second = createCore(handle.db, clock);
      const [a, b] = await Promise.all([
        core.billing.runRenewals(at(TODAY)),
        second.billing.runRenewals(at(TODAY)),
      ]);
      expect(a.renewed + b.renewed).toBe(3);
      expect((await rowCounts(handle.db)).gateway_charges).toBe(charges + 3);
      for (const subscription of subscriptions) {
        expect(await models().Bill.count({ where: { subscriptionId: subscription.id } })).toBe(1);
        expect(
          await models().Order.count({ where: { subscriptionId: subscription.id, kind: 'renewal' } }),
        ).toBe(1);
        expect((await reload(subscription.id)).termEnd).toBe('2026-04-10');
      }
    });

    it('a renewal paid late by the purchaser lets the next renewal run normally', async () => {
      const declining = await cardToken(core.gateway, TEST_CARD.decline);
      const subscription = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        purchaserId: org.alice.id,
        termEnd: TODAY,
        cardToken: declining,
      });
      await core.billing.runRenewals(at(TODAY));
      const [bill] = await models().Bill.findAll({ where: { subscriptionId: subscription.id } });
      const good = await cardToken(core.gateway);
      await core.billing.payBill(actorOf(org.alice), bill.id, { token: good }, 'click-pay-0300');
      expect(await reload(subscription.id)).toMatchObject({ status: 'active', termEnd: '2026-04-10' });

      expect(await core.billing.runRenewals(at('2026-04-10'))).toMatchObject({ renewed: 1, failed: 0 });
      expect((await reload(subscription.id)).termEnd).toBe('2026-05-10');
    });
  });
});
