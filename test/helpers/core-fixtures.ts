import { createCommerce, Commerce } from '../../commerce';
import { LifecycleOptions } from '../../commerce/billing';
import { addDays, addMonths, Clock, isoDay } from '../../commerce/clock';
import { RecordingEvents } from '../../commerce/events';
import { PaymentGateway } from '../../commerce/payment/gateway';
import { SimulatedCardGateway } from '../../commerce/payment/simulated-gateway';
import {
  Actor,
  BillKind,
  BillStatus,
  SelfServicePolicy,
  SubscriptionSource,
  SubscriptionStatus,
  TenantKind,
} from '../../commerce/types';
import { createLogger, Logger } from '../../logging';
import type { Bill, DirectoryUser, Subscription, Tenant } from '../../models';
import { Database } from '../../models/database';

/**
 * Small, explicit fixtures for core tests: a catalog, tenants, users, partners and subscriptions
 * written through the models, and the services wired as the composition root wires them.
 */

/** A clock tests move by hand. */
export class TestClock implements Clock {
  private current: Date;

  constructor(iso = '2026-03-10T09:00:00.000Z') {
    this.current = new Date(iso);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(iso: string): void {
    this.current = new Date(iso);
  }

  /** YYYY-MM-DD of now. */
  today(): string {
    return isoDay(this.current);
  }

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

export interface CoreOptions {
  /** Defaults to the real SimulatedCardGateway on the same database. */
  gateway?: PaymentGateway;
  lifecycle?: LifecycleOptions;
  logger?: Logger;
}

export interface Core extends Commerce {
  db: Database;
  clock: Clock;
  logger: Logger;
  events: RecordingEvents;
}

/** The commerce core wired on `db` exactly as the app wires it, with recorded events and a silent logger. */
export function createCore(db: Database, clock: Clock, options: CoreOptions = {}): Core {
  const logger = options.logger ?? createLogger('silent');
  const events = new RecordingEvents();
  const gateway = options.gateway ?? new SimulatedCardGateway(db, clock);
  const commerce = createCommerce({ db, gateway, clock, events, logger, lifecycle: options.lifecycle });
  return { ...commerce, db, clock, logger, events };
}

export const PRODUCTS = {
  powerBi: 'power-bi-pro',
  powerApps: 'powerapps-per-user',
  flow: 'flow-per-user',
  /** Bought centrally only. */
  e3: 'office-365-e3',
} as const;

/** Self-service price per seat in the US (cents); central prices are a little lower. */
export const US_PRICES = {
  [PRODUCTS.powerBi]: { selfService: 999, central: 940 },
  [PRODUCTS.powerApps]: { selfService: 4000, central: 3800 },
  [PRODUCTS.flow]: { selfService: 1500, central: 1400 },
  [PRODUCTS.e3]: { selfService: null, central: 2000 },
} as const;

/** Products, US prices on both channels, and the FAQ's US launch dates. */
export async function seedCatalog(db: Database): Promise<void> {
  const { Product, Price, Availability } = db.models;
  await db.write(async (transaction) => {
    await Product.bulkCreate(
      [
        { id: PRODUCTS.powerBi, name: 'Power BI Pro', selfServiceEligible: true },
        { id: PRODUCTS.powerApps, name: 'PowerApps (per user)', selfServiceEligible: true },
        { id: PRODUCTS.flow, name: 'Flow (per user)', selfServiceEligible: true },
        { id: PRODUCTS.e3, name: 'Office 365 E3', selfServiceEligible: false },
      ],
      { transaction },
    );
    const rows = Object.entries(US_PRICES).flatMap(([productId, prices]) => [
      ...(prices.selfService === null
        ? []
        : [{ channel: 'self-service' as const, productId, unitPriceMinor: prices.selfService }]),
      { channel: 'central' as const, productId, unitPriceMinor: prices.central },
    ]);
    await Price.bulkCreate(
      rows.map((row) => ({
        id: `price-${row.productId}-US-${row.channel}`,
        market: 'US',
        currency: 'USD',
        termMonths: 1,
        ...row,
      })),
      { transaction },
    );
    await Availability.bulkCreate(
      [
        { productId: PRODUCTS.powerBi, market: 'US', launchDate: '2019-11-19' },
        { productId: PRODUCTS.powerApps, market: 'US', launchDate: '2019-12-04' },
        { productId: PRODUCTS.flow, market: 'US', launchDate: '2019-12-04' },
      ],
      { transaction },
    );
  });
}

let sequence = 0;
/** Unique, readable ids within a test run. */
export function fixtureId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function createTenant(
  db: Database,
  overrides: Partial<{ id: string; name: string; kind: TenantKind; market: string; managed: boolean }> = {},
): Promise<Tenant> {
  return db.write((transaction) =>
    db.models.Tenant.create(
      {
        id: overrides.id ?? fixtureId('tenant'),
        name: overrides.name ?? 'Contoso',
        kind: overrides.kind ?? 'commercial',
        market: overrides.market ?? 'US',
        managed: overrides.managed ?? true,
      },
      { transaction },
    ),
  );
}

export interface UserOverrides {
  displayName?: string;
  email?: string;
  userType?: 'member' | 'guest';
  accountEnabled?: boolean;
  globalAdmin?: boolean;
  billingAdmin?: boolean;
  syncedFromOnPremises?: boolean;
}

export async function createUser(
  db: Database,
  tenantId: string,
  overrides: UserOverrides = {},
): Promise<DirectoryUser> {
  const id = fixtureId('user');
  const displayName = overrides.displayName ?? `User ${id}`;
  return db.write((transaction) =>
    db.models.DirectoryUser.create(
      {
        id,
        tenantId,
        entraObjectId: fixtureId('oid'),
        email: (overrides.email ?? `${id}@example.com`).toLowerCase(),
        displayName,
        userType: overrides.userType ?? 'member',
        accountEnabled: overrides.accountEnabled ?? true,
        syncedFromOnPremises: overrides.syncedFromOnPremises ?? false,
        globalAdmin: overrides.globalAdmin ?? false,
        billingAdmin: overrides.billingAdmin ?? false,
      },
      { transaction },
    ),
  );
}

/** A managed commercial US tenant with a global admin, a billing admin and three members. */
export interface Org {
  tenant: Tenant;
  globalAdmin: DirectoryUser;
  billingAdmin: DirectoryUser;
  alice: DirectoryUser;
  bob: DirectoryUser;
  carol: DirectoryUser;
}

export async function createOrg(db: Database, name = 'Contoso'): Promise<Org> {
  const tenant = await createTenant(db, { name });
  const domain = `${name.toLowerCase().replace(/[^a-z0-9]/g, '')}-${tenant.id.slice(-6)}.example`;
  const user = (displayName: string, extra: UserOverrides = {}) =>
    createUser(db, tenant.id, {
      displayName,
      email: `${displayName.toLowerCase().replace(/[^a-z]/g, '.')}@${domain}`,
      ...extra,
    });
  return {
    tenant,
    globalAdmin: await user('Gina Global', { globalAdmin: true }),
    billingAdmin: await user('Bill Billing', { billingAdmin: true }),
    alice: await user('Alice Adams'),
    bob: await user('Bob Brown'),
    carol: await user('Carol Clark'),
  };
}

/** A partner tenant with an admin, holding delegated admin rights (active or not) over `customerTenantId`. */
export async function createPartner(
  db: Database,
  customerTenantId: string,
  options: { active: boolean },
): Promise<{ tenant: Tenant; admin: DirectoryUser }> {
  const tenant = await createTenant(db, { name: 'Partner Co' });
  const admin = await createUser(db, tenant.id, { displayName: 'Pat Partner', globalAdmin: true });
  await db.write(async (transaction) => {
    const partner = await db.models.Partner.create(
      { id: fixtureId('partner'), name: 'Partner Co', tenantId: tenant.id },
      { transaction },
    );
    await db.models.DelegatedAdminRelationship.create(
      { id: fixtureId('dap'), partnerId: partner.id, customerTenantId, active: options.active },
      { transaction },
    );
  });
  return { tenant, admin };
}

/** The actor for a user acting in their own tenant, or (partners) in `tenantId`. */
export function actorOf(user: DirectoryUser, tenantId = user.tenantId): Actor {
  return { tenantId, userId: user.id };
}

export const TEST_CARD = {
  approve: '4242424242424242',
  decline: '4000000000000002',
  insufficientFunds: '4000000000009995',
} as const;

/** A gateway token for a test card number (expiry far in the future). */
export async function cardToken(
  gateway: PaymentGateway,
  number: string = TEST_CARD.approve,
): Promise<string> {
  const card = await gateway.tokenize({ number, expMonth: 12, expYear: 2035, cvc: '123' });
  return card.token;
}

export interface SubscriptionFixture {
  tenantId: string;
  productId?: string;
  source?: SubscriptionSource;
  purchaserId?: string | null;
  seats?: number;
  status?: SubscriptionStatus;
  isTrial?: boolean;
  autoRenew?: boolean;
  unitPriceMinor?: number;
  termMonths?: number;
  termStart?: string;
  termEnd?: string;
  pastDueSince?: string | null;
  /** A gateway token: a card on file is created for the purchaser. */
  cardToken?: string;
  createdAt?: Date;
  /** Users holding a licence of it. */
  assignees?: DirectoryUser[];
}

/**
 * A subscription in any state, written directly (what a purchase, a central purchase or months
 * of history would have left): for report, renewal and take-over tests.
 */
export async function createSubscription(db: Database, fixture: SubscriptionFixture): Promise<Subscription> {
  const source = fixture.source ?? 'self-service';
  const productId = fixture.productId ?? PRODUCTS.powerBi;
  const prices = US_PRICES[productId as keyof typeof US_PRICES];
  const termMonths = fixture.termMonths ?? 1;
  const termStart =
    fixture.termStart ?? (fixture.termEnd ? addMonths(fixture.termEnd, -termMonths) : '2026-03-01');
  const termEnd = fixture.termEnd ?? addMonths(termStart, termMonths);
  return db.write(async (transaction) => {
    const purchaserId = source === 'central' ? null : (fixture.purchaserId ?? null);
    const method =
      fixture.cardToken && purchaserId
        ? await db.models.PaymentMethod.create(
            {
              id: fixtureId('pm'),
              tenantId: fixture.tenantId,
              ownerId: purchaserId,
              gatewayToken: fixture.cardToken,
              brand: 'visa',
              last4: '4242',
              expMonth: 12,
              expYear: 2035,
            },
            { transaction },
          )
        : null;
    const subscription = await db.models.Subscription.create(
      {
        id: fixtureId('sub'),
        tenantId: fixture.tenantId,
        productId,
        source,
        purchaserId,
        seats: fixture.seats ?? Math.max(1, fixture.assignees?.length ?? 1),
        status: fixture.status ?? 'active',
        isTrial: fixture.isTrial ?? false,
        autoRenew: fixture.autoRenew ?? !fixture.isTrial,
        unitPriceMinor:
          fixture.unitPriceMinor ??
          (fixture.isTrial
            ? 0
            : source === 'central'
              ? prices.central
              : (prices.selfService ?? prices.central)),
        currency: 'USD',
        termMonths,
        termStart,
        termEnd,
        paymentMethodId: method?.id ?? null,
        pastDueSince: fixture.pastDueSince ?? null,
        ...(fixture.createdAt ? { createdAt: fixture.createdAt } : {}),
      },
      { transaction },
    );
    for (const user of fixture.assignees ?? []) {
      await db.models.LicenceAssignment.create(
        {
          id: fixtureId('lic'),
          tenantId: fixture.tenantId,
          subscriptionId: subscription.id,
          productId,
          userId: user.id,
          assignedById: purchaserId ?? user.id,
        },
        { transaction },
      );
    }
    return subscription;
  });
}

export async function createBill(
  db: Database,
  subscription: Subscription,
  fixture: { kind?: BillKind; status?: BillStatus; periodStart?: string; amountMinor?: number } = {},
): Promise<Bill> {
  const periodStart = fixture.periodStart ?? subscription.termEnd;
  return db.write((transaction) =>
    db.models.Bill.create(
      {
        id: fixtureId('bill'),
        tenantId: subscription.tenantId,
        subscriptionId: subscription.id,
        payerId: subscription.purchaserId,
        kind: fixture.kind ?? 'renewal',
        amountMinor: fixture.amountMinor ?? subscription.unitPriceMinor * subscription.seats,
        currency: subscription.currency,
        status: fixture.status ?? 'open',
        periodStart,
        periodEnd: addMonths(periodStart, subscription.termMonths),
        dueDate: periodStart,
        attempts: 0,
      },
      { transaction },
    ),
  );
}

export async function setPolicy(
  db: Database,
  tenantId: string,
  productId: string,
  policy: SelfServicePolicy,
  updatedById: string,
): Promise<void> {
  await db.write((transaction) =>
    db.models.PolicySetting.upsert({ tenantId, productId, policy, updatedById }, { transaction }),
  );
}

/** The tables a commerce change writes to, gateway included. */
export const WRITTEN_TABLES = [
  'subscriptions',
  'orders',
  'bills',
  'licence_assignments',
  'payment_methods',
  'policy_settings',
  'audit_log',
  'gateway_charges',
] as const;

/** Row count of each table a change could write, for "nothing was written" checks. */
export async function rowCounts(db: Database): Promise<Record<(typeof WRITTEN_TABLES)[number], number>> {
  const counts = {} as Record<(typeof WRITTEN_TABLES)[number], number>;
  for (const table of WRITTEN_TABLES) {
    const [rows] = await db.sequelize.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number((rows as Array<{ n: number | string }>)[0].n);
  }
  return counts;
}

/**
 * Every row of those tables, in a stable order: equal snapshots before and after a refused call
 * prove nothing was inserted, updated or deleted.
 */
export async function snapshot(db: Database): Promise<string> {
  const parts: unknown[] = [];
  for (const table of WRITTEN_TABLES) {
    const [rows] = await db.sequelize.query(`SELECT * FROM ${table}`);
    parts.push([table, (rows as Array<Record<string, unknown>>).map((row) => JSON.stringify(row)).sort()]);
  }
  return JSON.stringify(parts);
}

/** Runs `call`, expects it to be refused with `code`, and checks nothing was written. Returns the error. */
export async function expectRefusedUnchanged<E = Error>(
  db: Database,
  call: () => Promise<unknown>,
  code: string,
): Promise<E> {
  const [countsBefore, before] = [await rowCounts(db), await snapshot(db)];
  let caught: unknown = null;
  try {
    await call();
  } catch (error) {
    caught = error;
  }
  if (caught === null) throw new Error(`expected a refusal ${code}, but the call succeeded`);
  expect((caught as { code?: string }).code).toBe(code);
  expect(await rowCounts(db)).toEqual(countsBefore);
  expect(await snapshot(db)).toBe(before);
  return caught as E;
}

/** YYYY-MM-DD `n` days after `day`. */
export const daysAfter = (day: string, n: number) => addDays(day, n);
