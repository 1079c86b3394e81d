import { Op, Transaction } from 'sequelize';
import type { Database } from '../models/database';
import type { DirectoryUser, Tenant } from '../models';
import {
  AdminContact,
  CrossTenantError,
  InvalidInputError,
  NotAuthorizedError,
  NotFoundError,
} from './errors';
import { Actor } from './types';

/** The caller, re-read from the directory for this request. */
export interface ActingContext {
  tenant: Tenant;
  user: DirectoryUser;
  /** A member of the tenant (not a partner acting through delegated rights). */
  isMember: boolean;
  /** Global or billing admin of the tenant, or an admin of a partner with active delegated admin rights. */
  isAdmin: boolean;
  viaPartner: boolean;
}

const ID_PATTERN = /^[\w.:@-]{1,128}$/;

/** Checks an id given by a caller before it reaches a query. */
export function requireId(field: string, value: unknown): string {
  if (typeof value !== 'string' || !ID_PATTERN.test(value))
    throw new InvalidInputError(field, 'not a valid id');
  return value;
}

/** Who may do what in a tenant: members, admins, and partners with delegated admin rights. */
export class AccessControl {
  constructor(private readonly db: Database) {}

  async load(actor: Actor, transaction?: Transaction): Promise<ActingContext> {
    const tenantId = requireId('tenantId', actor?.tenantId);
    const userId = requireId('userId', actor?.userId);
    const { Tenant, DirectoryUser, Partner, DelegatedAdminRelationship } = this.db.models;
    const [tenant, user] = await Promise.all([
      Tenant.findByPk(tenantId, { transaction }),
      DirectoryUser.findByPk(userId, { transaction }),
    ]);
    if (!tenant) throw new NotFoundError('tenant', tenantId);
    if (!user) throw new NotFoundError('user', userId);
    const hasAdminRole = user.accountEnabled && (user.globalAdmin || user.billingAdmin);
    if (user.tenantId === tenant.id) {
      return {
        tenant,
        user,
        isMember: true,
        isAdmin: hasAdminRole && user.userType === 'member',
        viaPartner: false,
      };
    }
    // Someone from another tenant: only a partner's admin with active delegated rights gets in.
    const partner = hasAdminRole
      ? await Partner.findOne({ where: { tenantId: user.tenantId }, transaction })
      : null;
    const delegated =
      partner &&
      (await DelegatedAdminRelationship.findOne({
        where: { partnerId: partner.id, customerTenantId: tenant.id, active: true },
        transaction,
      }));
    if (!delegated) throw new CrossTenantError();
    return { tenant, user, isMember: false, isAdmin: true, viaPartner: true };
  }

  async requireAdmin(actor: Actor, transaction?: Transaction): Promise<ActingContext> {
    const context = await this.load(actor, transaction);
    if (!context.isAdmin) throw new NotAuthorizedError('use admin features (global or billing admins only)');
    return context;
  }

  /** An enabled member of the tenant: the only kind of user who buys or manages self-service purchases. */
  async requireMember(actor: Actor, action: string, transaction?: Transaction): Promise<ActingContext> {
    const context = await this.load(actor, transaction);
    if (!context.isMember || !context.user.accountEnabled) throw new NotAuthorizedError(action);
    return context;
  }

  /** The tenant's enabled admins, for "contact your IT admin" messages. */
  async adminContacts(tenantId: string, transaction?: Transaction): Promise<AdminContact[]> {
    const admins = await this.db.models.DirectoryUser.findAll({
      where: {
        tenantId,
        accountEnabled: true,
        userType: 'member',
        [Op.or]: [{ globalAdmin: true }, { billingAdmin: true }],
      },
      order: [['displayName', 'ASC']],
      transaction,
    });
    return admins.map((admin) => ({
      displayName: admin.displayName,
      email: admin.email,
      role: admin.globalAdmin ? 'global-admin' : 'billing-admin',
    }));
  }
}
