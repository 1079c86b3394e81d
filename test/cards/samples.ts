/** Realistic data for every card (Contoso, as in ../shared/fixtures), rendered per locale. */
import { AssignmentRefusedError, PaymentDeclinedError, SeatLimitError } from '../../commerce/errors';
import type { SubscriptionDetail, SubscriptionView } from '../../commerce/types';
import {
  renderAdminReportCard,
  renderAssignmentResultCard,
  renderCheckoutButtonCard,
  renderConfirmCancelCard,
  renderErrorCard,
  renderFaqAnswerCard,
  renderFaqSuggestionsCard,
  renderHelpCard,
  renderIneligibleCard,
  renderPolicyCard,
  renderProductChoiceCard,
  renderReceiptCard,
  renderSeatsAndPriceCard,
  renderSubscriptionCard,
  renderWelcomeCard,
} from '../../cards';
import type { AdaptiveCard, Locale } from '../../cards/types';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

export const anna = { userId: 'usr_anna', displayName: 'Anna Martin', email: 'anna@contoso.example' };
export const bruno = {
  userId: 'usr_bruno',
  displayName: 'Bruno Lefèvre',
  email: 'bruno.lefevre@contoso.example',
};

export const subscription: SubscriptionDetail = {
  id: 'sub_rsl2rklgperatqwg',
  tenantId: '757ce249-7b18-4ba2-84f9-10a52f4e6464',
  productId: 'power-bi-pro',
  productName: 'Power BI Pro',
  source: 'self-service',
  purchaser: anna,
  seats: 5,
  assignedCount: 2,
  status: 'active',
  isTrial: false,
  autoRenew: true,
  unitPrice: eur(1360),
  termStart: '2025-05-29',
  termEnd: '2025-06-29',
  createdAt: '2025-05-29T08:41:20Z',
  assignees: [anna, bruno],
  orders: [
    {
      id: 'CMD-2025-000123',
      kind: 'purchase',
      seatsDelta: 5,
      seatsAfter: 5,
      amount: eur(6800),
      actorName: 'Anna Martin',
      createdAt: '2025-05-29T08:41:20Z',
    },
  ],
  bills: [
    {
      id: 'bill_002',
      subscriptionId: 'sub_rsl2rklgperatqwg',
      kind: 'renewal',
      amount: eur(6800),
      status: 'open',
      periodStart: '2025-06-29',
      periodEnd: '2025-07-29',
      dueDate: '2025-06-29',
      paidAt: null,
    },
    {
      id: 'bill_001',
      subscriptionId: 'sub_rsl2rklgperatqwg',
      kind: 'purchase',
      amount: eur(6800),
      status: 'paid',
      periodStart: '2025-05-29',
      periodEnd: '2025-06-29',
      dueDate: '2025-05-29',
      paidAt: '2025-05-29T08:41:20Z',
    },
  ],
  card: { id: 'pm_1', brand: 'Visa', last4: '4242', expMonth: 12, expYear: 2027 },
};

const central: SubscriptionView = {
  ...subscription,
  id: 'sub_central01',
  productId: 'powerapps-per-user',
  productName: 'PowerApps (per user)',
  source: 'central',
  purchaser: null,
  seats: 50,
  assignedCount: 41,
  status: 'past_due',
  unitPrice: eur(3740),
  termEnd: '2026-01-31',
};

export const quote = {
  productId: 'power-bi-pro',
  productName: 'Power BI Pro',
  market: 'FR',
  seats: 5,
  unitPrice: eur(1360),
  total: eur(6800),
  termMonths: 1,
  termStart: '2025-05-29',
  termEnd: '2025-06-29',
};

const products = [
  { id: 'power-bi-pro', name: 'Power BI Pro' },
  { id: 'powerapps-per-user', name: 'PowerApps (per user)' },
  { id: 'flow-per-user', name: 'Flow (per user)' },
];

/** Named samples: `<template>` or `<template>:<variant>`; the part before `:` is the template file name. */
export const SAMPLES: Record<string, (locale: Locale) => AdaptiveCard> = {
  welcome: (l) => renderWelcomeCard({ userName: 'Anna', isAdmin: false }, l),
  'welcome:admin': (l) => renderWelcomeCard({ userName: 'John', isAdmin: true }, l),
  help: (l) => renderHelpCard({ roles: ['user', 'purchaser'] }, l),
  'help:admin': (l) => renderHelpCard({ roles: ['user', 'purchaser', 'admin'] }, l),
  ineligible: (l) =>
    renderIneligibleCard(
      {
        productId: 'power-bi-pro',
        productName: 'Power BI Pro',
        reasons: ['MARKET_NOT_LAUNCHED', 'GUEST_USER', 'POLICY_DISABLED'],
        admins: [
          { displayName: 'Claire Dubois', email: 'claire.dubois@contoso.example', role: 'global-admin' },
          { displayName: 'David Bernard', email: 'david.bernard@contoso.example', role: 'billing-admin' },
        ],
        launchDate: '2025-09-01',
      },
      l,
    ),
  'ineligible:no-admins': (l) =>
    renderIneligibleCard(
      {
        productId: null,
        productName: null,
        reasons: ['TENANT_NOT_COMMERCIAL'],
        admins: [],
        launchDate: null,
      },
      l,
    ),
  'product-choice': (l) =>
    renderProductChoiceCard(
      {
        offers: [
          {
            productId: 'power-bi-pro',
            productName: 'Power BI Pro',
            unitPrice: eur(1360),
            canBuy: true,
            canTry: true,
          },
          {
            productId: 'powerapps-per-user',
            productName: 'PowerApps (per user)',
            unitPrice: eur(3740),
            canBuy: true,
            canTry: false,
          },
          {
            productId: 'flow-per-user',
            productName: 'Flow (per user)',
            unitPrice: eur(1400),
            canBuy: false,
            canTry: true,
          },
        ],
      },
      l,
    ),
  'product-choice:empty': (l) => renderProductChoiceCard({ offers: [] }, l),
  'seats-and-price': (l) =>
    renderSeatsAndPriceCard(
      {
        step: 'seats',
        productId: 'power-bi-pro',
        productName: 'Power BI Pro',
        unitPrice: eur(1360),
        maxSeats: 300,
      },
      l,
    ),
  'seats-and-price:quote': (l) =>
    renderSeatsAndPriceCard({ step: 'quote', quote, maxSeats: 300, idempotencyKey: 'q_7f3a' }, l),
  'checkout-button': (l) =>
    renderCheckoutButtonCard(
      {
        productName: 'Power BI Pro',
        seats: 5,
        total: eur(6800),
        url: 'https://licences.contoso.example/checkout/co_9x2k',
        expiresAt: '2025-05-29T08:56:20Z',
        timeZone: 'Europe/Paris',
      },
      l,
    ),
  receipt: (l) =>
    renderReceiptCard(
      {
        orderId: 'CMD-2025-000123',
        subscriptionId: subscription.id,
        productName: 'Power BI Pro',
        seats: 5,
        total: eur(6800),
        termEnd: '2025-06-29',
        card: { brand: 'Visa', last4: '4242' },
        ordersUrl: 'https://licences.contoso.example/orders',
      },
      l,
    ),
  subscription: (l) => renderSubscriptionCard({ subscription, idempotencyKey: 'k_sub1', maxSeats: 300 }, l),
  'subscription:many-holders': (l) =>
    renderSubscriptionCard(
      {
        subscription: {
          ...subscription,
          seats: 40,
          assignedCount: 30,
          status: 'past_due',
          assignees: Array.from({ length: 30 }, (_, i) => ({
            userId: `usr_${i}`,
            displayName: `Utilisateur ${i + 1}`,
            email: `user${i + 1}@contoso.example`,
          })),
          bills: Array.from({ length: 8 }, (_, i) => ({
            ...subscription.bills[0],
            id: `bill_${i}`,
            status: 'failed' as const,
          })),
        },
        idempotencyKey: 'k_sub2',
        maxSeats: 300,
      },
      l,
    ),
  'subscription:trial': (l) =>
    renderSubscriptionCard(
      {
        subscription: { ...subscription, isTrial: true, card: null, bills: [], assignees: [] },
        idempotencyKey: 'k',
        maxSeats: 300,
      },
      l,
    ),
  'subscription:read-only': (l) =>
    renderSubscriptionCard(
      {
        subscription: { ...subscription, status: 'cancelled' },
        idempotencyKey: 'k',
        maxSeats: 300,
        readOnly: true,
      },
      l,
    ),
  'confirm-cancel': (l) => renderConfirmCancelCard({ subscription, idempotencyKey: 'k_cancel' }, l),
  'assignment-result': (l) =>
    renderAssignmentResultCard(
      {
        subscriptionId: subscription.id,
        productName: 'Power BI Pro',
        assigned: [bruno],
        refused: [],
        freeSeats: 3,
      },
      l,
    ),
  'assignment-result:refused': (l) =>
    renderAssignmentResultCard(
      {
        subscriptionId: subscription.id,
        productName: 'Power BI Pro',
        assigned: [],
        refused: [
          { userRef: 'john@fabrikam.example', displayName: 'John Smith', reason: 'OTHER_TENANT' },
          { userRef: 'ghost@contoso.example', displayName: null, reason: 'UNKNOWN_USER' },
          { userRef: bruno.userId, displayName: bruno.displayName, reason: 'ALREADY_ASSIGNED' },
        ],
        freeSeats: null,
      },
      l,
    ),
  'admin-report': (l) =>
    renderAdminReportCard(
      {
        rows: Array.from({ length: 10 }, (_, i) =>
          i % 2 ? { ...central, id: `sub_c${i}` } : { ...subscription, id: `sub_s${i}` },
        ),
        filters: {
          source: 'all',
          productId: 'power-bi-pro',
          status: null,
          purchaser: 'anna',
          from: '2025-01-01',
          to: null,
        },
        products,
        page: 2,
        pageCount: 3,
        totalCount: 27,
        exportUrl: 'https://licences.contoso.example/reports/subscriptions.csv?sig=abc',
      },
      l,
    ),
  'admin-report:empty': (l) =>
    renderAdminReportCard(
      {
        rows: [],
        filters: {
          source: 'central',
          productId: null,
          status: 'deleted',
          purchaser: null,
          from: null,
          to: null,
        },
        products,
        page: 1,
        pageCount: 0,
        totalCount: 0,
        exportUrl: null,
      },
      l,
    ),
  policy: (l) =>
    renderPolicyCard(
      {
        policies: [
          { productId: 'power-bi-pro', productName: 'Power BI Pro', policy: 'Enabled' },
          {
            productId: 'powerapps-per-user',
            productName: 'PowerApps (per user)',
            policy: 'OnlyTrialsWithoutPaymentMethod',
          },
          { productId: 'flow-per-user', productName: 'Flow (per user)', policy: 'Disabled' },
        ],
      },
      l,
    ),
  'faq-answer': (l) =>
    renderFaqAnswerCard(
      {
        slug: 'who-can-buy-through-self-service-purchase',
        question:
          l === 'fr'
            ? 'Qui peut acheter via un achat en libre-service ?'
            : 'Who can buy through self-service purchase?',
        answer:
          l === 'fr'
            ? 'Tout utilisateur **non invité** d’une organisation gérée. [Voir la FAQ](https://learn.microsoft.com/fr-fr/power-platform/admin/self-service-purchase-faq)'
            : 'Any **non-guest** user of a managed organisation. [See the FAQ](https://learn.microsoft.com/power-platform/admin/self-service-purchase-faq)',
        related: [
          {
            slug: 'can-guest-users-buy-through-self-service-purchase',
            question: 'Can guest users buy through self-service purchase?',
          },
          {
            slug: 'what-are-the-payment-options-for-self-service-purchases',
            question: 'What are the payment options?',
          },
          { slug: 'who-is-responsible-for-payment', question: 'Who is responsible for payment?' },
          { slug: 'what-is-the-pricing-for-self-service-purchases', question: 'What is the pricing?' },
        ],
        sourceUrl: 'https://learn.microsoft.com/power-platform/admin/self-service-purchase-faq',
      },
      l,
    ),
  'faq-suggestions': (l) =>
    renderFaqSuggestionsCard(
      {
        query: 'puis-je payer par virement ?',
        suggestions: [
          {
            slug: 'what-are-the-payment-options-for-self-service-purchases',
            question: 'Quelles sont les options de paiement ?',
          },
          { slug: 'who-is-responsible-for-payment', question: 'Qui est responsable du paiement ?' },
          { slug: 'what-is-the-pricing-for-self-service-purchases', question: 'Quels sont les tarifs ?' },
          { slug: 'who-can-buy-through-self-service-purchase', question: 'Qui peut acheter ?' },
        ],
      },
      l,
    ),
  'faq-suggestions:none': (l) => renderFaqSuggestionsCard({ query: 'météo demain', suggestions: [] }, l),
  error: (l) =>
    renderErrorCard(
      {
        error: new PaymentDeclinedError('insufficient_funds'),
        retry: {
          verb: 'bill.pay',
          data: { subscriptionId: subscription.id, billId: 'bill_002', idempotencyKey: 'k:bill' },
        },
        reference: 'req_5e1f0c',
      },
      l,
    ),
  'error:seat-limit': (l) => renderErrorCard({ error: new SeatLimitError(5, 4, 3) }, l),
  'error:assignment': (l) =>
    renderErrorCard(
      {
        error: new AssignmentRefusedError([
          { userRef: 'x@fabrikam.example', displayName: null, reason: 'OTHER_TENANT' },
        ]),
      },
      l,
    ),
  'error:unknown': (l) => renderErrorCard({ error: new Error('ECONNREFUSED 10.0.0.3:5432') }, l),
};

/** The template a sample uses. */
export const templateOf = (sample: string): string => sample.split(':')[0];
