import '../helpers/quiet-node';
import type restify from 'restify';
import { mountCheckout } from '../../bot/checkout';
import type { CheckoutCompletedEvent, CheckoutService, CheckoutListener } from '../../bot/checkout';
import { createHttpServer, listen } from '../../bot/server';
import { addMonths } from '../../commerce/clock';
import { createLogger } from '../../logging';
import { newId } from '../../models/ids';
import { TestDialect } from '../helpers/databases';
import { DemoCore, openDemoCore, U } from '../helpers/demo-core';

export const TTL_MINUTES = 15;

/** Test cards: the CVCs are unusual on purpose, so that finding one in a dump means it leaked. */
export const CARDS = {
  good: { number: '4242 4242 4242 4242', cvc: '737' },
  declined: { number: '4000 0000 0000 0002', cvc: '737' },
  insufficient: { number: '4000 0000 0000 9995', cvc: '737' },
  amex: { number: '3782 822463 10005', cvc: '8461' },
} as const;

/** Records completed checkouts; `calls` counts every call, so a second notification shows. */
export class RecordingListener implements CheckoutListener {
  readonly events: CheckoutCompletedEvent[] = [];
  async completed(event: CheckoutCompletedEvent): Promise<void> {
    this.events.push(event);
  }
}

export interface CheckoutHarness {
  core: DemoCore;
  service: CheckoutService;
  listener: RecordingListener;
  baseUrl: string;
  /** Every SQL statement the database ran during the test (to prove no card data reached it). */
  sql: string[];
  /** GET /checkout/:id */
  get(id: string, headers?: Record<string, string>): Promise<Page>;
  /** POST /checkout/:id with a urlencoded body. */
  post(id: string, fields: Record<string, string> | string, headers?: Record<string, string>): Promise<Page>;
  /** The hidden CSRF field of the page at /checkout/:id. */
  csrf(id: string): Promise<string>;
  /** Posts the card form as a person would: read the page, fill the fields, submit. */
  pay(id: string, card: { number: string; cvc: string }, expiry?: string): Promise<Page>;
  /** An open renewal bill on a subscription Anna buys now; returns its ids. */
  openBill(): Promise<{ subscriptionId: string; billId: string }>;
  close(): Promise<void>;
}

export interface Page {
  status: number;
  headers: Headers;
  html: string;
}

/** The demo core, with the checkout page mounted on a real restify server on 127.0.0.1. */
export async function startCheckout(
  dialect: TestDialect,
  options: {
    maxAttempts?: number;
    publicUrl?: string;
    listener?: CheckoutListener;
    notifyTimeoutMs?: number;
  } = {},
): Promise<CheckoutHarness> {
  const core = await openDemoCore(dialect);
  const sql: string[] = [];
  // Every statement with its bound values: if card data reached a query, it shows here.
  const sequelizeOptions = (core.db.sequelize as unknown as { options: Record<string, unknown> }).options;
  sequelizeOptions.logging = (statement: string) => void sql.push(statement);
  sequelizeOptions.logQueryParameters = true;
  const logger = createLogger('debug', (line) => core.logLines.push(line));
  const listener = new RecordingListener();
  const server: restify.Server = createHttpServer({ db: core.db, logger });
  let baseUrl = options.publicUrl ?? '';
  const service = mountCheckout(server, {
    db: core.db,
    core: core.commerce,
    clock: core.clock,
    logger,
    // Read at each open(): links point at the port the server gets below.
    get publicUrl() {
      return baseUrl;
    },
    ttlMinutes: TTL_MINUTES,
    listener: options.listener ?? listener,
    maxAttempts: options.maxAttempts,
    notifyTimeoutMs: options.notifyTimeoutMs,
  });
  const port = await listen(server, 0, '127.0.0.1');
  const local = `http://127.0.0.1:${port}`;
  if (!baseUrl) baseUrl = local;

  const read = async (response: Response): Promise<Page> => ({
    status: response.status,
    headers: response.headers,
    html: await response.text(),
  });
  const get = async (id: string, headers: Record<string, string> = {}) =>
    read(await fetch(`${local}/checkout/${id}`, { headers, redirect: 'manual' }));
  const post = async (
    id: string,
    fields: Record<string, string> | string,
    headers: Record<string, string> = {},
  ) =>
    read(
      await fetch(`${local}/checkout/${id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
        redirect: 'manual',
      }),
    );
  const csrf = async (id: string) => {
    const match = /name="csrf" value="([^"]+)"/.exec((await get(id)).html);
    if (!match) throw new Error(`no CSRF field on /checkout/${id}`);
    return match[1];
  };

  return {
    core,
    service,
    listener,
    baseUrl: local,
    sql,
    get,
    post,
    csrf,
    async pay(id, card, expiry = '12/30') {
      return post(id, {
        csrf: await csrf(id),
        holder: 'Anna Martin',
        number: card.number,
        expiry,
        cvc: card.cvc,
      });
    },
    async openBill() {
      const token = await core.card('4242424242424242');
      const order = await core.commerce.purchases.purchase(
        { tenantId: U.anna.tenantId, userId: U.anna.id },
        {
          productId: 'flow-per-user',
          seats: 2,
          payment: { method: 'card', token },
          idempotencyKey: `setup-${newId('bill')}`,
        },
      );
      const subscription = order.subscription;
      const billId = newId('bill');
      await core.db.write((transaction) =>
        core.db.models.Bill.create(
          {
            id: billId,
            tenantId: subscription.tenantId,
            subscriptionId: subscription.id,
            payerId: U.anna.id,
            kind: 'renewal',
            amountMinor: 3000,
            currency: subscription.unitPrice.currency,
            status: 'failed',
            periodStart: subscription.termEnd,
            periodEnd: addMonths(subscription.termEnd, 1),
            dueDate: subscription.termEnd,
            attempts: 1,
            lastDeclineCode: 'insufficient_funds',
          },
          { transaction },
        ),
      );
      return { subscriptionId: subscription.id, billId };
    },
    async close() {
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await core.dispose();
    },
  };
}

/** Card numbers (with and without spaces) and CVCs, as they could leak. */
export function secretsOf(...cards: Array<{ number: string; cvc: string }>): {
  numbers: string[];
  cvcs: string[];
} {
  return {
    numbers: cards.flatMap((c) => [c.number, c.number.replace(/ /g, ''), c.number.replace(/ /g, '+')]),
    cvcs: cards.map((c) => c.cvc),
  };
}

/** A CVC standing alone: not inside an id or a nonce (base64), a timestamp's milliseconds or a longer number. */
export function containsCvc(text: string, cvc: string): boolean {
  return new RegExp(`(?<![0-9A-Za-z_.+/-])${cvc}(?![0-9A-Za-z_.+/-])`).test(text);
}
