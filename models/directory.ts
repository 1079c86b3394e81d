import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  Sequelize,
} from 'sequelize';
import { TENANT_KINDS, TenantKind, USER_TYPES, UserType } from '../commerce/types';

/** An organisation (Entra tenant). The id is the Entra tenant id. */
export class Tenant extends Model<InferAttributes<Tenant>, InferCreationAttributes<Tenant>> {
  declare id: string;
  declare name: string;
  declare kind: TenantKind;
  /** ISO 3166 alpha-2 country of the billing account: decides launch dates, prices, currency. */
  declare market: string;
  /** false for an unmanaged ("viral") tenant created by e-mail sign-up, with no admin. */
  declare managed: boolean;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export class DirectoryUser extends Model<
  InferAttributes<DirectoryUser>,
  InferCreationAttributes<DirectoryUser>
> {
  declare id: string;
  declare tenantId: string;
  declare entraObjectId: string;
  declare email: string;
  declare displayName: string;
  declare userType: UserType;
  declare accountEnabled: boolean;
  declare syncedFromOnPremises: boolean;
  declare globalAdmin: boolean;
  declare billingAdmin: boolean;
  declare slackUserId: CreationOptional<string | null>;
  declare preferredLocale: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** A Microsoft partner (CSP); its staff are directory users of its own tenant. */
export class Partner extends Model<InferAttributes<Partner>, InferCreationAttributes<Partner>> {
  declare id: string;
  declare name: string;
  declare tenantId: string;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** Delegated admin privileges a customer tenant granted a partner: admins of the partner read it like an admin. */
export class DelegatedAdminRelationship extends Model<
  InferAttributes<DelegatedAdminRelationship>,
  InferCreationAttributes<DelegatedAdminRelationship>
> {
  declare id: string;
  declare partnerId: string;
  declare customerTenantId: string;
  declare active: boolean;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** A Slack workspace (or Enterprise Grid org) mapped to the tenant it belongs to. */
export class SlackWorkspace extends Model<
  InferAttributes<SlackWorkspace>,
  InferCreationAttributes<SlackWorkspace>
> {
  declare teamId: string;
  declare enterpriseId: CreationOptional<string | null>;
  declare tenantId: string;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export function initDirectoryModels(sequelize: Sequelize): void {
  Tenant.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      name: { type: DataTypes.STRING(200), allowNull: false, validate: { notEmpty: true } },
      kind: {
        type: DataTypes.STRING(20),
        allowNull: false,
        validate: { isIn: [TENANT_KINDS as unknown as string[]] },
      },
      market: { type: DataTypes.STRING(2), allowNull: false, validate: { is: /^[A-Z]{2}$/ } },
      managed: { type: DataTypes.BOOLEAN, allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'tenants' },
  );
  DirectoryUser.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      tenantId: { type: DataTypes.STRING(64), allowNull: false },
      entraObjectId: { type: DataTypes.STRING(64), allowNull: false },
      email: { type: DataTypes.STRING(320), allowNull: false, validate: { isEmail: true } },
      displayName: { type: DataTypes.STRING(200), allowNull: false, validate: { notEmpty: true } },
      userType: {
        type: DataTypes.STRING(10),
        allowNull: false,
        validate: { isIn: [USER_TYPES as unknown as string[]] },
      },
      accountEnabled: { type: DataTypes.BOOLEAN, allowNull: false },
      syncedFromOnPremises: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      globalAdmin: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      billingAdmin: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      slackUserId: { type: DataTypes.STRING(32), allowNull: true },
      preferredLocale: { type: DataTypes.STRING(10), allowNull: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'directory_users' },
  );
  Partner.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      name: { type: DataTypes.STRING(200), allowNull: false },
      tenantId: { type: DataTypes.STRING(64), allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'partners' },
  );
  DelegatedAdminRelationship.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      partnerId: { type: DataTypes.STRING(64), allowNull: false },
      customerTenantId: { type: DataTypes.STRING(64), allowNull: false },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'delegated_admin_relationships' },
  );
  SlackWorkspace.init(
    {
      teamId: { type: DataTypes.STRING(32), primaryKey: true },
      enterpriseId: { type: DataTypes.STRING(32), allowNull: true },
      tenantId: { type: DataTypes.STRING(64), allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'slack_workspaces' },
  );
}
