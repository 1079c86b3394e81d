import { Op, Transaction, UniqueConstraintError, WhereOptions } from 'sequelize';
import type { Database } from '../models/database';
import type { DirectoryUser, LicenceAssignment, Subscription } from '../models';
import { newId } from '../models/ids';
import type { Logger } from '../logging';
import { AccessControl, ActingContext, requireId } from './access';
import { AuditLog } from './audit';
import { CatalogService } from './catalog';
import { addDays, addMonths, Clock, isoDay } from './clock';
import { toCsv } from './csv';
import {
  InvalidInputError,
  NotFoundError,
  ProductNotOfferedError,
  SeatLimitError,
  SubscriptionNotActiveError,
} from './errors';
import { CommerceEvent, CommerceEvents } from './events';
import { heldLiveLicence, LIVE_STATUSES } from './licences';
import {
  Actor,
  AssigneeView,
  Money,
  OrderKind,
  SELF_SERVICE_POLICIES,
  SelfServicePolicy,
  SUBSCRIPTION_STATUSES,
  SubscriptionDetail,
  SubscriptionStatus,
} from './types';
import { parseOptionalText } from './validation';
import { SubscriptionViews } from './views';
import { lockSubscription } from './locks';

/** `central`: central purchases only; `all`: central and self-service (the default); `self-service`: self-service only. */
export type ReportSource = 'central' | 'all' | 'self-service';
export const REPORT_SOURCES: readonly ReportSource[] = ['central', 'all', 'self-service'];

/** Filters of the admin report; every value is checked (InvalidInputError), absent or empty means "any". */
export interface AdminReportFilters {
  source?: ReportSource;
  productId?: string | null;
  /** A user id or e-mail address of the tenant. */
  purchaser?: string | null;
  status?: SubscriptionStatus | SubscriptionStatus[] | null;
  /** Created on or after / on or before (YYYY-MM-DD, UTC days, inclusive). */
  createdFrom?: string | null;
  createdTo?: string | null;
  /** Expiry date (term end) on or after / on or before (YYYY-MM-DD, inclusive). */
  expiresFrom?: string | null;
  expiresTo?: string | null;
}

export interface PageRequest {
  /** 1-based; default 1. */
  page?: number;
  /** 1 to 50; default 10. */
  pageSize?: number;
}

export interface ReportPage {
  items: SubscriptionDetail[];
  total: number;
  page: number;
  pageSize: number;
  /** 0 when nothing matches. */
  pages: number;
}

export interface PolicyView {
  productId: string;
  productName: string;
  policy: SelfServicePolicy;
  /** null while the product has Microsoft's default (Enabled) and no admin set it. */
  updatedAt: string | null;
  updatedById: string | null;
}

export type TakeOverMode = 'move-to-central' | 'cancel';

export interface TakeOverRequest {
  mode: TakeOverMode;
  /** Told to the purchaser and kept as the cancel reason; required. */
  reason: string;
  /** move-to-central only: the central subscription (same product) that receives the users; omitted, one is bought. */
  centralSubscriptionId?: string;
}

export interface TakeOverResult {
  subscription: SubscriptionDetail;
  /** The central subscription that received the users (null for `cancel`, or when there was nobody to move). */
  centralSubscription: SubscriptionDetail | null;
  moved: AssigneeView[];
}

export type CentralAssignmentSkip = 'ALREADY_LICENSED' | 'ACCOUNT_DISABLED';

export interface CentralAssignmentResult {
  centralSubscriptionId: string;
  assigned: AssigneeView[];
  skipped: Array<AssigneeView & { reason: CentralAssignmentSkip }>;
  seats: number;
  assignedCount: number;
}

interface Deps {
  db: Database;
  access: AccessControl;
  catalog: CatalogService;
  audit: AuditLog;
  views: SubscriptionViews;
  events: CommerceEvents;
  clock: Clock;
  logger: Logger;
}

export const MAX_REPORT_PAGE_SIZE = 50;
export const DEFAULT_REPORT_PAGE_SIZE = 10;
const EXPORT_BATCH = 200;

interface ParsedFilters {
  where: WhereOptions<Subscription>;
  /** false when the purchaser filter names nobody in the tenant: nothing can match. */
  matchable: boolean;
}

/**
 * What the tenant's global and billing admins do, and partners with active delegated admin
 * rights (who act as admins of the customer tenant, as Microsoft's delegated admin privileges
 * allow: they read the report and may also set policies, take over and assign; every write is
 * audited with `viaPartner`). Everything is scoped to the actor's tenant: another tenant's
 * subscription is NotFound, another tenant's actor a CrossTenantError.
 */
export class AdminService {
  constructor(private readonly deps: Deps) {}

  /**
   * Every subscription of the tenant, central and self-service, newest first, with product,
   * purchaser, seats, expiry, order history, unit price, bills and assigned users. The purchaser's
   * card is left out: it is theirs to pay with, not part of the organisation's report.
   */
  async report(
    actor: Actor,
    filters: AdminReportFilters = {},
    paging: PageRequest = {},
  ): Promise<ReportPage> {
    const page = parsePositiveInt(paging?.page, 'page', 1, Number.MAX_SAFE_INTEGER);
    const pageSize = parsePositiveInt(
      paging?.pageSize,
      'pageSize',
      DEFAULT_REPORT_PAGE_SIZE,
      MAX_REPORT_PAGE_SIZE,
    );
    const context = await this.deps.access.requireAdmin(actor);
    const parsed = await this.parseFilters(context, filters);
    if (!parsed.matchable) return { items: [], total: 0, page, pageSize, pages: 0 };
    const { rows, count } = await this.deps.db.models.Subscription.findAndCountAll({
      where: parsed.where,
      order: REPORT_ORDER,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return {
      items: await this.reportRows(rows),
      total: count,
      page,
      pageSize,
      pages: Math.ceil(count / pageSize),
    };
  }

  /** The report's rows (all pages) as CSV: one row per subscription, assigned users and orders joined in a cell. */
  async exportCsv(actor: Actor, filters: AdminReportFilters = {}): Promise<string> {
    const context = await this.deps.access.requireAdmin(actor);
    const parsed = await this.parseFilters(context, filters);
    const rows: string[][] = [];
    for (let offset = 0; parsed.matchable; offset += EXPORT_BATCH) {
      const batch = await this.deps.db.models.Subscription.findAll({
        where: parsed.where,
        order: REPORT_ORDER,
        limit: EXPORT_BATCH,
        offset,
      });
      rows.push(...(await this.reportRows(batch)).map(csvRow));
      if (batch.length < EXPORT_BATCH) break;
    }
    return toCsv(CSV_HEADER, rows);
  }

  /** The self-service policy of each self-service product (Enabled unless an admin changed it). */
  async policies(actor: Actor): Promise<PolicyView[]> {
    const context = await this.deps.access.requireAdmin(actor);
    const { Product, PolicySetting } = this.deps.db.models;
    const [products, settings] = await Promise.all([
      Product.findAll({ where: { selfServiceEligible: true }, order: [['name', 'ASC']] }),
      PolicySetting.findAll({ where: { tenantId: context.tenant.id } }),
    ]);
    const byProduct = new Map(settings.map((s) => [s.productId, s]));
    return products.map((product) => {
      const setting = byProduct.get(product.id);
      return {
        productId: product.id,
        productName: product.name,
        policy: setting?.policy ?? 'Enabled',
        updatedAt: setting ? new Date(setting.updatedAt).toISOString() : null,
        updatedById: setting?.updatedById ?? null,
      };
    });
  }

  /** Sets a self-service product's policy for the tenant (audited); setting the current value changes nothing. */
  async setPolicy(actor: Actor, productId: string, policy: SelfServicePolicy): Promise<PolicyView> {
    const id = requireId('productId', productId);
    if (!SELF_SERVICE_POLICIES.includes(policy)) {
      throw new InvalidInputError('policy', `must be one of ${SELF_SERVICE_POLICIES.join(', ')}`);
    }
    const context = await this.deps.access.requireAdmin(actor);
    const { db } = this.deps;
    const product = await db.models.Product.findByPk(id);
    if (!product) throw new NotFoundError('product', id);
    if (!product.selfServiceEligible) throw new ProductNotOfferedError(product.id);
    const write = () =>
      db.write(async (t) => {
        const where = { tenantId: context.tenant.id, productId: product.id };
        const existing = await db.models.PolicySetting.findOne({
          where,
          transaction: t,
          lock: t.LOCK.UPDATE,
        });
        const from = existing?.policy ?? 'Enabled';
        if (existing?.policy === policy) return;
        if (existing) {
          existing.policy = policy;
          existing.updatedById = context.user.id;
          await existing.save({ transaction: t });
        } else {
          await db.models.PolicySetting.create(
            { ...where, policy, updatedById: context.user.id },
            { transaction: t },
          );
        }
        await this.deps.audit.record(t, {
          tenantId: context.tenant.id,
          actorId: context.user.id,
          action: 'policy.updated',
          entityType: 'product',
          entityId: product.id,
          data: { from, to: policy, viaPartner: context.viaPartner },
        });
      });
    try {
      await write();
    } catch (error) {
      // Two admins set the first policy of a product at once (PostgreSQL): the second write updates it.
      if (!(error instanceof UniqueConstraintError)) throw error;
      await write();
    }
    return (await this.policies(actor)).find((p) => p.productId === product.id) as PolicyView;
  }

  /**
   * Takes over a self-service subscription (the FAQ's "centralize"):
   * - `move-to-central`: its users get licences from a central subscription of the same product —
   *   the one given (it needs enough free seats, else SeatLimitError), or, when none is given, one
   *   bought from the central price list with exactly as many seats as users to move, billed
   *   through the organisation's agreement (no card). Users who already hold a live licence of the
   *   product elsewhere are not moved. The self-service subscription ends as `deleted`.
   * - `cancel`: it is cancelled with the reason; its users keep their (no longer working)
   *   assignments so an admin can later give them central licences (`assignCentralLicences`).
   * Either way its unpaid bills are voided, an order `takeover` is recorded, and the purchaser is
   * told (event `subscription.taken-over`). Cancelled or deleted subscriptions cannot be taken over.
   */
  async takeOver(actor: Actor, subscriptionId: string, request: TakeOverRequest): Promise<TakeOverResult> {
    const id = requireId('subscriptionId', subscriptionId);
    const mode = request?.mode;
    if (mode !== 'move-to-central' && mode !== 'cancel') {
      throw new InvalidInputError('mode', 'must be move-to-central or cancel');
    }
    const reason = parseOptionalText(request.reason, 'reason', 500);
    if (!reason) throw new InvalidInputError('reason', 'is required');
    const centralId =
      request.centralSubscriptionId === undefined || request.centralSubscriptionId === null
        ? null
        : requireId('centralSubscriptionId', request.centralSubscriptionId);
    if (centralId && mode === 'cancel') {
      throw new InvalidInputError(
        'centralSubscriptionId',
        'is only used to move users to a central subscription',
      );
    }
    const context = await this.deps.access.requireAdmin(actor);
    const { db, clock } = this.deps;
    const done = await db.write(async (t) => {
      const subscription = await this.lock(t, context, id);
      if (subscription.source !== 'self-service') {
        throw new InvalidInputError(
          'subscriptionId',
          'is already central: only self-service subscriptions are taken over',
        );
      }
      if (subscription.status === 'cancelled' || subscription.status === 'deleted') {
        throw new SubscriptionNotActiveError(subscription.id, subscription.status);
      }
      let central: Subscription | null = null;
      let moved: DirectoryUser[] = [];
      if (mode === 'move-to-central') {
        const assignments = await db.models.LicenceAssignment.findAll({
          where: { subscriptionId: subscription.id },
          order: [
            ['createdAt', 'ASC'],
            ['id', 'ASC'],
          ],
          transaction: t,
        });
        const users = await this.users(t, assignments);
        const movers: DirectoryUser[] = [];
        for (const user of users) {
          if (!(await this.holdsLiveLicenceElsewhere(t, subscription, user.id))) movers.push(user);
        }
        if (centralId) central = await this.lockCentral(t, context, centralId, subscription.productId);
        else if (movers.length > 0)
          central = await this.buyCentral(t, context, subscription.productId, movers.length);
        if (central) await this.checkFreeSeats(t, central, movers.length);
        await db.models.LicenceAssignment.destroy({
          where: { subscriptionId: subscription.id },
          transaction: t,
        });
        for (const user of users)
          await this.audit(t, context, 'licence.removed', subscription, { userId: user.id });
        if (central) await this.grant(t, context, central, movers, subscription.id);
        moved = movers;
      }
      subscription.status = mode === 'cancel' ? 'cancelled' : 'deleted';
      subscription.autoRenew = false;
      subscription.cancelledAt = clock.now();
      subscription.cancelReason = reason;
      await subscription.save({ transaction: t });
      await this.voidUnpaid(t, context, subscription);
      await this.recordOrder(t, context, subscription, 'takeover', 0, 0, {
        mode,
        reason,
        centralSubscriptionId: central?.id ?? null,
        moved: moved.map((u) => u.id),
      });
      return { subscription, central, moved };
    });
    this.publish({
      type: 'subscription.taken-over',
      tenantId: context.tenant.id,
      subscriptionId: done.subscription.id,
      purchaserId: done.subscription.purchaserId,
      mode: mode === 'cancel' ? 'cancelled' : 'moved-to-central',
      reason,
    });
    const fresh = await db.models.Subscription.findAll({
      where: { id: [done.subscription.id, ...(done.central ? [done.central.id] : [])] },
    });
    const details = await this.deps.views.details(fresh);
    const detail = (subscriptionIdToFind: string) =>
      details.find((d) => d.id === subscriptionIdToFind) ?? null;
    return {
      subscription: detail(done.subscription.id) as SubscriptionDetail,
      centralSubscription: done.central ? detail(done.central.id) : null,
      moved: done.moved.map(assignee),
    };
  }

  /**
   * Gives the users of a cancelled self-service subscription licences from a central subscription
   * of the same product (the FAQ: "admins may assign a centrally purchased licence to users of the
   * cancelled subscription"). All-or-nothing on seats: if the central subscription lacks free seats
   * for everyone, nothing changes (SeatLimitError). Users who already hold a live licence of the
   * product are skipped (their old assignment ends); disabled accounts are skipped and keep their
   * old assignment, so a later run can include them once re-enabled. The others' old assignments end.
   */
  async assignCentralLicences(
    actor: Actor,
    cancelledSubscriptionId: string,
    centralSubscriptionId: string,
  ): Promise<CentralAssignmentResult> {
    const cancelledId = requireId('cancelledSubscriptionId', cancelledSubscriptionId);
    const centralId = requireId('centralSubscriptionId', centralSubscriptionId);
    const context = await this.deps.access.requireAdmin(actor);
    const { db } = this.deps;
    return db.write(async (t) => {
      const cancelled = await this.lock(t, context, cancelledId);
      if (cancelled.source !== 'self-service' || cancelled.status !== 'cancelled') {
        throw new InvalidInputError(
          'cancelledSubscriptionId',
          'must be a cancelled self-service subscription',
        );
      }
      const central = await this.lockCentral(t, context, centralId, cancelled.productId);
      const assignments = await db.models.LicenceAssignment.findAll({
        where: { subscriptionId: cancelled.id },
        order: [
          ['createdAt', 'ASC'],
          ['id', 'ASC'],
        ],
        transaction: t,
      });
      const users = await this.users(t, assignments);
      const granted: DirectoryUser[] = [];
      const skipped: CentralAssignmentResult['skipped'] = [];
      for (const user of users) {
        if (!user.accountEnabled) skipped.push({ ...assignee(user), reason: 'ACCOUNT_DISABLED' });
        else if (await heldLiveLicence(db, t, context.tenant.id, user.id, cancelled.productId)) {
          skipped.push({ ...assignee(user), reason: 'ALREADY_LICENSED' });
        } else granted.push(user);
      }
      const assigned = await this.checkFreeSeats(t, central, granted.length);
      const ending = [
        ...granted.map((u) => u.id),
        ...skipped.filter((s) => s.reason === 'ALREADY_LICENSED').map((s) => s.userId),
      ];
      if (ending.length > 0) {
        await db.models.LicenceAssignment.destroy({
          where: { subscriptionId: cancelled.id, userId: ending },
          transaction: t,
        });
        for (const userId of ending) await this.audit(t, context, 'licence.removed', cancelled, { userId });
      }
      await this.grant(t, context, central, granted, cancelled.id);
      return {
        centralSubscriptionId: central.id,
        assigned: granted.map(assignee),
        skipped,
        seats: central.seats,
        assignedCount: assigned + granted.length,
      };
    });
  }

  private async parseFilters(context: ActingContext, filters: AdminReportFilters): Promise<ParsedFilters> {
    const f = filters ?? {};
    const source = f.source ?? 'all';
    if (!REPORT_SOURCES.includes(source)) {
      throw new InvalidInputError('source', `must be one of ${REPORT_SOURCES.join(', ')}`);
    }
    const where: Record<string | symbol, unknown> = { tenantId: context.tenant.id };
    if (source !== 'all') where.source = source;
    if (present(f.productId)) where.productId = requireId('productId', f.productId);
    const statuses = parseStatuses(f.status);
    if (statuses) where.status = { [Op.in]: statuses };
    const createdFrom = parseDay(f.createdFrom, 'createdFrom');
    const createdTo = parseDay(f.createdTo, 'createdTo');
    checkRange(createdFrom, createdTo, 'createdTo');
    if (createdFrom || createdTo) {
      where.createdAt = {
        ...(createdFrom ? { [Op.gte]: new Date(`${createdFrom}T00:00:00.000Z`) } : {}),
        ...(createdTo ? { [Op.lt]: new Date(`${addDays(createdTo, 1)}T00:00:00.000Z`) } : {}),
      };
    }
    const expiresFrom = parseDay(f.expiresFrom, 'expiresFrom');
    const expiresTo = parseDay(f.expiresTo, 'expiresTo');
    checkRange(expiresFrom, expiresTo, 'expiresTo');
    if (expiresFrom || expiresTo) {
      where.termEnd = {
        ...(expiresFrom ? { [Op.gte]: expiresFrom } : {}),
        ...(expiresTo ? { [Op.lte]: expiresTo } : {}),
      };
    }
    if (present(f.purchaser)) {
      const purchaser = await this.findPurchaser(context, f.purchaser);
      if (!purchaser) return { where, matchable: false };
      where.purchaserId = purchaser.id;
    }
    return { where: where as WhereOptions<Subscription>, matchable: true };
  }

  /** A user of the actor's tenant by id or e-mail; anyone else (or nobody) gives an empty report. */
  private async findPurchaser(context: ActingContext, value: unknown): Promise<DirectoryUser | null> {
    if (typeof value !== 'string' || value.trim() === '' || value.length > 320) {
      throw new InvalidInputError('purchaser', 'must be a user id or an e-mail address');
    }
    const ref = value.trim();
    const match = ref.includes('@') ? { email: ref.toLowerCase() } : { id: requireId('purchaser', ref) };
    return this.deps.db.models.DirectoryUser.findOne({ where: { tenantId: context.tenant.id, ...match } });
  }

  private async reportRows(subscriptions: Subscription[]): Promise<SubscriptionDetail[]> {
    const details = await this.deps.views.details(subscriptions);
    return details.map((detail) => ({ ...detail, card: null }));
  }

  private lock(t: Transaction, context: ActingContext, id: string): Promise<Subscription> {
    return lockSubscription(this.deps.db, t, id, context.tenant.id);
  }

  private async lockCentral(
    t: Transaction,
    context: ActingContext,
    id: string,
    productId: string,
  ): Promise<Subscription> {
    const central = await this.lock(t, context, id);
    if (central.source !== 'central' || central.productId !== productId) {
      throw new InvalidInputError(
        'centralSubscriptionId',
        'must be a central subscription of the same product',
      );
    }
    if (!LIVE_STATUSES.includes(central.status)) {
      throw new SubscriptionNotActiveError(central.id, central.status);
    }
    return central;
  }

  /** Returns the licences already assigned; throws SeatLimitError unless `needed` more fit. */
  private async checkFreeSeats(t: Transaction, central: Subscription, needed: number): Promise<number> {
    const assigned = await this.deps.db.models.LicenceAssignment.count({
      where: { subscriptionId: central.id },
      transaction: t,
    });
    if (assigned + needed > central.seats) throw new SeatLimitError(central.seats, assigned, needed);
    return assigned;
  }

  /** A central subscription bought from the central price list through the organisation's agreement. */
  private async buyCentral(t: Transaction, context: ActingContext, productId: string, seats: number) {
    const price = await this.deps.catalog.price(context.tenant, productId, 'central');
    const termStart = isoDay(this.deps.clock.now());
    const central = await this.deps.db.models.Subscription.create(
      {
        id: newId('sub'),
        tenantId: context.tenant.id,
        productId,
        source: 'central',
        purchaserId: null,
        seats,
        status: 'active',
        isTrial: false,
        autoRenew: true,
        unitPriceMinor: price.unitPriceMinor,
        currency: price.currency,
        termMonths: price.termMonths,
        termStart,
        termEnd: addMonths(termStart, price.termMonths),
        paymentMethodId: null,
      },
      { transaction: t },
    );
    await this.recordOrder(t, context, central, 'central_purchase', seats, price.unitPriceMinor * seats, {});
    return central;
  }

  private async grant(
    t: Transaction,
    context: ActingContext,
    central: Subscription,
    users: DirectoryUser[],
    fromSubscriptionId: string,
  ): Promise<void> {
    for (const user of users) {
      await this.deps.db.models.LicenceAssignment.create(
        {
          id: newId('lic'),
          tenantId: context.tenant.id,
          subscriptionId: central.id,
          productId: central.productId,
          userId: user.id,
          assignedById: context.user.id,
        },
        { transaction: t },
      );
      await this.audit(t, context, 'licence.assigned', central, { userId: user.id, fromSubscriptionId });
    }
  }

  private async holdsLiveLicenceElsewhere(t: Transaction, subscription: Subscription, userId: string) {
    const held = await this.deps.db.models.LicenceAssignment.findAll({
      where: {
        tenantId: subscription.tenantId,
        userId,
        productId: subscription.productId,
        subscriptionId: { [Op.ne]: subscription.id },
      },
      attributes: ['subscriptionId'],
      transaction: t,
    });
    if (held.length === 0) return false;
    const live = await this.deps.db.models.Subscription.count({
      where: { id: held.map((h) => h.subscriptionId), status: { [Op.in]: [...LIVE_STATUSES] } },
      transaction: t,
    });
    return live > 0;
  }

  private async users(t: Transaction, assignments: LicenceAssignment[]): Promise<DirectoryUser[]> {
    if (assignments.length === 0) return [];
    const users = await this.deps.db.models.DirectoryUser.findAll({
      where: { id: assignments.map((a) => a.userId) },
      transaction: t,
    });
    const byId = new Map(users.map((u) => [u.id, u]));
    return assignments.map((a) => byId.get(a.userId)).filter((u): u is DirectoryUser => u !== undefined);
  }

  private async voidUnpaid(t: Transaction, context: ActingContext, subscription: Subscription) {
    const bills = await this.deps.db.models.Bill.findAll({
      where: { subscriptionId: subscription.id, status: { [Op.in]: ['open', 'failed'] } },
      transaction: t,
    });
    for (const bill of bills) {
      const from = bill.status;
      bill.status = 'void';
      await bill.save({ transaction: t });
      await this.deps.audit.record(t, {
        tenantId: bill.tenantId,
        actorId: context.user.id,
        action: 'bill.voided',
        entityType: 'bill',
        entityId: bill.id,
        data: { from, reason: 'subscription taken over', viaPartner: context.viaPartner },
      });
    }
  }

  private async recordOrder(
    t: Transaction,
    context: ActingContext,
    subscription: Subscription,
    kind: OrderKind,
    seatsDelta: number,
    amountMinor: number,
    data: Record<string, unknown>,
  ): Promise<void> {
    const order = await this.deps.db.models.Order.create(
      {
        id: newId('ord'),
        tenantId: subscription.tenantId,
        subscriptionId: subscription.id,
        kind,
        seatsDelta,
        seatsAfter: subscription.seats,
        amountMinor,
        currency: subscription.currency,
        actorId: context.user.id,
        idempotencyKey: null,
        requestHash: null,
        chargeId: null,
      },
      { transaction: t },
    );
    await this.audit(t, context, `subscription.${kind}`, subscription, {
      orderId: order.id,
      seatsDelta,
      seatsAfter: subscription.seats,
      amountMinor,
      currency: subscription.currency,
      ...data,
    });
  }

  private async audit(
    t: Transaction,
    context: ActingContext,
    action: string,
    subscription: Subscription,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.deps.audit.record(t, {
      tenantId: subscription.tenantId,
      actorId: context.user.id,
      action,
      entityType: 'subscription',
      entityId: subscription.id,
      data: { ...data, viaPartner: context.viaPartner },
    });
  }

  private publish(event: CommerceEvent) {
    try {
      this.deps.events.publish(event);
    } catch (error) {
      this.deps.logger.warn('event listener failed', { type: event.type, error });
    }
  }
}

const REPORT_ORDER: Array<[string, string]> = [
  ['createdAt', 'DESC'],
  ['id', 'ASC'],
];

const CSV_HEADER = [
  'Subscription ID',
  'Product',
  'Source',
  'Status',
  'Trial',
  'Purchaser',
  'Purchaser e-mail',
  'Seats',
  'Assigned',
  'Unit price',
  'Currency',
  'Term start',
  'Expiry date',
  'Auto-renew',
  'Created',
  'Assigned users',
  'Order history',
];

function csvRow(s: SubscriptionDetail): string[] {
  return [
    s.id,
    s.productName,
    s.source,
    s.status,
    s.isTrial ? 'yes' : 'no',
    s.purchaser?.displayName ?? '',
    s.purchaser?.email ?? '',
    String(s.seats),
    String(s.assignedCount),
    decimal(s.unitPrice),
    s.unitPrice.currency,
    s.termStart,
    s.termEnd,
    s.autoRenew ? 'yes' : 'no',
    s.createdAt,
    s.assignees.map((a) => `${a.displayName} <${a.email}>`).join('; '),
    s.orders
      .map(
        (o) =>
          `${o.createdAt.slice(0, 10)} ${o.kind} ${o.seatsDelta >= 0 ? '+' : ''}${o.seatsDelta} → ${o.seatsAfter} ${decimal(o.amount)}`,
      )
      .join('; '),
  ];
}

/** Minor units as a plain decimal in the currency's own precision (USD 999 → 9.99, JPY 999 → 999). */
function decimal(money: Money): string {
  let digits = 2;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
  } catch {
    digits = 2;
  }
  return (money.amountMinor / 10 ** digits).toFixed(digits);
}

function assignee(user: DirectoryUser): AssigneeView {
  return { userId: user.id, displayName: user.displayName, email: user.email };
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function parsePositiveInt(value: unknown, field: string, fallback: number, max: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) {
    throw new InvalidInputError(field, `must be a whole number from 1 to ${max}`);
  }
  return n;
}

function parseStatuses(value: unknown): SubscriptionStatus[] | null {
  if (!present(value) || value === 'all') return null;
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) return null;
  for (const status of list) {
    if (!SUBSCRIPTION_STATUSES.includes(status as SubscriptionStatus)) {
      throw new InvalidInputError('status', `must be among ${SUBSCRIPTION_STATUSES.join(', ')}`);
    }
  }
  return [...new Set(list as SubscriptionStatus[])];
}

function parseDay(value: unknown, field: string): string | null {
  if (!present(value)) return null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new InvalidInputError(field, 'must be a date written YYYY-MM-DD');
  }
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || isoDay(date) !== value)
    throw new InvalidInputError(field, 'is not a real date');
  return value;
}

function checkRange(from: string | null, to: string | null, field: string): void {
  if (from && to && from > to)
    throw new InvalidInputError(field, 'must not be before the start of the range');
}
