import { Transaction } from 'sequelize';
import { SubscriptionSource } from '../../commerce/types';
import type { Database } from '../database';
import type { Models } from '../index';

/**
 * The reference catalog: products, prices and launch dates. The code is its source of truth:
 * `ensureCatalog` runs at every start (production too) and brings the tables in line with it.
 */

export const SELF_SERVICE_PRODUCT_IDS = ['power-bi-pro', 'powerapps-per-user', 'flow-per-user'] as const;
export type SelfServiceProductId = (typeof SELF_SERVICE_PRODUCT_IDS)[number];

export const CATALOG_PRODUCT_IDS = [...SELF_SERVICE_PRODUCT_IDS, 'office-365-e3'] as const;
export type CatalogProductId = (typeof CATALOG_PRODUCT_IDS)[number];

export const CATALOG_MARKETS = ['US', 'GB', 'CA', 'FR'] as const;
export type CatalogMarket = (typeof CATALOG_MARKETS)[number];

export interface CatalogProduct {
  id: CatalogProductId;
  name: string;
  selfServiceEligible: boolean;
}

export const PRODUCTS: readonly CatalogProduct[] = [
  { id: 'power-bi-pro', name: 'Power BI Pro', selfServiceEligible: true },
  { id: 'powerapps-per-user', name: 'PowerApps (per user)', selfServiceEligible: true },
  { id: 'flow-per-user', name: 'Flow (per user)', selfServiceEligible: true },
  // Bought centrally only: asking for it through self-service gets the FAQ's refusal.
  { id: 'office-365-e3', name: 'Office 365 E3', selfServiceEligible: false },
];

export const MARKET_CURRENCIES: Readonly<Record<CatalogMarket, string>> = {
  US: 'USD',
  GB: 'GBP',
  CA: 'CAD',
  FR: 'EUR',
};

/** Monthly price per seat in minor units, by channel: the FAQ says self-service prices may differ from central ones. */
export interface ChannelPrices {
  'self-service': number | null;
  central: number;
}

export const PRICE_TABLE: Readonly<Record<CatalogMarket, Readonly<Record<CatalogProductId, ChannelPrices>>>> =
  {
    US: {
      'power-bi-pro': { 'self-service': 999, central: 940 },
      'powerapps-per-user': { 'self-service': 4000, central: 3800 },
      'flow-per-user': { 'self-service': 1500, central: 1400 },
      'office-365-e3': { 'self-service': null, central: 2000 },
    },
    GB: {
      'power-bi-pro': { 'self-service': 750, central: 710 },
      'powerapps-per-user': { 'self-service': 3020, central: 2870 },
      'flow-per-user': { 'self-service': 1130, central: 1070 },
      'office-365-e3': { 'self-service': null, central: 1510 },
    },
    CA: {
      'power-bi-pro': { 'self-service': 1250, central: 1180 },
      'powerapps-per-user': { 'self-service': 5000, central: 4750 },
      'flow-per-user': { 'self-service': 1880, central: 1780 },
      'office-365-e3': { 'self-service': null, central: 2500 },
    },
    FR: {
      'power-bi-pro': { 'self-service': 840, central: 790 },
      'powerapps-per-user': { 'self-service': 3370, central: 3200 },
      'flow-per-user': { 'self-service': 1265, central: 1200 },
      'office-365-e3': { 'self-service': null, central: 1970 },
    },
  };

/**
 * When self-service purchase opens, by market and product (YYYY-MM-DD). `null`: announced, no
 * date yet (refused as "not launched yet"). A market missing here is not offered at all.
 * United States dates are the FAQ's.
 */
export const LAUNCH_DATES: Readonly<
  Record<CatalogMarket, Readonly<Record<SelfServiceProductId, string | null>>>
> = {
  US: { 'power-bi-pro': '2019-11-19', 'powerapps-per-user': '2019-12-04', 'flow-per-user': '2019-12-04' },
  GB: { 'power-bi-pro': '2020-01-14', 'powerapps-per-user': '2020-02-04', 'flow-per-user': '2020-02-04' },
  CA: { 'power-bi-pro': '2020-03-10', 'powerapps-per-user': '2020-04-07', 'flow-per-user': '2020-04-07' },
  FR: { 'power-bi-pro': null, 'powerapps-per-user': null, 'flow-per-user': null },
};

/** Every term in the catalog is monthly; a subscription's term may be a multiple of it. */
export const CATALOG_TERM_MONTHS = 1;

/** Stable id of a price row, so the catalog can be upserted without duplicates. */
export function priceId(
  productId: CatalogProductId,
  market: CatalogMarket,
  channel: SubscriptionSource,
): string {
  return `price_${productId}_${market}_${channel}`;
}

interface PriceRow {
  id: string;
  productId: CatalogProductId;
  market: CatalogMarket;
  channel: SubscriptionSource;
  currency: string;
  unitPriceMinor: number;
  termMonths: number;
}

interface AvailabilityRow {
  productId: SelfServiceProductId;
  market: CatalogMarket;
  launchDate: string | null;
}

export function catalogPriceRows(): PriceRow[] {
  const rows: PriceRow[] = [];
  for (const market of CATALOG_MARKETS) {
    for (const productId of CATALOG_PRODUCT_IDS) {
      const prices = PRICE_TABLE[market][productId];
      for (const channel of ['self-service', 'central'] as const) {
        const unitPriceMinor = prices[channel];
        if (unitPriceMinor === null) continue;
        rows.push({
          id: priceId(productId, market, channel),
          productId,
          market,
          channel,
          currency: MARKET_CURRENCIES[market],
          unitPriceMinor,
          termMonths: CATALOG_TERM_MONTHS,
        });
      }
    }
  }
  return rows;
}

export function catalogAvailabilityRows(): AvailabilityRow[] {
  return CATALOG_MARKETS.flatMap((market) =>
    SELF_SERVICE_PRODUCT_IDS.map((productId) => ({
      productId,
      market,
      launchDate: LAUNCH_DATES[market][productId],
    })),
  );
}

/** Arbitrary constant key of the PostgreSQL advisory lock that serialises reference-data writers. */
export const SEED_LOCK_KEY = 774_201_911;

/** Serialises concurrent starts (several processes) on PostgreSQL; SQLite writers are serialised already. */
export async function lockReferenceData(db: Database, transaction: Transaction): Promise<void> {
  if (db.dialect !== 'postgres') return;
  await db.sequelize.query('SELECT pg_advisory_xact_lock(:key)', {
    replacements: { key: SEED_LOCK_KEY },
    transaction,
  });
}

/** True when the stored row is missing or any wanted column has another value. */
function differs(existing: object | undefined, wanted: object): boolean {
  if (!existing) return true;
  const current = existing as Record<string, unknown>;
  return Object.entries(wanted).some(([column, value]) => current[column] !== value);
}

/**
 * Writes the rows of the catalog that are missing or differ, inside the caller's transaction.
 * Rows the catalog does not list are left alone: subscriptions may still refer to them.
 * @returns how many rows were written (0 when the catalog was already current).
 */
export async function syncCatalog(models: Models, transaction: Transaction): Promise<number> {
  const { Product, Price, Availability } = models;
  let written = 0;

  const products = new Map(
    (await Product.findAll({ transaction })).map((p) => [p.id, p.get({ plain: true })]),
  );
  for (const product of PRODUCTS) {
    if (!differs(products.get(product.id), product)) continue;
    await Product.upsert({ ...product }, { transaction });
    written++;
  }

  const prices = new Map((await Price.findAll({ transaction })).map((p) => [p.id, p.get({ plain: true })]));
  for (const price of catalogPriceRows()) {
    if (!differs(prices.get(price.id), price)) continue;
    await Price.upsert({ ...price }, { transaction });
    written++;
  }

  const availabilities = new Map(
    (await Availability.findAll({ transaction })).map((a) => [
      `${a.productId}/${a.market}`,
      a.get({ plain: true }),
    ]),
  );
  for (const availability of catalogAvailabilityRows()) {
    const key = `${availability.productId}/${availability.market}`;
    if (!differs(availabilities.get(key), availability)) continue;
    await Availability.upsert({ ...availability }, { transaction });
    written++;
  }
  return written;
}

/**
 * Brings products, prices and launch dates in line with this file. Idempotent and safe at every
 * start, in production too: a second call writes nothing.
 */
export async function ensureCatalog(db: Database): Promise<void> {
  await db.write(async (transaction) => {
    await lockReferenceData(db, transaction);
    await syncCatalog(db.models, transaction);
  });
}
