import { DataTypes, QueryInterface } from 'sequelize';
import type { MigrationFn } from 'umzug';

// Frozen once released. Two tables of the channel layer:
// - conversation_references: where to reach each user proactively (their last personal chat with the bot);
// - report_exports: the admins' short-lived, single-use CSV download links (only a hash of the token is kept).
const str = (length: number, allowNull = false) => ({ type: DataTypes.STRING(length), allowNull });
const time = (allowNull = false) => ({ type: DataTypes.DATE, allowNull });

export const up: MigrationFn<QueryInterface> = async ({ context: qi }) => {
  await qi.createTable('conversation_references', {
    userId: {
      ...str(64),
      primaryKey: true,
      references: { model: 'directory_users', key: 'id' },
      onDelete: 'CASCADE',
    },
    channelId: { ...str(32), primaryKey: true },
    tenantId: { ...str(64), references: { model: 'tenants', key: 'id' } },
    reference: { type: DataTypes.JSON, allowNull: false },
    locale: str(5, true),
    createdAt: time(),
    updatedAt: time(),
  });
  await qi.addIndex('conversation_references', ['tenantId']);

  await qi.createTable('report_exports', {
    // SHA-256 (hex) of the link's token: the token itself is only in the link.
    id: { ...str(64), primaryKey: true },
    tenantId: { ...str(64), references: { model: 'tenants', key: 'id' } },
    userId: { ...str(64), references: { model: 'directory_users', key: 'id' } },
    filters: { type: DataTypes.JSON, allowNull: false },
    expiresAt: time(),
    usedAt: time(true),
    createdAt: time(),
  });
  await qi.addIndex('report_exports', ['expiresAt']);
};

export const down: MigrationFn<QueryInterface> = async ({ context: qi }) => {
  await qi.dropTable('report_exports');
  await qi.dropTable('conversation_references');
};
