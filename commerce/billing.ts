import { createHash } from 'node:crypto';
import { Op, Transaction } from 'sequelize';
import type { Database } from '../models/database';
import type { Bill, PaymentMethod, Subscription } from '../models';
import { newId } from '../models/ids';
import type { Logger } from '../logging';
import { AccessControl, requireId } from './access';
import { AuditLog } from './audit';
import { addDays, addMonths, Clock, isoDay } from './clock';
import {
  CommerceError,
  DeclineCode,
  InvalidCardError,
  InvalidInputError,
  NotAuthorizedError,
  NotFoundError,
  PaymentDeclinedError,
  SubscriptionNotActiveError,
} from './errors';
import { CommerceEvent, CommerceEvents } from './events';
import { LIVE_STATUSES } from './licences';
import { CardToken, PaymentGateway } from './payment/gateway';
import { Actor, BillStatus, BillView, CardOnFile, SubscriptionStatus, SubscriptionView } from './types';
import { toBillView, toCardOnFile, SubscriptionViews } from './views';
import { parseIdempotencyKey } from './validation';
import { lockSubscription } from './locks';

/** How long each stage of the lifecycle lasts, in days. */
export interface LifecycleOptions {
  /** A past-due subscription keeps working this long after its renewal failed, then is disabled. Default 30. */
  paymentGraceDays?: number;
  /** An expired trial or non-renewing subscription stays expired this long, then is disabled. Default 30. */
  expiredDays?: number;
  /** A disabled subscription stays disabled (and can be reactivated by paying) this long, then is deleted. Default 90. */
  disabledDays?: number;
}

export interface BillingDeps {
  db: Database;
  access: AccessControl;
  gateway: PaymentGateway;
  audit: AuditLog;
  views: SubscriptionViews;
  events: CommerceEvents;
  clock: Clock;
  logger: Logger;
}

/** What one `runRenewals` did, counted by subscription (a subscription renewed for two terms counts twice). */
export interface RenewalSummary {
  renewed: number;
  /** Renewal charges declined, or impossible (no card on file): the subscription is past due. */
  failed: number;
  disabled: number;
  expired: number;
  deleted: number;
  /** Charges that could not be attempted (gateway unreachable): the open bill is charged again next run. */
  retryLater: number;
}

export interface BillPayment {
  bill: BillView;
  subscription: SubscriptionView;
  /** true when the bill was already paid: nothing was charged or changed. */
  alreadyPaid: boolean;
}

/** Statuses whose bills may still be paid: paying the last unpaid bill of a past-due or disabled subscription reactivates it. */
const PAYABLE_STATUSES: readonly SubscriptionStatus[] = ['active', 'past_due', 'disabled'];
const UNPAID: BillStatus[] = ['open', 'failed'];
/** A renewal run that was not run for a long time catches up at most this many terms per subscription. */
const MAX_TERMS_PER_RUN = 36;
const NO_PAYMENT_METHOD = 'no_payment_method';

type RenewalStep =
  | { kind: 'charge'; billId: string; token: string; amountMinor: number; currency: string }
  | { kind: 'no-card'; billId: string }
  | { kind: 'free'; billId: string }
  | { kind: 'renewed' }
  | { kind: 'none' };

type ChargeOutcome =
  | { status: 'succeeded'; chargeId: string | null }
  | { status: 'declined'; chargeId: string | null; declineCode: string };

/**
 * Bills of self-service subscriptions (the purchaser sees and pays them, and updates the card) and
 * the daily lifecycle run.
 *
 * Lifecycle, for self-service subscriptions only (central ones are billed through the
 * organisation's agreement, outside this bot):
 * - **Renewal.** A live (active or past-due), non-trial subscription with auto-renew on is renewed
 *   on its term end: a `renewal` bill for the next term (old term end + term months, unit price ×
 *   seats) is created once per period, then charged to the card on file with a gateway key derived
 *   from the bill id, so a second run (or a second process) never charges twice. Paid: the term
 *   moves on and the order history gets a `renewal` order. Declined, or no card: the bill is
 *   `failed` and the subscription `past_due` from that day; nothing is retried automatically, the
 *   purchaser pays the bill (`payBill`), which reactivates it.
 * - **Past due → disabled.** Past due plays Microsoft's "Expired" stage: licences keep working for
 *   `paymentGraceDays` (30), then the subscription is `disabled` (licences stop; paying still
 *   reactivates it), like Microsoft's "Disabled" stage.
 * - **Expired.** Trials never renew: on their term end they are `expired` (licences stop). So is a
 *   live subscription with auto-renew off (only data can make one: cancelling sets status
 *   `cancelled`). After `expiredDays` (30) an expired subscription is `disabled`.
 * - **Deleted.** A subscription disabled for `disabledDays` (90) is `deleted`; its unpaid bills are
 *   voided. Cancelled subscriptions stay `cancelled` past their term end: cancelling was the end.
 *
 * Each subscription changes in its own transaction with its row locked; every change is audited.
 * Charges are made outside transactions (the gateway writes through the database too); if a charge
 * cannot be recorded, the open bill keeps its key and the next run records the same charge.
 */
export class BillingService {
  private readonly graceDays: number;
  private readonly expiredDays: number;
  private readonly disabledDays: number;

  constructor(
    private readonly deps: BillingDeps,
    options: LifecycleOptions = {},
  ) {
    this.graceDays = days(options.paymentGraceDays, 30, 'paymentGraceDays');
    this.expiredDays = days(options.expiredDays, 30, 'expiredDays');
    this.disabledDays = days(options.disabledDays, 90, 'disabledDays');
  }

  /** The bills of a self-service subscription, oldest period first: for its purchaser or an admin of the tenant. */
  async bills(actor: Actor, subscriptionId: string): Promise<BillView[]> {
    const id = requireId('subscriptionId', subscriptionId);
    const context = await this.deps.access.load(actor);
    const subscription = await this.deps.db.models.Subscription.findOne({
      where: { id, tenantId: context.tenant.id },
    });
    if (!subscription) throw new NotFoundError('subscription', id);
    const isPurchaser =
      context.isMember && context.user.accountEnabled && subscription.purchaserId === context.user.id;
    if (!isPurchaser && !context.isAdmin) throw new NotAuthorizedError('see the bills of this subscription');
    const bills = await this.deps.db.models.Bill.findAll({
      where: { subscriptionId: subscription.id, tenantId: context.tenant.id },
      order: [
        ['periodStart', 'ASC'],
        ['createdAt', 'ASC'],
        ['id', 'ASC'],
      ],
    });
    return bills.map(toBillView);
  }

  /**
   * The purchaser pays an open or failed bill, with the card on file or with a new card token
   * (which becomes the subscription's card on file once the payment succeeds). The key comes from
   * the user's click: a retry with the same key never charges twice. Paying the last unpaid bill of
   * a past-due (or disabled for non-payment) subscription makes it active again; paying a renewal
   * bill moves the term on. A paid bill is returned unchanged.
   */
  async payBill(
    actor: Actor,
    billId: string,
    payment: { token?: unknown },
    idempotencyKey: string,
  ): Promise<BillPayment> {
    const key = parseIdempotencyKey(idempotencyKey);
    const id = requireId('billId', billId);
    const token = parseOptionalToken(payment?.token);
    const { access, db, gateway } = this.deps;
    const context = await access.requireMember(actor, 'pay this bill');
    const tenantId = context.tenant.id;
    const bill = await db.models.Bill.findOne({ where: { id, tenantId } });
    if (!bill) throw new NotFoundError('bill', id);
    const subscription = await db.models.Subscription.findOne({
      where: { id: bill.subscriptionId, tenantId },
    });
    if (
      !subscription ||
      subscription.source !== 'self-service' ||
      subscription.purchaserId !== context.user.id
    ) {
      throw new NotAuthorizedError('pay this bill');
    }
    if (bill.status === 'paid') return this.billPayment(bill.id, true);
    if (bill.status === 'void') {
      throw new InvalidInputError('billId', 'this bill was cancelled: there is nothing to pay');
    }
    if (!PAYABLE_STATUSES.includes(subscription.status)) {
      throw new SubscriptionNotActiveError(subscription.id, subscription.status);
    }
    const newCard = token ? await gateway.describe(token) : null;
    if (token && !newCard) throw new InvalidCardError('number');
    const onFile =
      !token && subscription.paymentMethodId
        ? await db.models.PaymentMethod.findOne({ where: { id: subscription.paymentMethodId, tenantId } })
        : null;
    const chargeToken = token ?? onFile?.gatewayToken;
    if (!chargeToken) throw new InvalidCardError('number');

    const gatewayKey = `bill:${digest(tenantId, bill.id, key)}`;
    let chargeId: string | null = null;
    if (bill.amountMinor > 0) {
      const charge = await gateway.charge({
        token: chargeToken,
        amountMinor: bill.amountMinor,
        currency: bill.currency,
        idempotencyKey: gatewayKey,
      });
      if (charge.status === 'declined') {
        await db.write((t) =>
          this.recordDecline(t, bill.id, charge.chargeId, charge.declineCode, context.user.id),
        );
        throw new PaymentDeclinedError(charge.declineCode);
      }
      chargeId = charge.chargeId;
    }
    const card = newCard && token ? { token, card: newCard } : null;
    let settled: { alreadyPaid: boolean; refund: boolean; voided: boolean };
    try {
      settled = await db.write((t) =>
        this.settle(t, bill.subscriptionId, bill.id, chargeId, context.user.id, this.deps.clock.now(), card),
      );
    } catch (error) {
      await this.refundIfUnrecorded(tenantId, chargeId, gatewayKey, error);
      throw error;
    }
    if (settled.refund && chargeId) await gateway.refund(chargeId, `refund:${gatewayKey}`);
    if (settled.voided) {
      throw new InvalidInputError('billId', 'this bill was cancelled: there is nothing to pay');
    }
    return this.billPayment(bill.id, settled.alreadyPaid);
  }

  /**
   * The purchaser replaces the subscription's card on file with the card behind `token` (from the
   * checkout page). Only the token, brand, last 4 digits and expiry are kept. Unpaid bills are not
   * charged here: the purchaser pays them with `payBill`.
   */
  async updateCard(actor: Actor, subscriptionId: string, token: unknown): Promise<CardOnFile> {
    const id = requireId('subscriptionId', subscriptionId);
    const cardToken = parseOptionalToken(token);
    if (!cardToken) throw new InvalidCardError('number');
    const { access, db, gateway } = this.deps;
    const context = await access.requireMember(actor, 'update the card of this subscription');
    const subscription = await db.models.Subscription.findOne({ where: { id, tenantId: context.tenant.id } });
    if (!subscription) throw new NotFoundError('subscription', id);
    if (subscription.source !== 'self-service' || subscription.purchaserId !== context.user.id) {
      throw new NotAuthorizedError('update the card of this subscription');
    }
    assertCardUpdatable(subscription);
    const card = await gateway.describe(cardToken);
    if (!card) throw new InvalidCardError('number');
    const method = await db.write(async (t) => {
      const locked = await this.lockSubscription(t, subscription.id);
      assertCardUpdatable(locked);
      return this.replaceCard(t, locked, context.user.id, cardToken, card);
    });
    return toCardOnFile(method);
  }

  /**
   * The daily run (see the class comment): renewals due on or before `at`'s day (UTC), then the
   * lifecycle moves (past due → disabled, trials → expired, expired → disabled, disabled → deleted).
   * Safe to run twice on the same day, or from two processes at once.
   */
  async runRenewals(at: Date): Promise<RenewalSummary> {
    if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
      throw new InvalidInputError('at', 'must be a date');
    }
    const day = isoDay(at);
    const summary: RenewalSummary = {
      renewed: 0,
      failed: 0,
      disabled: 0,
      expired: 0,
      deleted: 0,
      retryLater: 0,
    };
    const { Subscription } = this.deps.db.models;
    const selfService = { source: 'self-service' as const };

    const due = await Subscription.findAll({
      attributes: ['id'],
      where: {
        ...selfService,
        isTrial: false,
        autoRenew: true,
        status: { [Op.in]: [...LIVE_STATUSES] },
        termEnd: { [Op.lte]: day },
      },
      order: [
        ['termEnd', 'ASC'],
        ['id', 'ASC'],
      ],
    });
    for (const { id } of due) await this.renew(id, day, at, summary);

    const pastDue = await Subscription.findAll({
      attributes: ['id'],
      where: {
        ...selfService,
        status: 'past_due',
        pastDueSince: { [Op.lte]: addDays(day, -this.graceDays) },
      },
      order: [['id', 'ASC']],
    });
    for (const { id } of pastDue) {
      if (await this.transition(id, day, 'disable-past-due')) summary.disabled++;
    }

    const ending = await Subscription.findAll({
      attributes: ['id'],
      where: {
        ...selfService,
        status: { [Op.in]: [...LIVE_STATUSES] },
        termEnd: { [Op.lte]: day },
        [Op.or]: [{ isTrial: true }, { autoRenew: false }],
      },
      order: [['id', 'ASC']],
    });
    for (const { id } of ending) {
      if (await this.transition(id, day, 'expire')) summary.expired++;
    }

    const expired = await Subscription.findAll({
      attributes: ['id'],
      where: { ...selfService, status: 'expired', termEnd: { [Op.lte]: addDays(day, -this.expiredDays) } },
      order: [['id', 'ASC']],
    });
    for (const { id } of expired) {
      if (await this.transition(id, day, 'disable-expired')) summary.disabled++;
    }

    const disabled = await Subscription.findAll({
      attributes: ['id'],
      where: { ...selfService, status: 'disabled' },
      order: [['id', 'ASC']],
    });
    for (const { id } of disabled) {
      if (await this.transition(id, day, 'delete')) summary.deleted++;
    }
    return summary;
  }

  /** Renews one subscription for every term due by `day` (normally one). */
  private async renew(id: string, day: string, at: Date, summary: RenewalSummary): Promise<void> {
    for (let term = 0; term < MAX_TERMS_PER_RUN; term++) {
      const step = await this.deps.db.write((t) => this.prepareRenewal(t, id, day));
      if (step.kind === 'none') return;
      if (step.kind === 'renewed') {
        summary.renewed++;
        continue;
      }
      let outcome: ChargeOutcome;
      if (step.kind === 'no-card') {
        outcome = { status: 'declined', chargeId: null, declineCode: NO_PAYMENT_METHOD };
      } else if (step.kind === 'free') {
        outcome = { status: 'succeeded', chargeId: null };
      } else {
        const charged = await this.chargeRenewal(step);
        if (!charged) {
          summary.retryLater++;
          return;
        }
        outcome = charged;
      }
      const recorded = await this.recordRenewal(id, step.billId, outcome, day, at);
      if (recorded === 'failed') summary.failed++;
      if (recorded !== 'renewed') return;
      summary.renewed++;
    }
  }

  /**
   * Under the row lock: is a renewal due, and which bill covers it? Creates the bill once per period;
   * a bill already paid (by `payBill`, or a run that stopped after charging) just moves the term on.
   */
  private async prepareRenewal(t: Transaction, id: string, day: string): Promise<RenewalStep> {
    const { db } = this.deps;
    const subscription = await this.lockSubscription(t, id);
    if (!renewalDue(subscription, day)) return { kind: 'none' };
    const periodStart = subscription.termEnd;
    const periodEnd = addMonths(periodStart, subscription.termMonths);
    let bill = await db.models.Bill.findOne({
      where: { subscriptionId: subscription.id, kind: 'renewal', periodStart },
      order: [['createdAt', 'ASC']],
      transaction: t,
    });
    if (bill?.status === 'paid') {
      await this.moveTerm(t, subscription, bill, null);
      return { kind: 'renewed' };
    }
    if (bill && bill.status !== 'open') return { kind: 'none' };
    if (!bill) {
      bill = await db.models.Bill.create(
        {
          id: newId('bill'),
          tenantId: subscription.tenantId,
          subscriptionId: subscription.id,
          payerId: subscription.purchaserId,
          kind: 'renewal',
          amountMinor: subscription.unitPriceMinor * subscription.seats,
          currency: subscription.currency,
          status: 'open',
          periodStart,
          periodEnd,
          dueDate: periodStart,
          attempts: 0,
        },
        { transaction: t },
      );
      await this.audit(t, null, 'bill.created', 'bill', bill, {
        periodStart,
        periodEnd,
        amountMinor: bill.amountMinor,
      });
    }
    if (bill.amountMinor === 0) return { kind: 'free', billId: bill.id };
    const method = subscription.paymentMethodId
      ? await db.models.PaymentMethod.findOne({
          where: { id: subscription.paymentMethodId, tenantId: subscription.tenantId },
          transaction: t,
        })
      : null;
    if (!method) return { kind: 'no-card', billId: bill.id };
    return {
      kind: 'charge',
      billId: bill.id,
      token: method.gatewayToken,
      amountMinor: bill.amountMinor,
      currency: bill.currency,
    };
  }

  /**
   * Charges a renewal bill with a key derived from the bill alone. A refusal by the gateway itself
   * (unknown token, key reused with another card) counts as a decline, so the purchaser is told and
   * can pay with another card; anything else (unreachable gateway) leaves the bill open for the next run.
   */
  private async chargeRenewal(step: Extract<RenewalStep, { kind: 'charge' }>): Promise<ChargeOutcome | null> {
    try {
      const charge = await this.deps.gateway.charge({
        token: step.token,
        amountMinor: step.amountMinor,
        currency: step.currency,
        idempotencyKey: `renewal:${step.billId}`,
      });
      return charge.status === 'succeeded'
        ? { status: 'succeeded', chargeId: charge.chargeId }
        : { status: 'declined', chargeId: charge.chargeId, declineCode: charge.declineCode };
    } catch (error) {
      if (error instanceof CommerceError) {
        this.deps.logger.warn('renewal charge refused by the gateway', {
          billId: step.billId,
          code: error.code,
        });
        return { status: 'declined', chargeId: null, declineCode: 'processing_error' };
      }
      this.deps.logger.warn('renewal charge not attempted; retried next run', { billId: step.billId, error });
      return null;
    }
  }

  private async recordRenewal(
    id: string,
    billId: string,
    outcome: ChargeOutcome,
    day: string,
    at: Date,
  ): Promise<'renewed' | 'failed' | 'none'> {
    const { db } = this.deps;
    let refund = false;
    let event: CommerceEvent | null = null;
    const result = await db.write(async (t): Promise<'renewed' | 'failed' | 'none'> => {
      const subscription = await this.lockSubscription(t, id);
      const bill = await this.lockBill(t, billId, subscription.tenantId);
      if (bill.status === 'paid' || bill.status === 'void') {
        // Paid meanwhile by the purchaser with another charge: ours is given back.
        refund =
          outcome.status === 'succeeded' && outcome.chargeId !== null && bill.chargeId !== outcome.chargeId;
        return 'none';
      }
      if (outcome.status === 'succeeded') {
        await this.markPaid(t, bill, outcome.chargeId, null, at);
        await this.moveTerm(t, subscription, bill, null);
        await this.reactivateIfSettled(t, subscription, null);
        await subscription.save({ transaction: t });
        return 'renewed';
      }
      if (bill.status === 'failed') return 'none';
      bill.status = 'failed';
      bill.attempts += 1;
      bill.lastDeclineCode = outcome.declineCode;
      await bill.save({ transaction: t });
      await this.audit(t, null, 'bill.payment-declined', 'bill', bill, {
        chargeId: outcome.chargeId,
        declineCode: outcome.declineCode,
      });
      if (subscription.status === 'active') {
        subscription.status = 'past_due';
        subscription.pastDueSince = day;
        await subscription.save({ transaction: t });
        await this.audit(t, null, 'subscription.past-due', 'subscription', subscription, { billId: bill.id });
      }
      event = {
        type: 'renewal.failed',
        tenantId: subscription.tenantId,
        subscriptionId: subscription.id,
        purchaserId: subscription.purchaserId,
        billId: bill.id,
      };
      return 'failed';
    });
    if (refund && outcome.chargeId) {
      await this.deps.gateway.refund(outcome.chargeId, `refund:renewal:${billId}`);
    }
    if (event) this.publish(event);
    return result;
  }

  /** One lifecycle move, re-checked under the row lock; true when the subscription changed. */
  private async transition(
    id: string,
    day: string,
    move: 'disable-past-due' | 'expire' | 'disable-expired' | 'delete',
  ): Promise<boolean> {
    let event: CommerceEvent | null = null;
    const changed = await this.deps.db.write(async (t) => {
      const subscription = await this.lockSubscription(t, id);
      const next = this.nextStatus(subscription, day, move);
      if (!next) return false;
      const from = subscription.status;
      subscription.status = next;
      await subscription.save({ transaction: t });
      await this.audit(t, null, `subscription.${next}`, 'subscription', subscription, { from, day });
      if (next === 'deleted') await this.voidUnpaid(t, subscription);
      if (next === 'disabled') {
        event = {
          type: 'subscription.disabled',
          tenantId: subscription.tenantId,
          subscriptionId: subscription.id,
          purchaserId: subscription.purchaserId,
        };
      }
      return true;
    });
    if (event) this.publish(event);
    return changed;
  }

  private nextStatus(subscription: Subscription, day: string, move: string): SubscriptionStatus | null {
    if (subscription.source !== 'self-service') return null;
    switch (move) {
      case 'disable-past-due':
        return subscription.status === 'past_due' &&
          subscription.pastDueSince !== null &&
          addDays(subscription.pastDueSince, this.graceDays) <= day
          ? 'disabled'
          : null;
      case 'expire':
        return LIVE_STATUSES.includes(subscription.status) &&
          subscription.termEnd <= day &&
          (subscription.isTrial || !subscription.autoRenew)
          ? 'expired'
          : null;
      case 'disable-expired':
        return subscription.status === 'expired' && addDays(subscription.termEnd, this.expiredDays) <= day
          ? 'disabled'
          : null;
      default:
        return subscription.status === 'disabled' &&
          addDays(this.disabledSince(subscription), this.disabledDays) <= day
          ? 'deleted'
          : null;
    }
  }

  /** When the subscription became due to be disabled: from its grace period, or from its expiry. */
  private disabledSince(subscription: Subscription): string {
    return subscription.pastDueSince
      ? addDays(subscription.pastDueSince, this.graceDays)
      : addDays(subscription.termEnd, this.expiredDays);
  }

  /** Marks the bill paid, moves the term, sets the new card and reactivates, after a successful charge. */
  private async settle(
    t: Transaction,
    subscriptionId: string,
    billId: string,
    chargeId: string | null,
    actorId: string,
    at: Date,
    card: { token: string; card: CardToken } | null,
  ): Promise<{ alreadyPaid: boolean; refund: boolean; voided: boolean }> {
    const subscription = await this.lockSubscription(t, subscriptionId);
    const bill = await this.lockBill(t, billId, subscription.tenantId);
    if (bill.status === 'paid') {
      // Same charge: a replay of this click. Another charge: paid meanwhile, ours goes back.
      return { alreadyPaid: true, refund: chargeId !== null && bill.chargeId !== chargeId, voided: false };
    }
    if (bill.status === 'void') return { alreadyPaid: false, refund: chargeId !== null, voided: true };
    if (!PAYABLE_STATUSES.includes(subscription.status)) {
      throw new SubscriptionNotActiveError(subscription.id, subscription.status);
    }
    await this.markPaid(t, bill, chargeId, actorId, at);
    if (card) await this.replaceCard(t, subscription, actorId, card.token, card.card);
    await this.moveTerm(t, subscription, bill, actorId);
    await this.reactivateIfSettled(t, subscription, actorId);
    await subscription.save({ transaction: t });
    return { alreadyPaid: false, refund: false, voided: false };
  }

  private async markPaid(
    t: Transaction,
    bill: Bill,
    chargeId: string | null,
    actorId: string | null,
    at: Date,
  ) {
    bill.status = 'paid';
    bill.paidAt = at;
    bill.chargeId = chargeId;
    bill.attempts += 1;
    await bill.save({ transaction: t });
    await this.audit(t, actorId, 'bill.paid', 'bill', bill, { chargeId, amountMinor: bill.amountMinor });
  }

  /** A paid renewal bill moves the term to its period (once) and adds a `renewal` order. */
  private async moveTerm(t: Transaction, subscription: Subscription, bill: Bill, actorId: string | null) {
    if (bill.kind !== 'renewal' || subscription.termEnd !== bill.periodStart) return;
    subscription.termStart = bill.periodStart;
    subscription.termEnd = bill.periodEnd;
    await subscription.save({ transaction: t });
    const order = await this.deps.db.models.Order.create(
      {
        id: newId('ord'),
        tenantId: subscription.tenantId,
        subscriptionId: subscription.id,
        kind: 'renewal',
        seatsDelta: 0,
        seatsAfter: subscription.seats,
        amountMinor: bill.amountMinor,
        currency: bill.currency,
        actorId,
        // One renewal order per bill, whichever path paid it: the unique key refuses a second.
        idempotencyKey: `renewal:${bill.id}`,
        requestHash: null,
        chargeId: bill.chargeId,
      },
      { transaction: t },
    );
    await this.audit(t, actorId, 'subscription.renewal', 'subscription', subscription, {
      orderId: order.id,
      billId: bill.id,
      termStart: subscription.termStart,
      termEnd: subscription.termEnd,
      amountMinor: bill.amountMinor,
      currency: bill.currency,
    });
  }

  /** Back to active once no bill is left unpaid (a subscription disabled by expiry has no bill to pay). */
  private async reactivateIfSettled(t: Transaction, subscription: Subscription, actorId: string | null) {
    const unpaidStatus =
      subscription.status === 'past_due' ||
      (subscription.status === 'disabled' && subscription.pastDueSince !== null);
    if (!unpaidStatus) return;
    const unpaid = await this.deps.db.models.Bill.count({
      where: { subscriptionId: subscription.id, status: { [Op.in]: UNPAID } },
      transaction: t,
    });
    if (unpaid > 0) return;
    const from = subscription.status;
    subscription.status = 'active';
    subscription.pastDueSince = null;
    await subscription.save({ transaction: t });
    await this.audit(t, actorId, 'subscription.reactivated', 'subscription', subscription, { from });
  }

  /** A declined payment of a bill, counted once per gateway charge (a replayed click counts once). */
  private async recordDecline(
    t: Transaction,
    billId: string,
    chargeId: string,
    declineCode: DeclineCode,
    actorId: string,
  ) {
    const bill = await this.deps.db.models.Bill.findByPk(billId, { transaction: t, lock: t.LOCK.UPDATE });
    if (!bill || !UNPAID.includes(bill.status)) return;
    const earlier = await this.deps.db.models.AuditEntry.findAll({
      where: {
        tenantId: bill.tenantId,
        entityType: 'bill',
        entityId: bill.id,
        action: 'bill.payment-declined',
      },
      transaction: t,
    });
    if (earlier.some((entry) => entry.data?.chargeId === chargeId)) return;
    bill.status = 'failed';
    bill.attempts += 1;
    bill.lastDeclineCode = declineCode;
    await bill.save({ transaction: t });
    await this.audit(t, actorId, 'bill.payment-declined', 'bill', bill, { chargeId, declineCode });
  }

  private async replaceCard(
    t: Transaction,
    subscription: Subscription,
    actorId: string,
    token: string,
    card: CardToken,
  ): Promise<PaymentMethod> {
    const { PaymentMethod } = this.deps.db.models;
    const current = subscription.paymentMethodId
      ? await PaymentMethod.findOne({ where: { id: subscription.paymentMethodId }, transaction: t })
      : null;
    if (current && current.gatewayToken === token) return current;
    const method = await PaymentMethod.create(
      {
        id: newId('pm'),
        tenantId: subscription.tenantId,
        ownerId: actorId,
        gatewayToken: token,
        brand: card.brand,
        last4: card.last4,
        expMonth: card.expMonth,
        expYear: card.expYear,
      },
      { transaction: t },
    );
    subscription.paymentMethodId = method.id;
    await subscription.save({ transaction: t });
    await this.audit(t, actorId, 'subscription.card-updated', 'subscription', subscription, {
      paymentMethodId: method.id,
      brand: method.brand,
      last4: method.last4,
      replaced: current?.id ?? null,
    });
    return method;
  }

  private async voidUnpaid(t: Transaction, subscription: Subscription) {
    const bills = await this.deps.db.models.Bill.findAll({
      where: { subscriptionId: subscription.id, status: { [Op.in]: UNPAID } },
      transaction: t,
    });
    for (const bill of bills) {
      const from = bill.status;
      bill.status = 'void';
      await bill.save({ transaction: t });
      await this.audit(t, null, 'bill.voided', 'bill', bill, { from, reason: 'subscription deleted' });
    }
  }

  /** A charge whose recording failed is given back unless some bill holds it. */
  private async refundIfUnrecorded(
    tenantId: string,
    chargeId: string | null,
    gatewayKey: string,
    error: unknown,
  ) {
    if (!chargeId) return;
    const recorded = await this.deps.db.models.Bill.findOne({ where: { tenantId, chargeId } });
    if (recorded) return;
    await this.deps.gateway.refund(chargeId, `refund:${gatewayKey}`);
    this.deps.logger.warn('charge refunded: the bill payment could not be recorded', {
      tenantId,
      chargeId,
      error,
    });
  }

  private async billPayment(billId: string, alreadyPaid: boolean): Promise<BillPayment> {
    const { Bill, Subscription } = this.deps.db.models;
    const bill = (await Bill.findByPk(billId)) as Bill;
    const subscription = (await Subscription.findByPk(bill.subscriptionId)) as Subscription;
    const [view] = await this.deps.views.summaries([subscription]);
    return { bill: toBillView(bill), subscription: view, alreadyPaid };
  }

  private lockSubscription(t: Transaction, id: string): Promise<Subscription> {
    return lockSubscription(this.deps.db, t, id);
  }

  private async lockBill(t: Transaction, id: string, tenantId: string): Promise<Bill> {
    const bill = await this.deps.db.models.Bill.findOne({
      where: { id, tenantId },
      transaction: t,
      lock: t.LOCK.UPDATE,
    });
    if (!bill) throw new NotFoundError('bill', id);
    return bill;
  }

  private async audit(
    t: Transaction,
    actorId: string | null,
    action: string,
    entityType: 'bill' | 'subscription',
    entity: { id: string; tenantId: string },
    data: Record<string, unknown>,
  ) {
    await this.deps.audit.record(t, {
      tenantId: entity.tenantId,
      actorId,
      action,
      entityType,
      entityId: entity.id,
      data,
    });
  }

  /** Listeners run after the commit; one that fails is logged and never undoes the change. */
  private publish(event: CommerceEvent) {
    try {
      this.deps.events.publish(event);
    } catch (error) {
      this.deps.logger.warn('event listener failed', { type: event.type, error });
    }
  }
}

function renewalDue(subscription: Subscription, day: string): boolean {
  return (
    subscription.source === 'self-service' &&
    !subscription.isTrial &&
    subscription.autoRenew &&
    LIVE_STATUSES.includes(subscription.status) &&
    subscription.termEnd <= day
  );
}

function assertCardUpdatable(subscription: Subscription): void {
  if (subscription.isTrial || !PAYABLE_STATUSES.includes(subscription.status)) {
    throw new SubscriptionNotActiveError(
      subscription.id,
      subscription.isTrial ? 'a trial' : subscription.status,
    );
  }
}

function parseOptionalToken(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !/^[\w-]{4,64}$/.test(value)) throw new InvalidCardError('number');
  return value;
}

function digest(...parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function days(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`BillingService: ${name} must be a whole number of days`);
  return value;
}
