import { toLocale } from '../../cards/messages';
import {
  IdempotencyConflictError,
  InvalidCardError,
  InvalidInputError,
  NotFoundError,
  PaymentDeclinedError,
  isCommerceError,
  type Actor,
  type BillView,
  type CommerceError,
  type Quote,
  type SubscriptionDetail,
} from '../../commerce';
import { parseSeats } from '../../commerce/validation';
import type { CardToken } from '../../commerce/payment/gateway';
import { parseCheckoutForm, toCardInput } from './form';
import {
  CheckoutSessions,
  LoadedSession,
  StoredResult,
  csrfMatches,
  newCsrfToken,
  newSessionId,
} from './sessions';
import type {
  CheckoutBilling,
  CheckoutCompletedEvent,
  CheckoutDeps,
  CheckoutKind,
  CheckoutLink,
  CheckoutListener,
  CheckoutLocale,
  CheckoutOpener,
  CheckoutOutcome,
  CheckoutSessionView,
  OpenCheckoutRequest,
  PayBillCheckoutPayload,
  PurchaseCheckoutPayload,
  UpdateCardCheckoutPayload,
} from './types';

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_NOTIFY_TIMEOUT_MS = 5_000;
/** A submit that has held a session this long without finishing is taken to have died with its process. */
export const PROCESSING_LEASE_MS = 2 * 60_000;

/** What the page is about, read from the core each time it is shown. */
export type CheckoutSummary =
  | { kind: 'purchase'; quote: Quote }
  | { kind: 'pay-bill'; productName: string; bill: BillView }
  | { kind: 'update-card'; productName: string; seats: number; card: SubscriptionDetail['card'] };

export interface PersonView {
  displayName: string;
  email: string;
}

/** What the HTTP layer renders; card data never appears in it. */
export type CheckoutPage =
  | {
      type: 'form';
      status: number;
      session: CheckoutSessionView;
      csrf: string;
      person: PersonView | null;
      summary: CheckoutSummary;
      /** A refusal to show above the form (decline, invalid field). */
      error: CommerceError | null;
      attemptsLeft: number;
    }
  | { type: 'receipt'; status: 200; locale: CheckoutLocale; result: StoredResult; alreadyDone: boolean }
  | { type: 'processing'; status: 202; locale: CheckoutLocale }
  | { type: 'expired'; status: 410; locale: CheckoutLocale; closed: boolean }
  | { type: 'not-found'; status: 404 }
  /** The core refuses the session's payment now (no longer eligible, bill already paid…). */
  | { type: 'refused'; status: number; locale: CheckoutLocale; error: CommerceError }
  | { type: 'stale-form'; status: 403; locale: CheckoutLocale }
  | { type: 'malformed'; status: 400; locale: CheckoutLocale }
  | { type: 'unconfirmed'; status: 409; locale: CheckoutLocale }
  | { type: 'failed'; status: 500; locale: CheckoutLocale };

/**
 * The checkout page's behaviour, independent of HTTP: opening links, showing a session, and
 * taking one card submit through the gateway and the core exactly once.
 */
export class CheckoutService implements CheckoutOpener {
  private readonly sessions: CheckoutSessions;
  private readonly listeners: CheckoutListener[] = [];
  private readonly maxAttempts: number;
  private readonly notifyTimeoutMs: number;

  constructor(private readonly deps: CheckoutDeps) {
    this.sessions = new CheckoutSessions(deps.db);
    this.maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.notifyTimeoutMs = deps.notifyTimeoutMs ?? DEFAULT_NOTIFY_TIMEOUT_MS;
    if (deps.listener) this.listeners.push(deps.listener);
  }

  /** Adds a listener told of every completed checkout (for a composition root that builds the channel later). */
  addListener(listener: CheckoutListener): void {
    this.listeners.push(listener);
  }

  async open(request: OpenCheckoutRequest): Promise<CheckoutLink> {
    const actor: Actor = { tenantId: request.tenantId, userId: request.userId };
    const payload = await this.checkRequest(actor, request);
    const id = newSessionId();
    const expiresAt = new Date(this.deps.clock.now().getTime() + this.deps.ttlMinutes * 60_000);
    await this.sessions.create({
      id,
      tenantId: request.tenantId,
      userId: request.userId,
      kind: request.kind,
      request: payload,
      conversationRef: request.conversationRef ?? null,
      locale: toLocale(request.locale),
      csrf: newCsrfToken(),
      expiresAt,
    });
    this.deps.logger.info('checkout opened', {
      checkoutId: id,
      kind: request.kind,
      tenantId: request.tenantId,
    });
    return { id, url: `${this.deps.publicUrl}/checkout/${id}`, expiresAt: expiresAt.toISOString() };
  }

  /** The page for a GET: the form, the receipt, or why there is neither. */
  async show(id: string): Promise<CheckoutPage> {
    const session = await this.sessions.find(id);
    if (!session) return { type: 'not-found', status: 404 };
    const settled = await this.settledPage(session, false);
    if (settled) return settled;
    return this.formPage(session, 200, null);
  }

  /** The page for a POST of the card form. The body is the raw urlencoded text. */
  async submit(id: string, body: string): Promise<CheckoutPage> {
    const session = await this.sessions.find(id);
    if (!session) return { type: 'not-found', status: 404 };
    const locale = session.view.locale;
    const settled = await this.settledPage(session, true);
    if (settled) return settled;

    let form;
    try {
      form = parseCheckoutForm(body);
    } catch {
      return { type: 'malformed', status: 400, locale };
    }
    if (!csrfMatches(session.csrf, form.csrf)) return { type: 'stale-form', status: 403, locale };
    let card;
    try {
      card = toCardInput(form);
    } catch (error) {
      if (error instanceof InvalidCardError) return this.formPage(session, 400, error);
      throw error;
    }

    const now = this.deps.clock.now();
    const staleBefore = new Date(now.getTime() - PROCESSING_LEASE_MS);
    if (!(await this.sessions.claim(id, now, staleBefore, this.maxAttempts))) {
      // Another submit holds it or has just finished: show what it became.
      const current = await this.sessions.find(id);
      return (
        (current && (await this.settledPage(current, true))) ?? { type: 'processing', status: 202, locale }
      );
    }
    // Read under the hold: nobody else changes the counter now. The counter makes the key: concurrent
    // submits never get here together, and a retry after a crash reuses the key, so the gateway
    // cannot charge it twice.
    const held = await this.reload(session);
    const idempotencyKey = `${id}:${held.row.attempts}`;

    let token: CardToken;
    try {
      token = await this.deps.core.gateway.tokenize(card);
    } catch (error) {
      await this.sessions.release(id, this.deps.clock.now(), {
        triedGateway: false,
        maxAttempts: this.maxAttempts,
      });
      if (error instanceof InvalidCardError) return this.formPage(await this.reload(session), 400, error);
      if (isCommerceError(error)) return { type: 'refused', status: error.httpStatus, locale, error };
      throw error;
    }

    let outcome: CheckoutOutcome;
    try {
      outcome = await this.execute(held.view, token, idempotencyKey);
    } catch (error) {
      return this.afterFailure(session, error);
    }

    const result = { kind: outcome.kind, receipt: outcome.receipt } as StoredResult;
    const resultId = resultIdOf(outcome);
    const done = await this.sessions.complete(id, this.deps.clock.now(), resultId, result);
    if (!done) {
      this.deps.logger.warn('checkout completed after its hold was taken over', { checkoutId: id, resultId });
      return { type: 'receipt', status: 200, locale, result, alreadyDone: true };
    }
    this.deps.logger.info('checkout completed', { checkoutId: id, kind: outcome.kind, resultId });
    const completed = await this.sessions.find(id);
    if (completed) await this.notify({ session: completed.view, outcome });
    return { type: 'receipt', status: 200, locale, result, alreadyDone: false };
  }

  /** The page of a session that takes no more card submits, or null when it does. */
  private async settledPage(session: LoadedSession, submitted: boolean): Promise<CheckoutPage | null> {
    const { view } = session;
    const locale = view.locale;
    const now = this.deps.clock.now();
    const expired = new Date(view.expiresAt).getTime() <= now.getTime();
    switch (view.status) {
      case 'completed':
        if (!session.result) throw new Error(`checkout ${view.id} completed without a result`);
        return { type: 'receipt', status: 200, locale, result: session.result, alreadyDone: submitted };
      case 'expired':
        if (session.closedReason === 'unconfirmed') return { type: 'unconfirmed', status: 409, locale };
        return { type: 'expired', status: 410, locale, closed: session.closedReason === 'attempts' };
      case 'processing': {
        const held = now.getTime() - new Date(session.row.updatedAt).getTime() < PROCESSING_LEASE_MS;
        if (held) return { type: 'processing', status: 202, locale };
        // Its holder died: before expiry a new submit may take it over, after it the link is dead.
        return expired ? { type: 'expired', status: 410, locale, closed: false } : null;
      }
      case 'open':
        if (!expired) return null;
        await this.sessions.expire(view.id, now);
        return { type: 'expired', status: 410, locale, closed: false };
    }
  }

  private async formPage(
    session: LoadedSession,
    status: number,
    error: CommerceError | null,
  ): Promise<CheckoutPage> {
    const { view } = session;
    const actor = actorOf(view);
    let summary: CheckoutSummary;
    try {
      summary = await this.summary(actor, view);
    } catch (refusal) {
      if (isCommerceError(refusal) && refusal.httpStatus < 500) {
        return { type: 'refused', status: refusal.httpStatus, locale: view.locale, error: refusal };
      }
      throw refusal;
    }
    const user = await this.deps.core.directory.userById(view.userId);
    return {
      type: 'form',
      status,
      session: view,
      csrf: session.csrf,
      person: user ? { displayName: user.displayName, email: user.email } : null,
      summary,
      error,
      attemptsLeft: Math.max(0, this.maxAttempts - view.attempts),
    };
  }

  private async reload(session: LoadedSession): Promise<LoadedSession> {
    return (await this.sessions.find(session.view.id)) ?? session;
  }

  private async afterFailure(session: LoadedSession, error: unknown): Promise<CheckoutPage> {
    const id = session.view.id;
    const locale = session.view.locale;
    const now = this.deps.clock.now();
    if (error instanceof IdempotencyConflictError) {
      // Only a retry after a crashed submit gets here: whether that one charged is unknown, so the
      // link closes rather than risk a second charge under a new key.
      await this.sessions.release(id, now, {
        triedGateway: true,
        maxAttempts: this.maxAttempts,
        close: 'unconfirmed',
      });
      this.deps.logger.warn('checkout closed: an earlier attempt may have been charged', { checkoutId: id });
      return { type: 'unconfirmed', status: 409, locale };
    }
    const released = await this.sessions.release(id, now, {
      triedGateway: true,
      maxAttempts: this.maxAttempts,
    });
    if (error instanceof PaymentDeclinedError) {
      this.deps.logger.info('checkout declined', {
        checkoutId: id,
        declineCode: error.declineCode,
        attempts: released.attempts,
      });
      if (released.closed) return { type: 'expired', status: 410, locale, closed: true };
      return this.formPage(await this.reload(session), 402, error);
    }
    if (isCommerceError(error)) {
      this.deps.logger.info('checkout refused', { checkoutId: id, code: error.code });
      if (error instanceof InvalidCardError || error instanceof InvalidInputError) {
        return this.formPage(await this.reload(session), error.httpStatus, error);
      }
      return { type: 'refused', status: error.httpStatus, locale, error };
    }
    this.deps.logger.error('checkout failed', { checkoutId: id, error });
    return { type: 'failed', status: 500, locale };
  }

  private async execute(
    session: CheckoutSessionView,
    token: CardToken,
    key: string,
  ): Promise<CheckoutOutcome> {
    const actor = actorOf(session);
    const card = { brand: token.brand, last4: token.last4 };
    const { core } = this.deps;
    switch (session.kind) {
      case 'purchase': {
        const request = session.payload as PurchaseCheckoutPayload;
        const order = await core.purchases.purchase(actor, {
          productId: request.productId,
          seats: request.seats,
          payment: { method: 'card', token: token.token },
          idempotencyKey: key,
        });
        const subscription = order.subscription;
        const paid = subscription.orders.find((o) => o.id === order.orderId);
        return {
          kind: 'purchase',
          receipt: {
            orderId: order.orderId,
            subscriptionId: subscription.id,
            productName: subscription.productName,
            seats: paid?.seatsDelta ?? subscription.seats,
            total: paid?.amount ?? {
              amountMinor: subscription.unitPrice.amountMinor * subscription.seats,
              currency: subscription.unitPrice.currency,
            },
            termEnd: subscription.termEnd,
            card,
          },
          subscription,
        };
      }
      case 'pay-bill': {
        const request = session.payload as PayBillCheckoutPayload;
        const payment = await this.billing().payBill(actor, request.billId, { token: token.token }, key);
        if (payment.alreadyPaid) throw new InvalidInputError('billId', 'this bill is already paid');
        const subscription = await core.account.subscription(actor, request.subscriptionId);
        const bill = subscription.bills.find((b) => b.id === request.billId);
        if (!bill) throw new NotFoundError('bill', request.billId);
        return {
          kind: 'pay-bill',
          receipt: {
            billId: bill.id,
            subscriptionId: subscription.id,
            productName: subscription.productName,
            amount: bill.amount,
            card,
          },
          subscription,
        };
      }
      case 'update-card': {
        const request = session.payload as UpdateCardCheckoutPayload;
        await this.billing().updateCard(actor, request.subscriptionId, token.token);
        const subscription = await core.account.subscription(actor, request.subscriptionId);
        return {
          kind: 'update-card',
          receipt: { subscriptionId: subscription.id, productName: subscription.productName, card },
          subscription,
        };
      }
    }
  }

  private async summary(actor: Actor, session: CheckoutSessionView): Promise<CheckoutSummary> {
    const { core } = this.deps;
    switch (session.kind) {
      case 'purchase': {
        const request = session.payload as PurchaseCheckoutPayload;
        return { kind: 'purchase', quote: await core.catalog.quote(actor, request.productId, request.seats) };
      }
      case 'pay-bill': {
        const request = session.payload as PayBillCheckoutPayload;
        const subscription = await core.account.subscription(actor, request.subscriptionId);
        return {
          kind: 'pay-bill',
          productName: subscription.productName,
          bill: payableBill(subscription, request.billId),
        };
      }
      case 'update-card': {
        const request = session.payload as UpdateCardCheckoutPayload;
        const subscription = await core.account.subscription(actor, request.subscriptionId);
        return {
          kind: 'update-card',
          productName: subscription.productName,
          seats: subscription.seats,
          card: subscription.card,
        };
      }
    }
  }

  /** Validates and normalises what a dialog asks for, through the core (which throws its coded refusals). */
  private async checkRequest(
    actor: Actor,
    request: OpenCheckoutRequest,
  ): Promise<OpenCheckoutRequest['payload']> {
    const kind: CheckoutKind = request.kind;
    switch (request.kind) {
      case 'purchase': {
        const seats = parseSeats(request.payload?.seats);
        const quote = await this.deps.core.catalog.quote(actor, request.payload?.productId, seats);
        return { productId: quote.productId, seats: quote.seats };
      }
      case 'pay-bill': {
        this.billing();
        const { subscriptionId, billId } = request.payload ?? {};
        const subscription = await this.deps.core.account.subscription(actor, subscriptionId);
        payableBill(subscription, billId);
        return { subscriptionId: subscription.id, billId };
      }
      case 'update-card': {
        this.billing();
        const subscription = await this.deps.core.account.subscription(
          actor,
          request.payload?.subscriptionId,
        );
        return { subscriptionId: subscription.id };
      }
    }
    throw new InvalidInputError('kind', `unknown checkout kind ${String(kind)}`);
  }

  private billing(): CheckoutBilling {
    const { billing } = this.deps.core;
    if (!billing)
      throw new Error('checkout: update-card and pay-bill need commerce billing, which is not wired');
    return billing;
  }

  /** Tells every listener; waits at most `notifyTimeoutMs` so a slow channel never holds the page. */
  private async notify(event: CheckoutCompletedEvent): Promise<void> {
    const calls = this.listeners.map((listener) =>
      Promise.resolve()
        .then(() => listener.completed(event))
        .catch((error: unknown) =>
          this.deps.logger.error('checkout listener failed', { checkoutId: event.session.id, error }),
        ),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.notifyTimeoutMs);
      timer.unref();
    });
    await Promise.race([Promise.all(calls), timeout]);
    clearTimeout(timer);
  }
}

function actorOf(session: CheckoutSessionView): Actor {
  return { tenantId: session.tenantId, userId: session.userId };
}

function resultIdOf(outcome: CheckoutOutcome): string {
  switch (outcome.kind) {
    case 'purchase':
      return outcome.receipt.orderId;
    case 'pay-bill':
      return outcome.receipt.billId;
    case 'update-card':
      return outcome.receipt.subscriptionId;
  }
}

/** The bill to pay: it must belong to the subscription and be open or failed. */
function payableBill(subscription: SubscriptionDetail, billId: unknown): BillView {
  const bill = subscription.bills.find((b) => b.id === billId);
  if (!bill) throw new NotFoundError('bill', typeof billId === 'string' ? billId : '');
  if (bill.status !== 'open' && bill.status !== 'failed') {
    throw new InvalidInputError('billId', `this bill is ${bill.status}, not payable`);
  }
  return bill;
}
