/**
 * Every card action verb: `Action.Execute.verb` in Teams (`adaptiveCard/action` invokes) and the
 * Slack `action_id` (see `parseSlackAction`). Dialogs and channels route by these through one registry.
 */
export const Verbs = {
  HelpShow: 'help.show',
  PurchaseStart: 'purchase.start',
  PurchaseSelectProduct: 'purchase.selectProduct',
  TrialStart: 'trial.start',
  PurchaseSetSeats: 'purchase.setSeats',
  PurchaseConfirm: 'purchase.confirm',
  PurchaseCancel: 'purchase.cancel',
  ManageOpen: 'manage.open',
  LicenceAssign: 'licence.assign',
  LicenceRemove: 'licence.remove',
  SeatsAdd: 'seats.add',
  SeatsLower: 'seats.lower',
  BillPay: 'bill.pay',
  CardUpdate: 'card.update',
  SubscriptionCancel: 'subscription.cancel',
  SubscriptionCancelConfirm: 'subscription.cancelConfirm',
  AdminsContact: 'admins.contact',
  FaqAsk: 'faq.ask',
  FaqFeedback: 'faq.feedback',
  ReportOpen: 'report.open',
  ReportFilter: 'report.filter',
  ReportPage: 'report.page',
  PolicyOpen: 'policy.open',
  PolicySet: 'policy.set',
} as const;

export type Verb = (typeof Verbs)[keyof typeof Verbs];

export const ALL_VERBS: readonly Verb[] = Object.values(Verbs);

/** True when `value` is one of our verbs (an unknown verb deserves a 400 invoke response). */
export function isVerb(value: unknown): value is Verb {
  return typeof value === 'string' && (ALL_VERBS as readonly string[]).includes(value);
}

/**
 * The `data` each verb's button carries. Inputs arrive merged into it, as strings (Teams merges
 * them into `action.data`; `parseSlackAction` does the same for Slack): see {@link VerbInputs}.
 */
export interface VerbData {
  'help.show': Record<string, never>;
  'purchase.start': Record<string, never>;
  'purchase.selectProduct': { productId: string };
  'trial.start': { productId: string };
  'purchase.setSeats': { productId: string };
  'purchase.confirm': { productId: string; seats: number; idempotencyKey: string };
  'purchase.cancel': Record<string, never>;
  'manage.open': { subscriptionId?: string };
  'licence.assign': { subscriptionId: string };
  'licence.remove': { subscriptionId: string; userId: string };
  'seats.add': { subscriptionId: string; idempotencyKey: string };
  'seats.lower': { subscriptionId: string; idempotencyKey: string };
  'bill.pay': { subscriptionId: string; billId: string; idempotencyKey: string };
  'card.update': { subscriptionId: string };
  'subscription.cancel': { subscriptionId: string };
  'subscription.cancelConfirm': { subscriptionId: string; idempotencyKey: string };
  'admins.contact': { productId: string | null; reasons: string[] };
  'faq.ask': { slug?: string };
  'faq.feedback': { slug: string; helpful: boolean };
  /** `tenantId`: the organisation whose report to show (a partner's customer); the user's own when absent. */
  'report.open': ReportScope;
  'report.filter': ReportScope;
  /** The filters in force, as the filter inputs give them, so paging keeps them. */
  'report.page': ReportScope & { page: number; filters: ReportFilterInputs };
  'policy.open': ReportScope;
  'policy.set': ReportScope;
}

/** Input ids whose values (strings) are merged into the data of these verbs. */
export interface VerbInputs {
  'purchase.setSeats': { seats: string };
  'licence.assign': { assignees: string };
  'seats.add': { seatsToAdd: string };
  'seats.lower': { newSeats: string };
  'faq.ask': { question?: string };
  'report.filter': ReportFilterInputs;
  /** One input per product: `policy.<productId>` = `Enabled` | `Disabled` | `OnlyTrialsWithoutPaymentMethod`. */
  'policy.set': Record<`policy.${string}`, string>;
}

/** The organisation an admin button acts on; the core checks the clicker's right to it. */
export interface ReportScope {
  tenantId?: string;
}

/** Report filter inputs: `source` is `all` | `central` | `self-service`; `productId` and `status` may be `all`; dates are `YYYY-MM-DD`. */
export interface ReportFilterInputs {
  source?: string;
  productId?: string;
  status?: string;
  purchaser?: string;
  from?: string;
  to?: string;
}

/** Prefix of the policy inputs' ids (`policy.power-bi-pro`). */
export const POLICY_INPUT_PREFIX = 'policy.';
