import { createHash } from 'node:crypto';
import { Transaction, UniqueConstraintError } from 'sequelize';
import type { Database } from '../models/database';
import type { Subscription } from '../models';
import { newId } from '../models/ids';
import type { Logger } from '../logging';
import { AccessControl, ActingContext, requireId } from './access';
import { AuditLog } from './audit';
import { CatalogService } from './catalog';
import { addMonths, Clock, isoDay } from './clock';
import { EligibilityService } from './eligibility';
import {
  IdempotencyConflictError,
  InvalidCardError,
  InvalidInputError,
  InvoiceNotSupportedError,
  NotAuthorizedError,
  NotFoundError,
  PaymentDeclinedError,
  SeatsBelowAssignedError,
  SubscriptionNotActiveError,
} from './errors';
import { CommerceEvents } from './events';
import { heldLiveLicence } from './licences';
import { PaymentGateway } from './payment/gateway';
import { Actor, OrderKind, SubscriptionDetail } from './types';
import { SubscriptionViews } from './views';
import { MAX_SEATS, parseIdempotencyKey, parseOptionalText, parseSeats } from './validation';
import { lockSubscription } from './locks';

/** Credit card is the only way to pay a self-service purchase; `invoice` is accepted only to be refused clearly. */
export type PaymentChoice = { method: 'card'; token: string } | { method: 'invoice' };

export interface PurchaseRequest {
  productId: string;
  seats: unknown;
  payment: PaymentChoice;
  idempotencyKey: string;
}

export interface OrderResult {
  subscription: SubscriptionDetail;
  orderId: string;
  /** true when this idempotency key had already been used: nothing was done again. */
  replayed: boolean;
}

interface Deps {
  db: Database;
  access: AccessControl;
  eligibility: EligibilityService;
  catalog: CatalogService;
  gateway: PaymentGateway;
  audit: AuditLog;
  views: SubscriptionViews;
  events: CommerceEvents;
  clock: Clock;
  logger: Logger;
}

/** Buying, trying, growing, shrinking and cancelling self-service subscriptions. */
export class PurchaseService {
  constructor(private readonly deps: Deps) {}

  async purchase(actor: Actor, request: PurchaseRequest): Promise<OrderResult> {
    if (request?.payment?.method === 'invoice') throw new InvoiceNotSupportedError();
    const key = parseIdempotencyKey(request?.idempotencyKey);
    const seats = parseSeats(request.seats);
    const token = cardToken(request.payment);
    const { access, eligibility, catalog, gateway } = this.deps;
    const context = await access.load(actor);
    const hash = requestHash('purchase', request.productId, seats, token);
    const replay = await this.replay(context.tenant.id, key, hash);
    if (replay) return replay;

    const product = await eligibility.product(request.productId);
    await eligibility.assert(context, product, 'purchase');
    const quote = await catalog.priceQuote(context.tenant, product, seats);
    const card = await gateway.describe(token);
    if (!card) throw new InvalidCardError('number');

    return this.chargeAndRecord(context, key, hash, token, quote.total, async (t, chargeId) => {
      const now = this.deps.clock.now();
      const paymentMethod = await this.deps.db.models.PaymentMethod.create(
        {
          id: newId('pm'),
          tenantId: context.tenant.id,
          ownerId: context.user.id,
          gatewayToken: token,
          ...pick(card),
        },
        { transaction: t },
      );
      const subscription = await this.deps.db.models.Subscription.create(
        {
          id: newId('sub'),
          tenantId: context.tenant.id,
          productId: product.id,
          source: 'self-service',
          purchaserId: context.user.id,
          seats,
          status: 'active',
          isTrial: false,
          autoRenew: true,
          unitPriceMinor: quote.unitPrice.amountMinor,
          currency: quote.unitPrice.currency,
          termMonths: quote.termMonths,
          termStart: quote.termStart,
          termEnd: quote.termEnd,
          paymentMethodId: paymentMethod.id,
        },
        { transaction: t },
      );
      const orderId = await this.recordOrder(
        t,
        context,
        subscription,
        'purchase',
        seats,
        quote.total.amountMinor,
        {
          key,
          hash,
          chargeId,
        },
      );
      await this.deps.db.models.Bill.create(
        {
          id: newId('bill'),
          tenantId: context.tenant.id,
          subscriptionId: subscription.id,
          payerId: context.user.id,
          kind: 'purchase',
          amountMinor: quote.total.amountMinor,
          currency: quote.total.currency,
          status: 'paid',
          periodStart: quote.termStart,
          periodEnd: quote.termEnd,
          dueDate: quote.termStart,
          paidAt: now,
          chargeId,
          attempts: 1,
        },
        { transaction: t },
      );
      // The purchaser starts using what they bought straight away.
      await this.assignPurchaserIfUnlicensed(t, context, subscription);
      return { subscription, orderId };
    }).then((result) => {
      if (!result.replayed) {
        this.deps.events.publish({
          type: 'purchase.completed',
          tenantId: context.tenant.id,
          subscriptionId: result.subscription.id,
          purchaserId: context.user.id,
          productId: product.id,
          seats,
        });
      }
      return result;
    });
  }

  /** A card-free trial: one seat, for one month, that does not renew. */
  async startTrial(actor: Actor, productId: string, idempotencyKey: string): Promise<OrderResult> {
    const key = parseIdempotencyKey(idempotencyKey);
    const { access, eligibility, db, clock } = this.deps;
    const context = await access.load(actor);
    const hash = requestHash('trial', productId);
    const replay = await this.replay(context.tenant.id, key, hash);
    if (replay) return replay;
    const product = await eligibility.product(productId);
    await eligibility.assert(context, product, 'trial');
    const created = await db.write(async (t) => {
      const earlier = await db.models.Subscription.findOne({
        where: {
          tenantId: context.tenant.id,
          purchaserId: context.user.id,
          productId: product.id,
          isTrial: true,
        },
        transaction: t,
      });
      if (earlier) throw new NotAuthorizedError(`start a second trial of ${product.name}`);
      const termStart = isoDay(clock.now());
      const subscription = await db.models.Subscription.create(
        {
          id: newId('sub'),
          tenantId: context.tenant.id,
          productId: product.id,
          source: 'self-service',
          purchaserId: context.user.id,
          seats: 1,
          status: 'active',
          isTrial: true,
          autoRenew: false,
          unitPriceMinor: 0,
          currency: (await this.deps.catalog.price(context.tenant, product.id, 'self-service')).currency,
          termMonths: 1,
          termStart,
          termEnd: addMonths(termStart, 1),
          paymentMethodId: null,
        },
        { transaction: t },
      );
      const orderId = await this.recordOrder(t, context, subscription, 'trial', 1, 0, {
        key,
        hash,
        chargeId: null,
      });
      await this.assignPurchaserIfUnlicensed(t, context, subscription);
      return { subscription, orderId };
    });
    return this.result(created.subscription, created.orderId, false);
  }

  /** Buys more seats of the same subscription, charged to the card on file at the subscription's unit price. */
  async addSeats(
    actor: Actor,
    subscriptionId: string,
    additional: unknown,
    idempotencyKey: string,
  ): Promise<OrderResult> {
    const key = parseIdempotencyKey(idempotencyKey);
    const count = parseSeats(additional);
    const { context, subscription } = await this.purchaserSubscription(
      actor,
      subscriptionId,
      'buy more seats',
    );
    const hash = requestHash('seats_added', subscription.id, count);
    const replay = await this.replay(context.tenant.id, key, hash);
    if (replay) return replay;
    assertChangeable(subscription);
    if (subscription.seats + count > MAX_SEATS)
      throw new InvalidInputError('seats', `must be at most ${MAX_SEATS} in all`);
    const method = subscription.paymentMethodId
      ? await this.deps.db.models.PaymentMethod.findByPk(subscription.paymentMethodId)
      : null;
    if (!method) throw new InvalidCardError('number');
    const amount = { amountMinor: subscription.unitPriceMinor * count, currency: subscription.currency };
    return this.chargeAndRecord(context, key, hash, method.gatewayToken, amount, async (t, chargeId) => {
      const locked = await this.lockSubscription(t, subscription.id);
      assertChangeable(locked);
      if (locked.seats + count > MAX_SEATS)
        throw new InvalidInputError('seats', `must be at most ${MAX_SEATS} in all`);
      locked.seats += count;
      await locked.save({ transaction: t });
      const orderId = await this.recordOrder(t, context, locked, 'seats_added', count, amount.amountMinor, {
        key,
        hash,
        chargeId,
      });
      await this.deps.db.models.Bill.create(
        {
          id: newId('bill'),
          tenantId: locked.tenantId,
          subscriptionId: locked.id,
          payerId: context.user.id,
          kind: 'seats',
          amountMinor: amount.amountMinor,
          currency: amount.currency,
          status: 'paid',
          periodStart: isoDay(this.deps.clock.now()),
          periodEnd: locked.termEnd,
          dueDate: isoDay(this.deps.clock.now()),
          paidAt: this.deps.clock.now(),
          chargeId,
          attempts: 1,
        },
        { transaction: t },
      );
      return { subscription: locked, orderId };
    });
  }

  /**
   * Lowers the seat count to `seats` (never below the licences assigned). Takes effect now; nothing is
   * refunded for the current term, the next renewal bills the lower count.
   */
  async lowerSeats(
    actor: Actor,
    subscriptionId: string,
    seats: unknown,
    idempotencyKey: string,
  ): Promise<OrderResult> {
    const key = parseIdempotencyKey(idempotencyKey);
    const target = parseSeats(seats);
    const { context, subscription } = await this.purchaserSubscription(
      actor,
      subscriptionId,
      'change its seats',
    );
    const hash = requestHash('seats_removed', subscription.id, target);
    const replay = await this.replay(context.tenant.id, key, hash);
    if (replay) return replay;
    const { db } = this.deps;
    const done = await this.recordOnce(context.tenant.id, key, hash, () =>
      db.write(async (t) => {
        const locked = await this.lockSubscription(t, subscription.id);
        assertChangeable(locked);
        if (target >= locked.seats)
          throw new InvalidInputError('seats', `must be lower than the current ${locked.seats}`);
        const assigned = await db.models.LicenceAssignment.count({
          where: { subscriptionId: locked.id },
          transaction: t,
        });
        if (target < assigned) throw new SeatsBelowAssignedError(target, assigned);
        const delta = target - locked.seats;
        locked.seats = target;
        await locked.save({ transaction: t });
        const orderId = await this.recordOrder(t, context, locked, 'seats_removed', delta, 0, {
          key,
          hash,
          chargeId: null,
        });
        return { subscription: locked, orderId };
      }),
    );
    return done;
  }

  /**
   * Cancels a self-service subscription: by its purchaser, or by an admin of the tenant (the FAQ's
   * "an admin requests the cancellation"). Cancelling twice changes nothing the second time.
   */
  async cancel(
    actor: Actor,
    subscriptionId: string,
    options: { reason?: unknown } = {},
  ): Promise<SubscriptionDetail> {
    const reason = parseOptionalText(options.reason, 'reason', 500);
    const { access, db } = this.deps;
    const id = requireId('subscriptionId', subscriptionId);
    const context = await access.load(actor);
    const cancelled = await db.write(async (t) => {
      const subscription = await this.lockSubscription(t, id, context.tenant.id);
      const isPurchaser =
        context.isMember && subscription.purchaserId === context.user.id && context.user.accountEnabled;
      if (subscription.source !== 'self-service' || !(isPurchaser || context.isAdmin)) {
        throw new NotAuthorizedError('cancel this subscription');
      }
      if (subscription.status === 'cancelled' || subscription.status === 'deleted') return null;
      subscription.status = 'cancelled';
      subscription.autoRenew = false;
      subscription.cancelledAt = this.deps.clock.now();
      subscription.cancelReason =
        reason ?? (isPurchaser ? 'Cancelled by the purchaser' : 'Cancelled at an admin request');
      await subscription.save({ transaction: t });
      // Nothing more is owed on a cancelled subscription: unpaid bills are voided, not left failing.
      await db.models.Bill.update(
        { status: 'void' },
        { where: { subscriptionId: subscription.id, status: ['open', 'failed'] }, transaction: t },
      );
      await this.recordOrder(t, context, subscription, 'cancellation', 0, 0, {
        key: null,
        hash: null,
        chargeId: null,
      });
      return { subscription, byAdmin: !isPurchaser };
    });
    const subscription = await db.models.Subscription.findByPk(id);
    if (cancelled) {
      this.deps.events.publish({
        type: 'subscription.cancelled',
        tenantId: context.tenant.id,
        subscriptionId: id,
        purchaserId: cancelled.subscription.purchaserId,
        byAdmin: cancelled.byAdmin,
      });
    }
    return (await this.deps.views.details([subscription as Subscription]))[0];
  }

  /** Reads a subscription of the actor's tenant that the actor bought; others get NotAuthorized or NotFound. */
  private async purchaserSubscription(actor: Actor, subscriptionId: string, action: string) {
    const id = requireId('subscriptionId', subscriptionId);
    const context = await this.deps.access.requireMember(actor, action);
    const subscription = await this.deps.db.models.Subscription.findOne({
      where: { id, tenantId: context.tenant.id },
    });
    if (!subscription) throw new NotFoundError('subscription', id);
    if (subscription.source !== 'self-service' || subscription.purchaserId !== context.user.id) {
      throw new NotAuthorizedError(action);
    }
    return { context, subscription };
  }

  private lockSubscription(t: Transaction, id: string, tenantId?: string): Promise<Subscription> {
    return lockSubscription(this.deps.db, t, id, tenantId);
  }

  private async recordOrder(
    t: Transaction,
    context: ActingContext,
    subscription: Subscription,
    kind: OrderKind,
    seatsDelta: number,
    amountMinor: number,
    idempotency: { key: string | null; hash: string | null; chargeId: string | null },
  ): Promise<string> {
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
        idempotencyKey: idempotency.key,
        requestHash: idempotency.hash,
        chargeId: idempotency.chargeId,
      },
      { transaction: t },
    );
    await this.deps.audit.record(t, {
      tenantId: subscription.tenantId,
      actorId: context.user.id,
      action: `subscription.${kind}`,
      entityType: 'subscription',
      entityId: subscription.id,
      data: {
        orderId: order.id,
        seatsDelta,
        seatsAfter: subscription.seats,
        amountMinor,
        currency: subscription.currency,
      },
    });
    return order.id;
  }

  private async assignPurchaserIfUnlicensed(
    t: Transaction,
    context: ActingContext,
    subscription: Subscription,
  ) {
    const { db, audit } = this.deps;
    if (await heldLiveLicence(db, t, context.tenant.id, context.user.id, subscription.productId)) return;
    await db.models.LicenceAssignment.create(
      {
        id: newId('lic'),
        tenantId: context.tenant.id,
        subscriptionId: subscription.id,
        productId: subscription.productId,
        userId: context.user.id,
        assignedById: context.user.id,
      },
      { transaction: t },
    );
    await audit.record(t, {
      tenantId: context.tenant.id,
      actorId: context.user.id,
      action: 'licence.assigned',
      entityType: 'subscription',
      entityId: subscription.id,
      data: { userId: context.user.id },
    });
  }

  /**
   * Charges first (the gateway is idempotent on the key, so concurrent or repeated requests share one
   * charge), then records the order in one transaction. If recording fails and no order holds the
   * charge, the charge is refunded: the card is never charged for nothing.
   */
  private async chargeAndRecord(
    context: ActingContext,
    key: string,
    hash: string,
    token: string,
    amount: { amountMinor: number; currency: string },
    record: (t: Transaction, chargeId: string) => Promise<{ subscription: Subscription; orderId: string }>,
  ): Promise<OrderResult> {
    // Hashed so that any accepted click key fits the gateway's key length, and tenants never share one.
    const gatewayKey = requestHash('charge', context.tenant.id, key);
    const charge = await this.deps.gateway.charge({ token, ...amount, idempotencyKey: gatewayKey });
    if (charge.status === 'declined') throw new PaymentDeclinedError(charge.declineCode);
    try {
      return await this.recordOnce(context.tenant.id, key, hash, () =>
        this.deps.db.write(async (t) => {
          const existing = await this.deps.db.models.Order.findOne({
            where: { tenantId: context.tenant.id, idempotencyKey: key },
            transaction: t,
          });
          if (existing) return { subscription: null, orderId: existing.id };
          return record(t, charge.chargeId);
        }),
      );
    } catch (error) {
      const recorded = await this.deps.db.models.Order.findOne({ where: { chargeId: charge.chargeId } });
      if (!recorded) {
        await this.deps.gateway.refund(charge.chargeId, `refund:${gatewayKey}`);
        this.deps.logger.warn('charge refunded: the order could not be recorded', {
          tenantId: context.tenant.id,
          chargeId: charge.chargeId,
          error,
        });
      }
      throw error;
    }
  }

  /** Runs `write`; a unique-key race on the idempotency key turns into the first request's result. */
  private async recordOnce(
    tenantId: string,
    key: string,
    hash: string,
    write: () => Promise<{ subscription: Subscription | null; orderId: string }>,
  ): Promise<OrderResult> {
    try {
      const written = await write();
      if (written.subscription) return this.result(written.subscription, written.orderId, false);
    } catch (error) {
      if (!(error instanceof UniqueConstraintError)) throw error;
    }
    const replay = await this.replay(tenantId, key, hash);
    if (!replay) throw new Error('idempotent write neither recorded nor found');
    return replay;
  }

  private async replay(tenantId: string, key: string, hash: string): Promise<OrderResult | null> {
    const order = await this.deps.db.models.Order.findOne({ where: { tenantId, idempotencyKey: key } });
    if (!order) return null;
    if (order.requestHash !== hash) throw new IdempotencyConflictError();
    const subscription = await this.deps.db.models.Subscription.findByPk(order.subscriptionId);
    return this.result(subscription as Subscription, order.id, true);
  }

  private async result(subscription: Subscription, orderId: string, replayed: boolean): Promise<OrderResult> {
    const fresh = (await this.deps.db.models.Subscription.findByPk(subscription.id)) as Subscription;
    return { subscription: (await this.deps.views.details([fresh]))[0], orderId, replayed };
  }
}

function cardToken(payment: PaymentChoice | undefined): string {
  if (!payment || payment.method !== 'card')
    throw new InvalidInputError('payment', 'a credit card is required');
  if (typeof payment.token !== 'string' || !/^[\w-]{4,64}$/.test(payment.token))
    throw new InvalidCardError('number');
  return payment.token;
}

function assertChangeable(subscription: Subscription): void {
  if (subscription.status !== 'active' || subscription.isTrial) {
    throw new SubscriptionNotActiveError(
      subscription.id,
      subscription.isTrial ? 'a trial' : subscription.status,
    );
  }
}

function requestHash(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function pick(card: { brand: string; last4: string; expMonth: number; expYear: number }) {
  return { brand: card.brand, last4: card.last4, expMonth: card.expMonth, expYear: card.expYear };
}
