import { Op } from 'sequelize';
import type { Database } from '../models/database';
import { AccessControl, requireId } from './access';
import { NotAuthorizedError, NotFoundError } from './errors';
import { Actor, SubscriptionDetail, SubscriptionView } from './types';
import { SubscriptionViews } from './views';

/** The purchaser's limited view: their own self-service subscriptions, and the licences a user holds. */
export class AccountService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessControl,
    private readonly views: SubscriptionViews,
  ) {}

  /** Self-service subscriptions the actor bought, newest first, with seats, assignees, bills and card. */
  async mySubscriptions(actor: Actor): Promise<SubscriptionDetail[]> {
    const context = await this.access.requireMember(actor, 'see self-service purchases');
    const subscriptions = await this.db.models.Subscription.findAll({
      where: {
        tenantId: context.tenant.id,
        purchaserId: context.user.id,
        source: 'self-service',
        status: { [Op.ne]: 'deleted' },
      },
      order: [['createdAt', 'DESC']],
    });
    return this.views.details(subscriptions);
  }

  /** One subscription, for its purchaser or an admin of the tenant. */
  async subscription(actor: Actor, subscriptionId: string): Promise<SubscriptionDetail> {
    const id = requireId('subscriptionId', subscriptionId);
    const context = await this.access.load(actor);
    const subscription = await this.db.models.Subscription.findOne({
      where: { id, tenantId: context.tenant.id },
    });
    if (!subscription) throw new NotFoundError('subscription', id);
    if (!context.isAdmin && subscription.purchaserId !== context.user.id) {
      throw new NotAuthorizedError('see this subscription');
    }
    return (await this.views.details([subscription]))[0];
  }

  /** The subscriptions the actor holds a licence from (what "my licences" shows an employee). */
  async myLicences(actor: Actor): Promise<SubscriptionView[]> {
    const context = await this.access.requireMember(actor, 'see licences');
    const held = await this.db.models.LicenceAssignment.findAll({
      where: { tenantId: context.tenant.id, userId: context.user.id },
    });
    if (held.length === 0) return [];
    const subscriptions = await this.db.models.Subscription.findAll({
      where: { id: held.map((h) => h.subscriptionId), tenantId: context.tenant.id },
      order: [['createdAt', 'DESC']],
    });
    return this.views.summaries(subscriptions);
  }
}
