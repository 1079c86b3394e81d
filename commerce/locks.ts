import { Transaction } from 'sequelize';
import type { Database } from '../models/database';
import type { Subscription } from '../models';
import { NotFoundError } from './errors';

/**
 * Reads a subscription for change inside `t`: `SELECT … FOR UPDATE` on PostgreSQL (on SQLite the
 * write transaction already holds the database's write lock). With `tenantId`, a subscription of
 * another tenant is reported as not found.
 */
export async function lockSubscription(
  db: Database,
  t: Transaction,
  id: string,
  tenantId?: string,
): Promise<Subscription> {
  const subscription = await db.models.Subscription.findOne({
    where: tenantId ? { id, tenantId } : { id },
    transaction: t,
    lock: t.LOCK.UPDATE,
  });
  if (!subscription) throw new NotFoundError('subscription', id);
  return subscription;
}
