import { Transaction } from 'sequelize';
import type { Tenant } from '../models';
import { AccessControl } from './access';
import { addMonths, Clock, isoDay } from './clock';
import { EligibilityResult, EligibilityService } from './eligibility';
import { AdminContact, NotFoundError, NotAuthorizedError } from './errors';
import { PriceRecord, ProductRecord, ReferenceData } from './reference-data';
import { Actor, Quote, SubscriptionSource } from './types';
import { parseSeats } from './validation';

export interface Offer {
  productId: string;
  productName: string;
  /** null when no self-service price exists in the tenant's market yet. */
  unitPrice: { amountMinor: number; currency: string } | null;
  termMonths: number | null;
  eligibility: EligibilityResult;
}

/** What can be bought and for how much: the price shown at checkout is the price charged. */
export class CatalogService {
  constructor(
    private readonly access: AccessControl,
    private readonly eligibility: EligibilityService,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  /** The self-service products, each with the actor's eligibility and the price in the tenant's market. */
  async offers(actor: Actor): Promise<Offer[]> {
    const context = await this.access.load(actor);
    if (!context.isMember) throw new NotAuthorizedError('buy for another organisation through self-service');
    const [products, policies] = await Promise.all([
      this.reference.products(),
      this.eligibility.policies(context.tenant.id),
    ]);
    let admins: Promise<AdminContact[]> | undefined;
    const adminsOnce = () => (admins ??= this.access.adminContacts(context.tenant.id));
    return Promise.all(
      products
        .filter((product) => product.selfServiceEligible)
        .map(async (product) => {
          const [eligibility, price] = await Promise.all([
            this.eligibility.evaluate(context, product, undefined, {
              policy: policies.get(product.id) ?? 'Enabled',
              admins: adminsOnce,
            }),
            this.reference.price(product.id, context.tenant.market, 'self-service'),
          ]);
          return {
            productId: product.id,
            productName: product.name,
            unitPrice: price ? { amountMinor: price.unitPriceMinor, currency: price.currency } : null,
            termMonths: price?.termMonths ?? null,
            eligibility,
          };
        }),
    );
  }

  /** The price summary for `seats` seats, after checking the actor may buy the product. */
  async quote(actor: Actor, productId: string, seats: unknown, transaction?: Transaction): Promise<Quote> {
    const count = parseSeats(seats);
    const context = await this.access.load(actor, transaction);
    if (!context.isMember) throw new NotAuthorizedError('buy for another organisation through self-service');
    const product = await this.eligibility.product(productId);
    await this.eligibility.assert(context, product, 'purchase', transaction);
    return this.priceQuote(context.tenant, product, count);
  }

  async priceQuote(tenant: Tenant, product: ProductRecord, seats: number): Promise<Quote> {
    const price = await this.price(tenant, product.id, 'self-service');
    const termStart = isoDay(this.clock.now());
    return {
      productId: product.id,
      productName: product.name,
      market: tenant.market,
      seats,
      unitPrice: { amountMinor: price.unitPriceMinor, currency: price.currency },
      total: { amountMinor: price.unitPriceMinor * seats, currency: price.currency },
      termMonths: price.termMonths,
      termStart,
      termEnd: addMonths(termStart, price.termMonths),
    };
  }

  /** The price per seat of a product in the tenant's market on a channel (the reference data, cached). */
  async price(tenant: Tenant, productId: string, channel: SubscriptionSource): Promise<PriceRecord> {
    const price = await this.reference.price(productId, tenant.market, channel);
    if (!price) throw new NotFoundError('price', `${productId}/${tenant.market}/${channel}`);
    return price;
  }
}
