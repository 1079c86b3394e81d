/**
 * Typed refusals of the commerce core. Each class carries a stable, machine-readable `code`;
 * channels map codes to localised text (see `cards/messages`), never parse `message`.
 * `message` is a plain-English sentence a user may read, with no secrets or card data.
 */

export type CommerceErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'INELIGIBLE'
  | 'NOT_AUTHORIZED'
  | 'CROSS_TENANT'
  | 'PRODUCT_NOT_OFFERED'
  | 'INVOICE_NOT_SUPPORTED'
  | 'SEAT_LIMIT'
  | 'SEATS_BELOW_ASSIGNED'
  | 'ASSIGNMENT_REFUSED'
  | 'SUBSCRIPTION_NOT_ACTIVE'
  | 'PAYMENT_DECLINED'
  | 'INVALID_CARD'
  | 'IDEMPOTENCY_CONFLICT'
  | 'BUSY';

export abstract class CommerceError extends Error {
  abstract readonly code: CommerceErrorCode;
  /** HTTP status a web entry point (checkout page, API) answers with. */
  abstract readonly httpStatus: number;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export function isCommerceError(value: unknown): value is CommerceError {
  return value instanceof CommerceError;
}

/** A value given by a user or a caller is malformed: seats 1.5, an unknown status, a blank id. */
export class InvalidInputError extends CommerceError {
  readonly code = 'INVALID_INPUT' as const;
  readonly httpStatus = 400;
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`Invalid ${field}: ${reason}`);
  }
}

export type EntityKind =
  | 'tenant'
  | 'user'
  | 'product'
  | 'price'
  | 'subscription'
  | 'order'
  | 'bill'
  | 'payment-method'
  | 'partner';

/** The entity does not exist, or exists in another tenant (we never reveal which). */
export class NotFoundError extends CommerceError {
  readonly code = 'NOT_FOUND' as const;
  readonly httpStatus = 404;
  constructor(
    readonly entity: EntityKind,
    readonly id: string,
  ) {
    super(`No ${entity} found with id ${id}.`);
  }
}

/** Every reason the FAQ gives for a user not being able to buy, in the order they are checked. */
export type IneligibilityReason =
  | 'TENANT_NOT_COMMERCIAL'
  | 'TENANT_UNMANAGED'
  | 'MARKET_NOT_LAUNCHED'
  | 'GUEST_USER'
  | 'ACCOUNT_DISABLED'
  | 'POLICY_DISABLED'
  | 'POLICY_TRIALS_ONLY'
  | 'PRODUCT_NOT_OFFERED';

export interface AdminContact {
  displayName: string;
  email: string;
  role: 'global-admin' | 'billing-admin';
}

export class IneligibleError extends CommerceError {
  readonly code = 'INELIGIBLE' as const;
  readonly httpStatus = 403;
  constructor(
    readonly reasons: IneligibilityReason[],
    readonly admins: AdminContact[],
    /** For MARKET_NOT_LAUNCHED: the launch date if one is known (YYYY-MM-DD). */
    readonly launchDate: string | null = null,
  ) {
    super(
      `You can't buy this through self-service (${reasons.join(', ')}). Please contact your IT admin` +
        (admins.length ? `: ${admins.map((a) => a.displayName).join(', ')}.` : '.'),
    );
  }
}

/** The actor may not do this (not the purchaser, not an admin, a partner without delegated rights). */
export class NotAuthorizedError extends CommerceError {
  readonly code = 'NOT_AUTHORIZED' as const;
  readonly httpStatus = 403;
  constructor(readonly action: string) {
    super(`You are not allowed to ${action}.`);
  }
}

/** A read or write would cross tenants. */
export class CrossTenantError extends CommerceError {
  readonly code = 'CROSS_TENANT' as const;
  readonly httpStatus = 403;
  constructor() {
    super('That belongs to another organisation.');
  }
}

export class ProductNotOfferedError extends CommerceError {
  readonly code = 'PRODUCT_NOT_OFFERED' as const;
  readonly httpStatus = 422;
  constructor(readonly productId: string) {
    super(
      `${productId} is not offered through self-service purchase: only Power BI, PowerApps and Flow are.`,
    );
  }
}

export class InvoiceNotSupportedError extends CommerceError {
  readonly code = 'INVOICE_NOT_SUPPORTED' as const;
  readonly httpStatus = 422;
  constructor() {
    super('Self-service purchases are paid by credit card only; invoicing is not supported.');
  }
}

/** Not enough free seats for what was asked. */
export class SeatLimitError extends CommerceError {
  readonly code = 'SEAT_LIMIT' as const;
  readonly httpStatus = 409;
  constructor(
    readonly seats: number,
    readonly assigned: number,
    readonly requested: number,
  ) {
    super(`Only ${seats - assigned} of ${seats} seats are free; ${requested} requested.`);
  }
}

export class SeatsBelowAssignedError extends CommerceError {
  readonly code = 'SEATS_BELOW_ASSIGNED' as const;
  readonly httpStatus = 409;
  constructor(
    readonly requestedSeats: number,
    readonly assigned: number,
  ) {
    super(`${assigned} licences are assigned: remove users before lowering seats to ${requestedSeats}.`);
  }
}

export type AssignmentRefusalReason =
  | 'UNKNOWN_USER'
  | 'OTHER_TENANT'
  | 'ACCOUNT_DISABLED'
  | 'ALREADY_ASSIGNED'
  | 'NOT_ASSIGNED'
  | 'DUPLICATE_IN_REQUEST'
  | 'NOT_ENOUGH_SEATS';

export interface AssignmentRefusal {
  /** The reference the caller gave (user id, e-mail, Entra object id). */
  userRef: string;
  displayName: string | null;
  reason: AssignmentRefusalReason;
}

/** All-or-nothing assignment refused: nothing was written; each refused user has a reason. */
export class AssignmentRefusedError extends CommerceError {
  readonly code = 'ASSIGNMENT_REFUSED' as const;
  readonly httpStatus = 409;
  constructor(readonly refusals: AssignmentRefusal[]) {
    super(
      `No licence was changed: ${refusals.map((r) => `${r.displayName ?? r.userRef} (${r.reason})`).join(', ')}.`,
    );
  }
}

export class SubscriptionNotActiveError extends CommerceError {
  readonly code = 'SUBSCRIPTION_NOT_ACTIVE' as const;
  readonly httpStatus = 409;
  constructor(
    readonly subscriptionId: string,
    readonly status: string,
  ) {
    super(`This subscription is ${status}; it can't be changed.`);
  }
}

export type DeclineCode =
  | 'card_declined'
  | 'insufficient_funds'
  | 'lost_card'
  | 'stolen_card'
  | 'expired_card'
  | 'incorrect_cvc'
  | 'processing_error';

export class PaymentDeclinedError extends CommerceError {
  readonly code = 'PAYMENT_DECLINED' as const;
  readonly httpStatus = 402;
  constructor(readonly declineCode: DeclineCode) {
    super(`The card was declined (${declineCode}).`);
  }
}

export type InvalidCardField = 'number' | 'expiry' | 'cvc' | 'holder';

/** The card form was malformed (Luhn, expiry, CVC). Never carries the card number. */
export class InvalidCardError extends CommerceError {
  readonly code = 'INVALID_CARD' as const;
  readonly httpStatus = 400;
  constructor(readonly field: InvalidCardField) {
    super(`The card ${field} is not valid.`);
  }
}

/** The same idempotency key was reused for a different request. */
export class IdempotencyConflictError extends CommerceError {
  readonly code = 'IDEMPOTENCY_CONFLICT' as const;
  readonly httpStatus = 409;
  constructor() {
    super('This request was already made with different details.');
  }
}

/** The database stayed busy after retries; nothing was written, the user may try again. */
export class BusyError extends CommerceError {
  readonly code = 'BUSY' as const;
  readonly httpStatus = 503;
  constructor() {
    super('The service is busy; nothing was changed, please try again.');
  }
}
