/**
 * Data the bot needs before its first request: the reference catalog (every start) and, for
 * first runs and demos, a directory of sample tenants and users.
 */
export {
  CATALOG_MARKETS,
  CATALOG_PRODUCT_IDS,
  CATALOG_TERM_MONTHS,
  LAUNCH_DATES,
  MARKET_CURRENCIES,
  PRICE_TABLE,
  PRODUCTS,
  SELF_SERVICE_PRODUCT_IDS,
  ensureCatalog,
  priceId,
} from './catalog';
export type {
  CatalogMarket,
  CatalogProduct,
  CatalogProductId,
  ChannelPrices,
  SelfServiceProductId,
} from './catalog';
export { DEMO, seedDemoDirectory } from './demo-directory';
export type { DemoTenant, DemoUser } from './demo-directory';
