import { AssignmentRefusedError, CommerceError } from '../../commerce/errors';
import { Actor } from '../../commerce/types';
import { DEMO } from '../../models/seed';
import { DIALECTS } from '../helpers/databases';
import { actorOf, DemoCore, openDemoCore, T, U } from '../helpers/demo-core';

async function codeOf(work: () => Promise<unknown>): Promise<string> {
  return work().then(
    () => 'OK',
    (e: unknown) => (e instanceof CommerceError ? e.code : `UNTYPED ${String(e)}`),
  );
}

describe.each(DIALECTS)('tenant isolation on $name', (dialect) => {
  let core: DemoCore;
  let contosoSubscription: string;
  beforeAll(async () => {
    core = await openDemoCore(dialect);
    const bought = await core.commerce.purchases.purchase(actorOf(U.anna), {
      productId: 'power-bi-pro',
      seats: 2,
      payment: { method: 'card', token: await core.card() },
      idempotencyKey: 'anna-pbi-isolation',
    });
    contosoSubscription = bought.subscription.id;
  });
  afterAll(() => core.dispose());

  /** Every core call an outsider could try against Contoso's data. */
  const attempts = (actor: Actor): Array<[string, () => Promise<unknown>]> => [
    ['eligibility.check', () => core.commerce.eligibility.check(actor, 'power-bi-pro')],
    ['catalog.offers', () => core.commerce.catalog.offers(actor)],
    ['catalog.quote', () => core.commerce.catalog.quote(actor, 'power-bi-pro', 1)],
    [
      'purchases.purchase',
      async () =>
        core.commerce.purchases.purchase(actor, {
          productId: 'power-bi-pro',
          seats: 1,
          payment: { method: 'card', token: await core.card() },
          idempotencyKey: `outsider-${Math.floor(Math.random() * 1e9)}`,
        }),
    ],
    [
      'purchases.startTrial',
      () => core.commerce.purchases.startTrial(actor, 'flow-per-user', 'outsider-trial-1'),
    ],
    [
      'purchases.addSeats',
      () => core.commerce.purchases.addSeats(actor, contosoSubscription, 1, 'outsider-add-1'),
    ],
    [
      'purchases.lowerSeats',
      () => core.commerce.purchases.lowerSeats(actor, contosoSubscription, 1, 'outsider-lower-1'),
    ],
    ['purchases.cancel', () => core.commerce.purchases.cancel(actor, contosoSubscription)],
    ['licences.assign', () => core.commerce.licences.assign(actor, contosoSubscription, [U.bruno.email])],
    ['licences.remove', () => core.commerce.licences.remove(actor, contosoSubscription, [U.anna.email])],
    ['account.subscription', () => core.commerce.account.subscription(actor, contosoSubscription)],
  ];

  it.each([
    ['a Fabrikam member claiming the Contoso tenant', () => actorOf(U.john, T.contoso.id)],
    ['a Fabrikam admin claiming the Contoso tenant', () => actorOf(U.fabrikamAdmin, T.contoso.id)],
  ])('%s is refused everything (CROSS_TENANT) and nothing is written', async (_who, actor) => {
    const before = await core.counts();
    const codes = Object.fromEntries(
      await Promise.all(attempts(actor()).map(async ([name, work]) => [name, await codeOf(work)] as const)),
    );
    for (const code of Object.values(codes)) expect(code).toBe('CROSS_TENANT');
    expect(await core.counts()).toEqual(before);
  });

  it("a Fabrikam admin in their own tenant cannot reach Contoso's subscription (NOT_FOUND) and writes nothing", async () => {
    const before = await core.counts();
    const actor = actorOf(U.fabrikamAdmin);
    for (const [name, work] of attempts(actor).filter(([n]) =>
      /addSeats|lowerSeats|cancel|licences|account/.test(n),
    )) {
      expect([name, await codeOf(work)]).toEqual([name, 'NOT_FOUND']);
    }
    expect(await core.counts()).toEqual(before);
  });

  it('a partner with delegated admin rights reads like an admin but buys nothing; without them, nothing at all', async () => {
    const partner = actorOf(U.partnerAdmin, T.contoso.id);
    const seen = await core.commerce.account.subscription(partner, contosoSubscription);
    expect(seen.purchaser?.email).toBe('anna@contoso.example');
    expect(await codeOf(() => core.commerce.eligibility.check(partner, 'power-bi-pro'))).toBe(
      'NOT_AUTHORIZED',
    );
    await core.db.write((t) =>
      core.db.models.DelegatedAdminRelationship.update(
        { active: false },
        { where: { id: DEMO.partner.relationshipId }, transaction: t },
      ),
    );
    expect(await codeOf(() => core.commerce.account.subscription(partner, contosoSubscription))).toBe(
      'CROSS_TENANT',
    );
  });
});

describe.each(DIALECTS)('concurrency on $name', (dialect) => {
  let core: DemoCore;
  beforeAll(async () => {
    core = await openDemoCore(dialect);
    await core.db.write(async (t) => {
      for (let i = 0; i < 50; i++) {
        await core.db.models.DirectoryUser.create(
          {
            id: `usr_load_${i}`,
            tenantId: T.contoso.id,
            entraObjectId: `c3000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            email: `load${i}@contoso.example`,
            displayName: `Load ${i}`,
            userType: 'member',
            accountEnabled: true,
            syncedFromOnPremises: false,
            globalAdmin: false,
            billingAdmin: false,
          },
          { transaction: t },
        );
      }
    });
  });
  afterAll(() => core.dispose());

  it('50 concurrent assignments to a 10-seat subscription leave exactly 10', async () => {
    const bought = await core.commerce.purchases.purchase(actorOf(U.bruno), {
      productId: 'flow-per-user',
      seats: 10,
      payment: { method: 'card', token: await core.card() },
      idempotencyKey: 'bruno-flow-10',
    });
    const id = bought.subscription.id;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        core.commerce.licences.assign(actorOf(U.bruno), id, [`load${i}@contoso.example`]),
      ),
    );
    const refused = outcomes.filter((o) => o.status === 'rejected') as PromiseRejectedResult[];
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(AssignmentRefusedError);
      expect((r.reason as AssignmentRefusedError).refusals[0].reason).toBe('NOT_ENOUGH_SEATS');
    }
    // Bruno took one seat as the purchaser: 9 of the 50 fit.
    expect(outcomes.length - refused.length).toBe(9);
    expect(await core.db.models.LicenceAssignment.count({ where: { subscriptionId: id } })).toBe(10);
  });

  it('20 concurrent purchases with one idempotency key leave one subscription, one order, one charge', async () => {
    const token = await core.card();
    const request = {
      productId: 'powerapps-per-user',
      seats: 4,
      payment: { method: 'card' as const, token },
      idempotencyKey: 'double-click-20',
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => core.commerce.purchases.purchase(actorOf(U.chloe), request)),
    );
    expect(new Set(results.map((r) => r.subscription.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed).length).toBe(1);
    expect(
      await core.db.models.Subscription.count({
        where: { purchaserId: U.chloe.id, productId: 'powerapps-per-user' },
      }),
    ).toBe(1);
    expect(await core.db.models.Order.count({ where: { idempotencyKey: 'double-click-20' } })).toBe(1);
    expect(await core.db.models.GatewayCharge.count({ where: { token } })).toBe(1);
    expect(
      core.events.events.filter((e) => e.type === 'purchase.completed' && e.purchaserId === U.chloe.id),
    ).toHaveLength(1);
  });
});
