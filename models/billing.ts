import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  Sequelize,
} from 'sequelize';
import {
  BILL_KINDS,
  BillKind,
  BILL_STATUSES,
  BillStatus,
  ORDER_KINDS,
  OrderKind,
  SUBSCRIPTION_SOURCES,
  SUBSCRIPTION_STATUSES,
  SubscriptionSource,
  SubscriptionStatus,
} from '../commerce/types';

const MAX_SEATS = 10_000;

export class Subscription extends Model<
  InferAttributes<Subscription>,
  InferCreationAttributes<Subscription>
> {
  declare id: string;
  declare tenantId: string;
  declare productId: string;
  declare source: SubscriptionSource;
  /** null for a central subscription; kept when the purchaser leaves (the data is the organisation's). */
  declare purchaserId: string | null;
  declare seats: number;
  declare status: SubscriptionStatus;
  declare isTrial: boolean;
  declare autoRenew: boolean;
  declare unitPriceMinor: number;
  declare currency: string;
  declare termMonths: number;
  /** YYYY-MM-DD */
  declare termStart: string;
  /** YYYY-MM-DD: the expiry date admins see; renewal is due on it. */
  declare termEnd: string;
  declare paymentMethodId: string | null;
  declare pastDueSince: CreationOptional<string | null>;
  declare cancelledAt: CreationOptional<Date | null>;
  declare cancelReason: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** The order history: one row per money or seat change. */
export class Order extends Model<InferAttributes<Order>, InferCreationAttributes<Order>> {
  declare id: string;
  declare tenantId: string;
  declare subscriptionId: string;
  declare kind: OrderKind;
  declare seatsDelta: number;
  declare seatsAfter: number;
  declare amountMinor: number;
  declare currency: string;
  declare actorId: string | null;
  /** From the user's click: the same key never changes anything twice. */
  declare idempotencyKey: string | null;
  /** Hash of what the key was used for, to refuse a reused key with other details. */
  declare requestHash: string | null;
  declare chargeId: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export class LicenceAssignment extends Model<
  InferAttributes<LicenceAssignment>,
  InferCreationAttributes<LicenceAssignment>
> {
  declare id: string;
  declare tenantId: string;
  declare subscriptionId: string;
  declare productId: string;
  declare userId: string;
  declare assignedById: string;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** A card on file: only the gateway's token and what a user needs to recognise the card. */
export class PaymentMethod extends Model<
  InferAttributes<PaymentMethod>,
  InferCreationAttributes<PaymentMethod>
> {
  declare id: string;
  declare tenantId: string;
  declare ownerId: string;
  declare gatewayToken: string;
  declare brand: string;
  declare last4: string;
  declare expMonth: number;
  declare expYear: number;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export class Bill extends Model<InferAttributes<Bill>, InferCreationAttributes<Bill>> {
  declare id: string;
  declare tenantId: string;
  declare subscriptionId: string;
  /** The person responsible for payment: the purchaser. */
  declare payerId: string | null;
  /** What the bill is for: the first purchase, added seats, or a term renewal. */
  declare kind: BillKind;
  declare amountMinor: number;
  declare currency: string;
  declare status: BillStatus;
  declare periodStart: string;
  declare periodEnd: string;
  declare dueDate: string;
  declare paidAt: CreationOptional<Date | null>;
  declare chargeId: CreationOptional<string | null>;
  declare attempts: CreationOptional<number>;
  declare lastDeclineCode: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** Append-only: updates and deletes are refused by hooks. */
export class AuditEntry extends Model<InferAttributes<AuditEntry>, InferCreationAttributes<AuditEntry>> {
  declare id: CreationOptional<number>;
  declare tenantId: string;
  declare actorId: string | null;
  declare action: string;
  declare entityType: string;
  declare entityId: string;
  declare data: Record<string, unknown>;
  declare createdAt: CreationOptional<Date>;
}

// A function, not a shared object: Sequelize writes the column name into the attribute it is given.
const seatsAttribute = () => ({
  type: DataTypes.INTEGER,
  allowNull: false,
  validate: { isInt: true, min: 0, max: MAX_SEATS },
});

export function initBillingModels(sequelize: Sequelize): void {
  Subscription.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      tenantId: { type: DataTypes.STRING(64), allowNull: false },
      productId: { type: DataTypes.STRING(64), allowNull: false },
      source: {
        type: DataTypes.STRING(20),
        allowNull: false,
        validate: { isIn: [SUBSCRIPTION_SOURCES as unknown as string[]] },
      },
      purchaserId: { type: DataTypes.STRING(64), allowNull: true },
      seats: seatsAttribute(),
      status: {
        type: DataTypes.STRING(20),
        allowNull: false,
        validate: { isIn: [SUBSCRIPTION_STATUSES as unknown as string[]] },
      },
      isTrial: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      autoRenew: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      unitPriceMinor: { type: DataTypes.INTEGER, allowNull: false, validate: { min: 0 } },
      currency: { type: DataTypes.STRING(3), allowNull: false },
      termMonths: { type: DataTypes.INTEGER, allowNull: false },
      termStart: { type: DataTypes.DATEONLY, allowNull: false },
      termEnd: { type: DataTypes.DATEONLY, allowNull: false },
      paymentMethodId: { type: DataTypes.STRING(64), allowNull: true },
      pastDueSince: { type: DataTypes.DATEONLY, allowNull: true },
      cancelledAt: { type: DataTypes.DATE, allowNull: true },
      cancelReason: { type: DataTypes.STRING(500), allowNull: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'subscriptions' },
  );
  Order.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      tenantId: { type: DataTypes.STRING(64), allowNull: false },
      subscriptionId: { type: DataTypes.STRING(64), allowNull: false },
      kind: {
        type: DataTypes.STRING(20),
        allowNull: false,
        validate: { isIn: [ORDER_KINDS as unknown as string[]] },
      },
      seatsDelta: { type: DataTypes.INTEGER, allowNull: false },
      seatsAfter: seatsAttribute(),
      amountMinor: { type: DataTypes.INTEGER, allowNull: false },
      currency: { type: DataTypes.STRING(3), allowNull: false },
      actorId: { type: DataTypes.STRING(64), allowNull: true },
      idempotencyKey: { type: DataTypes.STRING(128), allowNull: true },
      requestHash: { type: DataTypes.STRING(64), allowNull: true },
      chargeId: { type: DataTypes.STRING(64), allowNull: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'orders' },
  );
  LicenceAssignment.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      tenantId: { type: DataTypes.STRING(64), allowNull: false },
      subscriptionId: { type: DataTypes.STRING(64), allowNull: false },
      productId: { type: DataTypes.STRING(64), allowNull: false },
      userId: { type: DataTypes.STRING(64), allowNull: false },
      assignedById: { type: DataTypes.STRING(64), allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'licence_assignments' },
  );
  PaymentMethod.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      tenantId: { type: DataTypes.STRING(64), allowNull: false },
      ownerId: { type: DataTypes.STRING(64), allowNull: false },
      gatewayToken: { type: DataTypes.STRING(64), allowNull: false },
      brand: { type: DataTypes.STRING(20), allowNull: false },
      last4: { type: DataTypes.STRING(4), allowNull: false, validate: { is: /^\d{4}$/ } },
      expMonth: { type: DataTypes.INTEGER, allowNull: false, validate: { min: 1, max: 12 } },
      expYear: { type: DataTypes.INTEGER, allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'payment_methods' },
  );
  Bill.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      tenantId: { type: DataTypes.STRING(64), allowNull: false },
      subscriptionId: { type: DataTypes.STRING(64), allowNull: false },
      payerId: { type: DataTypes.STRING(64), allowNull: true },
      kind: {
        type: DataTypes.STRING(20),
        allowNull: false,
        validate: { isIn: [BILL_KINDS as unknown as string[]] },
      },
      amountMinor: { type: DataTypes.INTEGER, allowNull: false, validate: { min: 0 } },
      currency: { type: DataTypes.STRING(3), allowNull: false },
      status: {
        type: DataTypes.STRING(10),
        allowNull: false,
        validate: { isIn: [BILL_STATUSES as unknown as string[]] },
      },
      periodStart: { type: DataTypes.DATEONLY, allowNull: false },
      periodEnd: { type: DataTypes.DATEONLY, allowNull: false },
      dueDate: { type: DataTypes.DATEONLY, allowNull: false },
      paidAt: { type: DataTypes.DATE, allowNull: true },
      chargeId: { type: DataTypes.STRING(64), allowNull: true },
      attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      lastDeclineCode: { type: DataTypes.STRING(40), allowNull: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'bills' },
  );
  AuditEntry.init(
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      tenantId: { type: DataTypes.STRING(64), allowNull: false },
      actorId: { type: DataTypes.STRING(64), allowNull: true },
      action: { type: DataTypes.STRING(60), allowNull: false },
      entityType: { type: DataTypes.STRING(40), allowNull: false },
      entityId: { type: DataTypes.STRING(64), allowNull: false },
      data: { type: DataTypes.JSON, allowNull: false, defaultValue: {} },
      createdAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'audit_log', updatedAt: false },
  );
}
