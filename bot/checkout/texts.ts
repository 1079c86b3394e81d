/**
 * The checkout page's own sentences, in French and English. Refusals of the core (declines, invalid
 * card fields, eligibility) come from `cards/messages` `describeError`, so chat and page say the same.
 */
import type { CheckoutKind, CheckoutLocale } from './types';

const en = {
  lang: 'en',
  pageTitle: 'Secure payment',
  kinds: {
    purchase: 'Buy licences',
    'update-card': 'Update the card of a subscription',
    'pay-bill': 'Pay a bill',
  } satisfies Record<CheckoutKind, string>,
  forUser: 'For',
  product: 'Product',
  seats: 'Seats',
  unitPrice: 'Price per seat',
  term: 'Term',
  termValue: (months: number, start: string, end: string) => `${months} month(s), ${start} – ${end}`,
  total: 'Total',
  amount: 'Amount due',
  period: 'Billing period',
  dueDate: 'Due date',
  currentCard: 'Card on file',
  noCard: 'None',
  cardOnly: 'Payment by credit card only: invoicing is not available for self-service purchases.',
  updateCardNote: 'Nothing is charged now: the renewals of this subscription will use the new card.',
  privacy:
    'Your card details go only to the payment processor: they are never stored, logged or shown in the chat.',
  expires: (when: string) => `This page works once and expires at ${when}.`,
  fields: {
    holder: 'Name on card (optional)',
    number: 'Card number',
    expiry: 'Expiry date (MM/YY)',
    cvc: 'Security code (CVC)',
  },
  submit: {
    purchase: (total: string) => `Pay ${total}`,
    'pay-bill': (amount: string) => `Pay ${amount}`,
    'update-card': () => 'Save the card',
  } satisfies Record<CheckoutKind, (amount: string) => string>,
  working: 'Processing…',
  attemptsLeft: (n: number) =>
    n === 1 ? 'One attempt left on this page.' : `${n} attempts left on this page.`,
  receiptTitle: {
    purchase: 'Payment confirmed',
    'pay-bill': 'Bill paid',
    'update-card': 'Card updated',
  } satisfies Record<CheckoutKind, string>,
  order: 'Order',
  bill: 'Bill',
  termEnd: 'Term end',
  paidWith: 'Paid with',
  newCard: 'New card',
  receiptNote: 'You can close this page: the bot sends your receipt in the conversation.',
  alreadyDone: 'This link has already been used; nothing was charged again.',
  processingTitle: 'Your payment is being processed',
  processingText: 'Please wait: this page refreshes by itself. Do not pay again.',
  expiredTitle: 'This link has expired',
  expiredText: 'Nothing was charged. Ask the bot again for a new payment link.',
  closedTitle: 'This link is closed',
  closedText: 'Too many attempts. Nothing was charged. Ask the bot again for a new payment link.',
  notFoundTitle: 'This payment link does not exist',
  notFoundText: 'Check the link, or ask the bot again for a new one.',
  staleFormTitle: 'This form is out of date',
  staleFormText: 'Nothing was charged. Reload the page and try again.',
  malformedTitle: 'The form could not be read',
  malformedText: 'Nothing was charged. Reload the page and try again.',
  tooLargeTitle: 'The form is too large',
  unsupportedTitle: 'Unsupported form encoding',
  methodTitle: 'Method not allowed',
  methodText: 'This page only answers GET and POST.',
  unconfirmedTitle: 'We could not confirm this payment',
  unconfirmedText:
    'Nothing more will be charged from this page. Check your subscriptions in the chat before paying again.',
  refusedTitle: 'This payment cannot go ahead',
  billNotPayable: 'This bill is already paid or was cancelled: there is nothing to pay.',
  errorTitle: 'Sorry, that did not work',
  reload: 'Reload the page',
};

export type CheckoutTexts = typeof en;

const fr: CheckoutTexts = {
  lang: 'fr',
  pageTitle: 'Paiement sécurisé',
  kinds: {
    purchase: 'Acheter des licences',
    'update-card': 'Changer la carte d’un abonnement',
    'pay-bill': 'Payer une facture',
  },
  forUser: 'Pour',
  product: 'Produit',
  seats: 'Licences',
  unitPrice: 'Prix par licence',
  term: 'Durée',
  termValue: (months, start, end) => `${months} mois, du ${start} au ${end}`,
  total: 'Total',
  amount: 'Montant dû',
  period: 'Période facturée',
  dueDate: 'Échéance',
  currentCard: 'Carte enregistrée',
  noCard: 'Aucune',
  cardOnly:
    'Paiement par carte bancaire uniquement : la facturation n’est pas proposée pour les achats en libre-service.',
  updateCardNote:
    'Rien n’est débité maintenant : les renouvellements de cet abonnement utiliseront la nouvelle carte.',
  privacy:
    'Les données de votre carte vont uniquement au prestataire de paiement : elles ne sont jamais enregistrées, journalisées ni affichées dans la conversation.',
  expires: (when) => `Cette page ne sert qu’une fois et expire le ${when}.`,
  fields: {
    holder: 'Nom du titulaire (facultatif)',
    number: 'Numéro de carte',
    expiry: 'Date d’expiration (MM/AA)',
    cvc: 'Code de sécurité (CVC)',
  },
  submit: {
    purchase: (total) => `Payer ${total}`,
    'pay-bill': (amount) => `Payer ${amount}`,
    'update-card': () => 'Enregistrer la carte',
  },
  working: 'Traitement…',
  attemptsLeft: (n) =>
    n === 1 ? 'Il reste un essai sur cette page.' : `Il reste ${n} essais sur cette page.`,
  receiptTitle: {
    purchase: 'Paiement confirmé',
    'pay-bill': 'Facture payée',
    'update-card': 'Carte mise à jour',
  },
  order: 'Commande',
  bill: 'Facture',
  termEnd: 'Fin de la période',
  paidWith: 'Payé avec',
  newCard: 'Nouvelle carte',
  receiptNote: 'Vous pouvez fermer cette page : le bot vous envoie le reçu dans la conversation.',
  alreadyDone: 'Ce lien a déjà servi ; rien n’a été débité une seconde fois.',
  processingTitle: 'Votre paiement est en cours',
  processingText: 'Patientez : cette page se recharge toute seule. Ne payez pas une seconde fois.',
  expiredTitle: 'Ce lien a expiré',
  expiredText: 'Rien n’a été débité. Demandez un nouveau lien de paiement au bot.',
  closedTitle: 'Ce lien est fermé',
  closedText: 'Trop d’essais. Rien n’a été débité. Demandez un nouveau lien de paiement au bot.',
  notFoundTitle: 'Ce lien de paiement n’existe pas',
  notFoundText: 'Vérifiez le lien, ou demandez-en un nouveau au bot.',
  staleFormTitle: 'Ce formulaire n’est plus valable',
  staleFormText: 'Rien n’a été débité. Rechargez la page et réessayez.',
  malformedTitle: 'Le formulaire est illisible',
  malformedText: 'Rien n’a été débité. Rechargez la page et réessayez.',
  tooLargeTitle: 'Le formulaire est trop volumineux',
  unsupportedTitle: 'Encodage du formulaire non pris en charge',
  methodTitle: 'Méthode non autorisée',
  methodText: 'Cette page ne répond qu’à GET et POST.',
  unconfirmedTitle: 'Nous n’avons pas pu confirmer ce paiement',
  unconfirmedText:
    'Rien de plus ne sera débité depuis cette page. Vérifiez vos abonnements dans la conversation avant de payer à nouveau.',
  refusedTitle: 'Ce paiement ne peut pas avoir lieu',
  billNotPayable: 'Cette facture est déjà payée ou a été annulée : il n’y a rien à payer.',
  errorTitle: 'Désolé, cela n’a pas fonctionné',
  reload: 'Recharger la page',
};

const TEXTS: Record<CheckoutLocale, CheckoutTexts> = { en, fr };

export function checkoutTexts(locale: CheckoutLocale): CheckoutTexts {
  return TEXTS[locale];
}

/** For pages without a session (unknown link, bad method): the browser's first preferred language we have. */
export function localeFromAcceptLanguage(header: string | undefined): CheckoutLocale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.trim().toLowerCase();
    if (tag.startsWith('fr')) return 'fr';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}
