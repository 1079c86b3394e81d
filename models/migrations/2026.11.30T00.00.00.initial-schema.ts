import { DataTypes, QueryInterface } from 'sequelize';
import type { MigrationFn } from 'umzug';

// Frozen: this file describes the schema as it was first released. Change the schema with a new migration.
const str = (length: number, allowNull = false) => ({ type: DataTypes.STRING(length), allowNull });
const key = { type: DataTypes.STRING(64), allowNull: false, primaryKey: true };
const int = (allowNull = false) => ({ type: DataTypes.INTEGER, allowNull });
const bool = (defaultValue?: boolean) => ({ type: DataTypes.BOOLEAN, allowNull: false, defaultValue });
const day = (allowNull = false) => ({ type: DataTypes.DATEONLY, allowNull });
const time = (allowNull = false) => ({ type: DataTypes.DATE, allowNull });
const stamps = { createdAt: time(), updatedAt: time() };

export const up: MigrationFn<QueryInterface> = async ({ context: qi }) => {
  await qi.createTable('tenants', {
    id: key,
    name: str(200),
    kind: str(20),
    market: str(2),
    managed: bool(),
    ...stamps,
  });
  await qi.createTable('directory_users', {
    id: key,
    tenantId: { ...str(64), references: { model: 'tenants', key: 'id' } },
    entraObjectId: str(64),
    email: str(320),
    displayName: str(200),
    userType: str(10),
    accountEnabled: bool(),
    syncedFromOnPremises: bool(false),
    globalAdmin: bool(false),
    billingAdmin: bool(false),
    slackUserId: str(32, true),
    preferredLocale: str(10, true),
    ...stamps,
  });
  await qi.addIndex('directory_users', ['entraObjectId'], { unique: true });
  await qi.addIndex('directory_users', ['tenantId', 'email'], { unique: true });
  await qi.addIndex('directory_users', ['tenantId', 'slackUserId']);

  await qi.createTable('partners', {
    id: key,
    name: str(200),
    tenantId: { ...str(64), references: { model: 'tenants', key: 'id' } },
    ...stamps,
  });
  await qi.createTable('delegated_admin_relationships', {
    id: key,
    partnerId: { ...str(64), references: { model: 'partners', key: 'id' } },
    customerTenantId: { ...str(64), references: { model: 'tenants', key: 'id' } },
    active: bool(true),
    ...stamps,
  });
  await qi.addIndex('delegated_admin_relationships', ['partnerId', 'customerTenantId'], { unique: true });
  await qi.createTable('slack_workspaces', {
    teamId: { type: DataTypes.STRING(32), allowNull: false, primaryKey: true },
    enterpriseId: str(32, true),
    tenantId: { ...str(64), references: { model: 'tenants', key: 'id' } },
    ...stamps,
  });

  await qi.createTable('products', { id: key, name: str(200), selfServiceEligible: bool(), ...stamps });
  await qi.createTable('prices', {
    id: key,
    productId: { ...str(64), references: { model: 'products', key: 'id' } },
    market: str(2),
    channel: str(20),
    currency: str(3),
    unitPriceMinor: int(),
    termMonths: int(),
    ...stamps,
  });
  await qi.addIndex('prices', ['productId', 'market', 'channel'], { unique: true });
  await qi.createTable('availabilities', {
    productId: { ...str(64), primaryKey: true, references: { model: 'products', key: 'id' } },
    market: { ...str(2), primaryKey: true },
    launchDate: day(true),
    ...stamps,
  });
  await qi.createTable('policy_settings', {
    tenantId: { ...str(64), primaryKey: true, references: { model: 'tenants', key: 'id' } },
    productId: { ...str(64), primaryKey: true, references: { model: 'products', key: 'id' } },
    policy: str(40),
    updatedById: str(64),
    ...stamps,
  });

  await qi.createTable('payment_methods', {
    id: key,
    tenantId: { ...str(64), references: { model: 'tenants', key: 'id' } },
    ownerId: { ...str(64), references: { model: 'directory_users', key: 'id' } },
    gatewayToken: str(64),
    brand: str(20),
    last4: str(4),
    expMonth: int(),
    expYear: int(),
    ...stamps,
  });
  await qi.createTable('subscriptions', {
    id: key,
    tenantId: { ...str(64), references: { model: 'tenants', key: 'id' } },
    productId: { ...str(64), references: { model: 'products', key: 'id' } },
    source: str(20),
    purchaserId: { ...str(64, true), references: { model: 'directory_users', key: 'id' } },
    seats: int(),
    status: str(20),
    isTrial: bool(false),
    autoRenew: bool(true),
    unitPriceMinor: int(),
    currency: str(3),
    termMonths: int(),
    termStart: day(),
    termEnd: day(),
    paymentMethodId: { ...str(64, true), references: { model: 'payment_methods', key: 'id' } },
    pastDueSince: day(true),
    cancelledAt: time(true),
    cancelReason: str(500, true),
    ...stamps,
  });
  // What admin reports filter on.
  await qi.addIndex('subscriptions', ['tenantId', 'source', 'status']);
  await qi.addIndex('subscriptions', ['tenantId', 'productId']);
  await qi.addIndex('subscriptions', ['tenantId', 'purchaserId']);
  await qi.addIndex('subscriptions', ['tenantId', 'createdAt']);
  await qi.addIndex('subscriptions', ['tenantId', 'termEnd']);
  await qi.addIndex('subscriptions', ['status', 'termEnd']);

  await qi.createTable('orders', {
    id: key,
    tenantId: { ...str(64), references: { model: 'tenants', key: 'id' } },
    subscriptionId: { ...str(64), references: { model: 'subscriptions', key: 'id' } },
    kind: str(20),
    seatsDelta: int(),
    seatsAfter: int(),
    amountMinor: int(),
    currency: str(3),
    actorId: str(64, true),
    idempotencyKey: str(128, true),
    requestHash: str(64, true),
    chargeId: str(64, true),
    ...stamps,
  });
  await qi.addIndex('orders', ['tenantId', 'idempotencyKey'], { unique: true });
  await qi.addIndex('orders', ['subscriptionId', 'createdAt']);

  await qi.createTable('licence_assignments', {
    id: key,
    tenantId: { ...str(64), references: { model: 'tenants', key: 'id' } },
    subscriptionId: { ...str(64), references: { model: 'subscriptions', key: 'id' } },
    productId: { ...str(64), references: { model: 'products', key: 'id' } },
    userId: { ...str(64), references: { model: 'directory_users', key: 'id' } },
    assignedById: str(64),
    ...stamps,
  });
  await qi.addIndex('licence_assignments', ['subscriptionId', 'userId'], { unique: true });
  await qi.addIndex('licence_assignments', ['tenantId', 'userId', 'productId']);

  await qi.createTable('bills', {
    id: key,
    tenantId: { ...str(64), references: { model: 'tenants', key: 'id' } },
    subscriptionId: { ...str(64), references: { model: 'subscriptions', key: 'id' } },
    payerId: { ...str(64, true), references: { model: 'directory_users', key: 'id' } },
    kind: str(20),
    amountMinor: int(),
    currency: str(3),
    status: str(10),
    periodStart: day(),
    periodEnd: day(),
    dueDate: day(),
    paidAt: time(true),
    chargeId: str(64, true),
    attempts: { ...int(), defaultValue: 0 },
    lastDeclineCode: str(40, true),
    ...stamps,
  });
  await qi.addIndex('bills', ['subscriptionId', 'periodStart']);
  await qi.addIndex('bills', ['tenantId', 'status']);

  await qi.createTable('audit_log', {
    id: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true, autoIncrement: true },
    tenantId: str(64),
    actorId: str(64, true),
    action: str(60),
    entityType: str(40),
    entityId: str(64),
    data: { type: DataTypes.JSON, allowNull: false },
    createdAt: time(),
  });
  await qi.addIndex('audit_log', ['tenantId', 'createdAt']);

  await qi.createTable('bot_state', {
    key: { type: DataTypes.STRING(512), allowNull: false, primaryKey: true },
    data: { type: DataTypes.TEXT, allowNull: false },
    eTag: str(64),
    ...stamps,
  });
  await qi.createTable('checkout_sessions', {
    id: key,
    tenantId: { ...str(64), references: { model: 'tenants', key: 'id' } },
    userId: { ...str(64), references: { model: 'directory_users', key: 'id' } },
    kind: str(20),
    payload: { type: DataTypes.JSON, allowNull: false },
    conversationRef: { type: DataTypes.JSON, allowNull: true },
    status: str(20),
    expiresAt: time(),
    resultId: str(64, true),
    attempts: { ...int(), defaultValue: 0 },
    ...stamps,
  });
  await qi.createTable('faq_feedback', {
    id: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true, autoIncrement: true },
    tenantId: str(64, true),
    userRef: str(128, true),
    entryId: str(200),
    lang: str(5),
    helpful: bool(),
    createdAt: time(),
  });
  await qi.createTable('gateway_card_tokens', {
    token: { type: DataTypes.STRING(64), allowNull: false, primaryKey: true },
    brand: str(20),
    last4: str(4),
    expMonth: int(),
    expYear: int(),
    behaviour: str(40),
    createdAt: time(),
  });
  await qi.createTable('gateway_charges', {
    id: key,
    idempotencyKey: { ...str(128), unique: true },
    token: str(64),
    amountMinor: int(),
    currency: str(3),
    status: str(10),
    declineCode: str(40, true),
    createdAt: time(),
  });
};

export const down: MigrationFn<QueryInterface> = async ({ context: qi }) => {
  for (const table of [
    'gateway_charges',
    'gateway_card_tokens',
    'faq_feedback',
    'checkout_sessions',
    'bot_state',
    'audit_log',
    'bills',
    'licence_assignments',
    'orders',
    'subscriptions',
    'payment_methods',
    'policy_settings',
    'availabilities',
    'prices',
    'products',
    'slack_workspaces',
    'delegated_admin_relationships',
    'partners',
    'directory_users',
    'tenants',
  ]) {
    await qi.dropTable(table);
  }
};
