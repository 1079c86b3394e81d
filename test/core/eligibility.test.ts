import { IneligibleError } from '../../commerce/errors';
import { DIALECTS } from '../helpers/databases';
import { actorOf, DemoCore, openDemoCore, T, U } from '../helpers/demo-core';

/** Runs `work`, expects an IneligibleError, and checks that no table changed. */
async function expectIneligible(core: DemoCore, work: () => Promise<unknown>): Promise<IneligibleError> {
  const before = await core.counts();
  const error = await work().then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IneligibleError);
  expect((error as IneligibleError).code).toBe('INELIGIBLE');
  expect(await core.counts()).toEqual(before);
  return error as IneligibleError;
}

describe.each(DIALECTS)('eligibility (FAQ "who can buy") on $name', (dialect) => {
  let core: DemoCore;
  beforeAll(async () => {
    core = await openDemoCore(dialect);
  });
  afterAll(() => core.dispose());

  const buy = async (
    user: { id: string; tenantId: string },
    productId = 'power-bi-pro',
    key = `k-${Math.random()}`,
  ) =>
    core.commerce.purchases.purchase(actorOf(user), {
      productId,
      seats: 2,
      payment: { method: 'card', token: await core.card() },
      idempotencyKey: key.replace(/[^\w.:-]/g, ''),
    });

  it('lets an enabled member of a managed commercial US tenant buy', async () => {
    const result = await core.commerce.eligibility.check(actorOf(U.anna), 'power-bi-pro');
    expect(result).toMatchObject({
      eligible: true,
      reasons: [],
      trialAllowed: true,
      launchDate: '2019-11-19',
    });
  });

  it.each([
    ['government', U.governmentMember],
    ['nonprofit', U.nonprofitMember],
    ['education', U.educationMember],
  ])('refuses a %s tenant (TENANT_NOT_COMMERCIAL) and names its admins', async (_kind, user) => {
    const error = await expectIneligible(core, () => buy(user));
    expect(error.reasons).toEqual(['TENANT_NOT_COMMERCIAL']);
    expect(error.admins.map((a) => a.role)).toEqual(['global-admin']);
  });

  it('refuses an unmanaged (viral) tenant, which has no admin to name', async () => {
    const error = await expectIneligible(core, () => buy(U.unmanagedMember));
    expect(error.reasons).toEqual(['TENANT_UNMANAGED']);
    expect(error.admins).toEqual([]);
  });

  it('refuses a market where self-service has not launched (Fabrikam, France)', async () => {
    const error = await expectIneligible(core, () => buy(U.john));
    expect(error.reasons).toEqual(['MARKET_NOT_LAUNCHED']);
    expect(error.admins.map((a) => a.email)).toEqual(['camille.girard@fabrikam.example']);
  });

  it('refuses a guest (GUEST_USER) and a disabled account (ACCOUNT_DISABLED)', async () => {
    expect((await expectIneligible(core, () => buy(U.guest))).reasons).toEqual(['GUEST_USER']);
    expect((await expectIneligible(core, () => buy(U.disabled))).reasons).toEqual(['ACCOUNT_DISABLED']);
  });

  it('lets a user synced from on-premises AD buy like a cloud user', async () => {
    const result = await buy(U.farid);
    expect(result.subscription).toMatchObject({ status: 'active', seats: 2, source: 'self-service' });
  });

  it('refuses products other than the Power Platform ones (PRODUCT_NOT_OFFERED)', async () => {
    const error = await expectIneligible(core, () => buy(U.anna, 'office-365-e3'));
    expect(error.reasons).toEqual(['PRODUCT_NOT_OFFERED']);
  });

  it('lists every reason that applies at once, with the admins to contact', async () => {
    await core.db.write((t) =>
      core.db.models.PolicySetting.create(
        { tenantId: T.contoso.id, productId: 'flow-per-user', policy: 'Disabled', updatedById: U.grace.id },
        { transaction: t },
      ),
    );
    const error = await expectIneligible(core, () => buy(U.disabled, 'flow-per-user'));
    expect(error.reasons).toEqual(['ACCOUNT_DISABLED', 'POLICY_DISABLED']);
    expect(error.admins.map((a) => a.displayName).sort()).toEqual(['Bill Payne', 'Grace Admin']);
  });

  it('honours a tenant policy of trials only: no purchase, but a card-free trial', async () => {
    await core.db.write((t) =>
      core.db.models.PolicySetting.upsert(
        {
          tenantId: T.contoso.id,
          productId: 'powerapps-per-user',
          policy: 'OnlyTrialsWithoutPaymentMethod',
          updatedById: U.grace.id,
        },
        { transaction: t },
      ),
    );
    const error = await expectIneligible(core, () => buy(U.bruno, 'powerapps-per-user'));
    expect(error.reasons).toEqual(['POLICY_TRIALS_ONLY']);
    const trial = await core.commerce.purchases.startTrial(
      actorOf(U.bruno),
      'powerapps-per-user',
      'trial-bruno-1',
    );
    expect(trial.subscription).toMatchObject({ isTrial: true, seats: 1, autoRenew: false, assignedCount: 1 });
    expect(trial.subscription.unitPrice.amountMinor).toBe(0);
  });
});

describe.each(DIALECTS)('launch dates from the FAQ on $name', (dialect) => {
  it.each([
    ['2019-11-18T12:00:00Z', 'power-bi-pro', false],
    ['2019-11-19T00:00:00Z', 'power-bi-pro', true],
    ['2019-12-03T23:00:00Z', 'powerapps-per-user', false],
    ['2019-12-04T00:00:00Z', 'powerapps-per-user', true],
    ['2019-12-03T23:00:00Z', 'flow-per-user', false],
    ['2019-12-04T00:00:00Z', 'flow-per-user', true],
  ])('at %s, %s in the United States is eligible: %s', async (now, productId, eligible) => {
    const core = await openDemoCore(dialect, now);
    try {
      const result = await core.commerce.eligibility.check(actorOf(U.anna), productId);
      expect(result.eligible).toBe(eligible);
      expect(result.reasons).toEqual(eligible ? [] : ['MARKET_NOT_LAUNCHED']);
    } finally {
      await core.dispose();
    }
  });
});
