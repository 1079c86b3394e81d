/**
 * Every sentence the cards show, in French and English, plus money and date formatting.
 * Commerce codes map to readable sentences here; nothing else turns a code into text.
 */
import {
  AssignmentRefusedError,
  InvalidCardError,
  InvalidInputError,
  IneligibleError,
  PaymentDeclinedError,
  SeatLimitError,
  SeatsBelowAssignedError,
  SubscriptionNotActiveError,
  isCommerceError,
  type AdminContact,
  type AssignmentRefusalReason,
  type CommerceErrorCode,
  type DeclineCode,
  type IneligibilityReason,
  type InvalidCardField,
} from '../commerce/errors';
import type { Money, SelfServicePolicy, SubscriptionSource, SubscriptionStatus } from '../commerce/types';
import type { Locale } from './types';

// Record<Code, true> makes the compiler reject a list that misses a member of the union.
const keysOf = <K extends string>(record: Record<K, true>): readonly K[] => Object.keys(record) as K[];

export const COMMERCE_ERROR_CODES = keysOf<CommerceErrorCode>({
  INVALID_INPUT: true,
  NOT_FOUND: true,
  INELIGIBLE: true,
  NOT_AUTHORIZED: true,
  CROSS_TENANT: true,
  PRODUCT_NOT_OFFERED: true,
  INVOICE_NOT_SUPPORTED: true,
  SEAT_LIMIT: true,
  SEATS_BELOW_ASSIGNED: true,
  ASSIGNMENT_REFUSED: true,
  SUBSCRIPTION_NOT_ACTIVE: true,
  PAYMENT_DECLINED: true,
  INVALID_CARD: true,
  IDEMPOTENCY_CONFLICT: true,
  BUSY: true,
});

export const INELIGIBILITY_REASONS = keysOf<IneligibilityReason>({
  TENANT_NOT_COMMERCIAL: true,
  TENANT_UNMANAGED: true,
  MARKET_NOT_LAUNCHED: true,
  GUEST_USER: true,
  ACCOUNT_DISABLED: true,
  POLICY_DISABLED: true,
  POLICY_TRIALS_ONLY: true,
  PRODUCT_NOT_OFFERED: true,
});

export const ASSIGNMENT_REFUSAL_REASONS = keysOf<AssignmentRefusalReason>({
  UNKNOWN_USER: true,
  OTHER_TENANT: true,
  ACCOUNT_DISABLED: true,
  ALREADY_ASSIGNED: true,
  NOT_ASSIGNED: true,
  DUPLICATE_IN_REQUEST: true,
  NOT_ENOUGH_SEATS: true,
});

export const DECLINE_CODES = keysOf<DeclineCode>({
  card_declined: true,
  insufficient_funds: true,
  lost_card: true,
  stolen_card: true,
  expired_card: true,
  incorrect_cvc: true,
  processing_error: true,
});

const LANGUAGE_TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-US' };

/** Maps an activity or user locale (`fr-FR`, `fr-CA`, `en-US`, null) to a card locale; English by default. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Intl formatters are costly to build and immutable: one per locale and options, built on first use. */
const formatters = new Map<
  string,
  Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules
>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules>(
  key: string,
  build: () => T,
): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = build()));
  return formatter;
}

/** Formats integer minor units in their ISO 4217 currency: `6800 EUR` is `68,00 €` (fr) or `€68.00` (en). */
export function formatMoney(money: Money, locale: Locale): string {
  const format = cached(
    `money:${locale}:${money.currency}`,
    () => new Intl.NumberFormat(LANGUAGE_TAGS[locale], { style: 'currency', currency: money.currency }),
  );
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amountMinor / 10 ** digits);
}

const parseDate = (iso: string): Date | null => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** Formats a date (`YYYY-MM-DD` or ISO timestamp, read in UTC): `29 juin 2025`, `Jun 29, 2025`. */
export function formatDate(iso: string, locale: Locale): string {
  const date = parseDate(iso);
  return date
    ? cached(
        `date:${locale}`,
        () => new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'medium', timeZone: 'UTC' }),
      ).format(date)
    : iso;
}

/** Formats a timestamp in an IANA time zone (UTC by default), naming the zone so the reader is never misled. */
export function formatDateTime(iso: string, locale: Locale, timeZone = 'UTC'): string {
  const date = parseDate(iso);
  if (!date) return iso;
  const options = { dateStyle: 'medium', timeStyle: 'short', timeZone } as const;
  const text = cached(
    `datetime:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], options),
  ).format(date);
  return `${text} (${timeZone})`;
}

/** Joins names the way each language does: `Anna, Bruno et Chloé`. */
export function formatList(items: readonly string[], locale: Locale): string {
  return cached(
    `list:${locale}`,
    () => new Intl.ListFormat(LANGUAGE_TAGS[locale], { type: 'conjunction' }),
  ).format(items);
}

const isOne = (n: number, locale: Locale): boolean =>
  cached(`plural:${locale}`, () => new Intl.PluralRules(LANGUAGE_TAGS[locale])).select(n) === 'one';

const en = {
  common: {
    cancel: 'Cancel',
    product: 'Product',
    seats: 'Seats',
    total: 'Total',
    status: 'Status',
    termEnd: 'Term end',
    myLicences: 'My licences',
    ask: 'Ask',
    askLabel: 'Ask a question',
    askPlaceholder: 'e.g. Who can buy through self-service?',
    askError: 'Type your question.',
    assignLabel: 'Who should get a licence?',
    assignPlaceholder: 'E-mail addresses or @mentions, separated by commas',
    assignError: 'Enter at least one e-mail address or @mention.',
    assign: 'Assign licences',
    assignSubmit: 'Assign',
    seatsCount: (n: number) => `${n} ${isOne(n, 'en') ? 'seat' : 'seats'}`,
    seatsError: (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`,
    card: (brand: string, last4: string) => `${brand} •••• ${last4}`,
  },
  welcome: {
    title: (name: string) => `Hello ${name}!`,
    intro:
      'I help you buy Power BI Pro, PowerApps and Flow licences for yourself and your team, pay by card on a ' +
      'secure page, and manage them here.',
    buy: 'Buy licences',
    help: 'Help',
    report: 'Admin report',
    policies: 'Purchase policies',
  },
  help: {
    title: 'What I can do',
    roles: {
      user: {
        title: 'For everyone',
        items: [
          'Buy Power BI Pro, PowerApps or Flow licences and pay by card.',
          'Start a free trial when your organisation allows it.',
          'Ask me anything about self-service purchase.',
        ],
      },
      purchaser: {
        title: 'If you bought licences',
        items: [
          'See your subscriptions, seats and expiry dates.',
          'Assign licences to colleagues by e-mail or @mention, and remove them.',
          'Add or lower seats, pay bills, update your card or cancel.',
        ],
      },
      admin: {
        title: 'For IT admins',
        items: [
          'See every subscription of your organisation, filter it and export it as CSV.',
          'Turn self-service purchase on or off, per product.',
          'Get a message for every new self-service purchase.',
        ],
      },
    },
  },
  ineligible: {
    title: (product: string | null) =>
      product ? `You can't buy ${product} through self-service` : "You can't buy through self-service",
    why: 'Why:',
    reasons: {
      TENANT_NOT_COMMERCIAL:
        'Self-service purchase is not available to government, nonprofit or education organisations.',
      TENANT_UNMANAGED: 'Your organisation is not managed by an IT department (unmanaged directory).',
      MARKET_NOT_LAUNCHED: 'Self-service purchase has not opened in your country yet.',
      GUEST_USER: 'Guest users cannot buy through self-service.',
      ACCOUNT_DISABLED: 'Your account is disabled.',
      POLICY_DISABLED: 'Your IT admins have turned off self-service purchase for this product.',
      POLICY_TRIALS_ONLY: 'Your IT admins allow free trials of this product, but not purchases.',
      PRODUCT_NOT_OFFERED: 'Only Power BI Pro, PowerApps and Flow can be bought through self-service.',
    } satisfies Record<IneligibilityReason, string>,
    launchDate: (date: string) => `It opens on ${date}.`,
    adminsIntro: 'Your IT admins can buy it for you or change this:',
    noAdmins: 'Please contact your IT department.',
    roles: { 'global-admin': 'Global admin', 'billing-admin': 'Billing admin' } satisfies Record<
      AdminContact['role'],
      string
    >,
    learnMore: 'Learn more',
    contactAdmins: 'Contact my admins',
  },
  products: {
    title: 'Which licence do you need?',
    pricePerSeat: (price: string) => `${price} per seat`,
    trialOnly: 'Free trial only, no payment method needed.',
    none: 'No product is available for self-service purchase right now.',
    buy: (product: string) => `Buy ${product}`,
    tryFree: (product: string) => `Try ${product} free`,
  },
  seats: {
    title: (product: string) => `How many ${product} licences?`,
    unitPrice: 'Price per seat',
    seatsLabel: 'Number of seats',
    seePrice: 'See the price',
    quoteTitle: 'Your quote',
    term: 'Term',
    termValue: (months: number, start: string, end: string) =>
      `${months} ${isOne(months, 'en') ? 'month' : 'months'} (${start} – ${end})`,
    paymentNote: 'You pay by credit card on a secure page. Invoicing is not available.',
    confirm: 'Confirm and pay',
    changeSeats: 'Change seats',
    update: 'Update the price',
  },
  checkout: {
    title: 'Pay securely',
    intro: 'Enter your card on the secure payment page. Never type a card number in the chat.',
    pay: 'Open the secure payment page',
    expires: (when: string) => `This link works once and expires on ${when}.`,
  },
  receipt: {
    title: 'Purchase confirmed',
    order: 'Order',
    paidWith: 'Paid with',
    orders: 'Order history',
  },
  subscription: {
    statuses: {
      active: 'Active',
      past_due: 'Payment overdue',
      expired: 'Expired',
      disabled: 'Disabled',
      cancelled: 'Cancelled',
      deleted: 'Deleted',
    } satisfies Record<SubscriptionStatus, string>,
    trial: 'Free trial',
    used: 'Assigned',
    usedValue: (used: number, total: number) => `${used} of ${total}`,
    cardOnFile: 'Card on file',
    noCard: 'None',
    holders: 'Licence holders',
    noHolders: 'No licence is assigned yet.',
    moreHolders: (n: number) => `…and ${n} more.`,
    remove: 'Remove',
    bills: 'Bills to pay',
    bill: (amount: string, due: string) => `${amount}, due ${due}`,
    billFailed: 'Last payment failed.',
    pay: (amount: string) => `Pay ${amount}`,
    addSeats: 'Add seats',
    addSeatsLabel: 'Seats to add',
    add: 'Add',
    lowerSeats: 'Lower seats',
    lowerSeatsLabel: (assigned: number) =>
      `New number of seats (at least ${assigned}, the licences assigned)`,
    lower: 'Lower',
    updateCard: 'Update card',
    cancel: 'Cancel subscription',
  },
  confirmCancel: {
    title: (product: string) => `Cancel ${product}?`,
    body: (seats: string, assigned: number) =>
      `Your subscription (${seats}) will be cancelled and ${assigned} ${
        isOne(assigned, 'en') ? 'person' : 'people'
      } will lose their licence.`,
    irreversible: "This can't be undone.",
    confirm: 'Yes, cancel it',
    keep: 'No, keep it',
  },
  assignment: {
    assignedTitle: 'Licences assigned',
    refusedTitle: 'No licence was assigned',
    assignedIntro: (n: number, product: string) =>
      `${n} ${isOne(n, 'en') ? 'person now has' : 'people now have'} a ${product} licence:`,
    refusedIntro: 'Nothing was changed. Fix these and try again:',
    refusals: {
      UNKNOWN_USER: 'not found in your organisation.',
      OTHER_TENANT: 'belongs to another organisation.',
      ACCOUNT_DISABLED: 'this account is disabled.',
      ALREADY_ASSIGNED: 'already has a licence.',
      NOT_ASSIGNED: 'does not have a licence.',
      DUPLICATE_IN_REQUEST: 'named more than once.',
      NOT_ENOUGH_SEATS: 'not enough free seats; add seats first.',
    } satisfies Record<AssignmentRefusalReason, string>,
    refusal: (name: string, reason: string) => `${name}: ${reason}`,
    seatsFree: (n: number) => `${n} free ${isOne(n, 'en') ? 'seat' : 'seats'} left.`,
    open: 'View subscription',
  },
  report: {
    title: 'Subscriptions',
    filters: 'Filters',
    summary: (total: number, page: number, pages: number) =>
      `${total} ${isOne(total, 'en') ? 'subscription' : 'subscriptions'}, page ${page} of ${pages}`,
    source: 'Source',
    sourceAll: 'Central and self-service',
    sources: { central: 'Central', 'self-service': 'Self-service' } satisfies Record<
      SubscriptionSource,
      string
    >,
    product: 'Product',
    anyProduct: 'All products',
    anyStatus: 'All statuses',
    purchaser: 'Purchaser',
    purchaserPlaceholder: 'E-mail address',
    from: 'Expiring from',
    to: 'Expiring until',
    apply: 'Apply filters',
    columns: {
      subscription: 'Product / purchaser',
      seats: 'Seats',
      expiry: 'Expiry',
      price: 'Price',
      state: 'Source / status',
    },
    noPurchaser: 'IT department',
    empty: 'No subscription matches these filters.',
    previous: 'Previous',
    next: 'Next',
    export: 'Export CSV',
    organisation: (name: string) => `Organisation: ${name}`,
    otherOrganisations: 'Other organisations you manage:',
    cancelSubscription: 'Cancel…',
  },
  policy: {
    title: 'Self-service purchase policy',
    intro: 'Choose, for each product, what users may do on their own.',
    options: {
      Enabled: 'Enabled: users can buy and try',
      Disabled: 'Disabled: users ask IT',
      OnlyTrialsWithoutPaymentMethod: 'Free trials only, no payment method',
    } satisfies Record<SelfServicePolicy, string>,
    save: 'Save',
    organisation: (name: string) => `Organisation: ${name}`,
  },
  faq: {
    related: 'Related questions',
    helpful: 'Was this helpful?',
    yes: '👍 Yes',
    no: '👎 No',
    source: 'Read more',
    dontKnow: (query: string) => `I don't know the answer to “${query}” yet.`,
    didYouMean: 'Did you mean:',
    noSuggestion: 'Try other words, or ask your IT admins.',
  },
  error: {
    title: 'Sorry, that did not work',
    generic: 'Something went wrong on our side. Please try again in a moment.',
    retry: 'Try again',
    reference: (id: string) => `Reference: ${id}`,
    codes: {
      INVALID_INPUT: 'Something you entered is not valid. Please check it and try again.',
      NOT_FOUND: "I couldn't find that. It may have been removed.",
      INELIGIBLE: "You can't buy this through self-service.",
      NOT_AUTHORIZED: "You aren't allowed to do that.",
      CROSS_TENANT: 'That belongs to another organisation.',
      PRODUCT_NOT_OFFERED: 'Only Power BI Pro, PowerApps and Flow can be bought through self-service.',
      INVOICE_NOT_SUPPORTED:
        'Self-service purchases are paid by credit card only; invoicing is not available.',
      SEAT_LIMIT: 'There are not enough free seats.',
      SEATS_BELOW_ASSIGNED: 'You cannot have fewer seats than licences assigned. Remove users first.',
      ASSIGNMENT_REFUSED: 'No licence was changed.',
      SUBSCRIPTION_NOT_ACTIVE: "This subscription isn't active, so it can't be changed.",
      PAYMENT_DECLINED: 'Your card was declined. Nothing was charged.',
      INVALID_CARD: 'The card details are not valid.',
      IDEMPOTENCY_CONFLICT: 'This request was already made with different details. Please start again.',
      BUSY: 'The service is busy. Nothing was changed; please try again.',
    } satisfies Record<CommerceErrorCode, string>,
    declines: {
      card_declined: 'Your bank declined the card. Try another card or contact your bank.',
      insufficient_funds: 'The card has insufficient funds.',
      lost_card: 'The card was reported lost. Please use another card.',
      stolen_card: 'The card was reported stolen. Please use another card.',
      expired_card: 'The card has expired. Please use another card.',
      incorrect_cvc: 'The security code (CVC) is incorrect.',
      processing_error: 'The payment could not be processed. Please try again in a moment.',
    } satisfies Record<DeclineCode, string>,
    cardFields: {
      number: 'Check the card number.',
      expiry: 'Check the expiry date.',
      cvc: 'Check the security code (CVC).',
      holder: 'Check the cardholder name.',
    } satisfies Record<InvalidCardField, string>,
    invalidField: (field: string) => `Check the value of “${field}”.`,
    seatLimit: (free: number, seats: number, requested: number) =>
      `Only ${free} of ${seats} seats are free; you asked for ${requested}.`,
    seatsBelowAssigned: (assigned: number, requested: number) =>
      `Licences assigned: ${assigned}. You cannot go down to ${requested} seats; remove users first.`,
    notActive: (status: string) => `This subscription's status is “${status}”, so it can't be changed.`,
  },
};

/** Every card text of one locale. */
export type Messages = typeof en;

const fr: Messages = {
  common: {
    cancel: 'Annuler',
    product: 'Produit',
    seats: 'Licences',
    total: 'Total',
    status: 'État',
    termEnd: 'Fin de période',
    myLicences: 'Mes licences',
    ask: 'Demander',
    askLabel: 'Poser une question',
    askPlaceholder: 'ex. : Qui peut acheter en libre-service ?',
    askError: 'Saisissez votre question.',
    assignLabel: 'Qui doit recevoir une licence ?',
    assignPlaceholder: 'Adresses e-mail ou @mentions, séparées par des virgules',
    assignError: 'Indiquez au moins une adresse e-mail ou une @mention.',
    assign: 'Attribuer les licences',
    assignSubmit: 'Attribuer',
    seatsCount: (n) => `${n} ${isOne(n, 'fr') ? 'licence' : 'licences'}`,
    seatsError: (min, max) => `Indiquez un nombre entier entre ${min} et ${max}.`,
    card: (brand, last4) => `${brand} •••• ${last4}`,
  },
  welcome: {
    title: (name) => `Bonjour ${name} !`,
    intro:
      'Je vous aide à acheter des licences Power BI Pro, PowerApps et Flow pour vous et votre équipe, à payer par ' +
      'carte sur une page sécurisée et à les gérer ici.',
    buy: 'Acheter des licences',
    help: 'Aide',
    report: 'Rapport administrateur',
    policies: 'Règles d’achat',
  },
  help: {
    title: 'Ce que je sais faire',
    roles: {
      user: {
        title: 'Pour tout le monde',
        items: [
          'Acheter des licences Power BI Pro, PowerApps ou Flow et payer par carte.',
          'Démarrer un essai gratuit si votre organisation l’autorise.',
          'Répondre à vos questions sur l’achat en libre-service.',
        ],
      },
      purchaser: {
        title: 'Si vous avez acheté des licences',
        items: [
          'Voir vos abonnements, vos licences et leurs dates d’expiration.',
          'Attribuer des licences à vos collègues par e-mail ou @mention, et les retirer.',
          'Ajouter ou réduire des licences, payer vos factures, changer de carte ou résilier.',
        ],
      },
      admin: {
        title: 'Pour les administrateurs',
        items: [
          'Voir tous les abonnements de l’organisation, les filtrer et les exporter en CSV.',
          'Activer ou désactiver l’achat en libre-service, produit par produit.',
          'Recevoir un message à chaque nouvel achat en libre-service.',
        ],
      },
    },
  },
  ineligible: {
    title: (product) =>
      product
        ? `Vous ne pouvez pas acheter ${product} en libre-service`
        : 'Vous ne pouvez pas acheter en libre-service',
    why: 'Pourquoi :',
    reasons: {
      TENANT_NOT_COMMERCIAL:
        'L’achat en libre-service n’est pas proposé aux organisations gouvernementales, à but non lucratif ou d’enseignement.',
      TENANT_UNMANAGED: 'Votre organisation n’est pas gérée par un service informatique (annuaire non géré).',
      MARKET_NOT_LAUNCHED: 'L’achat en libre-service n’est pas encore ouvert dans votre pays.',
      GUEST_USER: 'Les utilisateurs invités ne peuvent pas acheter en libre-service.',
      ACCOUNT_DISABLED: 'Votre compte est désactivé.',
      POLICY_DISABLED: 'Vos administrateurs ont désactivé l’achat en libre-service pour ce produit.',
      POLICY_TRIALS_ONLY:
        'Vos administrateurs autorisent les essais gratuits de ce produit, mais pas l’achat.',
      PRODUCT_NOT_OFFERED: 'Seuls Power BI Pro, PowerApps et Flow peuvent être achetés en libre-service.',
    },
    launchDate: (date) => `Ouverture prévue le ${date}.`,
    adminsIntro: 'Vos administrateurs peuvent l’acheter pour vous ou modifier ce réglage :',
    noAdmins: 'Contactez votre service informatique.',
    roles: { 'global-admin': 'Administrateur général', 'billing-admin': 'Administrateur de facturation' },
    learnMore: 'En savoir plus',
    contactAdmins: 'Contacter mes administrateurs',
  },
  products: {
    title: 'De quelle licence avez-vous besoin ?',
    pricePerSeat: (price) => `${price} par licence`,
    trialOnly: 'Essai gratuit uniquement, sans moyen de paiement.',
    none: 'Aucun produit n’est disponible à l’achat en libre-service pour le moment.',
    buy: (product) => `Acheter ${product}`,
    tryFree: (product) => `Essayer ${product} gratuitement`,
  },
  seats: {
    title: (product) => `Combien de licences ${product} ?`,
    unitPrice: 'Prix par licence',
    seatsLabel: 'Nombre de licences',
    seePrice: 'Voir le prix',
    quoteTitle: 'Votre devis',
    term: 'Période',
    termValue: (months, start, end) => `${months} mois (${start} – ${end})`,
    paymentNote:
      'Le paiement se fait par carte bancaire sur une page sécurisée. La facturation n’est pas proposée.',
    confirm: 'Confirmer et payer',
    changeSeats: 'Modifier le nombre',
    update: 'Mettre à jour le prix',
  },
  checkout: {
    title: 'Paiement sécurisé',
    intro:
      'Saisissez votre carte sur la page de paiement sécurisée. Ne tapez jamais un numéro de carte dans la conversation.',
    pay: 'Ouvrir la page de paiement sécurisée',
    expires: (when) => `Ce lien ne sert qu’une fois et expire le ${when}.`,
  },
  receipt: {
    title: 'Achat confirmé',
    order: 'Commande',
    paidWith: 'Payé avec',
    orders: 'Historique des commandes',
  },
  subscription: {
    statuses: {
      active: 'Actif',
      past_due: 'Paiement en retard',
      expired: 'Expiré',
      disabled: 'Désactivé',
      cancelled: 'Résilié',
      deleted: 'Supprimé',
    },
    trial: 'Essai gratuit',
    used: 'Attribuées',
    usedValue: (used, total) => `${used} sur ${total}`,
    cardOnFile: 'Carte enregistrée',
    noCard: 'Aucune',
    holders: 'Titulaires d’une licence',
    noHolders: 'Aucune licence n’est encore attribuée.',
    moreHolders: (n) => `… et ${n} de plus.`,
    remove: 'Retirer',
    bills: 'Factures à payer',
    bill: (amount, due) => `${amount}, échéance le ${due}`,
    billFailed: 'Le dernier paiement a échoué.',
    pay: (amount) => `Payer ${amount}`,
    addSeats: 'Ajouter des licences',
    addSeatsLabel: 'Licences à ajouter',
    add: 'Ajouter',
    lowerSeats: 'Réduire les licences',
    lowerSeatsLabel: (assigned) =>
      `Nouveau nombre de licences (au moins ${assigned}, les licences attribuées)`,
    lower: 'Réduire',
    updateCard: 'Changer de carte',
    cancel: 'Résilier l’abonnement',
  },
  confirmCancel: {
    title: (product) => `Résilier ${product} ?`,
    body: (seats, assigned) =>
      `Votre abonnement (${seats}) sera résilié et ${assigned} ${
        isOne(assigned, 'fr') ? 'personne perdra sa licence' : 'personnes perdront leur licence'
      }.`,
    irreversible: 'Cette action est définitive.',
    confirm: 'Oui, résilier',
    keep: 'Non, le garder',
  },
  assignment: {
    assignedTitle: 'Licences attribuées',
    refusedTitle: 'Aucune licence n’a été attribuée',
    assignedIntro: (n, product) =>
      `${n} ${isOne(n, 'fr') ? 'personne a' : 'personnes ont'} désormais une licence ${product} :`,
    refusedIntro: 'Rien n’a été modifié. Corrigez ces points et réessayez :',
    refusals: {
      UNKNOWN_USER: 'introuvable dans votre organisation.',
      OTHER_TENANT: 'appartient à une autre organisation.',
      ACCOUNT_DISABLED: 'ce compte est désactivé.',
      ALREADY_ASSIGNED: 'a déjà une licence.',
      NOT_ASSIGNED: 'n’a pas de licence.',
      DUPLICATE_IN_REQUEST: 'cité plusieurs fois.',
      NOT_ENOUGH_SEATS: 'pas assez de licences libres ; ajoutez-en d’abord.',
    },
    refusal: (name, reason) => `${name} : ${reason}`,
    seatsFree: (n) => `${n} ${isOne(n, 'fr') ? 'licence libre restante' : 'licences libres restantes'}.`,
    open: 'Voir l’abonnement',
  },
  report: {
    title: 'Abonnements',
    filters: 'Filtres',
    summary: (total, page, pages) =>
      `${total} ${isOne(total, 'fr') ? 'abonnement' : 'abonnements'}, page ${page} sur ${pages}`,
    source: 'Origine',
    sourceAll: 'Central et libre-service',
    sources: { central: 'Central', 'self-service': 'Libre-service' },
    product: 'Produit',
    anyProduct: 'Tous les produits',
    anyStatus: 'Tous les états',
    purchaser: 'Acheteur',
    purchaserPlaceholder: 'Adresse e-mail',
    from: 'Expiration à partir du',
    to: 'Expiration jusqu’au',
    apply: 'Filtrer',
    columns: {
      subscription: 'Produit / acheteur',
      seats: 'Licences',
      expiry: 'Expiration',
      price: 'Prix',
      state: 'Origine / état',
    },
    noPurchaser: 'Service informatique',
    empty: 'Aucun abonnement ne correspond à ces filtres.',
    previous: 'Précédent',
    next: 'Suivant',
    export: 'Exporter en CSV',
    organisation: (name) => `Organisation : ${name}`,
    otherOrganisations: 'Autres organisations que vous gérez :',
    cancelSubscription: 'Résilier…',
  },
  policy: {
    title: 'Règles d’achat en libre-service',
    intro: 'Choisissez, pour chaque produit, ce que les utilisateurs peuvent faire seuls.',
    options: {
      Enabled: 'Activé : achat et essai autorisés',
      Disabled: 'Désactivé : demande au service informatique',
      OnlyTrialsWithoutPaymentMethod: 'Essais gratuits uniquement, sans moyen de paiement',
    },
    save: 'Enregistrer',
    organisation: (name) => `Organisation : ${name}`,
  },
  faq: {
    related: 'Questions liées',
    helpful: 'Cette réponse vous a-t-elle aidé ?',
    yes: '👍 Oui',
    no: '👎 Non',
    source: 'En savoir plus',
    dontKnow: (query) => `Je ne connais pas encore la réponse à « ${query} ».`,
    didYouMean: 'Vouliez-vous dire :',
    noSuggestion: 'Essayez d’autres mots ou demandez à vos administrateurs.',
  },
  error: {
    title: 'Désolé, cela n’a pas fonctionné',
    generic: 'Un problème est survenu de notre côté. Réessayez dans un instant.',
    retry: 'Réessayer',
    reference: (id) => `Référence : ${id}`,
    codes: {
      INVALID_INPUT: 'Une valeur saisie n’est pas valide. Vérifiez-la et réessayez.',
      NOT_FOUND: 'Je ne trouve pas cet élément. Il a peut-être été supprimé.',
      INELIGIBLE: 'Vous ne pouvez pas acheter ce produit en libre-service.',
      NOT_AUTHORIZED: 'Vous n’êtes pas autorisé à effectuer cette action.',
      CROSS_TENANT: 'Cet élément appartient à une autre organisation.',
      PRODUCT_NOT_OFFERED: 'Seuls Power BI Pro, PowerApps et Flow peuvent être achetés en libre-service.',
      INVOICE_NOT_SUPPORTED:
        'Les achats en libre-service se paient uniquement par carte bancaire ; la facturation n’est pas proposée.',
      SEAT_LIMIT: 'Il n’y a pas assez de licences libres.',
      SEATS_BELOW_ASSIGNED:
        'Vous ne pouvez pas avoir moins de licences que de licences attribuées. Retirez d’abord des utilisateurs.',
      ASSIGNMENT_REFUSED: 'Aucune licence n’a été modifiée.',
      SUBSCRIPTION_NOT_ACTIVE: 'Cet abonnement n’est pas actif : il ne peut pas être modifié.',
      PAYMENT_DECLINED: 'Votre carte a été refusée. Aucun montant n’a été débité.',
      INVALID_CARD: 'Les informations de la carte ne sont pas valides.',
      IDEMPOTENCY_CONFLICT:
        'Cette demande a déjà été faite avec d’autres informations. Recommencez, s’il vous plaît.',
      BUSY: 'Le service est occupé. Rien n’a été modifié ; réessayez.',
    },
    declines: {
      card_declined: 'Votre banque a refusé la carte. Essayez une autre carte ou contactez votre banque.',
      insufficient_funds: 'Le solde de la carte est insuffisant.',
      lost_card: 'Cette carte a été déclarée perdue. Utilisez une autre carte.',
      stolen_card: 'Cette carte a été déclarée volée. Utilisez une autre carte.',
      expired_card: 'Cette carte a expiré. Utilisez une autre carte.',
      incorrect_cvc: 'Le code de sécurité (CVC) est incorrect.',
      processing_error: 'Le paiement n’a pas pu être traité. Réessayez dans un instant.',
    },
    cardFields: {
      number: 'Vérifiez le numéro de carte.',
      expiry: 'Vérifiez la date d’expiration.',
      cvc: 'Vérifiez le code de sécurité (CVC).',
      holder: 'Vérifiez le nom du titulaire.',
    },
    invalidField: (field) => `Vérifiez la valeur de « ${field} ».`,
    seatLimit: (free, seats, requested) =>
      `Licences libres : ${free} sur ${seats} ; vous en demandez ${requested}.`,
    seatsBelowAssigned: (assigned, requested) =>
      `Licences attribuées : ${assigned}. Impossible de descendre à ${requested} ; retirez d’abord des utilisateurs.`,
    notActive: (status) => `Cet abonnement est à l’état « ${status} » : il ne peut pas être modifié.`,
  },
};

const MESSAGES: Record<Locale, Messages> = { fr, en };

/** The texts of one locale. */
export function messages(locale: Locale): Messages {
  return MESSAGES[locale];
}

/**
 * A readable explanation of a refusal: the code's sentence plus the details the error carries
 * (decline reason, free seats, refused users…). Anything that is not a `CommerceError` gets the
 * generic apology: its message may hold internals and is never shown.
 */
export function describeError(error: unknown, locale: Locale): string {
  const m = MESSAGES[locale].error;
  if (!isCommerceError(error)) return m.generic;
  const base = m.codes[error.code];
  if (error instanceof PaymentDeclinedError) return `${base} ${m.declines[error.declineCode]}`;
  if (error instanceof InvalidCardError) return `${base} ${m.cardFields[error.field]}`;
  if (error instanceof InvalidInputError) return `${base} ${m.invalidField(error.field)}`;
  if (error instanceof SeatLimitError)
    return m.seatLimit(error.seats - error.assigned, error.seats, error.requested);
  if (error instanceof SeatsBelowAssignedError)
    return m.seatsBelowAssigned(error.assigned, error.requestedSeats);
  if (error instanceof SubscriptionNotActiveError) {
    const statuses: Record<string, string> = MESSAGES[locale].subscription.statuses;
    return m.notActive(statuses[error.status] ?? error.status);
  }
  if (error instanceof IneligibleError) {
    const reasons = error.reasons.map((r) => MESSAGES[locale].ineligible.reasons[r]);
    return [base, ...reasons].join(' ');
  }
  if (error instanceof AssignmentRefusedError) {
    const { refusal, refusals } = MESSAGES[locale].assignment;
    const lines = error.refusals.map((r) => refusal(r.displayName ?? r.userRef, refusals[r.reason]));
    return [base, ...lines].join(' ');
  }
  return base;
}
