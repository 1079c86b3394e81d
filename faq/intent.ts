import { foldText } from './text';

/**
 * What a chat message asks for, as far as the FAQ is concerned:
 * - `purchase`: a request to buy now ("je veux acheter 3 licences Power BI", "buy 2 seats of Flow"),
 *   for the purchase dialog;
 * - `faq`: anything else, a question for the FAQ (which may still decline it).
 */
export type ChatIntent = 'purchase' | 'faq';

const PRODUCT = String.raw`(?:power ?bi(?: pro)?|power ?apps?|flow|power ?automate)`;
const LICENCE = String.raw`(?:licen[cs]es?|abonnements?|abos?|sieges?|places?|seats?|subscriptions?|plans?)`;
const AMOUNT = String.raw`(?:\d+|un|une|des|deux|trois|quatre|cinq|dix|a|an|some|one|two|three|four|five|ten|more|plus de|d autres)`;
const BUY_VERB = String.raw`(?:acheter|achete|achetez|commander|commande|commandez|prendre|souscrire|obtenir|ajouter|rajouter|buy|purchase|order|get|subscribe to|add)`;
const OBJECT = String.raw`(?:(?:me|moi|nous|us) )?(?:${AMOUNT} )?(?:(?:\w+ ){0,3}${LICENCE}|${PRODUCT})`;

/** "I want to…", "je voudrais…", "can you…": the speaker asks for an action, not an explanation. */
const DESIRE = new RegExp(
  String.raw`\b(?:je veux|je voudrais|j aimerais|je souhaite|je souhaiterais|j ai besoin d|il me faut|il nous faut|nous voulons|nous voudrions|on voudrait|on veut|on aimerait|je vais|peux tu|pourrais tu|pouvez vous|pourriez vous|tu peux|vous pouvez|merci d|i want to|i wanna|i d like to|i would like to|i need to|we need to|we want to|we d like to|we would like to|i m looking to|can you|could you|would you|please|let me|i ll|i will)\b(?: \w+){0,2} ${BUY_VERB} ${OBJECT}`,
);
/** "achète 3 licences Power BI", "buy 5 seats": an imperative at the start. */
const IMPERATIVE = new RegExp(String.raw`^(?:bot )?${BUY_VERB} ${OBJECT}`);
/** "j'ai besoin d'une licence Power BI", "I need 3 PowerApps licenses". */
const NEED = new RegExp(
  String.raw`\b(?:j ai besoin d|il me faut|il nous faut|i need|we need)\b ?(?:${AMOUNT} )?(?:(?:\w+ ){0,2}${LICENCE}|${PRODUCT})`,
);
/** Questions about how things work stay with the FAQ, even with a purchase verb in them. */
const QUESTION_START = new RegExp(
  String.raw`^(?:comment|pourquoi|quand|ou|qui|quel|quelle|quels|quelles|combien|est ce qu|est ce que|puis je|peut on|a qui|how|why|when|where|who|what|which|can i|could i|may i|do i|does|is it|are|am i)\b`,
);
/** "je veux savoir comment acheter…", "I'd like to know how to buy…": a question in disguise. */
const INFO_REQUEST =
  /\b(?:savoir|comprendre|know|understand|learn|find out)\b(?: \w+){0,2} (?:comment|si|pourquoi|qui|quand|ou|combien|how|if|whether|why|who|when|where)\b/;
const NEGATION =
  /\b(?:ne|n|pas|plus|jamais|not|don t|dont|never|no longer)\b.*\b(?:acheter|commander|buy|purchase|order)\b|\b(?:acheter|buy|purchase)\b.*\bpas\b/;

function normalise(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whether the message asks the bot to buy now (see {@link ChatIntent}). */
export function isPurchaseRequest(text: string): boolean {
  const t = normalise(text);
  if (t.length === 0 || NEGATION.test(t) || INFO_REQUEST.test(t)) return false;
  if (DESIRE.test(t) || NEED.test(t)) return !/^(?:comment|how)\b/.test(t);
  if (QUESTION_START.test(t)) return false;
  return IMPERATIVE.test(t);
}

/** Routes a chat message: a purchase request goes to the purchase dialog, the rest to the FAQ. */
export function classifyIntent(text: string): ChatIntent {
  return isPurchaseRequest(text) ? 'purchase' : 'faq';
}
