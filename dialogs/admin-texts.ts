/**
 * What the bot says in chat about admin matters, outside cards, in French and English: the report and
 * policy flows' sentences, and the proactive notices (admins told of a purchase, purchasers told of an
 * admin's cancellation or take-over). Card texts live in `cards/messages.ts`.
 */
import type { Locale } from '../cards/types';

/** An admin's free-text reason as a sentence of its own. */
const stop = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

const en = {
  unknownOrganisation: (name: string, choices: string) =>
    `I don’t know an organisation called “${name}” that you manage. You can ask for: ${choices}.`,
  policySaved: (changes: string) => `Saved. ${changes}`,
  policyChange: (product: string, option: string) => `${product}: ${option}.`,
  policyUnchanged: 'Nothing changed: these policies were already in force.',
  cancelledForPurchaser: (product: string, purchaser: string) =>
    `${purchaser}’s ${product} subscription is cancelled. I’ll tell them in chat if I can reach them.`,
  // Proactive notices
  purchaseNotice: (purchaser: string, seats: number, product: string) =>
    `New self-service purchase: ${purchaser} bought ${seats} ${product} ${seats === 1 ? 'seat' : 'seats'}. ` +
    'Type *report* to see every subscription of your organisation.',
  cancelledByAdmin: (product: string) =>
    `An admin of your organisation cancelled your ${product} self-service subscription. ` +
    'It won’t renew and nothing more will be charged to your card.',
  takenOverCancelled: (product: string, reason: string) =>
    `An admin of your organisation cancelled your ${product} self-service subscription. Reason: ${stop(reason)} ` +
    'It won’t renew and nothing more will be charged to your card.',
  takenOverMoved: (product: string, reason: string) =>
    `An admin of your organisation took over your ${product} subscription: its users now get their licences ` +
    `from the organisation, and your card won’t be charged again. Reason: ${stop(reason)}`,
};

export type AdminTexts = typeof en;

const fr: AdminTexts = {
  unknownOrganisation: (name, choices) =>
    `Je ne connais pas d’organisation « ${name} » que vous gérez. Vous pouvez demander : ${choices}.`,
  policySaved: (changes) => `Enregistré. ${changes}`,
  policyChange: (product, option) => `${product} : ${option}.`,
  policyUnchanged: 'Rien n’a changé : ces règles étaient déjà en vigueur.',
  cancelledForPurchaser: (product, purchaser) =>
    `L’abonnement ${product} de ${purchaser} est résilié. Je le lui dirai dans la conversation si je peux le joindre.`,
  purchaseNotice: (purchaser, seats, product) =>
    `Nouvel achat en libre-service : ${purchaser} a acheté ${seats} ${seats === 1 ? 'licence' : 'licences'} ${product}. ` +
    'Tapez *rapport* pour voir tous les abonnements de votre organisation.',
  cancelledByAdmin: (product) =>
    `Un administrateur de votre organisation a résilié votre abonnement ${product} acheté en libre-service. ` +
    'Il ne sera pas renouvelé et plus rien ne sera débité sur votre carte.',
  takenOverCancelled: (product, reason) =>
    `Un administrateur de votre organisation a résilié votre abonnement ${product} acheté en libre-service. ` +
    `Motif : ${stop(reason)} Il ne sera pas renouvelé et plus rien ne sera débité sur votre carte.`,
  takenOverMoved: (product, reason) =>
    `Un administrateur de votre organisation a repris votre abonnement ${product} : ses utilisateurs reçoivent ` +
    `désormais leurs licences de l’organisation et votre carte ne sera plus débitée. Motif : ${stop(reason)}`,
};

const TEXTS: Record<Locale, AdminTexts> = { fr, en };

/** The admin chat sentences of one locale. */
export function adminTexts(locale: Locale): AdminTexts {
  return TEXTS[locale];
}
