import {
  ALL,
  MAX_OFFERED_TENANTS,
  REPORT_PAGE_SIZE,
  renderAdminReportCard,
  renderPolicyCard,
  type ReportFilters,
  type TenantRef,
} from '../cards/admin-cards';
import { formatList, messages } from '../cards/messages';
import { POLICY_INPUT_PREFIX, type ReportFilterInputs } from '../cards/verbs';
import type {
  Actor,
  AdminReportFilters,
  ProductView,
  SelfServicePolicy,
  SubscriptionStatus,
  TenantView,
} from '../commerce';
import { adminTexts } from './admin-texts';
import { normalise } from './commands';
import { showRefusal } from './replies';
import type { Conversation, DialogServices } from './services';

/** Which organisation an admin request is about. */
export interface AdminScope {
  /** Picked on a card (a partner's customer); the core checks the clicker's right to it. */
  tenantId?: string | null;
  /** Named in a typed command ("report for Contoso"), among the organisations the user manages. */
  tenantName?: string | null;
}

export interface ReportRequest extends AdminScope {
  /** As the filter inputs give them; absent, no filter. */
  filters?: ReportFilterInputs;
  /** 1-based; the core checks it. */
  page?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const orNull = (value: string): string | null => (value === '' || value === ALL ? null : value);

/** Card filter inputs → the card's filters and the core's; the core checks every value. */
export function parseReportFilters(inputs: ReportFilterInputs): {
  card: ReportFilters;
  core: AdminReportFilters;
} {
  const source = (text(inputs.source) || ALL) as ReportFilters['source'];
  const productId = orNull(text(inputs.productId));
  const status = orNull(text(inputs.status)) as SubscriptionStatus | null;
  const purchaser = text(inputs.purchaser) || null;
  const from = text(inputs.from) || null;
  const to = text(inputs.to) || null;
  return {
    card: { source, productId, status, purchaser, from, to },
    core: { source, productId, status, purchaser, expiresFrom: from, expiresTo: to },
  };
}

/**
 * What global and billing admins (and partners with delegated rights, for their customers) do in chat:
 * the purchase report with filters, paging and CSV export, and the per-product self-service policy.
 * Shared by the typed commands and the card verbs; the core decides who may, and a refusal becomes a
 * card saying why.
 */
export class AdminFlows {
  constructor(private readonly services: DialogServices) {}

  private get commerce() {
    return this.services.commerce;
  }

  /** The report card of one page; a refusal (not an admin, no right to that tenant) is shown instead. */
  async showReport(c: Conversation, request: ReportRequest = {}): Promise<void> {
    try {
      const tenantId = await this.targetTenant(c, request);
      if (!tenantId) return;
      const actor: Actor = { tenantId, userId: c.actor.userId };
      const { card, core } = parseReportFilters(request.filters ?? {});
      const paging = { page: request.page as number | undefined, pageSize: REPORT_PAGE_SIZE };
      let report = await this.commerce.admin.report(actor, core, paging);
      // A page past the end (rows went away since the card was shown): show the last one.
      if (report.items.length === 0 && report.pages > 0 && report.page > report.pages) {
        report = await this.commerce.admin.report(actor, core, { ...paging, page: report.pages });
      }
      const [tenant, otherTenants, products, exportUrl] = await Promise.all([
        this.tenantRef(tenantId),
        this.otherTenants(c, tenantId),
        this.products(),
        this.exportUrl(actor, core),
      ]);
      await c.reply.card(
        renderAdminReportCard(
          {
            rows: report.items,
            filters: card,
            products,
            page: report.page,
            pageCount: report.pages,
            totalCount: report.total,
            exportUrl,
            tenant,
            otherTenants,
            // Cancelling goes through the admin's own tenant; a partner reads a customer's report only.
            canCancel: tenantId === c.actor.tenantId,
          },
          c.locale,
        ),
      );
    } catch (error) {
      await showRefusal(c, error);
    }
  }

  /** The policy card: for each self-service product, Enabled, trials only, or Disabled. */
  async showPolicies(c: Conversation, scope: AdminScope = {}): Promise<void> {
    try {
      const tenantId = await this.targetTenant(c, scope);
      if (!tenantId) return;
      const policies = await this.commerce.admin.policies({ tenantId, userId: c.actor.userId });
      await c.reply.card(renderPolicyCard({ policies, tenant: await this.tenantRef(tenantId) }, c.locale));
    } catch (error) {
      await showRefusal(c, error);
    }
  }

  /**
   * Saves the policy card: one input per product (`policy.<productId>`); only the products whose
   * value changed are written (each change audited by the core). Inputs naming other products are ignored.
   */
  async setPolicies(c: Conversation, inputs: Record<string, unknown>, scope: AdminScope = {}): Promise<void> {
    const t = adminTexts(c.locale);
    const options = messages(c.locale).policy.options;
    try {
      const tenantId = text(scope.tenantId) || c.actor.tenantId;
      const actor: Actor = { tenantId, userId: c.actor.userId };
      const current = await this.commerce.admin.policies(actor);
      const changed: string[] = [];
      for (const product of current) {
        const wanted = text(inputs[`${POLICY_INPUT_PREFIX}${product.productId}`]);
        if (!wanted || wanted === product.policy) continue;
        const saved = await this.commerce.admin.setPolicy(
          actor,
          product.productId,
          wanted as SelfServicePolicy,
        );
        changed.push(t.policyChange(saved.productName, options[saved.policy]));
      }
      const policies = changed.length ? await this.commerce.admin.policies(actor) : current;
      await c.reply.card(renderPolicyCard({ policies, tenant: await this.tenantRef(tenantId) }, c.locale));
      await c.reply.text(changed.length ? t.policySaved(changed.join(' ')) : t.policyUnchanged);
    } catch (error) {
      await showRefusal(c, error);
    }
  }

  /**
   * The tenant a request is about: the one named among those the user manages (their own and, for a
   * partner, the customers' under active delegated rights), else the one on the card, else their own.
   * A name nobody matches is answered here (null); the core checks rights on whatever comes out.
   */
  private async targetTenant(c: Conversation, scope: AdminScope): Promise<string | null> {
    const name = text(scope.tenantName);
    if (!name) return text(scope.tenantId) || c.actor.tenantId;
    const candidates = await this.manageable(c);
    const wanted = normalise(name);
    const names = candidates.map((tenant) => ({ tenant, name: normalise(tenant.name) }));
    const found =
      names.find((n) => n.name === wanted) ??
      names.find((n) => n.name.startsWith(wanted)) ??
      names.find((n) => n.name.includes(wanted));
    if (found) return found.tenant.id;
    // A member naming an organisation is told they are not an admin, not which organisations exist.
    await this.commerce.access.requireAdmin(c.actor);
    await c.reply.text(
      adminTexts(c.locale).unknownOrganisation(
        name,
        formatList(
          candidates.map((t) => t.name),
          c.locale,
        ),
      ),
    );
    return null;
  }

  /** The user's own tenant, then the customers they manage through active delegated admin rights. */
  private async manageable(c: Conversation): Promise<TenantView[]> {
    const { directory } = this.commerce;
    const [own, delegated] = await Promise.all([
      directory.tenant(c.user.tenantId),
      directory.delegatedTenants(c.user),
    ]);
    return [...(own ? [own] : []), ...delegated];
  }

  /** For a partner: the other organisations they may switch to. Nothing for an admin of one tenant. */
  private async otherTenants(c: Conversation, currentId: string): Promise<TenantRef[]> {
    const delegated = await this.commerce.directory.delegatedTenants(c.user);
    if (delegated.length === 0) return [];
    const all = await this.manageable(c);
    return all
      .filter((t) => t.id !== currentId)
      .slice(0, MAX_OFFERED_TENANTS)
      .map((t) => ({ id: t.id, name: t.name }));
  }

  private async tenantRef(tenantId: string): Promise<TenantRef | null> {
    const tenant = await this.commerce.directory.tenant(tenantId);
    return tenant ? { id: tenant.id, name: tenant.name } : null;
  }

  /** Every product of the catalog (central ones too), for the product filter. */
  private async products(): Promise<Array<Pick<ProductView, 'id' | 'name'>>> {
    const rows = await this.services.db.models.Product.findAll({ order: [['name', 'ASC']] });
    return rows.map((p) => ({ id: p.id, name: p.name }));
  }

  /** A download link of the filtered report; the card goes without one if it cannot be made. */
  private async exportUrl(actor: Actor, filters: AdminReportFilters): Promise<string | null> {
    const reports = this.services.reports;
    if (!reports) return null;
    try {
      return (await reports.open(actor, filters)).url;
    } catch (error) {
      this.services.logger.warn('report export link not created', { error });
      return null;
    }
  }
}
