import type { Database } from '../models/database';
import type { DirectoryUser } from '../models';
import { Actor, AdminRole, TenantView, UserView } from './types';

export function toUserView(user: DirectoryUser): UserView {
  const roles: AdminRole[] = [];
  if (user.globalAdmin) roles.push('global-admin');
  if (user.billingAdmin) roles.push('billing-admin');
  return {
    id: user.id,
    tenantId: user.tenantId,
    displayName: user.displayName,
    email: user.email,
    entraObjectId: user.entraObjectId,
    userType: user.userType,
    enabled: user.accountEnabled,
    syncedFromOnPremises: user.syncedFromOnPremises,
    roles,
    locale: user.preferredLocale ?? null,
  };
}

/**
 * Maps channel identities to directory users. Channels call it to build the `Actor` they pass to
 * the core; it decides nothing about rights (AccessControl does).
 */
export class DirectoryService {
  constructor(private readonly db: Database) {}

  /** Teams: the tenant of the conversation and the user's Entra object id. */
  async userByEntraId(tenantId: string, entraObjectId: string): Promise<UserView | null> {
    const user = await this.db.models.DirectoryUser.findOne({ where: { tenantId, entraObjectId } });
    return user ? toUserView(user) : null;
  }

  async userByEmail(tenantId: string, email: string): Promise<UserView | null> {
    const user = await this.db.models.DirectoryUser.findOne({
      where: { tenantId, email: email.trim().toLowerCase() },
    });
    return user ? toUserView(user) : null;
  }

  async userById(userId: string): Promise<UserView | null> {
    const user = await this.db.models.DirectoryUser.findByPk(userId);
    return user ? toUserView(user) : null;
  }

  /** Slack: the workspace's tenant, then the user by Slack id or, failing that, by e-mail. */
  async tenantForSlackTeam(teamId: string, enterpriseId?: string | null): Promise<string | null> {
    const workspace =
      (await this.db.models.SlackWorkspace.findByPk(teamId)) ??
      (enterpriseId ? await this.db.models.SlackWorkspace.findOne({ where: { enterpriseId } }) : null);
    return workspace?.tenantId ?? null;
  }

  async userBySlackId(tenantId: string, slackUserId: string): Promise<UserView | null> {
    const user = await this.db.models.DirectoryUser.findOne({ where: { tenantId, slackUserId } });
    return user ? toUserView(user) : null;
  }

  async tenant(tenantId: string): Promise<TenantView | null> {
    const tenant = await this.db.models.Tenant.findByPk(tenantId);
    return tenant
      ? {
          id: tenant.id,
          name: tenant.name,
          kind: tenant.kind,
          market: tenant.market,
          managed: tenant.managed,
        }
      : null;
  }

  /** Customer tenants a partner's user may act on through active delegated admin rights. */
  async delegatedTenants(user: UserView): Promise<TenantView[]> {
    const partner = await this.db.models.Partner.findOne({ where: { tenantId: user.tenantId } });
    if (!partner) return [];
    const relationships = await this.db.models.DelegatedAdminRelationship.findAll({
      where: { partnerId: partner.id, active: true },
    });
    const tenants = await Promise.all(relationships.map((r) => this.tenant(r.customerTenantId)));
    return tenants.filter((t): t is TenantView => t !== null);
  }

  /** Demo identities an Emulator user may pick in DEMO_MODE, ordered by tenant then name. */
  async listUsers(limit = 100): Promise<UserView[]> {
    const users = await this.db.models.DirectoryUser.findAll({
      order: [
        ['tenantId', 'ASC'],
        ['displayName', 'ASC'],
      ],
      limit,
    });
    return users.map(toUserView);
  }

  static actorOf(user: UserView, tenantId = user.tenantId): Actor {
    return { tenantId, userId: user.id };
  }
}
