/**
 * The sentences the bot says in chat outside cards (prompts, re-asks, identity), in French and
 * English. Card texts and error codes live in `cards/messages.ts`.
 */
import type { Locale } from '../cards/types';

const en = {
  cancelled: 'OK, I stopped. Nothing was bought or changed.',
  nothingToCancel: 'There is nothing to cancel. Type *help* to see what I can do.',
  somethingWentWrong: 'Sorry, something went wrong on my side. Please try again in a moment.',
  tooFast: 'You clicked twice very quickly: I handled the first click. Please look at the latest card.',
  cardNumberInChat:
    'For your security I did not read or keep the card number you typed. Never type a card number in the chat: ' +
    'pay on the secure payment page I give you instead.',
  // Identity
  mustUseTeams:
    'I could not tell who you are: this bot works in Microsoft Teams, where your organisation account identifies you. ' +
    'Please talk to me from Teams.',
  unknownUser:
    'I could not find your account in your organisation’s directory, so I can’t sell or manage licences for you. ' +
    'Please contact your IT admin.',
  demoPick: 'Demo mode: pick who you want to be. Type for example *login as anna@contoso.example*.',
  demoUnknown: (who: string) => `There is no demo user “${who}”. Type *demo users* to see them.`,
  demoLoggedIn: (name: string, tenant: string) => `You are now ${name} (${tenant}).`,
  demoLoggedOut: 'You are logged out of the demo identity.',
  demoWhoAmI: (name: string, email: string, tenant: string) => `You are ${name} <${email}> (${tenant}).`,
  demoNotLoggedIn: 'You are not logged in. Type *demo users* to pick an identity.',
  // Purchase
  productReask: 'Which product? Type its name, for example *Power BI*, or use the buttons.',
  seatsReask: (max: number) => `Please type a whole number of seats from 1 to ${max}, for example *3*.`,
  confirmReask: 'Type *yes* to go to the secure payment page, a number to change the seats, or *cancel*.',
  invoiceRefused:
    'Self-service purchases are paid by credit card only; invoicing is not available. ' +
    'Your card is entered on the secure payment page.',
  purchaseReceipt: 'Payment received, thank you! Here is your receipt:',
  billPaid: 'Your bill is paid, thank you.',
  cardUpdated: 'Your card is updated; renewals will use it.',
  trialStarted: (product: string, end: string) =>
    `Your free ${product} trial has started. It ends on ${end} and won’t renew.`,
  // Manage and assign
  noSubscriptions: 'You haven’t bought any licences through self-service yet. Type *buy* to start.',
  heldLicences: (products: string) => `Your licences: ${products}.`,
  noHeldLicences: 'You don’t hold any licence yet.',
  whichSubscription: (choices: string) => `Which subscription? Type its product: ${choices}.`,
  noSubscriptionFor: (product: string) =>
    `You haven’t bought ${product} through self-service, so you can’t hand out its licences. Type *buy* to buy it.`,
  assignWho:
    'Whom should I give a licence to? Type their e-mail addresses, or @mention them in Teams, e.g. *assign bruno.lefevre@contoso.example to Power BI*.',
  removeWho:
    'Whose licence should I remove? Type their e-mail address, e.g. *remove bruno.lefevre@contoso.example from Power BI*.',
  seatsCountNeeded:
    'How many seats? Type for example *add 2 seats to Power BI* or *lower Power BI to 3 seats*.',
  noOpenBill: (product: string) => `There is no bill to pay on ${product}.`,
  cancelConfirmReask: 'Type *yes* to cancel the subscription, or *no* to keep it.',
  subscriptionCancelled: (product: string) => `Your ${product} subscription is cancelled.`,
  kept: 'OK, I kept it.',
  removed: (name: string, product: string) => `${name} no longer has a ${product} licence.`,
  seatsChanged: (product: string, seats: number) => `${product} now has ${seats} seats.`,
  contactAdmins: (list: string) =>
    `Your IT admins: ${list}. Write to them; they can buy for you or change the setting.`,
  noAdmins: 'Your organisation has no admin I could name: please contact your IT department.',
  feedbackThanks: 'Thanks for your feedback!',
  faqUnknownSlug: 'I could not find that question any more.',
};

export type ChatTexts = typeof en;

const fr: ChatTexts = {
  cancelled: 'D’accord, j’arrête. Rien n’a été acheté ni modifié.',
  nothingToCancel: 'Il n’y a rien à annuler. Tapez *aide* pour voir ce que je sais faire.',
  somethingWentWrong: 'Désolé, un problème est survenu de mon côté. Réessayez dans un instant.',
  tooFast: 'Vous avez cliqué deux fois très vite : j’ai traité le premier clic. Regardez la dernière carte.',
  cardNumberInChat:
    'Pour votre sécurité, je n’ai ni lu ni conservé le numéro de carte que vous avez tapé. Ne tapez jamais de numéro ' +
    'de carte dans la conversation : payez sur la page de paiement sécurisée que je vous donne.',
  mustUseTeams:
    'Je n’ai pas pu savoir qui vous êtes : ce bot fonctionne dans Microsoft Teams, où le compte de votre organisation vous ' +
    'identifie. Parlez-moi depuis Teams, s’il vous plaît.',
  unknownUser:
    'Je ne trouve pas votre compte dans l’annuaire de votre organisation : je ne peux donc pas vendre ni gérer de licences ' +
    'pour vous. Contactez votre administrateur informatique.',
  demoPick: 'Mode démo : choisissez qui vous voulez être. Tapez par exemple *login as anna@contoso.example*.',
  demoUnknown: (who) => `Il n’y a pas d’utilisateur de démo « ${who} ». Tapez *demo users* pour les voir.`,
  demoLoggedIn: (name, tenant) => `Vous êtes maintenant ${name} (${tenant}).`,
  demoLoggedOut: 'Vous n’utilisez plus d’identité de démo.',
  demoWhoAmI: (name, email, tenant) => `Vous êtes ${name} <${email}> (${tenant}).`,
  demoNotLoggedIn: 'Vous n’êtes pas connecté. Tapez *demo users* pour choisir une identité.',
  productReask: 'Quel produit ? Tapez son nom, par exemple *Power BI*, ou utilisez les boutons.',
  seatsReask: (max) => `Indiquez un nombre entier de licences entre 1 et ${max}, par exemple *3*.`,
  confirmReask:
    'Tapez *oui* pour aller à la page de paiement sécurisée, un nombre pour changer de quantité, ou *annuler*.',
  invoiceRefused:
    'Les achats en libre-service se paient uniquement par carte bancaire ; la facturation n’est pas proposée. ' +
    'La carte se saisit sur la page de paiement sécurisée.',
  purchaseReceipt: 'Paiement reçu, merci ! Voici votre reçu :',
  billPaid: 'Votre facture est payée, merci.',
  cardUpdated: 'Votre carte est mise à jour ; les renouvellements l’utiliseront.',
  trialStarted: (product, end) =>
    `Votre essai gratuit de ${product} a commencé. Il se termine le ${end} et ne sera pas renouvelé.`,
  noSubscriptions: 'Vous n’avez encore rien acheté en libre-service. Tapez *acheter* pour commencer.',
  heldLicences: (products) => `Vos licences : ${products}.`,
  noHeldLicences: 'Vous n’avez encore aucune licence.',
  whichSubscription: (choices) => `Quel abonnement ? Tapez son produit : ${choices}.`,
  noSubscriptionFor: (product) =>
    `Vous n’avez pas acheté ${product} en libre-service : vous ne pouvez donc pas en attribuer. Tapez *acheter* pour l’acheter.`,
  assignWho:
    'À qui dois-je attribuer une licence ? Tapez leurs adresses e-mail, ou mentionnez-les (@) dans Teams, par ex. *attribue Power BI à bruno.lefevre@contoso.example*.',
  removeWho:
    'À qui dois-je retirer la licence ? Tapez son adresse e-mail, par ex. *retire bruno.lefevre@contoso.example de Power BI*.',
  seatsCountNeeded:
    'Combien de licences ? Tapez par exemple *ajoute 2 licences Power BI* ou *réduis Power BI à 3 licences*.',
  noOpenBill: (product) => `Il n’y a pas de facture à payer sur ${product}.`,
  cancelConfirmReask: 'Tapez *oui* pour résilier l’abonnement, ou *non* pour le garder.',
  subscriptionCancelled: (product) => `Votre abonnement ${product} est résilié.`,
  kept: 'D’accord, je le garde.',
  removed: (name, product) => `${name} n’a plus de licence ${product}.`,
  seatsChanged: (product, seats) => `${product} compte maintenant ${seats} licences.`,
  contactAdmins: (list) =>
    `Vos administrateurs : ${list}. Écrivez-leur : ils peuvent acheter pour vous ou modifier le réglage.`,
  noAdmins: 'Je ne trouve aucun administrateur à vous indiquer : contactez votre service informatique.',
  feedbackThanks: 'Merci pour votre retour !',
  faqUnknownSlug: 'Je ne retrouve plus cette question.',
};

const TEXTS: Record<Locale, ChatTexts> = { fr, en };

/** The chat sentences of one locale. */
export function texts(locale: Locale): ChatTexts {
  return TEXTS[locale];
}
