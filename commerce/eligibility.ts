import { Transaction } from 'sequelize';
import type { Database } from '../models/database';
import { AccessControl, ActingContext, requireId } from './access';
import { Clock, isoDay } from './clock';
import {
  AdminContact,
  IneligibilityReason,
  IneligibleError,
  NotAuthorizedError,
  NotFoundError,
} from './errors';
import { ProductRecord, ReferenceData } from './reference-data';
import { Actor, SelfServicePolicy } from './types';

export interface EligibilityResult {
  productId: string;
  productName: string;
  /** May buy with a card. */
  eligible: boolean;
  /** May start a card-free trial (policy Enabled or OnlyTrialsWithoutPaymentMethod, other rules met). */
  trialAllowed: boolean;
  /** Every reason that applies, in the order of the FAQ; empty when eligible. */
  reasons: IneligibilityReason[];
  /** Whom to contact when not eligible. */
  admins: AdminContact[];
  /** The product's launch date in the tenant's market, when known. */
  launchDate: string | null;
  policy: SelfServicePolicy;
}

/** The FAQ's "who can buy" rules, in one place. */
export class EligibilityService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessControl,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  async check(actor: Actor, productId: string, transaction?: Transaction): Promise<EligibilityResult> {
    const context = await this.access.load(actor, transaction);
    if (!context.isMember) throw new NotAuthorizedError('buy for another organisation through self-service');
    return this.evaluate(context, await this.product(productId), transaction);
  }

  /** Throws IneligibleError listing every reason unless the actor may buy (or, with `trial`, try) the product. */
  async assert(
    context: ActingContext,
    product: ProductRecord,
    mode: 'purchase' | 'trial',
    transaction?: Transaction,
  ) {
    const result = await this.evaluate(context, product, transaction);
    const allowed = mode === 'trial' ? result.trialAllowed : result.eligible;
    if (!allowed) {
      const reasons =
        mode === 'trial' ? result.reasons.filter((r) => r !== 'POLICY_TRIALS_ONLY') : result.reasons;
      throw new IneligibleError(reasons, result.admins, result.launchDate);
    }
    return result;
  }

  async product(productId: string): Promise<ProductRecord> {
    const id = requireId('productId', productId);
    const product = await this.reference.product(id);
    if (!product) throw new NotFoundError('product', id);
    return product;
  }

  async policyFor(
    tenantId: string,
    productId: string,
    transaction?: Transaction,
  ): Promise<SelfServicePolicy> {
    const setting = await this.db.models.PolicySetting.findOne({
      where: { tenantId, productId },
      transaction,
    });
    return setting?.policy ?? 'Enabled';
  }

  /** Every policy the tenant set, by product (products without a row are `Enabled`). */
  async policies(tenantId: string, transaction?: Transaction): Promise<Map<string, SelfServicePolicy>> {
    const settings = await this.db.models.PolicySetting.findAll({ where: { tenantId }, transaction });
    return new Map(settings.map((s) => [s.productId, s.policy]));
  }

  /** `hints` let a caller that evaluates several products read the policies and admins once. */
  async evaluate(
    context: ActingContext,
    product: ProductRecord,
    transaction?: Transaction,
    hints: { policy?: SelfServicePolicy; admins?: () => Promise<AdminContact[]> } = {},
  ): Promise<EligibilityResult> {
    const { tenant, user } = context;
    const [launch, policy] = await Promise.all([
      this.reference.launchDate(product.id, tenant.market),
      hints.policy ?? this.policyFor(tenant.id, product.id, transaction),
    ]);
    const launchDate = launch ?? null;
    const today = isoDay(this.clock.now());
    const reasons: IneligibilityReason[] = [];
    if (tenant.kind !== 'commercial') reasons.push('TENANT_NOT_COMMERCIAL');
    if (!tenant.managed) reasons.push('TENANT_UNMANAGED');
    if (product.selfServiceEligible && (launchDate === null || launchDate > today))
      reasons.push('MARKET_NOT_LAUNCHED');
    if (user.userType === 'guest') reasons.push('GUEST_USER');
    if (!user.accountEnabled) reasons.push('ACCOUNT_DISABLED');
    // Users synced from an on-premises directory are ordinary members here: no rule looks at the flag.
    if (policy === 'Disabled') reasons.push('POLICY_DISABLED');
    if (!product.selfServiceEligible) reasons.push('PRODUCT_NOT_OFFERED');
    const blocking = reasons.length > 0;
    if (policy === 'OnlyTrialsWithoutPaymentMethod') reasons.push('POLICY_TRIALS_ONLY');
    return {
      productId: product.id,
      productName: product.name,
      eligible: reasons.length === 0,
      trialAllowed: !blocking,
      reasons,
      admins: reasons.length
        ? await (hints.admins ?? (() => this.access.adminContacts(tenant.id, transaction)))()
        : [],
      launchDate,
      policy,
    };
  }
}
