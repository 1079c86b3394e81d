import { Verbs, type ReportFilterInputs } from '../../cards/verbs';
import type { ActionDeps } from './handlers';
import type { ActionRegistry } from './registry';
import type { ActionContext } from './types';

const FILTER_KEYS = ['source', 'productId', 'status', 'purchaser', 'from', 'to'] as const;

/** The string value of a key ('' when absent or not text). */
function text(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === 'string' ? value.trim() : '';
}

/** The report filters of a click: the inputs merged into `report.filter`'s data, or `report.page`'s `filters`. */
function filtersOf(data: unknown): ReportFilterInputs {
  const source = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, text(source, key)]));
}

/** The organisation a button names (a partner's customer); the core checks the clicker's right to it. */
const tenantOf = (c: ActionContext) => text(c.request.data, 'tenantId') || null;

/** Registers the admin verbs of the welcome, help, report and policy cards. */
export function registerAdminActions(registry: ActionRegistry, deps: ActionDeps): void {
  const admin = deps.admin;
  registry
    .register(Verbs.ReportOpen, (c) => admin.showReport(c, { tenantId: tenantOf(c) }))
    .register(Verbs.ReportFilter, (c) =>
      admin.showReport(c, { tenantId: tenantOf(c), filters: filtersOf(c.request.data) }),
    )
    .register(Verbs.ReportPage, (c) =>
      admin.showReport(c, {
        tenantId: tenantOf(c),
        filters: filtersOf(c.request.data.filters),
        page: c.request.data.page,
      }),
    )
    .register(Verbs.PolicyOpen, (c) => admin.showPolicies(c, { tenantId: tenantOf(c) }))
    .register(Verbs.PolicySet, (c) => admin.setPolicies(c, c.request.data, { tenantId: tenantOf(c) }));
}
