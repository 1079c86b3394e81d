import type { AssignmentRefusal } from '../commerce/errors';
import type { AssigneeView, SubscriptionDetail, SubscriptionView } from '../commerce/types';
import { formatDate, formatMoney, messages } from './messages';
import { actionKey, expandCard, strings } from './template';
import assignmentTemplate from './templates/assignment-result.json';
import confirmCancelTemplate from './templates/confirm-cancel.json';
import subscriptionTemplate from './templates/subscription.json';
import type { AdaptiveCard, Locale } from './types';
import { Verbs, type VerbData } from './verbs';

/** Licence holders listed on the card; more are summarised ("…and 12 more") to stay within card limits. */
export const MAX_LISTED_HOLDERS = 20;
/** Unpaid bills listed on the card, oldest first. */
export const MAX_LISTED_BILLS = 5;

export interface SubscriptionCardData {
  subscription: SubscriptionDetail;
  /** One per card shown; each button derives its own key from it. */
  idempotencyKey: string;
  /** Most seats a subscription may have (the add-seats input's bound). */
  maxSeats: number;
  /** Shows the subscription without any action (an admin looking at someone else's purchase). */
  readOnly?: boolean;
}

/** The purchaser's view of one subscription: seats, holders, bills, card, and what they can change. */
export function renderSubscriptionCard(data: SubscriptionCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  const s = data.subscription;
  const key = data.idempotencyKey;
  const active = !data.readOnly && s.status === 'active';
  const pastDue = !data.readOnly && s.status === 'past_due';
  const paid = (active || pastDue) && !s.isTrial;
  const minSeats = Math.max(1, s.assignedCount);
  const unpaid = s.bills
    .filter((b) => b.status === 'open' || b.status === 'failed')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .slice(0, MAX_LISTED_BILLS);
  const hidden = s.assignees.length - MAX_LISTED_HOLDERS;
  return expandCard(
    subscriptionTemplate,
    {
      t: {
        ...strings(m.common, m.subscription),
        lowerSeatsLabel: m.subscription.lowerSeatsLabel(s.assignedCount),
        addSeatsError: m.common.seatsError(1, Math.max(1, data.maxSeats - s.seats)),
        lowerSeatsError: m.common.seatsError(minSeats, s.seats - 1),
      },
      productName: s.productName,
      isTrial: s.isTrial,
      isPastDue: s.status === 'past_due',
      statusText: m.subscription.statuses[s.status],
      usedText: m.subscription.usedValue(s.assignedCount, s.seats),
      termEndText: formatDate(s.termEnd, locale),
      cardText: s.card ? m.common.card(s.card.brand, s.card.last4) : m.subscription.noCard,
      holders: s.assignees.slice(0, MAX_LISTED_HOLDERS).map((a) => ({
        displayName: a.displayName,
        email: a.email,
        removeData: { subscriptionId: s.id, userId: a.userId } satisfies VerbData['licence.remove'],
      })),
      moreHoldersText: hidden > 0 ? m.subscription.moreHolders(hidden) : '',
      bills: unpaid.map((b) => {
        const amount = formatMoney(b.amount, locale);
        const payData: VerbData['bill.pay'] = {
          subscriptionId: s.id,
          billId: b.id,
          idempotencyKey: actionKey(key, Verbs.BillPay, b.id),
        };
        return {
          text: m.subscription.bill(amount, formatDate(b.dueDate, locale)),
          payLabel: m.subscription.pay(amount),
          payData,
        };
      }),
      canAssign: active || pastDue,
      canAddSeats: active && !s.isTrial && s.seats < data.maxSeats,
      canLowerSeats: active && !s.isTrial && s.seats > minSeats,
      canPay: active || pastDue,
      canUpdateCard: paid,
      canCancel: active || pastDue,
      minSeats,
      maxLoweredSeats: s.seats - 1,
      maxSeatsToAdd: Math.max(1, data.maxSeats - s.seats),
      assignData: { subscriptionId: s.id } satisfies VerbData['licence.assign'],
      addData: {
        subscriptionId: s.id,
        idempotencyKey: actionKey(key, Verbs.SeatsAdd),
      } satisfies VerbData['seats.add'],
      lowerData: {
        subscriptionId: s.id,
        idempotencyKey: actionKey(key, Verbs.SeatsLower),
      } satisfies VerbData['seats.lower'],
      updateCardData: { subscriptionId: s.id } satisfies VerbData['card.update'],
      cancelData: { subscriptionId: s.id } satisfies VerbData['subscription.cancel'],
    },
    locale,
  );
}

export interface ConfirmCancelCardData {
  subscription: Pick<SubscriptionView, 'id' | 'productName' | 'seats' | 'assignedCount'>;
  idempotencyKey: string;
}

/** Asks the purchaser to confirm a cancellation, saying who loses a licence. */
export function renderConfirmCancelCard(data: ConfirmCancelCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  const s = data.subscription;
  const c = m.confirmCancel;
  const confirmData: VerbData['subscription.cancelConfirm'] = {
    subscriptionId: s.id,
    idempotencyKey: actionKey(data.idempotencyKey, Verbs.SubscriptionCancelConfirm),
  };
  return expandCard(
    confirmCancelTemplate,
    {
      t: {
        ...strings(c),
        title: c.title(s.productName),
        body: c.body(m.common.seatsCount(s.seats), s.assignedCount),
      },
      confirmData,
      keepData: { subscriptionId: s.id } satisfies VerbData['manage.open'],
    },
    locale,
  );
}

export interface AssignmentResultCardData {
  subscriptionId: string;
  productName: string;
  /** Users who got a licence (empty when the all-or-nothing assignment was refused). */
  assigned: readonly AssigneeView[];
  /** `AssignmentRefusedError.refusals`: each refused user and why. */
  refused: readonly AssignmentRefusal[];
  /** Free seats after the change, when known. */
  freeSeats: number | null;
}

/** The outcome of an assignment: who got a licence, or who was refused and why. */
export function renderAssignmentResultCard(data: AssignmentResultCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  const a = m.assignment;
  const failed = data.refused.length > 0;
  return expandCard(
    assignmentTemplate,
    {
      t: {
        ...strings(m.common, a),
        title: failed ? a.refusedTitle : a.assignedTitle,
        assignedIntro: a.assignedIntro(data.assigned.length, data.productName),
        seatsFree: data.freeSeats === null ? '' : a.seatsFree(data.freeSeats),
      },
      titleColor: failed ? 'Attention' : 'Good',
      assigned: data.assigned.map((u) => ({ displayName: u.displayName, email: u.email })),
      refused: data.refused.map((r) => ({ name: r.displayName ?? r.userRef, reason: a.refusals[r.reason] })),
      assignData: { subscriptionId: data.subscriptionId } satisfies VerbData['licence.assign'],
      manageData: { subscriptionId: data.subscriptionId } satisfies VerbData['manage.open'],
    },
    locale,
  );
}
