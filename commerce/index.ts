import type { Database } from '../models/database';
import type { Logger } from '../logging';
import { AccessControl } from './access';
import { AccountService } from './account';
import { AdminService } from './admin';
import { BillingService, LifecycleOptions } from './billing';
import { AuditLog } from './audit';
import { CatalogService } from './catalog';
import { Clock } from './clock';
import { EligibilityService } from './eligibility';
import { DirectoryService } from './directory';
import { CommerceEvents } from './events';
import { LicenceService } from './licences';
import { PaymentGateway } from './payment/gateway';
import { PurchaseService } from './purchases';
import { ReferenceData } from './reference-data';
import { SubscriptionViews } from './views';

export * from './errors';
export * from './types';
export type { CommerceEvent, CommerceEvents } from './events';
export type { EligibilityResult } from './eligibility';
export type { Offer } from './catalog';
export type { OrderResult, PurchaseRequest, PaymentChoice } from './purchases';
export type { AssignmentResult } from './licences';
export type { BillPayment, RenewalSummary, LifecycleOptions } from './billing';
export type { AdminReportFilters, ReportPage, PolicyView, TakeOverRequest, TakeOverResult } from './admin';

export interface CommerceDeps {
  db: Database;
  gateway: PaymentGateway;
  clock: Clock;
  events: CommerceEvents;
  logger: Logger;
  lifecycle?: LifecycleOptions;
}

/** The channel-agnostic core: every FAQ rule is enforced behind these services. */
export interface Commerce {
  access: AccessControl;
  eligibility: EligibilityService;
  catalog: CatalogService;
  purchases: PurchaseService;
  licences: LicenceService;
  account: AccountService;
  billing: BillingService;
  admin: AdminService;
  directory: DirectoryService;
  gateway: PaymentGateway;
}

export function createCommerce(deps: CommerceDeps): Commerce {
  const { db, gateway, clock, events, logger, lifecycle } = deps;
  const access = new AccessControl(db);
  const audit = new AuditLog(db);
  const views = new SubscriptionViews(db);
  const reference = new ReferenceData(db);
  const eligibility = new EligibilityService(db, access, reference, clock);
  const catalog = new CatalogService(access, eligibility, reference, clock);
  const purchases = new PurchaseService({
    db,
    access,
    eligibility,
    catalog,
    gateway,
    audit,
    views,
    events,
    clock,
    logger,
  });
  const licences = new LicenceService(db, access, audit);
  const account = new AccountService(db, access, views);
  const billing = new BillingService({ db, access, gateway, audit, views, events, clock, logger }, lifecycle);
  const admin = new AdminService({ db, access, catalog, audit, views, events, clock, logger });
  const directory = new DirectoryService(db);
  return { access, eligibility, catalog, purchases, licences, account, billing, admin, directory, gateway };
}
