/**
 * What a chat message asks for, in French or English: the commands the main dialog routes, and the
 * small recognisers the prompts use (products, seat counts, yes/no, e-mail addresses). Anything
 * that is not a command goes to the FAQ.
 */

export type SubscriptionCommandKind =
  | 'add-seats'
  | 'lower-seats'
  | 'pay-bill'
  | 'update-card'
  | 'cancel-subscription'
  | 'remove';

export type Command =
  | { kind: 'help' }
  | { kind: 'cancel' }
  | { kind: 'mine' }
  | { kind: 'buy'; productId: string | null; seats: number | null }
  | { kind: 'trial'; productId: string | null }
  | { kind: 'assign'; productId: string | null; emails: string[] }
  | { kind: SubscriptionCommandKind; productId: string | null; seats: number | null; emails: string[] }
  /** The admins' purchase report; `tenant`: an organisation named after it ("report for Contoso"). */
  | { kind: 'report'; tenant: string | null }
  /** The per-product self-service policy ("policy", "stratégie Contoso"). */
  | { kind: 'policy'; tenant: string | null }
  | { kind: 'demo-users' }
  | { kind: 'login'; who: string }
  | { kind: 'logout' }
  | { kind: 'whoami' };

/** Lower case, no accents, apostrophes and punctuation as spaces, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9@.+_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const PRODUCTS: ReadonlyArray<{ id: string; pattern: RegExp }> = [
  { id: 'power-bi-pro', pattern: /\bpower ?bi(?: pro)?\b|\bpbi\b/ },
  { id: 'powerapps-per-user', pattern: /\bpower ?apps?(?: (?:per|par) (?:user|utilisateur))?\b/ },
  {
    id: 'flow-per-user',
    pattern: /\b(?:ms |microsoft )?flow(?: (?:per|par) (?:user|utilisateur))?\b|\bpower ?automate\b/,
  },
  { id: 'office-365-e3', pattern: /\boffice(?: 365)?(?: e3)?\b|\bo365\b|\bm365\b|\bmicrosoft 365(?: e3)?\b/ },
];

/** The catalog product a text names (`power-bi-pro`…), or null. */
export function findProduct(text: string): string | null {
  const t = normalise(text);
  return PRODUCTS.find((p) => p.pattern.test(t))?.id ?? null;
}

function withoutProducts(t: string): string {
  return PRODUCTS.reduce((rest, p) => rest.replace(new RegExp(p.pattern.source, 'g'), ' '), t);
}

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  neuf: 9,
  nine: 9,
  dix: 10,
  ten: 10,
  onze: 11,
  eleven: 11,
  douze: 12,
  twelve: 12,
  quinze: 15,
  fifteen: 15,
  vingt: 20,
  twenty: 20,
};

/** The first whole number in a text (digits or a small number word), ignoring product names (Office 365 E3); null if none. */
export function findCount(text: string): number | null {
  const t = withoutProducts(normalise(text)).replace(/[\w.+-]+@[\w.-]+/g, ' ');
  const digits = /(?:^|\s)(\d{1,9})(?=\s|$)/.exec(t);
  if (digits) return Number(digits[1]);
  const word = t.split(' ').find((w) => Object.hasOwn(NUMBER_WORDS, w));
  return word ? NUMBER_WORDS[word] : null;
}

/** A seat count typed on its own ("3", " 12 licences", "trois"): the number, or `NaN` for text that is not a count. */
export function parseSeatsAnswer(text: string): number {
  const t = normalise(text)
    .replace(/\b(?:seats?|licen[cs]es?|places?|sieges?|users?|utilisateurs?|please|svp|stp)\b/g, ' ')
    .trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^-?\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return Object.hasOwn(NUMBER_WORDS, t) ? NUMBER_WORDS[t] : Number.NaN;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** E-mail addresses in a text, lower-cased, in order, without repeats. */
export function findEmails(text: string): string[] {
  return [...new Set((text.match(EMAIL) ?? []).map((e) => e.toLowerCase().replace(/\.$/, '')))];
}

export type Answer = 'yes' | 'no' | null;

const YES = new Set([
  'yes',
  'y',
  'ok',
  'okay',
  'sure',
  'yep',
  'confirm',
  'pay',
  'go',
  'oui',
  'o',
  'd accord',
  'daccord',
  'confirmer',
  'confirme',
  'payer',
  'valider',
  'je confirme',
  'yes please',
  'oui merci',
  'c est bon',
]);
const NO = new Set([
  'no',
  'n',
  'nope',
  'keep',
  'keep it',
  'non',
  'garder',
  'non merci',
  'no thanks',
  'pas maintenant',
  'not now',
]);

export function parseYesNo(text: string): Answer {
  const t = normalise(text)
    .replace(/[.!]+$/, '')
    .trim();
  if (YES.has(t)) return 'yes';
  if (NO.has(t)) return 'no';
  return null;
}

/** Asking to be invoiced instead of paying by card. */
export function asksForInvoice(text: string): boolean {
  return /\b(?:invoice|invoiced|invoicing|facture|facturation|facturer|bon de commande|purchase order|virement|wire transfer)\b/.test(
    normalise(text),
  );
}

/** "report", "rapport", "admin report", "achats en libre-service", "self-service purchases", then maybe an organisation. */
const REPORT =
  /^(?:(?:show|see|open|get|view|voir|affiche[rz]?|ouvr(?:e|ir)|montre[rz]?(?: moi)?) )?(?:(?:the|my|our|le|mon|notre|les|nos) )?(?:(?:admin |purchase |purchases )?reports?|rapports?(?: (?:admin|administrateur|d achats?|des achats))?|achats en libre[ -]service|self[ -]service purchases)(?: (.+))?$/;
/** "policy", "policies", "stratégie", "règles d'achat", then maybe an organisation. */
const POLICY =
  /^(?:(?:show|see|open|set|change|edit|view|voir|affiche[rz]?|ouvr(?:e|ir)|modifie[rz]?) )?(?:(?:the|my|our|la|le|les|ma|mes|nos|notre) )?(?:(?:self[ -]service |purchase )?polic(?:y|ies)|strategies?(?: d achats?(?: en libre[ -]service)?)?|regles? d achats?(?: en libre[ -]service)?)(?: (.+))?$/;

/**
 * The organisation named after a report or policy command ("for Contoso", "de Contoso"): null when none;
 * undefined when the rest is too long to be a name (then the message is not a command but a question).
 */
function organisationIn(rest: string | undefined): string | null | undefined {
  const name = (rest ?? '')
    .replace(/^(?:(?:for|of|on|about|pour|de|du|des|d|chez|sur|la|le|l|the) )+/, '')
    .trim();
  if (name === '') return null;
  return name.split(' ').length <= 4 ? name : undefined;
}

const QUESTION =
  /\?\s*$|^(?:how|why|when|where|who|what|which|can|could|may|do|does|is|are|comment|pourquoi|quand|ou|qui|quel|quelle|quels|quelles|combien|est ce|puis je|peut on|peux tu)\b/;

/** Parses a chat message into a command, or null when it is not one (a question for the FAQ, or a purchase request). */
export function parseCommand(text: string): Command | null {
  const t = normalise(text);
  if (t === '') return { kind: 'help' };
  if (
    /^(?:help|aide|menu|\?|commands?|commandes?|what can you do|que sais tu faire|start|demarrer|bonjour|hello|hi|salut)$/.test(
      t,
    )
  ) {
    return { kind: 'help' };
  }
  if (/^(?:demo users?|utilisateurs? (?:de )?demo|demo)$/.test(t)) return { kind: 'demo-users' };
  const login =
    /^(?:login|log in|sign in|connexion|se connecter|connecte moi)(?: (?:as|en tant que|comme))? (\S+)$/.exec(
      t,
    );
  if (login) return { kind: 'login', who: login[1] };
  if (/^(?:logout|log out|sign out|deconnexion|se deconnecter|deconnecte moi)$/.test(t))
    return { kind: 'logout' };
  if (/^(?:whoami|who am i|qui suis je)$/.test(t)) return { kind: 'whoami' };
  if (
    /^(?:cancel|annuler|annule|stop|arrete|quit|quitter|abandon|abandonner|laisse tomber|never mind|nevermind)$/.test(
      t,
    )
  ) {
    return { kind: 'cancel' };
  }

  const productId = findProduct(text);
  const emails = findEmails(text);
  const seats = findCount(text);
  const sub = (kind: SubscriptionCommandKind): Command => ({ kind, productId, seats, emails });
  const question = QUESTION.test(t);

  if (!question) {
    for (const [kind, pattern] of [
      ['report', REPORT],
      ['policy', POLICY],
    ] as const) {
      const match = pattern.exec(t);
      const tenant = match ? organisationIn(match[1]) : undefined;
      if (tenant !== undefined) return { kind, tenant };
    }
    if (
      /^(?:cancel|terminate|end|resilie[rz]?|resiliation|annule[rz]?|arrete[rz]?)\b.*\b(?:subscription|abonnement)\b/.test(
        t,
      )
    ) {
      return sub('cancel-subscription');
    }
    if (/^(?:cancel|resilie[rz]?|annule[rz]?)\b/.test(t) && productId) return sub('cancel-subscription');
    if (/^(?:assign|give|attribue[rz]?|donne[rz]?|affecte[rz]?)\b/.test(t))
      return { kind: 'assign', productId, emails };
    if (/^(?:remove|unassign|revoke|retire[rz]?|enleve[rz]?|supprime[rz]?)\b/.test(t)) return sub('remove');
    if (
      /^(?:add|ajoute[rz]?|rajoute[rz]?)\b/.test(t) &&
      /\b(?:seats?|licen[cs]es?|places?|sieges?)\b/.test(t)
    ) {
      return sub('add-seats');
    }
    if (/^(?:lower|reduce|decrease|reduis|reduire|reduisez|diminue[rz]?|baisse[rz]?)\b/.test(t))
      return sub('lower-seats');
    if (/^(?:pay|payer|paye[rz]?|regle[rz]?)\b.*\b(?:bill|bills|invoice|facture|factures)\b/.test(t))
      return sub('pay-bill');
    if (
      /\b(?:update|change|replace|changer|change[rz]?|modifie[rz]?|mettre a jour|remplace[rz]?)\b.*\b(?:card|carte)\b/.test(
        t,
      )
    ) {
      return sub('update-card');
    }
    if (
      /^(?:try|trial|start (?:a )?(?:free )?trial|essayer|essaie[rz]?|essai|demarrer un essai|commencer un essai)\b/.test(
        t,
      )
    ) {
      return { kind: 'trial', productId };
    }
    if (/^(?:buy|purchase|order|acheter|achete[rz]?|commander|commande[rz]?|souscrire)\b/.test(t)) {
      return { kind: 'buy', productId, seats };
    }
    if (
      /^(?:show |see |voir |affiche[rz]? )?(?:my|mes|mon)\b.*\b(?:licen[cs]es?|subscriptions?|abonnements?|achats?|purchases?)$/.test(
        t,
      ) ||
      /^(?:manage|gerer|licences|licenses|abonnements|subscriptions)$/.test(t)
    ) {
      return { kind: 'mine' };
    }
  }
  return null;
}
