import { ModelStatic, Model, Sequelize, Transaction } from 'sequelize';
import {
  CrossTenantError,
  NotFoundError,
  EntityKind,
  SeatLimitError,
  SeatsBelowAssignedError,
} from '../commerce/errors';
import { initCatalogModels, Availability, PolicySetting, Price, Product } from './catalog';
import {
  initDirectoryModels,
  DelegatedAdminRelationship,
  DirectoryUser,
  Partner,
  SlackWorkspace,
  Tenant,
} from './directory';
import {
  initBillingModels,
  AuditEntry,
  Bill,
  LicenceAssignment,
  Order,
  PaymentMethod,
  Subscription,
} from './billing';
import {
  initRuntimeModels,
  BotStateItem,
  CheckoutSession,
  FaqFeedback,
  GatewayCardToken,
  GatewayCharge,
} from './runtime';
import { initChannelModels, ConversationReferenceRecord, ReportExport } from './channel';

export * from './catalog';
export * from './directory';
export * from './billing';
export * from './runtime';
export * from './channel';

export const models = {
  Tenant,
  DirectoryUser,
  Partner,
  DelegatedAdminRelationship,
  SlackWorkspace,
  Product,
  Price,
  Availability,
  PolicySetting,
  Subscription,
  Order,
  LicenceAssignment,
  PaymentMethod,
  Bill,
  AuditEntry,
  BotStateItem,
  CheckoutSession,
  FaqFeedback,
  GatewayCardToken,
  GatewayCharge,
  ConversationReferenceRecord,
  ReportExport,
};
export type Models = typeof models;

type TenantRow = Model & { tenantId: string };
type ParentLink = {
  foreignKey: string;
  parent: ModelStatic<Model & { tenantId: string }>;
  entity: EntityKind;
};

/**
 * The database's own line of defence: a tenant-owned row whose parent (subscription, user, …)
 * belongs to another tenant is refused whatever code path writes it, and tenantId never changes.
 */
function guardTenant(model: ModelStatic<TenantRow>, links: ParentLink[]): void {
  model.addHook('beforeSave', async (row: TenantRow, options: { transaction?: Transaction | null }) => {
    if (!row.isNewRecord && row.changed('tenantId')) throw new CrossTenantError();
    for (const { foreignKey, parent, entity } of links) {
      const parentId = row.get(foreignKey) as string | null;
      if (parentId === null || parentId === undefined) continue;
      if (!row.isNewRecord && !row.changed(foreignKey as never)) continue;
      const found = await parent.findByPk(parentId, { transaction: options.transaction ?? undefined });
      if (!found) throw new NotFoundError(entity, parentId);
      if (found.tenantId !== row.tenantId) throw new CrossTenantError();
    }
  });
}

function refuseChanges(model: ModelStatic<Model>, what: string): void {
  const refuse = () => {
    throw new Error(`${what} is append-only`);
  };
  for (const hook of ['beforeUpdate', 'beforeDestroy', 'beforeBulkUpdate', 'beforeBulkDestroy'] as const) {
    model.addHook(hook, refuse);
  }
}

function guardSeats(): void {
  // Backs up the licence service: no code path can assign more licences than seats, or lower seats below them.
  LicenceAssignment.addHook(
    'beforeCreate',
    async (row: LicenceAssignment, options: { transaction?: Transaction | null }) => {
      const transaction = options.transaction ?? undefined;
      const subscription = await Subscription.findByPk(row.subscriptionId, { transaction });
      if (!subscription) throw new NotFoundError('subscription', row.subscriptionId);
      const assigned = await LicenceAssignment.count({
        where: { subscriptionId: row.subscriptionId },
        transaction,
      });
      if (assigned + 1 > subscription.seats) throw new SeatLimitError(subscription.seats, assigned, 1);
    },
  );
  Subscription.addHook(
    'beforeUpdate',
    async (row: Subscription, options: { transaction?: Transaction | null }) => {
      if (!row.changed('seats')) return;
      const assigned = await LicenceAssignment.count({
        where: { subscriptionId: row.id },
        transaction: options.transaction ?? undefined,
      });
      if (row.seats < assigned) throw new SeatsBelowAssignedError(row.seats, assigned);
    },
  );
}

/**
 * Binds every model to this connection and installs the tenant and seat guards. `Model.init`
 * resets a model's hooks, so the guards are installed again on every call.
 */
export function initModels(sequelize: Sequelize): Models {
  initDirectoryModels(sequelize);
  initCatalogModels(sequelize);
  initBillingModels(sequelize);
  initRuntimeModels(sequelize);
  initChannelModels(sequelize);
  installGuards();
  return models;
}

function installGuards(): void {
  const user: ParentLink = { foreignKey: 'userId', parent: DirectoryUser, entity: 'user' };
  const subscription: ParentLink = {
    foreignKey: 'subscriptionId',
    parent: Subscription,
    entity: 'subscription',
  };
  guardTenant(DirectoryUser as ModelStatic<TenantRow>, []);
  guardTenant(Subscription as ModelStatic<TenantRow>, [
    { ...user, foreignKey: 'purchaserId' },
    { foreignKey: 'paymentMethodId', parent: PaymentMethod, entity: 'payment-method' },
  ]);
  guardTenant(Order as ModelStatic<TenantRow>, [subscription]);
  guardTenant(LicenceAssignment as ModelStatic<TenantRow>, [subscription, user]);
  guardTenant(PaymentMethod as ModelStatic<TenantRow>, [{ ...user, foreignKey: 'ownerId' }]);
  guardTenant(Bill as ModelStatic<TenantRow>, [subscription, { ...user, foreignKey: 'payerId' }]);
  guardTenant(CheckoutSession as ModelStatic<TenantRow>, [user]);
  guardTenant(PolicySetting as ModelStatic<TenantRow>, []);
  guardTenant(ConversationReferenceRecord as ModelStatic<TenantRow>, [user]);
  // A partner's admin exports a customer's report: the user may belong to another tenant.
  guardTenant(ReportExport as ModelStatic<TenantRow>, []);
  guardSeats();
  refuseChanges(AuditEntry, 'The audit log');
}
