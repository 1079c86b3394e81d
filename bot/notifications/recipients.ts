import { AccessControl } from '../../commerce/access';
import type { Database } from '../../models/database';

/** What a notice says about a subscription. */
export interface SubscriptionFacts {
  productName: string;
  seats: number;
  purchaserName: string | null;
}

/**
 * The few reads a notice needs, outside any actor's request: the tenant's admins (as the core names
 * them: enabled global or billing admins of the tenant) and a subscription's product, seats and
 * purchaser. Tenant-scoped, read-only.
 */
export class NotificationDirectory {
  private readonly access: AccessControl;

  constructor(private readonly db: Database) {
    this.access = new AccessControl(db);
  }

  /** Directory ids of the tenant's admins. */
  async adminIds(tenantId: string): Promise<string[]> {
    const contacts = await this.access.adminContacts(tenantId);
    if (contacts.length === 0) return [];
    const users = await this.db.models.DirectoryUser.findAll({
      where: { tenantId, email: contacts.map((c) => c.email) },
      attributes: ['id'],
    });
    return users.map((u) => u.id);
  }

  /** Slack user ids of those users who have one (directory id → Slack id). */
  async slackIds(userIds: string[]): Promise<Map<string, { slackUserId: string; locale: string | null }>> {
    if (userIds.length === 0) return new Map();
    const users = await this.db.models.DirectoryUser.findAll({
      where: { id: userIds },
      attributes: ['id', 'slackUserId', 'preferredLocale'],
    });
    return new Map(
      users
        .filter((u) => u.slackUserId)
        .map((u) => [u.id, { slackUserId: u.slackUserId as string, locale: u.preferredLocale ?? null }]),
    );
  }

  async subscription(tenantId: string, subscriptionId: string): Promise<SubscriptionFacts | null> {
    const { Subscription, Product, DirectoryUser } = this.db.models;
    const subscription = await Subscription.findOne({ where: { id: subscriptionId, tenantId } });
    if (!subscription) return null;
    const [product, purchaser] = await Promise.all([
      Product.findByPk(subscription.productId),
      subscription.purchaserId ? DirectoryUser.findByPk(subscription.purchaserId) : null,
    ]);
    return {
      productName: product?.name ?? subscription.productId,
      seats: subscription.seats,
      purchaserName: purchaser?.displayName ?? null,
    };
  }
}
