import type { Database } from '../models/database';
import { SubscriptionSource } from './types';

export interface ProductRecord {
  id: string;
  name: string;
  selfServiceEligible: boolean;
}

export interface PriceRecord {
  productId: string;
  market: string;
  channel: SubscriptionSource;
  currency: string;
  unitPriceMinor: number;
  termMonths: number;
}

interface Snapshot {
  loadedAt: number;
  products: Map<string, ProductRecord>;
  prices: Map<string, PriceRecord>;
  /** `${productId}/${market}` → launch date (null: announced, no date). A missing key: not announced. */
  launches: Map<string, string | null>;
}

/**
 * Products, prices and launch dates, read from the database at most once a minute. They change
 * only when the catalog is updated (at start, or by an operator), and every turn of a purchase
 * needs them: reading them per request was most of a purchase turn's cost. Tenant policies are
 * NOT cached: an admin's change applies to the very next request.
 */
export class ReferenceData {
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;

  constructor(
    private readonly db: Database,
    private readonly maxAgeMs = 60_000,
  ) {}

  async product(id: string): Promise<ProductRecord | undefined> {
    return (await this.current()).products.get(id);
  }

  async products(): Promise<ProductRecord[]> {
    return [...(await this.current()).products.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  async price(
    productId: string,
    market: string,
    channel: SubscriptionSource,
  ): Promise<PriceRecord | undefined> {
    return (await this.current()).prices.get(`${productId}/${market}/${channel}`);
  }

  /** The launch date in a market: a date, null when announced without a date, undefined when not announced. */
  async launchDate(productId: string, market: string): Promise<string | null | undefined> {
    const launches = (await this.current()).launches;
    const key = `${productId}/${market}`;
    return launches.has(key) ? (launches.get(key) ?? null) : undefined;
  }

  /** Drops the cached copy (after the catalog changed in this process). */
  invalidate(): void {
    this.snapshot = null;
  }

  private async current(): Promise<Snapshot> {
    // Wall time, not the injected business clock: the cache's age is about this process.
    const fresh = this.snapshot && Date.now() - this.snapshot.loadedAt < this.maxAgeMs;
    if (fresh) return this.snapshot as Snapshot;
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<Snapshot> {
    const { Product, Price, Availability } = this.db.models;
    const [products, prices, availabilities] = await Promise.all([
      Product.findAll({ raw: true }),
      Price.findAll({ raw: true }),
      Availability.findAll({ raw: true }),
    ]);
    this.snapshot = {
      loadedAt: Date.now(),
      products: new Map(
        products.map((p) => [
          p.id,
          { id: p.id, name: p.name, selfServiceEligible: Boolean(p.selfServiceEligible) },
        ]),
      ),
      prices: new Map(
        prices.map((p) => [
          `${p.productId}/${p.market}/${p.channel}`,
          {
            productId: p.productId,
            market: p.market,
            channel: p.channel,
            currency: p.currency,
            unitPriceMinor: Number(p.unitPriceMinor),
            termMonths: Number(p.termMonths),
          },
        ]),
      ),
      launches: new Map(availabilities.map((a) => [`${a.productId}/${a.market}`, a.launchDate ?? null])),
    };
    return this.snapshot;
  }
}
