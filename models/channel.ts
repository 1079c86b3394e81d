import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  Sequelize,
} from 'sequelize';

/**
 * Where the bot can reach a user proactively: the botbuilder ConversationReference of their latest
 * personal chat with the bot, one per user and channel. Opaque to the core.
 */
export class ConversationReferenceRecord extends Model<
  InferAttributes<ConversationReferenceRecord>,
  InferCreationAttributes<ConversationReferenceRecord>
> {
  declare userId: string;
  declare channelId: string;
  /** The user's own tenant. */
  declare tenantId: string;
  declare reference: Record<string, unknown>;
  /** The language of the user's latest turn (`fr`, `en`), for the messages sent later. */
  declare locale: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/**
 * A CSV download link of the admin report: bound to the admin, the tenant and the filters, short-lived
 * and single-use. The primary key is the SHA-256 of the link's token, never the token.
 */
export class ReportExport extends Model<
  InferAttributes<ReportExport>,
  InferCreationAttributes<ReportExport>
> {
  declare id: string;
  /** The tenant the report is about (a partner's customer for a partner admin). */
  declare tenantId: string;
  declare userId: string;
  declare filters: Record<string, unknown>;
  declare expiresAt: Date;
  declare usedAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
}

export function initChannelModels(sequelize: Sequelize): void {
  ConversationReferenceRecord.init(
    {
      userId: { type: DataTypes.STRING(64), primaryKey: true },
      channelId: { type: DataTypes.STRING(32), primaryKey: true },
      tenantId: { type: DataTypes.STRING(64), allowNull: false },
      reference: { type: DataTypes.JSON, allowNull: false },
      locale: { type: DataTypes.STRING(5), allowNull: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'conversation_references' },
  );
  ReportExport.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      tenantId: { type: DataTypes.STRING(64), allowNull: false },
      userId: { type: DataTypes.STRING(64), allowNull: false },
      filters: { type: DataTypes.JSON, allowNull: false },
      expiresAt: { type: DataTypes.DATE, allowNull: false },
      usedAt: { type: DataTypes.DATE, allowNull: true },
      createdAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'report_exports', updatedAt: false },
  );
}
