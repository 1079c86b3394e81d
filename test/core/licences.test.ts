import { AssignmentRefusedError, CommerceError } from '../../commerce/errors';
import { DIALECTS } from '../helpers/databases';
import { actorOf, DemoCore, openDemoCore, T, U } from '../helpers/demo-core';

async function refusal(core: DemoCore, work: () => Promise<unknown>) {
  const before = await core.counts();
  const error = await work().then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
  expect(await core.counts()).toEqual(before);
  return error as CommerceError;
}

describe.each(DIALECTS)('licence assignment on $name', (dialect) => {
  let core: DemoCore;
  let subscriptionId: string;
  beforeAll(async () => {
    core = await openDemoCore(dialect);
    const bought = await core.commerce.purchases.purchase(actorOf(U.anna), {
      productId: 'powerapps-per-user',
      seats: 3,
      payment: { method: 'card', token: await core.card() },
      idempotencyKey: 'anna-powerapps-1',
    });
    subscriptionId = bought.subscription.id;
  });
  afterAll(() => core.dispose());

  it('the purchaser assigns by e-mail, Entra object id or user id, to users of the same tenant', async () => {
    const result = await core.commerce.licences.assign(actorOf(U.anna), subscriptionId, [
      U.bruno.entraObjectId,
    ]);
    expect(result.changed.map((u) => u.email)).toEqual(['bruno.lefevre@contoso.example']);
    expect(result).toMatchObject({ seats: 3, assignedCount: 2 });
  });

  it('is all-or-nothing, with a reason per refused user', async () => {
    const error = await refusal(core, () =>
      core.commerce.licences.assign(actorOf(U.anna), subscriptionId, [
        U.chloe.email,
        U.john.email,
        U.disabled.email,
        U.bruno.email,
        'nobody@contoso.example',
        U.chloe.id,
      ]),
    );
    expect(error).toBeInstanceOf(AssignmentRefusedError);
    expect((error as AssignmentRefusedError).refusals.map((r) => [r.userRef, r.reason])).toEqual([
      [U.john.email, 'OTHER_TENANT'],
      [U.disabled.email, 'ACCOUNT_DISABLED'],
      [U.bruno.email, 'ALREADY_ASSIGNED'],
      ['nobody@contoso.example', 'UNKNOWN_USER'],
      [U.chloe.id, 'DUPLICATE_IN_REQUEST'],
    ]);
    // A refused user from another tenant is named only by the reference given: nothing of theirs leaks.
    expect((error as AssignmentRefusedError).refusals[0].displayName).toBeNull();
  });

  it('never assigns more licences than seats, naming who did not fit', async () => {
    const error = await refusal(core, () =>
      core.commerce.licences.assign(actorOf(U.anna), subscriptionId, [U.chloe.email, U.farid.email]),
    );
    expect((error as AssignmentRefusedError).refusals).toEqual([
      { userRef: U.farid.email, displayName: 'Farid Haddad', reason: 'NOT_ENOUGH_SEATS' },
    ]);
    await core.commerce.licences.assign(actorOf(U.anna), subscriptionId, [U.chloe.email]);
  });

  it('the database refuses an oversold seat even when the service is bypassed', async () => {
    const error = await refusal(core, () =>
      core.db.write((t) =>
        core.db.models.LicenceAssignment.create(
          {
            id: 'lic_bypass',
            tenantId: T.contoso.id,
            subscriptionId,
            productId: 'powerapps-per-user',
            userId: U.farid.id,
            assignedById: U.anna.id,
          },
          { transaction: t },
        ),
      ),
    );
    expect(error.code).toBe('SEAT_LIMIT');
  });

  it('the database refuses a row whose tenant differs from its parent', async () => {
    const error = await refusal(core, () =>
      core.db.write((t) =>
        core.db.models.LicenceAssignment.create(
          {
            id: 'lic_cross',
            tenantId: T.contoso.id,
            subscriptionId,
            productId: 'powerapps-per-user',
            userId: U.john.id,
            assignedById: U.anna.id,
          },
          { transaction: t },
        ),
      ),
    );
    expect(error.code).toBe('CROSS_TENANT');
  });

  it('removes a user, and refuses to remove someone who has no licence here', async () => {
    const refused = await refusal(core, () =>
      core.commerce.licences.remove(actorOf(U.anna), subscriptionId, [U.farid.email]),
    );
    expect((refused as AssignmentRefusedError).refusals[0].reason).toBe('NOT_ASSIGNED');
    const result = await core.commerce.licences.remove(actorOf(U.anna), subscriptionId, [U.chloe.email]);
    expect(result).toMatchObject({ assignedCount: 2 });
  });

  it('only the purchaser assigns self-service licences: not another member, not an admin', async () => {
    for (const actor of [actorOf(U.bruno), actorOf(U.grace)]) {
      const error = await refusal(core, () =>
        core.commerce.licences.assign(actor, subscriptionId, [U.farid.email]),
      );
      expect(error.code).toBe('NOT_AUTHORIZED');
    }
  });

  it('refuses more than 20 users in one request, and an empty list', async () => {
    const many = Array.from({ length: 21 }, (_, i) => `user${i}@contoso.example`);
    expect(
      (await refusal(core, () => core.commerce.licences.assign(actorOf(U.anna), subscriptionId, many))).code,
    ).toBe('INVALID_INPUT');
    expect(
      (await refusal(core, () => core.commerce.licences.assign(actorOf(U.anna), subscriptionId, []))).code,
    ).toBe('INVALID_INPUT');
    expect(
      (await refusal(core, () => core.commerce.licences.assign(actorOf(U.anna), subscriptionId, 'bruno')))
        .code,
    ).toBe('INVALID_INPUT');
  });
});
