import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  Sequelize,
} from 'sequelize';
import { SELF_SERVICE_POLICIES, SelfServicePolicy, SubscriptionSource } from '../commerce/types';

export class Product extends Model<InferAttributes<Product>, InferCreationAttributes<Product>> {
  declare id: string;
  declare name: string;
  /** Only the Power Platform products are offered through self-service. */
  declare selfServiceEligible: boolean;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** A price per seat for a product in a market, on a channel: self-service prices may differ from central ones. */
export class Price extends Model<InferAttributes<Price>, InferCreationAttributes<Price>> {
  declare id: string;
  declare productId: string;
  declare market: string;
  declare channel: SubscriptionSource;
  declare currency: string;
  declare unitPriceMinor: number;
  declare termMonths: number;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** When self-service purchase of a product opens in a market. */
export class Availability extends Model<
  InferAttributes<Availability>,
  InferCreationAttributes<Availability>
> {
  declare productId: string;
  declare market: string;
  /** YYYY-MM-DD; null: announced but no date yet. */
  declare launchDate: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** A tenant admin's choice for one product; no row means `Enabled` (Microsoft's default). */
export class PolicySetting extends Model<
  InferAttributes<PolicySetting>,
  InferCreationAttributes<PolicySetting>
> {
  declare tenantId: string;
  declare productId: string;
  declare policy: SelfServicePolicy;
  declare updatedById: string;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export function initCatalogModels(sequelize: Sequelize): void {
  Product.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      name: { type: DataTypes.STRING(200), allowNull: false },
      selfServiceEligible: { type: DataTypes.BOOLEAN, allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'products' },
  );
  Price.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      productId: { type: DataTypes.STRING(64), allowNull: false },
      market: { type: DataTypes.STRING(2), allowNull: false },
      channel: {
        type: DataTypes.STRING(20),
        allowNull: false,
        validate: { isIn: [['self-service', 'central']] },
      },
      currency: { type: DataTypes.STRING(3), allowNull: false, validate: { is: /^[A-Z]{3}$/ } },
      unitPriceMinor: { type: DataTypes.INTEGER, allowNull: false, validate: { min: 0, isInt: true } },
      termMonths: { type: DataTypes.INTEGER, allowNull: false, validate: { isIn: [[1, 12]] } },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'prices' },
  );
  Availability.init(
    {
      productId: { type: DataTypes.STRING(64), primaryKey: true },
      market: { type: DataTypes.STRING(2), primaryKey: true },
      launchDate: { type: DataTypes.DATEONLY, allowNull: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'availabilities' },
  );
  PolicySetting.init(
    {
      tenantId: { type: DataTypes.STRING(64), primaryKey: true },
      productId: { type: DataTypes.STRING(64), primaryKey: true },
      policy: {
        type: DataTypes.STRING(40),
        allowNull: false,
        validate: { isIn: [SELF_SERVICE_POLICIES as unknown as string[]] },
      },
      updatedById: { type: DataTypes.STRING(64), allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'policy_settings' },
  );
}
