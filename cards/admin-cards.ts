import {
  SUBSCRIPTION_STATUSES,
  type ProductView,
  type SelfServicePolicy,
  type SubscriptionSource,
  type SubscriptionStatus,
  type SubscriptionView,
} from '../commerce/types';
import { formatDate, formatMoney, messages } from './messages';
import { expandCard, strings } from './template';
import reportTemplate from './templates/admin-report.json';
import policyTemplate from './templates/policy.json';
import type { AdaptiveCard, Locale, TextBlock } from './types';
import { POLICY_INPUT_PREFIX, type ReportFilterInputs, type ReportScope, type VerbData } from './verbs';

/** Rows per report page: more would overflow a Slack message (50 blocks). */
export const REPORT_PAGE_SIZE = 10;

/** The filter value meaning "no filter" for source, product and status. */
export const ALL = 'all';

/** Organisations offered as buttons on the report (a partner's customers); more are reached by name. */
export const MAX_OFFERED_TENANTS = 5;

/** An organisation as the admin cards name it. */
export interface TenantRef {
  id: string;
  name: string;
}

/** The data every button of an admin card carries to stay on the same organisation. */
function scopeOf(tenant: TenantRef | null | undefined): ReportScope {
  return tenant ? { tenantId: tenant.id } : {};
}

const CANCELLABLE: ReadonlySet<SubscriptionStatus> = new Set(['active', 'past_due']);

export interface ReportFilters {
  source: typeof ALL | SubscriptionSource;
  productId: string | null;
  status: SubscriptionStatus | null;
  purchaser: string | null;
  /** Expiry from / until, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
}

export interface AdminReportCardData {
  /** One page of rows, at most {@link REPORT_PAGE_SIZE}. */
  rows: readonly SubscriptionView[];
  filters: ReportFilters;
  /** Products offered in the product filter. */
  products: readonly Pick<ProductView, 'id' | 'name'>[];
  /** 1-based. */
  page: number;
  pageCount: number;
  totalCount: number;
  /** A signed CSV download of the filtered report, if available. */
  exportUrl: string | null;
  /** The organisation the report is about; its id goes into every button. */
  tenant?: TenantRef | null;
  /** Other organisations the admin may switch to (a partner's customers, their own), at most {@link MAX_OFFERED_TENANTS}. */
  otherTenants?: readonly TenantRef[];
  /** Live self-service rows get a Cancel button (the report's organisation is the admin's own). */
  canCancel?: boolean;
}

const STATUS_COLORS: Record<SubscriptionStatus, NonNullable<TextBlock['color']>> = {
  active: 'Good',
  past_due: 'Warning',
  expired: 'Attention',
  disabled: 'Attention',
  cancelled: 'Default',
  deleted: 'Default',
};

/** The filters as the filter inputs give them back, so paging keeps them. */
export function toFilterInputs(filters: ReportFilters): Required<ReportFilterInputs> {
  return {
    source: filters.source,
    productId: filters.productId ?? ALL,
    status: filters.status ?? ALL,
    purchaser: filters.purchaser ?? '',
    from: filters.from ?? '',
    to: filters.to ?? '',
  };
}

/** The admins' table of subscriptions (central and self-service), with filters, paging and CSV export. */
export function renderAdminReportCard(data: AdminReportCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  const r = m.report;
  const statuses = m.subscription.statuses;
  const filters = toFilterInputs(data.filters);
  const scope = scopeOf(data.tenant);
  const page = (n: number): VerbData['report.page'] => ({ ...scope, page: n, filters });
  return expandCard(
    reportTemplate,
    {
      t: {
        ...strings(r),
        status: m.common.status,
        summary: r.summary(data.totalCount, data.page, Math.max(1, data.pageCount)),
        colSubscription: r.columns.subscription,
        colSeats: r.columns.seats,
        colExpiry: r.columns.expiry,
        colPrice: r.columns.price,
        colState: r.columns.state,
      },
      rows: data.rows.slice(0, REPORT_PAGE_SIZE).map((s) => ({
        productName: s.productName,
        purchaser: s.purchaser?.displayName ?? r.noPurchaser,
        seats: `${s.assignedCount}/${s.seats}`,
        expiry: formatDate(s.termEnd, locale),
        price: formatMoney(s.unitPrice, locale),
        source: r.sources[s.source],
        status: s.isTrial ? `${statuses[s.status]} · ${m.subscription.trial}` : statuses[s.status],
        statusColor: STATUS_COLORS[s.status],
        cancelData:
          data.canCancel && s.source === 'self-service' && CANCELLABLE.has(s.status)
            ? ({ subscriptionId: s.id } satisfies VerbData['subscription.cancel'])
            : null,
      })),
      organisationText: data.tenant ? r.organisation(data.tenant.name) : '',
      scopeData: scope,
      otherTenants: (data.otherTenants ?? []).slice(0, MAX_OFFERED_TENANTS).map((t) => ({
        name: t.name,
        openData: { tenantId: t.id } satisfies VerbData['report.open'],
      })),
      filters,
      sourceChoices: [
        { title: r.sourceAll, value: ALL },
        { title: r.sources.central, value: 'central' },
        { title: r.sources['self-service'], value: 'self-service' },
      ],
      productChoices: [
        { title: r.anyProduct, value: ALL },
        ...data.products.map((p) => ({ title: p.name, value: p.id })),
      ],
      statusChoices: [
        { title: r.anyStatus, value: ALL },
        ...SUBSCRIPTION_STATUSES.map((s) => ({ title: statuses[s], value: s })),
      ],
      previousData: data.page > 1 ? page(data.page - 1) : null,
      nextData: data.page < data.pageCount ? page(data.page + 1) : null,
      exportUrl: data.exportUrl ?? '',
    },
    locale,
  );
}

export interface ProductPolicy {
  productId: string;
  productName: string;
  policy: SelfServicePolicy;
}

export interface PolicyCardData {
  policies: readonly ProductPolicy[];
  /** The organisation the policies are about; its id goes into the Save button. */
  tenant?: TenantRef | null;
}

/** Per-product self-service policy; `policy.set` receives one input per product, `policy.<productId>`. */
export function renderPolicyCard(data: PolicyCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  const o = m.policy.options;
  return expandCard(
    policyTemplate,
    {
      t: {
        ...strings(m.policy),
        enabled: o.Enabled,
        disabled: o.Disabled,
        trialsOnly: o.OnlyTrialsWithoutPaymentMethod,
      },
      organisationText: data.tenant ? m.policy.organisation(data.tenant.name) : '',
      scopeData: scopeOf(data.tenant),
      policies: data.policies.map((p) => ({
        inputId: `${POLICY_INPUT_PREFIX}${p.productId}`,
        productName: p.productName,
        policy: p.policy,
      })),
    },
    locale,
  );
}
