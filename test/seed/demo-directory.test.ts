import { Op } from 'sequelize';
import { DIALECTS, TestDatabase } from '../helpers/databases';
import { DEMO, seedDemoDirectory } from '../../models/seed';
import { counts, fixedClock, snapshot } from './snapshot';

// Copied from shared/fixtures (teams/*.json, slack/*.json): channel tests resolve these to seeded users.
const FIXTURE = {
  contosoTenantId: '757ce249-7b18-4ba2-84f9-10a52f4e6464',
  fabrikamTenantId: '06af29f4-d88a-45ba-b566-02d502dec743',
  annaObjectId: 'cc2f643d-dbb7-40af-b2c7-94bce7feddbf',
  brunoObjectId: 'b19a4994-adc3-48a7-afcd-55e3f5d73369',
  johnObjectId: '2a3b704d-220b-4aad-b12a-0c7a699c6179',
};

const NOW = '2026-03-15T10:00:00.000Z';
const clock = fixedClock(NOW);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(DIALECTS)('seedDemoDirectory on $name', (dialect) => {
  let handle: TestDatabase;
  beforeEach(async () => {
    handle = await dialect.open();
  });
  afterEach(async () => {
    await handle.dispose();
  });

  it('seeds every kind of tenant and user, with the catalog, in one go', async () => {
    expect(await seedDemoDirectory(handle.db, clock)).toBe(true);
    expect(await counts(handle.db)).toMatchObject({
      Tenant: 7,
      DirectoryUser: 20,
      Partner: 1,
      DelegatedAdminRelationship: 1,
      SlackWorkspace: 1,
      Product: 4,
      Price: 28,
      Availability: 12,
      Subscription: 4,
      Order: 4,
      Bill: 1,
      PaymentMethod: 1,
      LicenceAssignment: 14,
      AuditEntry: 0,
    });
    const { Tenant } = handle.db.models;
    const tenants = await Tenant.findAll();
    expect(tenants.map((t) => `${t.kind}/${t.managed ? 'managed' : 'unmanaged'}`).sort()).toEqual([
      'commercial/managed',
      'commercial/managed',
      'commercial/managed',
      'commercial/unmanaged',
      'education/managed',
      'government/managed',
      'nonprofit/managed',
    ]);
    expect(tenants.every((t) => GUID.test(t.id))).toBe(true);
  });

  it('uses the fixture ids for Contoso, Fabrikam, Anna, Bruno and John', async () => {
    await seedDemoDirectory(handle.db, clock);
    const { Tenant, DirectoryUser } = handle.db.models;
    expect(await Tenant.findByPk(FIXTURE.contosoTenantId)).toMatchObject({
      name: 'Contoso',
      kind: 'commercial',
      market: 'US',
      managed: true,
    });
    expect(await Tenant.findByPk(FIXTURE.fabrikamTenantId)).toMatchObject({ market: 'FR', managed: true });

    const byObjectId = async (entraObjectId: string) => DirectoryUser.findOne({ where: { entraObjectId } });
    expect(await byObjectId(FIXTURE.annaObjectId)).toMatchObject({
      id: DEMO.users.anna.id,
      tenantId: FIXTURE.contosoTenantId,
      email: 'anna@contoso.example',
      displayName: 'Anna Martin',
      slackUserId: 'U07ANNAM01',
      preferredLocale: 'fr-FR',
      userType: 'member',
      accountEnabled: true,
      globalAdmin: false,
      billingAdmin: false,
    });
    expect(await byObjectId(FIXTURE.brunoObjectId)).toMatchObject({
      tenantId: FIXTURE.contosoTenantId,
      email: 'bruno.lefevre@contoso.example',
      displayName: 'Bruno Lefèvre',
      slackUserId: 'U07BRUNOL2',
    });
    expect(await byObjectId(FIXTURE.johnObjectId)).toMatchObject({
      tenantId: FIXTURE.fabrikamTenantId,
      email: 'john@fabrikam.example',
      displayName: 'John Smith',
      preferredLocale: 'en-US',
    });
  });

  it('has the users eligibility turns on: admins, a guest, a disabled and a synced member', async () => {
    await seedDemoDirectory(handle.db, clock);
    const { DirectoryUser } = handle.db.models;
    const contoso = await DirectoryUser.findAll({ where: { tenantId: DEMO.tenants.contoso.id } });
    expect(contoso).toHaveLength(10);
    const pick = (id: string) => contoso.find((u) => u.id === id);
    expect(pick(DEMO.users.grace.id)).toMatchObject({ globalAdmin: true, displayName: 'Grace Admin' });
    expect(pick(DEMO.users.bill.id)).toMatchObject({ billingAdmin: true, globalAdmin: false });
    expect(pick(DEMO.users.guest.id)).toMatchObject({ userType: 'guest', accountEnabled: true });
    expect(pick(DEMO.users.disabled.id)).toMatchObject({ userType: 'member', accountEnabled: false });
    expect(pick(DEMO.users.farid.id)).toMatchObject({ syncedFromOnPremises: true, accountEnabled: true });
    const plainMembers = contoso.filter(
      (u) =>
        u.userType === 'member' &&
        u.accountEnabled &&
        !u.globalAdmin &&
        !u.billingAdmin &&
        !u.syncedFromOnPremises,
    );
    expect(plainMembers.length).toBeGreaterThanOrEqual(5);

    // Every managed tenant but the partner's has a member and an admin; the unmanaged one no admin.
    for (const key of ['fabrikam', 'government', 'nonprofit', 'education'] as const) {
      const users = await DirectoryUser.findAll({ where: { tenantId: DEMO.tenants[key].id } });
      expect(users.some((u) => u.globalAdmin || u.billingAdmin)).toBe(true);
      expect(users.some((u) => !u.globalAdmin && !u.billingAdmin)).toBe(true);
    }
    const viral = await DirectoryUser.findAll({ where: { tenantId: DEMO.tenants.unmanaged.id } });
    expect(viral).toHaveLength(1);
    expect(viral[0]).toMatchObject({ globalAdmin: false, billingAdmin: false });

    const all = await DirectoryUser.findAll();
    expect(new Set(all.map((u) => u.email)).size).toBe(all.length);
    expect(all.every((u) => GUID.test(u.entraObjectId))).toBe(true);
  });

  it('gives Northwind Partners an admin and active delegated admin rights over Contoso', async () => {
    await seedDemoDirectory(handle.db, clock);
    const { Partner, DelegatedAdminRelationship, DirectoryUser } = handle.db.models;
    const partner = await Partner.findByPk(DEMO.partner.id);
    expect(partner).toMatchObject({ name: 'Northwind Partners', tenantId: DEMO.tenants.partner.id });
    const relationship = await DelegatedAdminRelationship.findOne({ where: { partnerId: DEMO.partner.id } });
    expect(relationship).toMatchObject({
      id: DEMO.partner.relationshipId,
      customerTenantId: FIXTURE.contosoTenantId,
      active: true,
    });
    expect(await DirectoryUser.findByPk(DEMO.users.partnerAdmin.id)).toMatchObject({
      tenantId: DEMO.tenants.partner.id,
      globalAdmin: true,
    });
  });

  it('maps the Slack workspace and enterprise of the fixtures to Contoso', async () => {
    await seedDemoDirectory(handle.db, clock);
    expect(await handle.db.models.SlackWorkspace.findByPk('T07CONTOSO')).toMatchObject({
      enterpriseId: 'E07CONTOSO',
      tenantId: FIXTURE.contosoTenantId,
    });
  });

  it('has central subscriptions and one self-service purchase by someone other than Anna', async () => {
    await seedDemoDirectory(handle.db, clock);
    const { Subscription, Order, Bill, LicenceAssignment, PaymentMethod } = handle.db.models;
    const central = await Subscription.findAll({ where: { source: 'central' } });
    expect(central.map((s) => `${s.productId}:${s.seats}`).sort()).toEqual([
      'flow-per-user:5',
      'office-365-e3:25',
      'power-bi-pro:10',
    ]);
    expect(central.every((s) => s.purchaserId === null && s.status === 'active')).toBe(true);
    expect(central.every((s) => s.tenantId === FIXTURE.contosoTenantId)).toBe(true);
    expect(central.every((s) => s.termEnd > '2026-03-15')).toBe(true);
    const powerBiCentral = central.find((s) => s.productId === 'power-bi-pro');
    expect(powerBiCentral?.unitPriceMinor).toBe(940);
    expect(
      await LicenceAssignment.count({ where: { subscriptionId: DEMO.subscriptions.contosoPowerBiCentral } }),
    ).toBe(4);

    const [selfService] = await Subscription.findAll({ where: { source: 'self-service' } });
    expect(selfService).toMatchObject({
      id: DEMO.subscriptions.contosoPowerBiSelfService,
      productId: 'power-bi-pro',
      purchaserId: DEMO.users.chloe.id,
      seats: 5,
      status: 'active',
      unitPriceMinor: 999,
      currency: 'USD',
      termMonths: 1,
      termStart: '2026-03-05',
      termEnd: '2026-04-05',
      paymentMethodId: DEMO.paymentMethods.chloeVisa,
    });
    expect(selfService.purchaserId).not.toBe(DEMO.users.anna.id);
    expect(selfService.createdAt.toISOString()).toBe('2026-03-05T10:00:00.000Z');

    const orders = await Order.findAll({ where: { subscriptionId: selfService.id } });
    expect(orders.map((o) => [o.kind, o.seatsDelta, o.amountMinor, o.actorId])).toEqual([
      ['purchase', 5, 4995, DEMO.users.chloe.id],
    ]);
    const bills = await Bill.findAll({ where: { subscriptionId: selfService.id } });
    expect(bills).toHaveLength(1);
    expect(bills[0]).toMatchObject({ status: 'paid', amountMinor: 4995, payerId: DEMO.users.chloe.id });
    expect(bills[0].paidAt).not.toBeNull();
    expect(await PaymentMethod.findByPk(DEMO.paymentMethods.chloeVisa)).toMatchObject({
      ownerId: DEMO.users.chloe.id,
      last4: '4242',
    });
    const assignees = await LicenceAssignment.findAll({ where: { subscriptionId: selfService.id } });
    expect(assignees.map((a) => a.userId).sort()).toEqual([DEMO.users.chloe.id, DEMO.users.farid.id].sort());

    // Anna and Bruno start with no licence and no purchase: channel tests buy and assign from scratch.
    expect(
      await LicenceAssignment.count({
        where: { userId: { [Op.in]: [DEMO.users.anna.id, DEMO.users.bruno.id] } },
      }),
    ).toBe(0);
  });

  it('dates rows from the clock', async () => {
    await seedDemoDirectory(handle.db, clock);
    const contoso = await handle.db.models.Tenant.findByPk(DEMO.tenants.contoso.id);
    expect(contoso?.createdAt.toISOString()).toBe(NOW);
    expect(contoso?.updatedAt.toISOString()).toBe(NOW);
  });

  it('a second call returns false and writes nothing', async () => {
    await seedDemoDirectory(handle.db, clock);
    const before = await snapshot(handle.db);
    expect(await seedDemoDirectory(handle.db, fixedClock('2026-06-01T00:00:00Z'))).toBe(false);
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it('does nothing, not even the catalog, when the directory already has a tenant', async () => {
    await handle.db.write((transaction) =>
      handle.db.models.Tenant.create(
        {
          id: '3f2b9c1e-8d4a-4c6b-9e7f-1a2b3c4d5e6f',
          name: 'Tailspin Toys',
          kind: 'commercial',
          market: 'US',
          managed: true,
        },
        { transaction },
      ),
    );
    const before = await snapshot(handle.db);
    expect(await seedDemoDirectory(handle.db, clock)).toBe(false);
    expect(await snapshot(handle.db)).toEqual(before);
    expect(await handle.db.models.Product.count()).toBe(0);
  });

  // On PostgreSQL the two transactions really run side by side: the advisory lock decides.
  it('seeds once when two starts race', async () => {
    const results = await Promise.all([
      seedDemoDirectory(handle.db, clock),
      seedDemoDirectory(handle.db, clock),
    ]);
    expect(results.sort()).toEqual([false, true]);
    expect(await handle.db.models.DirectoryUser.count()).toBe(20);
  });
});
