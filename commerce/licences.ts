import { Op, Transaction } from 'sequelize';
import type { Database } from '../models/database';
import type { DirectoryUser, Subscription } from '../models';
import { newId } from '../models/ids';
import { AccessControl, ActingContext, requireId } from './access';
import { AuditLog } from './audit';
import {
  AssignmentRefusal,
  AssignmentRefusedError,
  InvalidInputError,
  NotAuthorizedError,
  SubscriptionNotActiveError,
} from './errors';
import { Actor, AssigneeView, SubscriptionStatus } from './types';
import { MAX_USERS_PER_REQUEST } from './validation';
import { lockSubscription } from './locks';

/** Subscriptions whose licences still work. */
export const LIVE_STATUSES: readonly SubscriptionStatus[] = ['active', 'past_due'];

export interface AssignmentResult {
  subscriptionId: string;
  changed: AssigneeView[];
  seats: number;
  assignedCount: number;
}

/** True when the user already holds a licence of the product from a live subscription of the tenant. */
export async function heldLiveLicence(
  db: Database,
  transaction: Transaction,
  tenantId: string,
  userId: string,
  productId: string,
): Promise<boolean> {
  const held = await db.models.LicenceAssignment.findAll({
    where: { tenantId, userId, productId },
    attributes: ['subscriptionId'],
    transaction,
  });
  if (held.length === 0) return false;
  const live = await db.models.Subscription.count({
    where: { id: held.map((h) => h.subscriptionId), status: { [Op.in]: [...LIVE_STATUSES] } },
    transaction,
  });
  return live > 0;
}

/**
 * Assigning and removing licences. A self-service subscription's licences are handed out only by
 * its purchaser, to enabled users of the same tenant; a central subscription's by the tenant's
 * admins. A request names up to 20 users and is all-or-nothing: one refused user refuses the lot.
 */
export class LicenceService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessControl,
    private readonly audit: AuditLog,
  ) {}

  async assign(actor: Actor, subscriptionId: string, userRefs: unknown): Promise<AssignmentResult> {
    const refs = parseUserRefs(userRefs);
    const id = requireId('subscriptionId', subscriptionId);
    const context = await this.access.load(actor);
    return this.db.write(async (t) => {
      const subscription = await this.lockForChange(t, context, id);
      const refusals: AssignmentRefusal[] = [];
      const accepted: DirectoryUser[] = [];
      const seen = new Set<string>();
      for (const ref of refs) {
        const outcome = await this.resolve(t, context.tenant.id, ref);
        if ('reason' in outcome) {
          refusals.push(outcome);
          continue;
        }
        const user = outcome.user;
        const refusal = (reason: AssignmentRefusal['reason']) =>
          refusals.push({ userRef: ref, displayName: user.displayName, reason });
        if (seen.has(user.id)) refusal('DUPLICATE_IN_REQUEST');
        else if (!user.accountEnabled) refusal('ACCOUNT_DISABLED');
        else if (await heldLiveLicence(this.db, t, context.tenant.id, user.id, subscription.productId)) {
          refusal('ALREADY_ASSIGNED');
        } else accepted.push(user);
        seen.add(user.id);
      }
      const assigned = await this.db.models.LicenceAssignment.count({
        where: { subscriptionId: subscription.id },
        transaction: t,
      });
      const free = subscription.seats - assigned;
      // Users past the free seats are refused by name, so the purchaser knows whom to leave out.
      accepted
        .slice(Math.max(free, 0))
        .forEach((user) =>
          refusals.push({ userRef: user.email, displayName: user.displayName, reason: 'NOT_ENOUGH_SEATS' }),
        );
      if (refusals.length > 0) throw new AssignmentRefusedError(refusals);
      for (const user of accepted) {
        await this.db.models.LicenceAssignment.create(
          {
            id: newId('lic'),
            tenantId: context.tenant.id,
            subscriptionId: subscription.id,
            productId: subscription.productId,
            userId: user.id,
            assignedById: context.user.id,
          },
          { transaction: t },
        );
        await this.record(t, context, subscription, 'licence.assigned', user.id);
      }
      return this.result(subscription, accepted, assigned + accepted.length);
    });
  }

  async remove(actor: Actor, subscriptionId: string, userRefs: unknown): Promise<AssignmentResult> {
    const refs = parseUserRefs(userRefs);
    const id = requireId('subscriptionId', subscriptionId);
    const context = await this.access.load(actor);
    return this.db.write(async (t) => {
      const subscription = await this.lockForChange(t, context, id);
      const refusals: AssignmentRefusal[] = [];
      const removing: DirectoryUser[] = [];
      for (const ref of refs) {
        const outcome = await this.resolve(t, context.tenant.id, ref);
        if ('reason' in outcome) {
          refusals.push(outcome);
          continue;
        }
        const held = await this.db.models.LicenceAssignment.findOne({
          where: { subscriptionId: subscription.id, userId: outcome.user.id },
          transaction: t,
        });
        if (!held || removing.some((u) => u.id === outcome.user.id)) {
          refusals.push({
            userRef: ref,
            displayName: outcome.user.displayName,
            reason: held ? 'DUPLICATE_IN_REQUEST' : 'NOT_ASSIGNED',
          });
        } else removing.push(outcome.user);
      }
      if (refusals.length > 0) throw new AssignmentRefusedError(refusals);
      await this.db.models.LicenceAssignment.destroy({
        where: { subscriptionId: subscription.id, userId: removing.map((u) => u.id) },
        transaction: t,
      });
      for (const user of removing) await this.record(t, context, subscription, 'licence.removed', user.id);
      const assignedCount = await this.db.models.LicenceAssignment.count({
        where: { subscriptionId: subscription.id },
        transaction: t,
      });
      return this.result(subscription, removing, assignedCount);
    });
  }

  /** Locks the subscription and checks the actor may change its licences. */
  private async lockForChange(t: Transaction, context: ActingContext, id: string): Promise<Subscription> {
    const subscription = await lockSubscription(this.db, t, id, context.tenant.id);
    const allowed =
      subscription.source === 'self-service'
        ? context.isMember && context.user.accountEnabled && subscription.purchaserId === context.user.id
        : context.isAdmin;
    if (!allowed) throw new NotAuthorizedError('assign licences of this subscription');
    if (!LIVE_STATUSES.includes(subscription.status)) {
      throw new SubscriptionNotActiveError(subscription.id, subscription.status);
    }
    return subscription;
  }

  /** A user of the tenant by id, e-mail or Entra object id; a user of another tenant is named as such. */
  private async resolve(
    t: Transaction,
    tenantId: string,
    ref: string,
  ): Promise<{ user: DirectoryUser } | AssignmentRefusal> {
    const match = { [Op.or]: [{ id: ref }, { email: ref.toLowerCase() }, { entraObjectId: ref }] };
    const user = await this.db.models.DirectoryUser.findOne({
      where: { tenantId, ...match },
      transaction: t,
    });
    if (user) return { user };
    const elsewhere = await this.db.models.DirectoryUser.count({ where: match, transaction: t });
    // Nothing about the other tenant's user is returned: only that it is not one of ours.
    return { userRef: ref, displayName: null, reason: elsewhere > 0 ? 'OTHER_TENANT' : 'UNKNOWN_USER' };
  }

  private async record(
    t: Transaction,
    context: ActingContext,
    subscription: Subscription,
    action: string,
    userId: string,
  ): Promise<void> {
    await this.audit.record(t, {
      tenantId: subscription.tenantId,
      actorId: context.user.id,
      action,
      entityType: 'subscription',
      entityId: subscription.id,
      data: { userId },
    });
  }

  private result(
    subscription: Subscription,
    users: DirectoryUser[],
    assignedCount: number,
  ): AssignmentResult {
    return {
      subscriptionId: subscription.id,
      changed: users.map((u) => ({ userId: u.id, displayName: u.displayName, email: u.email })),
      seats: subscription.seats,
      assignedCount,
    };
  }
}

function parseUserRefs(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new InvalidInputError('users', 'name at least one user');
  if (value.length > MAX_USERS_PER_REQUEST) {
    throw new InvalidInputError('users', `name at most ${MAX_USERS_PER_REQUEST} users at a time`);
  }
  return value.map((ref) => {
    if (typeof ref !== 'string' || ref.trim() === '' || ref.length > 320) {
      throw new InvalidInputError('users', 'each user must be an id or an e-mail address');
    }
    return ref.trim();
  });
}
