import { fn, col, Op, Transaction } from 'sequelize';
import type { Database } from '../models/database';
import type { Bill, Order, PaymentMethod, Subscription } from '../models';
import { BillView, CardOnFile, OrderView, SubscriptionDetail, SubscriptionView } from './types';

const iso = (date: Date | null | undefined) => (date ? new Date(date).toISOString() : null);

export function toCardOnFile(method: PaymentMethod): CardOnFile {
  return {
    id: method.id,
    brand: method.brand,
    last4: method.last4,
    expMonth: method.expMonth,
    expYear: method.expYear,
  };
}

export function toBillView(bill: Bill): BillView {
  return {
    id: bill.id,
    subscriptionId: bill.subscriptionId,
    kind: bill.kind,
    amount: { amountMinor: bill.amountMinor, currency: bill.currency },
    status: bill.status,
    periodStart: bill.periodStart,
    periodEnd: bill.periodEnd,
    dueDate: bill.dueDate,
    paidAt: iso(bill.paidAt),
  };
}

export function toOrderView(order: Order, actorName: string | null): OrderView {
  return {
    id: order.id,
    kind: order.kind,
    seatsDelta: order.seatsDelta,
    seatsAfter: order.seatsAfter,
    amount: { amountMinor: order.amountMinor, currency: order.currency },
    actorName,
    createdAt: iso(order.createdAt) as string,
  };
}

/** Turns subscription rows into the plain views channels show, loading related rows in batches (no N+1). */
export class SubscriptionViews {
  constructor(private readonly db: Database) {}

  async summaries(subscriptions: Subscription[], transaction?: Transaction): Promise<SubscriptionView[]> {
    if (subscriptions.length === 0) return [];
    const { Product, DirectoryUser, LicenceAssignment } = this.db.models;
    const ids = subscriptions.map((s) => s.id);
    const [products, purchasers, counts] = await Promise.all([
      Product.findAll({ where: { id: unique(subscriptions.map((s) => s.productId)) }, transaction }),
      DirectoryUser.findAll({
        where: {
          id: unique(subscriptions.map((s) => s.purchaserId).filter((id): id is string => id !== null)),
        },
        transaction,
      }),
      LicenceAssignment.findAll({
        attributes: ['subscriptionId', [fn('COUNT', col('id')), 'assigned']],
        where: { subscriptionId: { [Op.in]: ids } },
        group: ['subscriptionId'],
        raw: true,
        transaction,
      }) as unknown as Promise<Array<{ subscriptionId: string; assigned: number | string }>>,
    ]);
    const productName = new Map(products.map((p) => [p.id, p.name]));
    const purchaserById = new Map(purchasers.map((u) => [u.id, u]));
    const assignedById = new Map(counts.map((c) => [c.subscriptionId, Number(c.assigned)]));
    return subscriptions.map((s) => {
      const purchaser = s.purchaserId ? purchaserById.get(s.purchaserId) : undefined;
      return {
        id: s.id,
        tenantId: s.tenantId,
        productId: s.productId,
        productName: productName.get(s.productId) ?? s.productId,
        source: s.source,
        purchaser: purchaser
          ? { userId: purchaser.id, displayName: purchaser.displayName, email: purchaser.email }
          : null,
        seats: s.seats,
        assignedCount: assignedById.get(s.id) ?? 0,
        status: s.status,
        isTrial: s.isTrial,
        autoRenew: s.autoRenew,
        unitPrice: { amountMinor: s.unitPriceMinor, currency: s.currency },
        termStart: s.termStart,
        termEnd: s.termEnd,
        createdAt: iso(s.createdAt) as string,
      };
    });
  }

  async details(subscriptions: Subscription[], transaction?: Transaction): Promise<SubscriptionDetail[]> {
    if (subscriptions.length === 0) return [];
    const { DirectoryUser, LicenceAssignment, Order, Bill, PaymentMethod } = this.db.models;
    const ids = subscriptions.map((s) => s.id);
    const [summaries, assignments, orders, bills, cards] = await Promise.all([
      this.summaries(subscriptions, transaction),
      LicenceAssignment.findAll({
        where: { subscriptionId: ids },
        order: [['createdAt', 'ASC']],
        transaction,
      }),
      Order.findAll({ where: { subscriptionId: ids }, order: [['createdAt', 'ASC']], transaction }),
      Bill.findAll({
        where: { subscriptionId: ids },
        order: [
          ['periodStart', 'ASC'],
          ['createdAt', 'ASC'],
        ],
        transaction,
      }),
      PaymentMethod.findAll({
        where: {
          id: unique(subscriptions.map((s) => s.paymentMethodId).filter((id): id is string => id !== null)),
        },
        transaction,
      }),
    ]);
    const people = await DirectoryUser.findAll({
      where: { id: unique([...assignments.map((a) => a.userId), ...orders.map((o) => o.actorId ?? '')]) },
      transaction,
    });
    const personById = new Map(people.map((p) => [p.id, p]));
    const cardById = new Map(cards.map((c) => [c.id, c]));
    return summaries.map((summary, index) => {
      const subscription = subscriptions[index];
      const card = subscription.paymentMethodId ? cardById.get(subscription.paymentMethodId) : undefined;
      return {
        ...summary,
        assignees: assignments
          .filter((a) => a.subscriptionId === summary.id)
          .map((a) => {
            const person = personById.get(a.userId);
            return {
              userId: a.userId,
              displayName: person?.displayName ?? a.userId,
              email: person?.email ?? '',
            };
          }),
        orders: orders
          .filter((o) => o.subscriptionId === summary.id)
          .map((o) => toOrderView(o, o.actorId ? (personById.get(o.actorId)?.displayName ?? null) : null)),
        bills: bills.filter((b) => b.subscriptionId === summary.id).map(toBillView),
        card: card ? toCardOnFile(card) : null,
      };
    });
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
