import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  Sequelize,
} from 'sequelize';

/** One botbuilder storage item (dialog, conversation or user state), with an eTag for optimistic writes. */
export class BotStateItem extends Model<
  InferAttributes<BotStateItem>,
  InferCreationAttributes<BotStateItem>
> {
  declare key: string;
  declare data: string;
  declare eTag: string;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export type CheckoutKind = 'purchase' | 'update-card' | 'pay-bill';
/** `processing`: one submit holds the session while it talks to the gateway (a double submit waits). */
export type CheckoutStatus = 'open' | 'processing' | 'completed' | 'expired';

/** A single-use, short-lived card page bound to one user and one order draft. */
export class CheckoutSession extends Model<
  InferAttributes<CheckoutSession>,
  InferCreationAttributes<CheckoutSession>
> {
  declare id: string;
  declare tenantId: string;
  declare userId: string;
  declare kind: CheckoutKind;
  /** What is being paid for (product, seats, subscription or bill id): never card data. */
  declare payload: Record<string, unknown>;
  /** Where to resume the conversation when the payment settles (channel-specific, opaque to the core). */
  declare conversationRef: Record<string, unknown> | null;
  declare status: CheckoutStatus;
  declare expiresAt: Date;
  declare resultId: CreationOptional<string | null>;
  declare attempts: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export class FaqFeedback extends Model<InferAttributes<FaqFeedback>, InferCreationAttributes<FaqFeedback>> {
  declare id: CreationOptional<number>;
  declare tenantId: string | null;
  declare userRef: string | null;
  declare entryId: string;
  declare lang: string;
  declare helpful: boolean;
  declare createdAt: CreationOptional<Date>;
}

/** The simulated card processor's own records (what a real gateway keeps on its side). */
export class GatewayCardToken extends Model<
  InferAttributes<GatewayCardToken>,
  InferCreationAttributes<GatewayCardToken>
> {
  declare token: string;
  declare brand: string;
  declare last4: string;
  declare expMonth: number;
  declare expYear: number;
  /** How the simulated bank answers charges on this card (`approve`, `card_declined`, …), from the test numbers. */
  declare behaviour: string;
  declare createdAt: CreationOptional<Date>;
}

export class GatewayCharge extends Model<
  InferAttributes<GatewayCharge>,
  InferCreationAttributes<GatewayCharge>
> {
  declare id: string;
  declare idempotencyKey: string;
  declare token: string;
  declare amountMinor: number;
  declare currency: string;
  /** `refunded`: a succeeded charge given back (whole amount). */
  declare status: 'succeeded' | 'declined' | 'refunded';
  declare declineCode: string | null;
  declare createdAt: CreationOptional<Date>;
}

export function initRuntimeModels(sequelize: Sequelize): void {
  BotStateItem.init(
    {
      key: { type: DataTypes.STRING(512), primaryKey: true },
      data: { type: DataTypes.TEXT, allowNull: false },
      eTag: { type: DataTypes.STRING(64), allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'bot_state' },
  );
  CheckoutSession.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      tenantId: { type: DataTypes.STRING(64), allowNull: false },
      userId: { type: DataTypes.STRING(64), allowNull: false },
      kind: {
        type: DataTypes.STRING(20),
        allowNull: false,
        validate: { isIn: [['purchase', 'update-card', 'pay-bill']] },
      },
      payload: { type: DataTypes.JSON, allowNull: false },
      conversationRef: { type: DataTypes.JSON, allowNull: true },
      status: {
        type: DataTypes.STRING(20),
        allowNull: false,
        validate: { isIn: [['open', 'processing', 'completed', 'expired']] },
      },
      expiresAt: { type: DataTypes.DATE, allowNull: false },
      resultId: { type: DataTypes.STRING(64), allowNull: true },
      attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'checkout_sessions' },
  );
  FaqFeedback.init(
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      tenantId: { type: DataTypes.STRING(64), allowNull: true },
      userRef: { type: DataTypes.STRING(128), allowNull: true },
      entryId: { type: DataTypes.STRING(200), allowNull: false },
      lang: { type: DataTypes.STRING(5), allowNull: false },
      helpful: { type: DataTypes.BOOLEAN, allowNull: false },
      createdAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'faq_feedback', updatedAt: false },
  );
  GatewayCardToken.init(
    {
      token: { type: DataTypes.STRING(64), primaryKey: true },
      brand: { type: DataTypes.STRING(20), allowNull: false },
      last4: { type: DataTypes.STRING(4), allowNull: false },
      expMonth: { type: DataTypes.INTEGER, allowNull: false },
      expYear: { type: DataTypes.INTEGER, allowNull: false },
      behaviour: { type: DataTypes.STRING(40), allowNull: false },
      createdAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'gateway_card_tokens', updatedAt: false },
  );
  GatewayCharge.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      idempotencyKey: { type: DataTypes.STRING(128), allowNull: false, unique: true },
      token: { type: DataTypes.STRING(64), allowNull: false },
      amountMinor: { type: DataTypes.INTEGER, allowNull: false },
      currency: { type: DataTypes.STRING(3), allowNull: false },
      status: { type: DataTypes.STRING(10), allowNull: false },
      declineCode: { type: DataTypes.STRING(40), allowNull: true },
      createdAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'gateway_charges', updatedAt: false },
  );
}
