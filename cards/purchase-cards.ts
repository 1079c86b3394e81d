import type { AdminContact, IneligibilityReason } from '../commerce/errors';
import type { CardOnFile, Money, Quote } from '../commerce/types';
import { formatDate, formatDateTime, formatMoney, messages } from './messages';
import { actionKey, expandCard, strings } from './template';
import checkoutTemplate from './templates/checkout-button.json';
import ineligibleTemplate from './templates/ineligible.json';
import productChoiceTemplate from './templates/product-choice.json';
import receiptTemplate from './templates/receipt.json';
import seatsTemplate from './templates/seats-and-price.json';
import type { AdaptiveCard, Locale } from './types';
import { Verbs, type VerbData } from './verbs';

/** The FAQ entry that explains each refusal best (slugs of the seed FAQ). */
export const FAQ_SLUG_BY_REASON: Record<IneligibilityReason, string> = {
  TENANT_NOT_COMMERCIAL: 'who-can-buy-through-self-service-purchase',
  TENANT_UNMANAGED: 'who-can-buy-through-self-service-purchase',
  MARKET_NOT_LAUNCHED: 'when-will-self-service-purchase-for-the-power-platform-products-be-available',
  GUEST_USER: 'can-guest-users-buy-through-self-service-purchase',
  ACCOUNT_DISABLED: 'who-can-buy-through-self-service-purchase',
  POLICY_DISABLED: 'what-capabilities-does-an-admin-have-for-self-service-purchases',
  POLICY_TRIALS_ONLY: 'what-capabilities-does-an-admin-have-for-self-service-purchases',
  PRODUCT_NOT_OFFERED:
    'will-self-service-purchase-be-enabled-for-services-beyond-the-power-platform-products',
};

/** The fields of `IneligibleError`, plus the product asked for (null when none was chosen yet). */
export interface IneligibleCardData {
  productId: string | null;
  productName: string | null;
  reasons: readonly IneligibilityReason[];
  admins: readonly AdminContact[];
  /** For MARKET_NOT_LAUNCHED: the launch date (YYYY-MM-DD) when known. */
  launchDate: string | null;
}

/** Why the user can't buy, who their admins are, and a way forward (contact them, read the FAQ, ask). */
export function renderIneligibleCard(data: IneligibleCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  const i = m.ineligible;
  const contactData: VerbData['admins.contact'] = { productId: data.productId, reasons: [...data.reasons] };
  const learnMoreData: VerbData['faq.ask'] = {
    slug: FAQ_SLUG_BY_REASON[data.reasons[0] ?? 'TENANT_NOT_COMMERCIAL'],
  };
  return expandCard(
    ineligibleTemplate,
    {
      t: { ...strings(m.common, i), title: i.title(data.productName) },
      reasonsText: data.reasons.map((r) => `- ${i.reasons[r]}`).join('\n'),
      launchText:
        data.launchDate && data.reasons.includes('MARKET_NOT_LAUNCHED')
          ? i.launchDate(formatDate(data.launchDate, locale))
          : '',
      admins: data.admins.map((a) => ({ name: a.displayName, detail: `${i.roles[a.role]} · ${a.email}` })),
      contactData,
      learnMoreData,
    },
    locale,
  );
}

export interface ProductOffer {
  productId: string;
  productName: string;
  /** Price per seat in the user's market. */
  unitPrice: Money;
  /** Policy `Enabled`. */
  canBuy: boolean;
  /** Policy `Enabled` or `OnlyTrialsWithoutPaymentMethod`, and a trial is still possible. */
  canTry: boolean;
}

export interface ProductChoiceCardData {
  offers: readonly ProductOffer[];
}

/** The products the user may buy or try, with their price per seat. */
export function renderProductChoiceCard(data: ProductChoiceCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  const offers = data.offers.map((o) => ({
    productName: o.productName,
    priceText: m.products.pricePerSeat(formatMoney(o.unitPrice, locale)),
    canBuy: o.canBuy,
    canTry: o.canTry,
    buyLabel: m.products.buy(o.productName),
    tryLabel: m.products.tryFree(o.productName),
    selectData: { productId: o.productId } satisfies VerbData['purchase.selectProduct'],
    trialData: { productId: o.productId } satisfies VerbData['trial.start'],
  }));
  return expandCard(productChoiceTemplate, { t: strings(m.common, m.products), offers }, locale);
}

/** Step 1: how many seats (an `Input.Number` with id `seats`, submitted with `purchase.setSeats`). */
export interface SeatsStepData {
  step: 'seats';
  productId: string;
  productName: string;
  unitPrice: Money;
  /** Initial value of the seats input (1 by default). */
  seats?: number;
  maxSeats: number;
}

/** Step 2: the quote, with Confirm (`purchase.confirm`), Change seats and Cancel. */
export interface QuoteStepData {
  step: 'quote';
  quote: Quote;
  maxSeats: number;
  /** One per quote shown: a double click on Confirm places one order. */
  idempotencyKey: string;
}

export type SeatsAndPriceCardData = SeatsStepData | QuoteStepData;

/** The seats step or the quote of a purchase (one template, two steps). */
export function renderSeatsAndPriceCard(data: SeatsAndPriceCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  const common = { ...strings(m.common, m.seats), seatsError: m.common.seatsError(1, data.maxSeats) };
  if (data.step === 'seats') {
    return expandCard(
      seatsTemplate,
      {
        t: { ...common, title: m.seats.title(data.productName) },
        isQuote: false,
        productName: data.productName,
        unitPriceText: formatMoney(data.unitPrice, locale),
        seats: data.seats ?? 1,
        maxSeats: data.maxSeats,
        setSeatsData: { productId: data.productId } satisfies VerbData['purchase.setSeats'],
      },
      locale,
    );
  }
  const q = data.quote;
  const confirmData: VerbData['purchase.confirm'] = {
    productId: q.productId,
    seats: q.seats,
    idempotencyKey: actionKey(data.idempotencyKey, Verbs.PurchaseConfirm),
  };
  return expandCard(
    seatsTemplate,
    {
      t: { ...common, title: m.seats.quoteTitle },
      isQuote: true,
      productName: q.productName,
      seats: q.seats,
      seatsText: String(q.seats),
      unitPriceText: formatMoney(q.unitPrice, locale),
      totalText: formatMoney(q.total, locale),
      termText: m.seats.termValue(
        q.termMonths,
        formatDate(q.termStart, locale),
        formatDate(q.termEnd, locale),
      ),
      maxSeats: data.maxSeats,
      setSeatsData: { productId: q.productId } satisfies VerbData['purchase.setSeats'],
      confirmData,
    },
    locale,
  );
}

export interface CheckoutButtonCardData {
  productName: string;
  seats: number;
  total: Money;
  /** The single-use checkout page (`/checkout/:id`). */
  url: string;
  /** When the page stops working (ISO timestamp). */
  expiresAt: string;
  /** The user's IANA time zone (Teams `localTimezone`, Slack `users.info` tz); UTC when unknown. */
  timeZone?: string;
}

/** The hand-off to the secure checkout page: card data never goes through chat. */
export function renderCheckoutButtonCard(data: CheckoutButtonCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  return expandCard(
    checkoutTemplate,
    {
      t: strings(m.common, m.checkout),
      productName: data.productName,
      seatsText: String(data.seats),
      totalText: formatMoney(data.total, locale),
      url: data.url,
      expiresText: m.checkout.expires(formatDateTime(data.expiresAt, locale, data.timeZone)),
    },
    locale,
  );
}

export interface ReceiptCardData {
  orderId: string;
  subscriptionId: string;
  productName: string;
  seats: number;
  total: Money;
  termEnd: string;
  card: Pick<CardOnFile, 'brand' | 'last4'> | null;
  /** A page listing the orders, when the deployment has one. */
  ordersUrl?: string | null;
}

/** The purchase confirmation, with a form to assign the new licences. */
export function renderReceiptCard(data: ReceiptCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  return expandCard(
    receiptTemplate,
    {
      t: strings(m.common, m.receipt),
      orderId: data.orderId,
      productName: data.productName,
      seatsText: String(data.seats),
      totalText: formatMoney(data.total, locale),
      termEndText: formatDate(data.termEnd, locale),
      cardText: data.card ? m.common.card(data.card.brand, data.card.last4) : '',
      ordersUrl: data.ordersUrl ?? '',
      assignData: { subscriptionId: data.subscriptionId } satisfies VerbData['licence.assign'],
      manageData: { subscriptionId: data.subscriptionId } satisfies VerbData['manage.open'],
    },
    locale,
  );
}
