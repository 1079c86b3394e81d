import { Transaction } from 'sequelize';
import { addMonths, Clock, isoDay } from '../../commerce/clock';
import { TenantKind, UserType } from '../../commerce/types';
import type { Database } from '../database';
import type { Models } from '../index';
import { CatalogProductId, lockReferenceData, MARKET_CURRENCIES, PRICE_TABLE, syncCatalog } from './catalog';

/**
 * The demo directory seeded on a first run: every kind of tenant and user the FAQ talks about.
 * Teams and Slack ids are those of the protocol fixtures (`shared/fixtures`), so a fixture
 * activity resolves to a seeded user; other ids are readable and stable so tests can name them.
 */

export interface DemoTenant {
  id: string;
  name: string;
  kind: TenantKind;
  market: 'US' | 'FR';
  managed: boolean;
}

export interface DemoUser {
  id: string;
  tenantId: string;
  entraObjectId: string;
  email: string;
  displayName: string;
  userType: UserType;
  accountEnabled: boolean;
  syncedFromOnPremises: boolean;
  globalAdmin: boolean;
  billingAdmin: boolean;
  slackUserId: string | null;
  preferredLocale: string | null;
}

const TENANTS = {
  contoso: {
    id: '757ce249-7b18-4ba2-84f9-10a52f4e6464',
    name: 'Contoso',
    kind: 'commercial',
    market: 'US',
    managed: true,
  },
  fabrikam: {
    id: '06af29f4-d88a-45ba-b566-02d502dec743',
    name: 'Fabrikam',
    kind: 'commercial',
    market: 'FR',
    managed: true,
  },
  government: {
    id: 'a1000000-0000-4000-8000-000000000001',
    name: 'Adatum County',
    kind: 'government',
    market: 'US',
    managed: true,
  },
  nonprofit: {
    id: 'a1000000-0000-4000-8000-000000000002',
    name: 'Relecloud Foundation',
    kind: 'nonprofit',
    market: 'US',
    managed: true,
  },
  education: {
    id: 'a1000000-0000-4000-8000-000000000003',
    name: 'School of Fine Art',
    kind: 'education',
    market: 'US',
    managed: true,
  },
  // Created by an e-mail sign-up: no admin, named after the domain.
  unmanaged: {
    id: 'a1000000-0000-4000-8000-000000000004',
    name: 'litware.example',
    kind: 'commercial',
    market: 'US',
    managed: false,
  },
  partner: {
    id: 'a1000000-0000-4000-8000-000000000005',
    name: 'Northwind Partners',
    kind: 'commercial',
    market: 'US',
    managed: true,
  },
} as const satisfies Record<string, DemoTenant>;

type UserOptions = Partial<
  Pick<
    DemoUser,
    | 'userType'
    | 'accountEnabled'
    | 'syncedFromOnPremises'
    | 'globalAdmin'
    | 'billingAdmin'
    | 'slackUserId'
    | 'preferredLocale'
  >
>;

function user(
  id: string,
  tenantId: string,
  entraObjectId: string,
  email: string,
  displayName: string,
  options: UserOptions = {},
): DemoUser {
  return {
    id,
    tenantId,
    entraObjectId,
    email,
    displayName,
    userType: 'member',
    accountEnabled: true,
    syncedFromOnPremises: false,
    globalAdmin: false,
    billingAdmin: false,
    slackUserId: null,
    preferredLocale: null,
    ...options,
  };
}

/** Object id of a demo user who is not in the fixtures: recognisable, and a valid GUID. */
const oid = (n: number) => `b2000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const C = TENANTS.contoso.id;
const USERS = {
  grace: user('usr_contoso_grace', C, oid(1), 'grace.admin@contoso.example', 'Grace Admin', {
    globalAdmin: true,
    preferredLocale: 'en-US',
  }),
  bill: user('usr_contoso_bill', C, oid(2), 'bill.payne@contoso.example', 'Bill Payne', {
    billingAdmin: true,
    preferredLocale: 'en-US',
  }),
  anna: user(
    'usr_contoso_anna',
    C,
    'cc2f643d-dbb7-40af-b2c7-94bce7feddbf',
    'anna@contoso.example',
    'Anna Martin',
    { slackUserId: 'U07ANNAM01', preferredLocale: 'fr-FR' },
  ),
  bruno: user(
    'usr_contoso_bruno',
    C,
    'b19a4994-adc3-48a7-afcd-55e3f5d73369',
    'bruno.lefevre@contoso.example',
    'Bruno Lefèvre',
    { slackUserId: 'U07BRUNOL2', preferredLocale: 'fr-FR' },
  ),
  chloe: user('usr_contoso_chloe', C, oid(3), 'chloe.dubois@contoso.example', 'Chloé Dubois', {
    preferredLocale: 'fr-FR',
  }),
  david: user('usr_contoso_david', C, oid(4), 'david.chen@contoso.example', 'David Chen', {
    preferredLocale: 'en-US',
  }),
  emma: user('usr_contoso_emma', C, oid(5), 'emma.rossi@contoso.example', 'Emma Rossi'),
  farid: user('usr_contoso_farid', C, oid(6), 'farid.haddad@contoso.example', 'Farid Haddad', {
    syncedFromOnPremises: true,
  }),
  guest: user('usr_contoso_guest', C, oid(7), 'gustav@wingtiptoys.example', 'Gustav Berg (guest)', {
    userType: 'guest',
  }),
  disabled: user('usr_contoso_iris', C, oid(8), 'iris.leroy@contoso.example', 'Iris Leroy', {
    accountEnabled: false,
  }),
  john: user(
    'usr_fabrikam_john',
    TENANTS.fabrikam.id,
    '2a3b704d-220b-4aad-b12a-0c7a699c6179',
    'john@fabrikam.example',
    'John Smith',
    { preferredLocale: 'en-US' },
  ),
  fabrikamAdmin: user(
    'usr_fabrikam_camille',
    TENANTS.fabrikam.id,
    oid(11),
    'camille.girard@fabrikam.example',
    'Camille Girard',
    { globalAdmin: true, billingAdmin: true, preferredLocale: 'fr-FR' },
  ),
  governmentMember: user(
    'usr_government_gary',
    TENANTS.government.id,
    oid(21),
    'gary@adatumcounty.example',
    'Gary Moss',
  ),
  governmentAdmin: user(
    'usr_government_admin',
    TENANTS.government.id,
    oid(22),
    'admin@adatumcounty.example',
    'Adatum IT Admin',
    { globalAdmin: true },
  ),
  nonprofitMember: user(
    'usr_nonprofit_nina',
    TENANTS.nonprofit.id,
    oid(31),
    'nina@relecloud.example',
    'Nina Patel',
  ),
  nonprofitAdmin: user(
    'usr_nonprofit_admin',
    TENANTS.nonprofit.id,
    oid(32),
    'admin@relecloud.example',
    'Relecloud IT Admin',
    { globalAdmin: true },
  ),
  educationMember: user(
    'usr_education_eli',
    TENANTS.education.id,
    oid(41),
    'eli@fineartschool.example',
    'Eli Novak',
  ),
  educationAdmin: user(
    'usr_education_admin',
    TENANTS.education.id,
    oid(42),
    'admin@fineartschool.example',
    'School IT Admin',
    { globalAdmin: true },
  ),
  unmanagedMember: user(
    'usr_unmanaged_uma',
    TENANTS.unmanaged.id,
    oid(51),
    'uma@litware.example',
    'Uma Reyes',
  ),
  partnerAdmin: user(
    'usr_partner_nora',
    TENANTS.partner.id,
    oid(61),
    'nora.quinn@northwind.example',
    'Nora Quinn',
    { globalAdmin: true, preferredLocale: 'en-US' },
  ),
} as const satisfies Record<string, DemoUser>;

/** Stable ids of the demo directory; tests and the demo identity picker refer to these. */
export const DEMO = {
  tenants: TENANTS,
  users: USERS,
  partner: {
    id: 'ptn_northwind',
    name: 'Northwind Partners',
    tenantId: TENANTS.partner.id,
    /** Active delegated admin relationship over Contoso. */
    relationshipId: 'dar_northwind_contoso',
  },
  slack: { teamId: 'T07CONTOSO', enterpriseId: 'E07CONTOSO', tenantId: TENANTS.contoso.id },
  subscriptions: {
    /** Central, 25 seats, 6 assigned. */
    contosoOffice365Central: 'sub_demo_contoso_o365_central',
    /** Central, 10 seats, 4 assigned. */
    contosoPowerBiCentral: 'sub_demo_contoso_pbi_central',
    /** Central, 5 seats, 2 assigned. */
    contosoFlowCentral: 'sub_demo_contoso_flow_central',
    /** Self-service, bought by Chloé Dubois (not Anna): 5 seats, 2 assigned, one purchase order, one paid bill. */
    contosoPowerBiSelfService: 'sub_demo_contoso_pbi_chloe',
  },
  paymentMethods: { chloeVisa: 'pm_demo_chloe_visa' },
  orders: { chloePurchase: 'ord_demo_chloe_purchase' },
  bills: { chloeFirstBill: 'bill_demo_chloe_first' },
} as const;

/** The simulated gateway's token behind Chloé's card (behaviour `approve`: renewals succeed). */
const CHLOE_CARD_TOKEN = 'tok_demo_chloe_visa';
const CHLOE_CHARGE_ID = 'ch_demo_chloe_purchase';

const DAY_MS = 24 * 60 * 60 * 1000;

interface CentralSubscriptionSpec {
  id: string;
  productId: CatalogProductId;
  seats: number;
  /** Months ago the annual term started. */
  startedMonthsAgo: number;
  assignees: DemoUser[];
}

const CENTRAL_SUBSCRIPTIONS: CentralSubscriptionSpec[] = [
  {
    id: DEMO.subscriptions.contosoOffice365Central,
    productId: 'office-365-e3',
    seats: 25,
    startedMonthsAgo: 5,
    assignees: [USERS.grace, USERS.bill, USERS.chloe, USERS.david, USERS.emma, USERS.farid],
  },
  {
    id: DEMO.subscriptions.contosoPowerBiCentral,
    productId: 'power-bi-pro',
    seats: 10,
    startedMonthsAgo: 3,
    assignees: [USERS.grace, USERS.bill, USERS.david, USERS.emma],
  },
  {
    id: DEMO.subscriptions.contosoFlowCentral,
    productId: 'flow-per-user',
    seats: 5,
    startedMonthsAgo: 2,
    assignees: [USERS.david, USERS.farid],
  },
];

/**
 * Seeds the demo directory (and the catalog it refers to) when the directory has no tenant yet,
 * in one transaction. Dates come from `clock`.
 * @returns true when it seeded; false, having written nothing, when the directory was not empty.
 */
export async function seedDemoDirectory(db: Database, clock: Clock): Promise<boolean> {
  return db.write(async (transaction) => {
    await lockReferenceData(db, transaction);
    if ((await db.models.Tenant.count({ transaction })) > 0) return false;
    await syncCatalog(db.models, transaction);
    await writeDemoDirectory(db.models, transaction, clock.now());
    return true;
  });
}

async function writeDemoDirectory(models: Models, transaction: Transaction, now: Date): Promise<void> {
  // `silent` keeps the clock's timestamps instead of the system time.
  const stamped = { createdAt: now, updatedAt: now };
  const options = { transaction, silent: true };
  const today = isoDay(now);

  for (const tenant of Object.values(TENANTS)) {
    await models.Tenant.create({ ...tenant, ...stamped }, options);
  }
  for (const person of Object.values(USERS) as DemoUser[]) {
    await models.DirectoryUser.create({ ...person, ...stamped }, options);
  }
  await models.Partner.create(
    { id: DEMO.partner.id, name: DEMO.partner.name, tenantId: DEMO.partner.tenantId, ...stamped },
    options,
  );
  await models.DelegatedAdminRelationship.create(
    {
      id: DEMO.partner.relationshipId,
      partnerId: DEMO.partner.id,
      customerTenantId: TENANTS.contoso.id,
      active: true,
      ...stamped,
    },
    options,
  );
  await models.SlackWorkspace.create(
    {
      teamId: DEMO.slack.teamId,
      enterpriseId: DEMO.slack.enterpriseId,
      tenantId: DEMO.slack.tenantId,
      ...stamped,
    },
    options,
  );

  const market = TENANTS.contoso.market;
  const currency = MARKET_CURRENCIES[market];

  for (const spec of CENTRAL_SUBSCRIPTIONS) {
    const termStart = addMonths(today, -spec.startedMonthsAgo);
    const createdAt = new Date(`${termStart}T09:00:00Z`);
    const unitPriceMinor = PRICE_TABLE[market][spec.productId].central;
    const termMonths = 12;
    await models.Subscription.create(
      {
        id: spec.id,
        tenantId: C,
        productId: spec.productId,
        source: 'central',
        purchaserId: null,
        seats: spec.seats,
        status: 'active',
        isTrial: false,
        autoRenew: true,
        unitPriceMinor,
        currency,
        termMonths,
        termStart,
        termEnd: addMonths(termStart, termMonths),
        paymentMethodId: null,
        createdAt,
        updatedAt: createdAt,
      },
      options,
    );
    await models.Order.create(
      {
        id: `ord_${spec.id.slice('sub_'.length)}`,
        tenantId: C,
        subscriptionId: spec.id,
        kind: 'central_purchase',
        seatsDelta: spec.seats,
        seatsAfter: spec.seats,
        amountMinor: spec.seats * unitPriceMinor * termMonths,
        currency,
        actorId: null,
        idempotencyKey: null,
        requestHash: null,
        chargeId: null,
        createdAt,
        updatedAt: createdAt,
      },
      options,
    );
    await assign(models, transaction, spec.id, spec.productId, spec.assignees, USERS.grace.id, createdAt);
  }

  // One self-service purchase, ten days ago, by a member who is not Anna.
  const boughtAt = new Date(now.getTime() - 10 * DAY_MS);
  const termStart = isoDay(boughtAt);
  const termEnd = addMonths(termStart, 1);
  const unitPriceMinor = PRICE_TABLE[market]['power-bi-pro']['self-service'] as number;
  const seats = 5;
  const amountMinor = seats * unitPriceMinor;
  const bought = { createdAt: boughtAt, updatedAt: boughtAt };
  const expYear = now.getUTCFullYear() + 3;

  await models.GatewayCardToken.create(
    {
      token: CHLOE_CARD_TOKEN,
      brand: 'visa',
      last4: '4242',
      expMonth: 12,
      expYear,
      behaviour: 'approve',
      createdAt: boughtAt,
    },
    options,
  );
  await models.GatewayCharge.create(
    {
      id: CHLOE_CHARGE_ID,
      idempotencyKey: 'demo-seed:chloe-purchase',
      token: CHLOE_CARD_TOKEN,
      amountMinor,
      currency,
      status: 'succeeded',
      declineCode: null,
      createdAt: boughtAt,
    },
    options,
  );
  await models.PaymentMethod.create(
    {
      id: DEMO.paymentMethods.chloeVisa,
      tenantId: C,
      ownerId: USERS.chloe.id,
      gatewayToken: CHLOE_CARD_TOKEN,
      brand: 'visa',
      last4: '4242',
      expMonth: 12,
      expYear,
      ...bought,
    },
    options,
  );
  await models.Subscription.create(
    {
      id: DEMO.subscriptions.contosoPowerBiSelfService,
      tenantId: C,
      productId: 'power-bi-pro',
      source: 'self-service',
      purchaserId: USERS.chloe.id,
      seats,
      status: 'active',
      isTrial: false,
      autoRenew: true,
      unitPriceMinor,
      currency,
      termMonths: 1,
      termStart,
      termEnd,
      paymentMethodId: DEMO.paymentMethods.chloeVisa,
      ...bought,
    },
    options,
  );
  await models.Order.create(
    {
      id: DEMO.orders.chloePurchase,
      tenantId: C,
      subscriptionId: DEMO.subscriptions.contosoPowerBiSelfService,
      kind: 'purchase',
      seatsDelta: seats,
      seatsAfter: seats,
      amountMinor,
      currency,
      actorId: USERS.chloe.id,
      idempotencyKey: null,
      requestHash: null,
      chargeId: CHLOE_CHARGE_ID,
      ...bought,
    },
    options,
  );
  await models.Bill.create(
    {
      id: DEMO.bills.chloeFirstBill,
      tenantId: C,
      subscriptionId: DEMO.subscriptions.contosoPowerBiSelfService,
      payerId: USERS.chloe.id,
      kind: 'purchase',
      amountMinor,
      currency,
      status: 'paid',
      periodStart: termStart,
      periodEnd: termEnd,
      dueDate: termStart,
      paidAt: boughtAt,
      chargeId: CHLOE_CHARGE_ID,
      attempts: 1,
      ...bought,
    },
    options,
  );
  await assign(
    models,
    transaction,
    DEMO.subscriptions.contosoPowerBiSelfService,
    'power-bi-pro',
    [USERS.chloe, USERS.farid],
    USERS.chloe.id,
    new Date(boughtAt.getTime() + 60 * 60 * 1000),
  );
}

async function assign(
  models: Models,
  transaction: Transaction,
  subscriptionId: string,
  productId: CatalogProductId,
  assignees: DemoUser[],
  assignedById: string,
  at: Date,
): Promise<void> {
  for (const assignee of assignees) {
    await models.LicenceAssignment.create(
      {
        id: `lic_${subscriptionId.slice('sub_'.length)}_${assignee.id.slice('usr_'.length)}`,
        tenantId: assignee.tenantId,
        subscriptionId,
        productId,
        userId: assignee.id,
        assignedById,
        createdAt: at,
        updatedAt: at,
      },
      { transaction, silent: true },
    );
  }
}
