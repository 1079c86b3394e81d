import type { TestApp } from '../helpers/app';
import type { TeamsUser } from '../helpers/activities';

/** Tenants of the demo directory the admin tests name. */
export const TENANTS = {
  contoso: '757ce249-7b18-4ba2-84f9-10a52f4e6464',
  fabrikam: '06af29f4-d88a-45ba-b566-02d502dec743',
  northwind: 'a1000000-0000-4000-8000-000000000005',
} as const;

/** Demo admins not in the shared Teams identities (Entra object ids from the seed). */
export const ADMINS = {
  bill: { id: '29:bill', name: 'Bill Payne', aadObjectId: 'b2000000-0000-4000-8000-000000000002' },
  nora: { id: '29:nora', name: 'Nora Quinn', aadObjectId: 'b2000000-0000-4000-8000-000000000061' },
  camille: { id: '29:camille', name: 'Camille Girard', aadObjectId: 'b2000000-0000-4000-8000-000000000011' },
} as const satisfies Record<string, TeamsUser>;

/**
 * Adds `count` central Office 365 E3 subscriptions to Contoso, older than the demo's (so the demo rows
 * stay on the report's first page): the first half expired in 2020, the others active until 2099.
 * With the demo's four, Contoso then has 4 + count subscriptions, 3 + count of them central.
 */
export async function addCentralSubscriptions(app: TestApp, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const expired = i < count / 2;
    const stamp = `2019-01-${String(10 + i).padStart(2, '0')} 09:00:00.000 +00:00`;
    await app.execute(
      `INSERT INTO subscriptions (id, tenantId, productId, source, purchaserId, seats, status, isTrial, autoRenew,
         unitPriceMinor, currency, termMonths, termStart, termEnd, paymentMethodId, pastDueSince, cancelledAt,
         cancelReason, createdAt, updatedAt)
       VALUES (?, ?, 'office-365-e3', 'central', NULL, ?, ?, 0, 1, 2000, 'USD', 12, ?, ?, NULL, NULL, NULL, NULL, ?, ?)`,
      [
        `sub_test_central_${i}`,
        TENANTS.contoso,
        10 + i,
        expired ? 'expired' : 'active',
        expired ? '2019-06-01' : '2099-01-01',
        expired ? '2020-06-01' : '2099-12-31',
        stamp,
        stamp,
      ],
    );
  }
}

/** A row of the report card: product, purchaser, seats, expiry, price, source, status. */
export interface ReportRow {
  product: string;
  purchaser: string;
  seats: string;
  source: string;
  status: string;
  cancel: { verb: string; data: Record<string, unknown> } | null;
}

type Node = Record<string, unknown>;
const textsOf = (items: unknown): string[] =>
  ((items as Node[]) ?? []).filter((i) => i.type === 'TextBlock').map((i) => String(i.text));

/** The subscription rows of an admin report card (its ColumnSets with a product and a purchaser line). */
export function reportRows(card: unknown): ReportRow[] {
  const body = ((card as Node | null)?.body as Node[] | undefined) ?? [];
  return body
    .filter((el) => el.type === 'ColumnSet')
    .map((el) => (el.columns as Node[]).map((column) => column.items as Node[]))
    .filter((columns) => textsOf(columns[0]).length === 2)
    .map((columns) => {
      const [product, purchaser] = textsOf(columns[0]);
      const [source, status] = textsOf(columns[4]);
      const actionSet = columns[4].find((i) => i.type === 'ActionSet');
      const action = (actionSet?.actions as Node[] | undefined)?.[0];
      return {
        product,
        purchaser,
        seats: textsOf(columns[1])[0],
        source,
        status,
        cancel: action ? { verb: String(action.verb), data: action.data as Record<string, unknown> } : null,
      };
    });
}

/** The "Export CSV" link of a report card, or null. */
export function exportUrl(card: unknown): string | null {
  const actions = ((card as Node | null)?.actions as Node[] | undefined) ?? [];
  const open = actions.find((a) => a.type === 'Action.OpenUrl' && String(a.url).includes('/reports/'));
  return open ? String(open.url) : null;
}
