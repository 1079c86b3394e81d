/**
 * Plain values the commerce core takes and returns. No Sequelize instances cross this boundary:
 * channels, dialogs and cards only ever see these shapes.
 */

export const TENANT_KINDS = ['commercial', 'government', 'nonprofit', 'education'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

export const USER_TYPES = ['member', 'guest'] as const;
export type UserType = (typeof USER_TYPES)[number];

export const SELF_SERVICE_POLICIES = ['Enabled', 'Disabled', 'OnlyTrialsWithoutPaymentMethod'] as const;
export type SelfServicePolicy = (typeof SELF_SERVICE_POLICIES)[number];

export const SUBSCRIPTION_SOURCES = ['self-service', 'central'] as const;
export type SubscriptionSource = (typeof SUBSCRIPTION_SOURCES)[number];

/** Microsoft's lifecycle plus our own: past_due after a failed renewal, cancelled by the purchaser. */
export const SUBSCRIPTION_STATUSES = [
  'active',
  'past_due',
  'expired',
  'disabled',
  'cancelled',
  'deleted',
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const ORDER_KINDS = [
  'purchase',
  'trial',
  'seats_added',
  'seats_removed',
  'renewal',
  'cancellation',
  'takeover',
  'central_purchase',
] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const BILL_STATUSES = ['open', 'paid', 'failed', 'void'] as const;
export type BillStatus = (typeof BILL_STATUSES)[number];

export const BILL_KINDS = ['purchase', 'seats', 'renewal'] as const;
export type BillKind = (typeof BILL_KINDS)[number];

export type AdminRole = 'global-admin' | 'billing-admin';

/**
 * Who is calling. Channels resolve it from the activity (Teams: tenant + aadObjectId; Slack:
 * workspace + e-mail) through `DirectoryService.resolveActor`; the core re-reads the user on
 * every call, so a stale actor cannot keep rights it lost.
 */
export interface Actor {
  /** The tenant the request is about (for a partner: the customer tenant). */
  tenantId: string;
  /** The directory user making the request (for a partner: a user of the partner's own tenant). */
  userId: string;
}

export interface TenantView {
  id: string;
  name: string;
  kind: TenantKind;
  market: string;
  managed: boolean;
}

export interface UserView {
  id: string;
  tenantId: string;
  displayName: string;
  email: string;
  entraObjectId: string;
  userType: UserType;
  enabled: boolean;
  syncedFromOnPremises: boolean;
  roles: AdminRole[];
  locale: string | null;
}

export interface ProductView {
  id: string;
  name: string;
  selfServiceEligible: boolean;
}

export interface Money {
  /** Integer minor units (cents). */
  amountMinor: number;
  /** ISO 4217. */
  currency: string;
}

export interface Quote {
  productId: string;
  productName: string;
  market: string;
  seats: number;
  unitPrice: Money;
  total: Money;
  termMonths: number;
  termStart: string;
  termEnd: string;
}

export interface CardOnFile {
  id: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export interface OrderView {
  id: string;
  kind: OrderKind;
  seatsDelta: number;
  seatsAfter: number;
  amount: Money;
  actorName: string | null;
  createdAt: string;
}

export interface BillView {
  id: string;
  subscriptionId: string;
  kind: BillKind;
  amount: Money;
  status: BillStatus;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  paidAt: string | null;
}

export interface AssigneeView {
  userId: string;
  displayName: string;
  email: string;
}

export interface SubscriptionView {
  id: string;
  tenantId: string;
  productId: string;
  productName: string;
  source: SubscriptionSource;
  purchaser: { userId: string; displayName: string; email: string } | null;
  seats: number;
  assignedCount: number;
  status: SubscriptionStatus;
  isTrial: boolean;
  autoRenew: boolean;
  unitPrice: Money;
  termStart: string;
  termEnd: string;
  createdAt: string;
}

export interface SubscriptionDetail extends SubscriptionView {
  assignees: AssigneeView[];
  orders: OrderView[];
  bills: BillView[];
  card: CardOnFile | null;
}
