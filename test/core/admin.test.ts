import { AdminReportFilters } from '../../commerce/admin';
import { csvCell, toCsv } from '../../commerce/csv';
import { IneligibleError } from '../../commerce/errors';
import { heldLiveLicence } from '../../commerce/licences';
import type { Subscription } from '../../models';
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
  createUser,
  expectRefusedUnchanged,
  Org,
  PRODUCTS,
  seedCatalog,
  snapshot,
  TestClock,
} from '../helpers/core-fixtures';

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+2', "'=1+2"],
    ['+33 1 23', "'+33 1 23"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("http://x.example","click")', '"\'=HYPERLINK(""http://x.example"",""click"")"'],
    ['\tTab', "'\tTab"],
    ['mail@example.com', 'mail@example.com'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers, booleans and empty cells, every line ended by CRLF', () => {
    expect(toCsv(['a', 'b', 'c'], [[1, true, null]])).toBe('a,b,c\r\n1,true,\r\n');
  });
});

describe.each(DIALECTS)('AdminService on $name', (dialect) => {
  let handle: TestDatabase;
  let clock: TestClock;
  let core: Core;
  let org: Org;
  let other: Org;

  beforeEach(async () => {
    handle = await dialect.open();
    clock = new TestClock('2026-03-10T09:00:00.000Z');
    await seedCatalog(handle.db);
    core = createCore(handle.db, clock);
    org = await createOrg(handle.db, 'Contoso');
    other = await createOrg(handle.db, 'Fabrikam');
  });

  afterEach(async () => {
    await handle.dispose();
  });

  const models = () => handle.db.models;
  const reload = async (id: string) => (await models().Subscription.findByPk(id))!;
  const created = (iso: string) => new Date(`${iso}T10:00:00.000Z`);
  const live = (userId: string, productId: string) =>
    handle.db.write((t) => heldLiveLicence(handle.db, t, org.tenant.id, userId, productId));

  /** Five subscriptions of Contoso (and two of Fabrikam that must never show). */
  async function reportFixture() {
    const s1 = await createSubscription(handle.db, {
      tenantId: org.tenant.id,
      purchaserId: org.alice.id,
      productId: PRODUCTS.powerBi,
      seats: 3,
      termEnd: '2026-04-05',
      createdAt: created('2026-01-05'),
      assignees: [org.alice, org.bob],
    });
    const s2 = await createSubscription(handle.db, {
      tenantId: org.tenant.id,
      purchaserId: org.bob.id,
      productId: PRODUCTS.flow,
      status: 'past_due',
      pastDueSince: '2026-03-01',
      termEnd: '2026-03-01',
      createdAt: created('2026-02-10'),
    });
    const s3 = await createSubscription(handle.db, {
      tenantId: org.tenant.id,
      source: 'central',
      productId: PRODUCTS.powerBi,
      seats: 50,
      termEnd: '2026-12-01',
      createdAt: created('2025-12-01'),
      assignees: [org.carol],
    });
    const s4 = await createSubscription(handle.db, {
      tenantId: org.tenant.id,
      source: 'central',
      productId: PRODUCTS.e3,
      seats: 10,
      termEnd: '2027-02-20',
      createdAt: created('2026-02-20'),
    });
    const s5 = await createSubscription(handle.db, {
      tenantId: org.tenant.id,
      purchaserId: org.carol.id,
      productId: PRODUCTS.powerApps,
      isTrial: true,
      status: 'expired',
      termEnd: '2026-02-20',
      createdAt: created('2026-01-20'),
    });
    await createSubscription(handle.db, {
      tenantId: other.tenant.id,
      purchaserId: other.alice.id,
      createdAt: created('2026-01-06'),
    });
    await createSubscription(handle.db, {
      tenantId: other.tenant.id,
      source: 'central',
      createdAt: created('2026-01-07'),
    });
    return { s1, s2, s3, s4, s5 };
  }

  const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);
  const report = (filters: AdminReportFilters = {}, page = {}) =>
    core.admin.report(actorOf(org.globalAdmin), filters, page);

  describe('report', () => {
    it('lists every subscription of the tenant, self-service and central, newest first', async () => {
      const { s1, s2, s3, s4, s5 } = await reportFixture();
      const all = await report();
      expect(ids(all.items)).toEqual([s4.id, s2.id, s5.id, s1.id, s3.id]);
      expect(all).toMatchObject({ total: 5, page: 1, pageSize: 10, pages: 1 });
      expect(ids((await report({ source: 'all' })).items)).toEqual(ids(all.items));
      // A billing admin sees the same.
      expect(ids((await core.admin.report(actorOf(org.billingAdmin))).items)).toEqual(ids(all.items));
    });

    it('filters central only, or self-service only', async () => {
      const { s1, s2, s3, s4, s5 } = await reportFixture();
      expect(ids((await report({ source: 'central' })).items)).toEqual([s4.id, s3.id]);
      expect(ids((await report({ source: 'self-service' })).items)).toEqual([s2.id, s5.id, s1.id]);
    });

    it('filters by product, purchaser (id or e-mail), and one or several statuses', async () => {
      const { s1, s2, s3, s5 } = await reportFixture();
      expect(ids((await report({ productId: PRODUCTS.powerBi })).items)).toEqual([s1.id, s3.id]);
      expect(ids((await report({ purchaser: org.alice.id })).items)).toEqual([s1.id]);
      expect(ids((await report({ purchaser: org.bob.email.toUpperCase() })).items)).toEqual([s2.id]);
      expect(await report({ purchaser: 'nobody@nowhere.example' })).toMatchObject({
        items: [],
        total: 0,
        pages: 0,
      });
      // Another tenant's user names nobody here.
      expect((await report({ purchaser: other.alice.id })).total).toBe(0);
      expect(ids((await report({ status: 'past_due' })).items)).toEqual([s2.id]);
      expect(ids((await report({ status: ['expired', 'past_due'] })).items)).toEqual([s2.id, s5.id]);
      expect(
        ids(
          (await report({ source: 'self-service', productId: PRODUCTS.powerBi, status: ['active'] })).items,
        ),
      ).toEqual([s1.id]);
    });

    it('filters by creation and expiry dates, both ends inclusive', async () => {
      const { s1, s2, s4, s5 } = await reportFixture();
      expect(ids((await report({ createdFrom: '2026-01-05', createdTo: '2026-02-10' })).items)).toEqual([
        s2.id,
        s5.id,
        s1.id,
      ]);
      expect(ids((await report({ createdFrom: '2026-02-11' })).items)).toEqual([s4.id]);
      expect(ids((await report({ expiresFrom: '2026-02-20', expiresTo: '2026-04-05' })).items)).toEqual([
        s2.id,
        s5.id,
        s1.id,
      ]);
      expect(ids((await report({ expiresTo: '2026-03-01' })).items)).toEqual([s2.id, s5.id]);
    });

    it('pages with totals', async () => {
      const { s1, s2, s3, s4, s5 } = await reportFixture();
      const first = await report({}, { pageSize: 2 });
      expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2, pages: 3 });
      expect(ids(first.items)).toEqual([s4.id, s2.id]);
      expect(ids((await report({}, { page: 2, pageSize: 2 })).items)).toEqual([s5.id, s1.id]);
      const last = await report({}, { page: 3, pageSize: 2 });
      expect(ids(last.items)).toEqual([s3.id]);
      expect(last).toMatchObject({ total: 5, pages: 3 });
      expect(await report({}, { page: 4, pageSize: 2 })).toMatchObject({ items: [], total: 5, pages: 3 });
      expect((await report({ source: 'central' }, { pageSize: 1 })).pages).toBe(2);
      expect((await report({}, { pageSize: 50 })).items).toHaveLength(5);
    });

    it('shows product, purchaser, seats, expiry, order history, unit price and assigned users, not the card', async () => {
      const token = await cardToken(core.gateway);
      const bought = await core.purchases.purchase(actorOf(org.alice), {
        productId: PRODUCTS.powerApps,
        seats: 4,
        payment: { method: 'card', token },
        idempotencyKey: 'click-purchase-admin',
      });
      await core.licences.assign(actorOf(org.alice), bought.subscription.id, [org.bob.email]);
      const [item] = (await report()).items;
      expect(item).toMatchObject({
        id: bought.subscription.id,
        productName: 'PowerApps (per user)',
        source: 'self-service',
        purchaser: { userId: org.alice.id, displayName: 'Alice Adams', email: org.alice.email },
        seats: 4,
        assignedCount: 2,
        termEnd: '2026-04-10',
        unitPrice: { amountMinor: 4000, currency: 'USD' },
        card: null,
      });
      expect(item.orders.map((o) => [o.kind, o.seatsAfter, o.amount.amountMinor, o.actorName])).toEqual([
        ['purchase', 4, 16000, 'Alice Adams'],
      ]);
      expect(item.assignees.map((a) => a.userId).sort()).toEqual([org.alice.id, org.bob.id].sort());
    });

    it.each<[string, AdminReportFilters, object]>([
      ['an unknown source', { source: 'everything' as never }, {}],
      ['an unknown status', { status: 'lapsed' as never }, {}],
      ['an unknown status in a list', { status: ['active', 'lapsed'] as never }, {}],
      ['an impossible date', { createdFrom: '2026-02-30' }, {}],
      ['a date in another format', { expiresTo: '10/03/2026' }, {}],
      ['a range ending before it starts', { expiresFrom: '2026-03-10', expiresTo: '2026-03-09' }, {}],
      ['a malformed product id', { productId: 'power bi; drop table' }, {}],
      ['a page size of 51', {}, { pageSize: 51 }],
      ['a page size of 0', {}, { pageSize: 0 }],
      ['page 0', {}, { page: 0 }],
      ['page 1.5', {}, { page: 1.5 }],
    ])('refuses %s with INVALID_INPUT, writing nothing', async (_label, filters, page) => {
      await reportFixture();
      await expectRefusedUnchanged(handle.db, () => report(filters, page), 'INVALID_INPUT');
    });

    it('is for admins: a member is refused', async () => {
      await reportFixture();
      await expectRefusedUnchanged(handle.db, () => core.admin.report(actorOf(org.alice)), 'NOT_AUTHORIZED');
    });

    it('a partner with active delegated rights reads it; one whose relationship is inactive cannot', async () => {
      await reportFixture();
      const active = await createPartner(handle.db, org.tenant.id, { active: true });
      const inactive = await createPartner(handle.db, org.tenant.id, { active: false });
      expect((await core.admin.report(actorOf(active.admin, org.tenant.id))).total).toBe(5);
      await expectRefusedUnchanged(
        handle.db,
        () => core.admin.report(actorOf(inactive.admin, org.tenant.id)),
        'CROSS_TENANT',
      );
      await expectRefusedUnchanged(
        handle.db,
        () => core.admin.exportCsv(actorOf(inactive.admin, org.tenant.id)),
        'CROSS_TENANT',
      );
      // Rights over Contoso give nothing over Fabrikam.
      await expectRefusedUnchanged(
        handle.db,
        () => core.admin.report(actorOf(active.admin, other.tenant.id)),
        'CROSS_TENANT',
      );
    });

    it("an admin of another tenant cannot read this tenant's report, and sees only their own", async () => {
      await reportFixture();
      await expectRefusedUnchanged(
        handle.db,
        () => core.admin.report(actorOf(other.globalAdmin, org.tenant.id)),
        'CROSS_TENANT',
      );
      const own = await core.admin.report(actorOf(other.globalAdmin));
      expect(own.total).toBe(2);
      expect(own.items.every((i) => i.tenantId === other.tenant.id)).toBe(true);
    });
  });

  describe('exportCsv', () => {
    it('writes the filtered rows, one per subscription, with assigned users joined', async () => {
      const { s1, s3 } = await reportFixture();
      const rows = parseCsv(
        await core.admin.exportCsv(actorOf(org.globalAdmin), { productId: PRODUCTS.powerBi }),
      );
      expect(rows).toHaveLength(3);
      const header = rows[0];
      const col = (row: string[], name: string) => row[header.indexOf(name)];
      expect(rows.slice(1).map((r) => col(r, 'Subscription ID'))).toEqual([s1.id, s3.id]);
      expect(col(rows[1], 'Product')).toBe('Power BI Pro');
      expect(col(rows[1], 'Purchaser')).toBe('Alice Adams');
      expect(col(rows[1], 'Unit price')).toBe('9.99');
      expect(col(rows[1], 'Expiry date')).toBe('2026-04-05');
      expect(col(rows[1], 'Assigned users')).toBe(
        `Alice Adams <${org.alice.email}>; Bob Brown <${org.bob.email}>`,
      );
      expect(col(rows[2], 'Source')).toBe('central');
      expect(col(rows[2], 'Purchaser')).toBe('');
    });

    it('escapes commas, quotes and line breaks, and defuses formulas in user-chosen names', async () => {
      const tricky = await createUser(handle.db, org.tenant.id, {
        displayName: '=HYPERLINK("http://evil.example","Doe, Jane")',
        email: 'jane@contoso.example',
      });
      const plus = await createUser(handle.db, org.tenant.id, { displayName: '+1 "Quoted"\nName' });
      await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        purchaserId: tricky.id,
        seats: 2,
        assignees: [tricky, plus],
      });
      const csv = await core.admin.exportCsv(actorOf(org.globalAdmin));
      expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""Doe, Jane"")"');
      const rows = parseCsv(csv);
      expect(rows).toHaveLength(2);
      expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
      const header = rows[0];
      expect(rows[1][header.indexOf('Purchaser')]).toBe('\'=HYPERLINK("http://evil.example","Doe, Jane")');
      expect(rows[1][header.indexOf('Assigned users')]).toBe(
        `'=HYPERLINK("http://evil.example","Doe, Jane") <jane@contoso.example>; +1 "Quoted"\nName <${plus.email}>`,
      );
      expect(rows.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
    });

    it('gives just the header when nothing matches, and refuses members and bad filters', async () => {
      await reportFixture();
      const csv = await core.admin.exportCsv(actorOf(org.globalAdmin), {
        purchaser: 'nobody@nowhere.example',
      });
      expect(parseCsv(csv)).toHaveLength(1);
      await expectRefusedUnchanged(handle.db, () => core.admin.exportCsv(actorOf(org.bob)), 'NOT_AUTHORIZED');
      await expectRefusedUnchanged(
        handle.db,
        () => core.admin.exportCsv(actorOf(org.globalAdmin), { status: 'nope' as never }),
        'INVALID_INPUT',
      );
    });
  });

  describe('policies', () => {
    it('are Enabled by default for each self-service product only', async () => {
      const policies = await core.admin.policies(actorOf(org.globalAdmin));
      expect(policies.map((p) => [p.productId, p.policy, p.updatedById])).toEqual([
        [PRODUCTS.flow, 'Enabled', null],
        [PRODUCTS.powerBi, 'Enabled', null],
        [PRODUCTS.powerApps, 'Enabled', null],
      ]);
    });

    it("Disabled refuses a member's purchase of that product with POLICY_DISABLED; other products and tenants are unaffected", async () => {
      const view = await core.admin.setPolicy(actorOf(org.globalAdmin), PRODUCTS.powerBi, 'Disabled');
      expect(view).toMatchObject({
        productId: PRODUCTS.powerBi,
        policy: 'Disabled',
        updatedById: org.globalAdmin.id,
      });
      const audit = await models().AuditEntry.findAll({ where: { action: 'policy.updated' } });
      expect(audit.map((a) => [a.tenantId, a.actorId, a.entityId, a.data])).toEqual([
        [
          org.tenant.id,
          org.globalAdmin.id,
          PRODUCTS.powerBi,
          { from: 'Enabled', to: 'Disabled', viaPartner: false },
        ],
      ]);

      const token = await cardToken(core.gateway);
      const buy = (user: typeof org.alice, productId: string, key: string) => () =>
        core.purchases.purchase(actorOf(user), {
          productId,
          seats: 1,
          payment: { method: 'card', token },
          idempotencyKey: key,
        });
      const error = await expectRefusedUnchanged<IneligibleError>(
        handle.db,
        buy(org.alice, PRODUCTS.powerBi, 'click-buy-policy-1'),
        'INELIGIBLE',
      );
      expect(error.reasons).toEqual(['POLICY_DISABLED']);
      expect(error.admins.map((a) => a.displayName)).toEqual(['Bill Billing', 'Gina Global']);

      await expect(buy(org.alice, PRODUCTS.flow, 'click-buy-policy-2')()).resolves.toMatchObject({
        replayed: false,
      });
      await expect(buy(other.alice, PRODUCTS.powerBi, 'click-buy-policy-3')()).resolves.toMatchObject({
        replayed: false,
      });
    });

    it('OnlyTrialsWithoutPaymentMethod allows a trial but refuses a purchase', async () => {
      await core.admin.setPolicy(actorOf(org.billingAdmin), PRODUCTS.flow, 'OnlyTrialsWithoutPaymentMethod');
      const token = await cardToken(core.gateway);
      const error = await expectRefusedUnchanged<IneligibleError>(
        handle.db,
        () =>
          core.purchases.purchase(actorOf(org.alice), {
            productId: PRODUCTS.flow,
            seats: 1,
            payment: { method: 'card', token },
            idempotencyKey: 'click-buy-trials-1',
          }),
        'INELIGIBLE',
      );
      expect(error.reasons).toEqual(['POLICY_TRIALS_ONLY']);
      await expect(
        core.purchases.startTrial(actorOf(org.alice), PRODUCTS.flow, 'click-trial-02'),
      ).resolves.toMatchObject({ subscription: { isTrial: true } });
    });

    it('setting the current value again writes nothing; changing it back is audited', async () => {
      await core.admin.setPolicy(actorOf(org.globalAdmin), PRODUCTS.powerBi, 'Disabled');
      const before = await snapshot(handle.db);
      await core.admin.setPolicy(actorOf(org.globalAdmin), PRODUCTS.powerBi, 'Disabled');
      expect(await snapshot(handle.db)).toBe(before);
      await core.admin.setPolicy(actorOf(org.globalAdmin), PRODUCTS.powerBi, 'Enabled');
      expect(await models().AuditEntry.count({ where: { action: 'policy.updated' } })).toBe(2);
      expect(
        (await core.admin.policies(actorOf(org.globalAdmin))).find((p) => p.productId === PRODUCTS.powerBi),
      ).toMatchObject({ policy: 'Enabled' });
    });

    it('a partner with active delegated rights reads and sets them (audited as via partner)', async () => {
      const active = await createPartner(handle.db, org.tenant.id, { active: true });
      expect(await core.admin.policies(actorOf(active.admin, org.tenant.id))).toHaveLength(3);
      await core.admin.setPolicy(actorOf(active.admin, org.tenant.id), PRODUCTS.flow, 'Disabled');
      const [entry] = await models().AuditEntry.findAll({ where: { action: 'policy.updated' } });
      expect([entry.tenantId, entry.actorId, entry.data]).toEqual([
        org.tenant.id,
        active.admin.id,
        { from: 'Enabled', to: 'Disabled', viaPartner: true },
      ]);
    });

    it('refuses, writing nothing: bad policy, product not offered, unknown product, member, inactive partner, other tenant', async () => {
      const inactive = await createPartner(handle.db, org.tenant.id, { active: false });
      const set = (actor: ReturnType<typeof actorOf>, productId: string, policy: string) => () =>
        core.admin.setPolicy(actor, productId, policy as never);
      await expectRefusedUnchanged(
        handle.db,
        set(actorOf(org.globalAdmin), PRODUCTS.powerBi, 'Off'),
        'INVALID_INPUT',
      );
      await expectRefusedUnchanged(
        handle.db,
        set(actorOf(org.globalAdmin), PRODUCTS.e3, 'Disabled'),
        'PRODUCT_NOT_OFFERED',
      );
      await expectRefusedUnchanged(
        handle.db,
        set(actorOf(org.globalAdmin), 'visio-plan-2', 'Disabled'),
        'NOT_FOUND',
      );
      await expectRefusedUnchanged(
        handle.db,
        set(actorOf(org.alice), PRODUCTS.powerBi, 'Disabled'),
        'NOT_AUTHORIZED',
      );
      await expectRefusedUnchanged(
        handle.db,
        set(actorOf(inactive.admin, org.tenant.id), PRODUCTS.powerBi, 'Disabled'),
        'CROSS_TENANT',
      );
      await expectRefusedUnchanged(
        handle.db,
        set(actorOf(other.globalAdmin, org.tenant.id), PRODUCTS.powerBi, 'Disabled'),
        'CROSS_TENANT',
      );
      await expectRefusedUnchanged(
        handle.db,
        () => core.admin.policies(actorOf(org.alice)),
        'NOT_AUTHORIZED',
      );
    });
  });

  describe('takeOver', () => {
    /** Alice's Power BI purchase with 3 seats, Alice and Bob licensed, a failed renewal bill. */
    async function selfService(extra: Partial<Parameters<typeof createSubscription>[1]> = {}) {
      const subscription = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        purchaserId: org.alice.id,
        productId: PRODUCTS.powerBi,
        seats: 3,
        assignees: [org.alice, org.bob],
        ...extra,
      });
      const bill = await createBill(handle.db, subscription, { status: 'failed' });
      return { subscription, bill };
    }

    it('move-to-central without a target buys a central subscription sized to the users, and deletes the self-service one', async () => {
      const { subscription, bill } = await selfService();
      const result = await core.admin.takeOver(actorOf(org.globalAdmin), subscription.id, {
        mode: 'move-to-central',
        reason: 'Centralising Power BI',
      });

      expect(result.subscription).toMatchObject({
        id: subscription.id,
        status: 'deleted',
        autoRenew: false,
        assignees: [],
      });
      const central = result.centralSubscription!;
      expect(central).toMatchObject({
        source: 'central',
        productId: PRODUCTS.powerBi,
        purchaser: null,
        seats: 2,
        assignedCount: 2,
        unitPrice: { amountMinor: 940, currency: 'USD' },
        status: 'active',
      });
      expect(central.orders.map((o) => [o.kind, o.seatsAfter, o.amount.amountMinor])).toEqual([
        ['central_purchase', 2, 1880],
      ]);
      expect(result.subscription.orders.map((o) => o.kind)).toEqual(['takeover']);
      expect(result.moved.map((u) => u.userId)).toEqual([org.alice.id, org.bob.id]);
      expect((await reload(subscription.id)).cancelReason).toBe('Centralising Power BI');
      expect((await models().Bill.findByPk(bill.id))!.status).toBe('void');
      expect(await live(org.bob.id, PRODUCTS.powerBi)).toBe(true);
      expect(core.events.events).toEqual([
        {
          type: 'subscription.taken-over',
          tenantId: org.tenant.id,
          subscriptionId: subscription.id,
          purchaserId: org.alice.id,
          mode: 'moved-to-central',
          reason: 'Centralising Power BI',
        },
      ]);
      const actions = (await models().AuditEntry.findAll({ where: { tenantId: org.tenant.id } })).map(
        (a) => a.action,
      );
      expect(actions).toEqual(
        expect.arrayContaining([
          'subscription.takeover',
          'subscription.central_purchase',
          'licence.assigned',
          'licence.removed',
          'bill.voided',
        ]),
      );
    });

    it('move-to-central into a given central subscription uses its free seats and buys nothing', async () => {
      const { subscription } = await selfService();
      const central = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        source: 'central',
        productId: PRODUCTS.powerBi,
        seats: 5,
        assignees: [org.carol],
      });
      const subscriptionsBefore = await models().Subscription.count();
      const result = await core.admin.takeOver(actorOf(org.globalAdmin), subscription.id, {
        mode: 'move-to-central',
        reason: 'Use the EA subscription',
        centralSubscriptionId: central.id,
      });
      expect(result.centralSubscription).toMatchObject({ id: central.id, seats: 5, assignedCount: 3 });
      expect(await models().Subscription.count()).toBe(subscriptionsBefore);
    });

    it('does not move a user who already holds a live licence elsewhere', async () => {
      const central = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        source: 'central',
        productId: PRODUCTS.powerBi,
        seats: 2,
        assignees: [org.bob],
      });
      const { subscription } = await selfService();
      const result = await core.admin.takeOver(actorOf(org.globalAdmin), subscription.id, {
        mode: 'move-to-central',
        reason: 'Centralise',
        centralSubscriptionId: central.id,
      });
      expect(result.moved.map((u) => u.userId)).toEqual([org.alice.id]);
      expect(result.centralSubscription).toMatchObject({ seats: 2, assignedCount: 2 });
    });

    it('cancel: cancelled with the reason, users keep their (dead) assignments, the purchaser is told', async () => {
      const { subscription, bill } = await selfService();
      const result = await core.admin.takeOver(actorOf(org.billingAdmin), subscription.id, {
        mode: 'cancel',
        reason: 'Not approved by IT',
      });
      expect(result.subscription).toMatchObject({ status: 'cancelled', autoRenew: false, assignedCount: 2 });
      expect(result.centralSubscription).toBeNull();
      expect((await reload(subscription.id)).cancelReason).toBe('Not approved by IT');
      expect((await models().Bill.findByPk(bill.id))!.status).toBe('void');
      expect(await live(org.bob.id, PRODUCTS.powerBi)).toBe(false);
      expect(core.events.events).toEqual([
        expect.objectContaining({
          type: 'subscription.taken-over',
          mode: 'cancelled',
          purchaserId: org.alice.id,
        }),
      ]);
    });

    it('refuses, writing nothing: central subscription, ended subscription, member, other tenant, bad request, too few seats', async () => {
      const { subscription } = await selfService();
      const small = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        source: 'central',
        productId: PRODUCTS.powerBi,
        seats: 1,
      });
      const flowCentral = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        source: 'central',
        productId: PRODUCTS.flow,
        seats: 10,
      });
      const foreignCentral = await createSubscription(handle.db, {
        tenantId: other.tenant.id,
        source: 'central',
        productId: PRODUCTS.powerBi,
        seats: 10,
      });
      const cancelled = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        purchaserId: org.bob.id,
        status: 'cancelled',
        autoRenew: false,
      });
      const inactive = await createPartner(handle.db, org.tenant.id, { active: false });
      const take = (actor: ReturnType<typeof actorOf>, id: string, request: object) => () =>
        core.admin.takeOver(actor, id, request as never);
      const admin = actorOf(org.globalAdmin);
      const move = (centralSubscriptionId?: string) => ({
        mode: 'move-to-central',
        reason: 'x',
        centralSubscriptionId,
      });

      await expectRefusedUnchanged(
        handle.db,
        take(admin, small.id, { mode: 'cancel', reason: 'x' }),
        'INVALID_INPUT',
      );
      await expectRefusedUnchanged(
        handle.db,
        take(admin, cancelled.id, { mode: 'cancel', reason: 'x' }),
        'SUBSCRIPTION_NOT_ACTIVE',
      );
      await expectRefusedUnchanged(
        handle.db,
        take(actorOf(org.alice), subscription.id, { mode: 'cancel', reason: 'x' }),
        'NOT_AUTHORIZED',
      );
      await expectRefusedUnchanged(
        handle.db,
        take(actorOf(other.globalAdmin), subscription.id, { mode: 'cancel', reason: 'x' }),
        'NOT_FOUND',
      );
      await expectRefusedUnchanged(
        handle.db,
        take(actorOf(other.globalAdmin, org.tenant.id), subscription.id, { mode: 'cancel', reason: 'x' }),
        'CROSS_TENANT',
      );
      await expectRefusedUnchanged(
        handle.db,
        take(actorOf(inactive.admin, org.tenant.id), subscription.id, { mode: 'cancel', reason: 'x' }),
        'CROSS_TENANT',
      );
      await expectRefusedUnchanged(
        handle.db,
        take(admin, subscription.id, { mode: 'cancel', reason: '' }),
        'INVALID_INPUT',
      );
      await expectRefusedUnchanged(
        handle.db,
        take(admin, subscription.id, { mode: 'archive', reason: 'x' }),
        'INVALID_INPUT',
      );
      await expectRefusedUnchanged(
        handle.db,
        take(admin, subscription.id, { mode: 'cancel', reason: 'x', centralSubscriptionId: small.id }),
        'INVALID_INPUT',
      );
      await expectRefusedUnchanged(handle.db, take(admin, subscription.id, move(small.id)), 'SEAT_LIMIT');
      await expectRefusedUnchanged(
        handle.db,
        take(admin, subscription.id, move(flowCentral.id)),
        'INVALID_INPUT',
      );
      await expectRefusedUnchanged(
        handle.db,
        take(admin, subscription.id, move(foreignCentral.id)),
        'NOT_FOUND',
      );
      expect(core.events.events).toEqual([]);
    });

    it('a partner with active delegated rights may take over (audited as via partner)', async () => {
      const active = await createPartner(handle.db, org.tenant.id, { active: true });
      const { subscription } = await selfService();
      await core.admin.takeOver(actorOf(active.admin, org.tenant.id), subscription.id, {
        mode: 'cancel',
        reason: 'CSP',
      });
      const [entry] = await models().AuditEntry.findAll({ where: { action: 'subscription.takeover' } });
      expect([entry.actorId, entry.data.viaPartner]).toEqual([active.admin.id, true]);
    });
  });

  describe('assignCentralLicences', () => {
    let cancelled: Subscription;
    let central: Subscription;

    async function fixture(centralSeats: number) {
      const dora = await createUser(handle.db, org.tenant.id, {
        displayName: 'Dora Disabled',
        accountEnabled: false,
      });
      const token = await cardToken(core.gateway);
      const bought = await core.purchases.purchase(actorOf(org.alice), {
        productId: PRODUCTS.powerBi,
        seats: 5,
        payment: { method: 'card', token },
        idempotencyKey: 'click-purchase-central',
      });
      // Carol also holds a Power BI licence from elsewhere; Dora's account is disabled.
      await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        source: 'central',
        productId: PRODUCTS.powerBi,
        seats: 1,
        assignees: [org.carol],
      });
      await core.licences.assign(actorOf(org.alice), bought.subscription.id, [org.bob.id]);
      await handle.db.write(async (t) => {
        for (const user of [org.carol, dora]) {
          await models().LicenceAssignment.create(
            {
              id: `lic-${user.id}`,
              tenantId: org.tenant.id,
              subscriptionId: bought.subscription.id,
              productId: PRODUCTS.powerBi,
              userId: user.id,
              assignedById: org.alice.id,
            },
            { transaction: t },
          );
        }
      });
      await core.purchases.cancel(actorOf(org.alice), bought.subscription.id);
      cancelled = await reload(bought.subscription.id);
      central = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        source: 'central',
        productId: PRODUCTS.powerBi,
        seats: centralSeats,
      });
      return { dora };
    }

    it('licenses the users of the cancelled subscription centrally, skipping the licensed and the disabled', async () => {
      const { dora } = await fixture(2);
      expect(await live(org.bob.id, PRODUCTS.powerBi)).toBe(false);

      const result = await core.admin.assignCentralLicences(
        actorOf(org.globalAdmin),
        cancelled.id,
        central.id,
      );

      expect(result.assigned.map((u) => u.userId).sort()).toEqual([org.alice.id, org.bob.id].sort());
      expect(result.skipped.map((s) => [s.userId, s.reason]).sort()).toEqual(
        [
          [org.carol.id, 'ALREADY_LICENSED'],
          [dora.id, 'ACCOUNT_DISABLED'],
        ].sort(),
      );
      expect(result).toMatchObject({ centralSubscriptionId: central.id, seats: 2, assignedCount: 2 });
      expect(await live(org.bob.id, PRODUCTS.powerBi)).toBe(true);
      const left = await models().LicenceAssignment.findAll({ where: { subscriptionId: cancelled.id } });
      expect(left.map((a) => a.userId)).toEqual([dora.id]);

      // Running it again finds nobody new to license.
      const before = await snapshot(handle.db);
      const again = await core.admin.assignCentralLicences(
        actorOf(org.globalAdmin),
        cancelled.id,
        central.id,
      );
      expect(again.assigned).toEqual([]);
      expect(await snapshot(handle.db)).toBe(before);
    });

    it('is all-or-nothing on seats: too few free seats refuses with SEAT_LIMIT, writing nothing', async () => {
      await fixture(1);
      const error = await expectRefusedUnchanged(
        handle.db,
        () => core.admin.assignCentralLicences(actorOf(org.globalAdmin), cancelled.id, central.id),
        'SEAT_LIMIT',
      );
      expect(error).toMatchObject({ seats: 1, assigned: 0, requested: 2 });
    });

    it('refuses, writing nothing: a live subscription, another product, a central subscription no longer live, another tenant, a member', async () => {
      await fixture(5);
      const active = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        purchaserId: org.bob.id,
        assignees: [org.bob],
      });
      const flowCentral = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        source: 'central',
        productId: PRODUCTS.flow,
        seats: 5,
      });
      const expiredCentral = await createSubscription(handle.db, {
        tenantId: org.tenant.id,
        source: 'central',
        productId: PRODUCTS.powerBi,
        seats: 5,
        status: 'expired',
      });
      const foreign = await createSubscription(handle.db, {
        tenantId: other.tenant.id,
        source: 'central',
        productId: PRODUCTS.powerBi,
        seats: 5,
      });
      const assign = (actor: ReturnType<typeof actorOf>, from: string, to: string) => () =>
        core.admin.assignCentralLicences(actor, from, to);
      const admin = actorOf(org.globalAdmin);
      await expectRefusedUnchanged(handle.db, assign(admin, active.id, central.id), 'INVALID_INPUT');
      await expectRefusedUnchanged(handle.db, assign(admin, central.id, central.id), 'INVALID_INPUT');
      await expectRefusedUnchanged(handle.db, assign(admin, cancelled.id, flowCentral.id), 'INVALID_INPUT');
      await expectRefusedUnchanged(
        handle.db,
        assign(admin, cancelled.id, expiredCentral.id),
        'SUBSCRIPTION_NOT_ACTIVE',
      );
      await expectRefusedUnchanged(handle.db, assign(admin, cancelled.id, foreign.id), 'NOT_FOUND');
      await expectRefusedUnchanged(
        handle.db,
        assign(actorOf(other.globalAdmin), cancelled.id, foreign.id),
        'NOT_FOUND',
      );
      await expectRefusedUnchanged(
        handle.db,
        assign(actorOf(other.globalAdmin, org.tenant.id), cancelled.id, central.id),
        'CROSS_TENANT',
      );
      await expectRefusedUnchanged(
        handle.db,
        assign(actorOf(org.alice), cancelled.id, central.id),
        'NOT_AUTHORIZED',
      );
    });
  });
});
