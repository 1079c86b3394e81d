import type { FaqLang } from './types';

/**
 * Word lists behind FAQ retrieval: stop words, multi-word phrases and synonym groups.
 * Everything here is written folded (lower case, no accents); `text.ts` folds input the same way.
 * A concept token starts with `#` so it can never collide with a stemmed word.
 * The tables are kept packed (prettier-ignore): one word per line would make them unreadable.
 */

/** Function words and chat filler, French. */
// prettier-ignore
export const FRENCH_STOP_WORDS: readonly string[] = [
  'a', 'ai', 'aie', 'ainsi', 'alors', 'as', 'au', 'aucun', 'aucune', 'aussi', 'autant', 'aux', 'avec',
  'avoir', 'avons', 'avez', 'ont', 'bah', 'ben', 'bien', 'bon', 'bonjour', 'bonsoir', 'c', 'ca', 'car', 'ce',
  'ceci', 'cela', 'celle', 'celles', 'celui', 'ces', 'cet', 'cette', 'ceux', 'chaque', 'chez', 'chose',
  'choses', 'combien', 'comme', 'comment', 'concretement', 'coucou', 'd', 'dans', 'de', 'des', 'deja',
  'depuis', 'devoir', 'dire', 'dis', 'dit', 'doit', 'doivent', 'dois', 'donc', 'du', 'elle', 'elles', 'en',
  'encore', 'es', 'est', 'et', 'etc', 'etes', 'etre', 'eu', 'euh', 'eux', 'exactement', 'fais', 'faire',
  'fait', 'faites', 'faut', 'font', 'genre', 'hein', 'histoire', 'ici', 'il', 'ils', 'j', 'je', 'juste', 'l',
  'la', 'le', 'les', 'leur', 'leurs', 'lui', 'm', 'ma', 'mais', 'me', 'merci', 'mes', 'mon', 'n', 'ne', 'ni',
  'nos', 'notre', 'nous', 'on', 'ont', 'or', 'ou', 'oui', 'par', 'pas', 'peu', 'peut', 'peuvent', 'peux',
  'plait', 'pourrais', 'pourrait', 'pouvez', 'pouvoir', 'pouvons', 'pour', 'puis', 'qu', 'que', 'quel',
  'quelle', 'quelles', 'quels', 'question', 'quoi', 's', 'sa', 'sais', 'salut', 'savoir', 'se', 'ses', 'si',
  'son', 'sont', 'stp', 'suis', 'sur', 'svp', 't', 'ta', 'te', 'tes', 'toi', 'ton', 'tous', 'tout', 'toute',
  'toutes', 'tres', 'truc', 'trucs', 'tu', 'un', 'une', 'va', 'vais', 'veut', 'veux', 'voila', 'vont', 'vos',
  'votre', 'voudrais', 'vous', 'vraiment', 'y', 'ete', 'etait', 'avait', 'sera', 'serait', 'seront', 'ok',
  'okay', 'entre', 'vers', 'sans', 'sous', 'pendant', 'avant', 'apres', 'dont', 'moi', 'plus', 'nan', 'non',
  'ah', 'oh', 'bref', 'enfin', 'maintenant', 'actuellement', 'aujourd', 'hui', 'normal', 'normalement',
  'possible', 'cas', 'ya', 'pourra', 'pourrai', 'pourrons', 'pourront', 'pourrez', 'pourriez', 'pourrions',
  'puisse', 'puissent', 'puisque', 'devra', 'devrait', 'devraient', 'devrais', 'aura', 'auront', 'aurait',
  'aurai', 'serai', 'serais', 'etaient', 'etais', 'seraient', 'avais', 'avaient', 'fera', 'ferait', 'faisons',
  'vas', 'allez', 'allons', 'faudra', 'faudrait', 'voulez', 'voulons', 'veulent', 'voudrait', 'voudrions',
  'sait', 'savez', 'connais', 'aimerais', 'souhaite', 'souhaiterais', 'besoin', 'ci', 'la', 'celui', 'quelqu',
  'quelque', 'quelques', 'lequel', 'laquelle', 'lesquels', 'auquel', 'desquels', 'donc', 'cote', 'niveau',
  'vis', 'ailleurs', 'koi', 'kwa', 'keske', 'cad', 'svp', 'pls', 'mdr', 'lol', 'ptdr', 'existe', 'existent',
  'exister', 'entendu', 'paraitrait', 'parait', 'apparemment', 'lu', 'vu',
  'directement', 'necessaire', 'requis', 'precisement', 'jusqu', 'jusque', 'parce',
  'jamais', 'assez', 'trop', 'mieux', 'plutot', 'surtout', 'notamment', 'seulement', 'uniquement',
  'egalement', 'ensuite', 'assurer', 'assure', 'assurent', 'fournir', 'fournit', 'fournissent', 'offrir',
  'offre', 'propose', 'proposer', 'proposent', 'bref', 'voire', 'quoique', 'tant', 'chose', 'truc', 'machin',
  // Verbs and adjectives that carry no topic here ("que devient…", "un compte particulier", "seul").
  'devient', 'deviennent', 'devenir', 'deviendra', 'deviendront', 'grand', 'grande', 'grands', 'gros',
  'grosse', 'petit', 'petite', 'principal', 'principale', 'general', 'generale', 'particulier',
  'particuliere', 'specifique', 'moyen', 'moyens', 'facon', 'facons', 'maniere', 'manieres', 'faits',
  'faite', 'pose', 'poser', 'posent', 'marche', 'passer', 'autrement', 'mode', 'modes', 'seul', 'seuls',
  'seule', 'seules', 'recoit', 'recoivent', 'recevoir', 'recu', 'recue', 'vient', 'viennent', 'venir',
  'venant', 'provenant', 'proviennent',
];

/** Function words and chat filler, English. */
// prettier-ignore
export const ENGLISH_STOP_WORDS: readonly string[] = [
  'a', 'about', 'actually', 'again', 'all', 'am', 'an', 'and', 'any', 'anyone', 'anything', 'are', 'aren',
  'as', 'at', 'basically', 'be', 'been', 'being', 'but', 'by', 'can', 'could', 'couldn', 'd', 'did', 'didn',
  'do', 'does', 'doesn', 'doing', 'don', 'done', 'even', 'exactly', 'for', 'from', 'get', 'gets', 'getting',
  'go', 'going', 'got', 'guy', 'guys', 'had', 'has', 'have', 'having', 'he', 'hello', 'her', 'hey', 'hi',
  'him', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'isn', 'it', 'its', 'just', 'kind', 'know', 'let',
  'lets', 'll', 'm', 'many', 'may', 'me', 'might', 'much', 'must', 'my', 'need', 'needs', 'no', 'not', 'now',
  'of', 'ok', 'okay', 'on', 'one', 'or', 'our', 'ours', 'please', 'pls', 're', 'really', 's', 'shall', 'she',
  'should', 'so', 'some', 'someone', 'somebody', 'something', 'sort', 'stuff', 'such', 't', 'tell', 'than',
  'thank', 'thanks', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'thing', 'things',
  'this', 'those', 'to', 'too', 'us', 've', 'very', 'want', 'was', 'wasn', 'we', 'were', 'weren', 'what',
  'whats', 'which', 'will', 'with', 'won', 'would', 'wouldn', 'yeah', 'yes', 'you', 'your', 'yours', 'way',
  'u', 'ur', 'w', 'also', 'still', 'only', 'today', 'currently', 'right', 'whole', 'here', 'hmm', 'question',
  'wondering', 'wonder', 'curious', 'quick', 'else', 'shall', 'gonna', 'wanna', 'gotta', 'able', 'whether',
  'yet', 'already', 'anymore', 'anyway', 'though', 'while', 'also', 'like', 'ever', 'every', 'each', 'both',
  'here', 'there', 'out', 'up', 'down', 'off', 'over', 'via', 'per', 'etc', 'setup', 'set', 'guess', 'say',
  'says', 'said', 'ask', 'asking', 'mean', 'means', 'happen', 'happens', 'work', 'works', 'working', 'exist',
  'exists', 'hear', 'heard', 'read', 'saw', 'seen', 'told', 'directly', 'needed', 'required', 'require',
  'requires', 'necessary', 'actual', 'exact', 'specific', 'specifically', 'possible', 'after',
  'before', 'during', 'until', 'till', 'within', 'without', 'through', 'throughout', 'across', 'around',
  'against', 'between', 'among', 'onto', 'upon', 'behind', 'because', 'although', 'unless', 'instead',
  'rather', 'quite', 'pretty', 'almost', 'maybe', 'perhaps', 'probably', 'provide', 'provides', 'provided',
  'offer', 'offers', 'offered', 'someone', 'somebody', 'thing', 'stuff', 'way', 'ways', 'lot', 'lots', 'bit',
  // Verbs and adjectives that carry no topic here ("the big announcement", "receive training").
  'receive', 'receives', 'received', 'come', 'comes', 'big', 'huge', 'main', 'major', 'general', 'overall',
  'basic', 'little', 'small', 'large',
];

/**
 * Words whose meaning depends on the language, checked before {@link SYNONYMS}: French "pays" is a
 * country, English "pays" is paying.
 */
export const LANGUAGE_SYNONYMS: Readonly<Record<FaqLang, Readonly<Record<string, readonly string[]>>>> = {
  fr: { '#available': ['pays'] },
  en: {},
};

/**
 * Chat shorthand, expanded before anything else: "jveux acheter flow cmt faire" reads as
 * "je veux acheter flow comment faire".
 */
// prettier-ignore
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  cmt: 'comment', cmnt: 'comment', comt: 'comment', jveux: 'je veux', jpeux: 'je peux', jsuis: 'je suis',
  chui: 'je suis', jai: 'j ai', jsp: 'je ne sais pas', pr: 'pour', qd: 'quand', kan: 'quand', ki: 'qui',
  tjrs: 'toujours', tjs: 'toujours', bcp: 'beaucoup', ds: 'dans', tt: 'tout', mm: 'meme',
  pls: 'please', plz: 'please', thx: 'thanks', wat: 'what', wht: 'what', r: 'are', cuz: 'because',
  coz: 'because', bc: 'because', im: 'i m', cant: 'can t', doesnt: 'doesn t', isnt: 'isn t',
  whos: 'who s', wheres: 'where s', hows: 'how s', idk: 'i don t know',
};

/** Concept of words that mark a question as off-topic (product how-to, devices, chit-chat). */
export const OFF_TOPIC_CONCEPT = '#offtopic';

/** A trigger word shortly before a target concept adds a concept: "how … buy" asks how to buy. */
export interface ContextRule {
  readonly triggers: readonly string[];
  readonly targets: readonly string[];
  /** How many words after the trigger the target may come. */
  readonly window: number;
  /** How many words after the target the trigger may still come ("Flow, je fais comment ?"). Default 0. */
  readonly trailing?: number;
  readonly adds: string;
  /** Fires in chat questions only, not in the knowledge base's own text. */
  readonly questionOnly?: boolean;
}

export const CONTEXT_RULES: readonly ContextRule[] = [
  // "comment acheter", "how do I buy": the purchase procedure.
  { triggers: ['comment', 'how'], targets: ['#buy'], window: 6, trailing: 7, adds: '#howtobuy' },
  // "procédure d'achat", "steps to buy", "démarches pour acheter": the purchase procedure too.
  {
    triggers: [
      'procedure',
      'procedures',
      'etape',
      'etapes',
      'demarche',
      'demarches',
      'step',
      'steps',
      'process',
      'processus',
    ],
    targets: ['#buy'],
    window: 4,
    trailing: 4,
    adds: '#howtobuy',
  },
  // "passer ma licence en note de frais", "get it reimbursed": who ends up paying.
  {
    triggers: ['mettre', 'mets', 'passer', 'passe', 'rembourser', 'rembourse', 'remboursee', 'reimbursed'],
    targets: ['#expense'],
    window: 6,
    trailing: 3,
    adds: '#pay',
  },
  // "get a Power BI licence", "obtenir un abonnement": getting a licence is buying one.
  {
    triggers: ['get', 'obtain', 'obtenir', 'avoir'],
    targets: ['#licence', '#product'],
    window: 4,
    adds: '#buy',
  },
  // "how do I create an app", "comment publier un rapport": using the product, not buying it.
  { triggers: ['comment', 'how'], targets: ['#make'], window: 4, adds: '#offtopic' },
  // "is invoicing supported?", "la carte est acceptée ?": which ways of paying are accepted.
  {
    triggers: ['supported', 'accepted', 'accept', 'accepte', 'acceptee', 'acceptes', 'acceptees', 'accepter'],
    targets: ['#invoice', '#card', '#pay', '#transfer', '#purchaseorder'],
    window: 4,
    trailing: 4,
    adds: '#paymentmethod',
  },
  // "qui est facturé ?", "who gets billed?": being billed is paying, an invoice is a document.
  {
    triggers: [
      'est',
      'etre',
      'sont',
      'suis',
      'sera',
      'seront',
      'soit',
      'is',
      'be',
      'are',
      'gets',
      'get',
      'got',
    ],
    targets: ['#invoice'],
    window: 1,
    adds: '#pay',
  },
  // "can our partner help?", "un partenaire peut-il nous aider ?": what partners do, not support.
  {
    triggers: ['help', 'helps', 'aider', 'aide', 'aident', 'accompagner', 'assist', 'assister'],
    targets: ['#partner'],
    window: 5,
    trailing: 5,
    adds: '#partnerhelp',
  },
  // "un problème de conformité": a risk for compliance, not a support case.
  {
    triggers: ['probleme', 'problemes', 'problem', 'problems', 'issue', 'issues', 'souci', 'soucis'],
    targets: ['#compliance'],
    window: 3,
    trailing: 3,
    adds: '#risk',
  },
  // "les stagiaires peuvent acheter ?", "can interns buy?": who is allowed to buy.
  {
    triggers: ['peut', 'peuvent', 'peux', 'can', 'may'],
    targets: ['#buy'],
    window: 3,
    adds: '#eligible',
    questionOnly: true,
  },
  // "acheter seuls", "s'abonner seule": buying on one's own.
  {
    triggers: ['seul', 'seuls', 'seule', 'seules'],
    targets: ['#buy'],
    window: 0,
    trailing: 2,
    adds: '#selfservice',
  },
  // "share a report", "partager un tableau de bord": using the product, not sharing a licence.
  {
    triggers: ['partager', 'partage', 'share', 'sharing'],
    targets: ['#data'],
    window: 4,
    adds: '#offtopic',
  },
  // "my subscription", "mes achats", "ma facture": the purchaser's own purchases.
  {
    triggers: ['my', 'mes', 'mon', 'ma'],
    targets: ['#licence', '#buy', '#invoice'],
    window: 3,
    adds: '#mine',
  },
];

/**
 * Concepts that are off-topic unless one of the listed concepts is asked too: "Office 365 price"
 * is about another product, "buy Office 365 through self-service" is a question for the FAQ.
 */
export const OFF_TOPIC_UNLESS: Readonly<Record<string, readonly string[]>> = {
  '#otherproduct': ['#selfservice', '#buy', '#howtobuy', '#available', '#purchaser'],
  // "Power Apps vs Power Automate" compares products (off-topic); "same price as our partner?" is pricing.
  '#compare': ['#price', '#selfservice', '#buy', '#agreement', '#partner', '#central'],
  // "who approves expense reports?" is HR; "can I put my licence on an expense report?" is payment.
  '#expense': ['#buy', '#licence', '#product', '#selfservice', '#purchaser', '#price'],
  // "qui est le DSI ?" asks who a person is; "qui est le propriétaire des données ?" is for the FAQ.
  '#whois': [
    '#buy',
    '#selfservice',
    '#licence',
    '#product',
    '#purchaser',
    '#pay',
    '#invoice',
    '#data',
    '#own',
    '#support',
    '#price',
  ],
};

/** Concepts that only mark a question as off-topic: dropped when their companions are asked. */
export const MARKER_CONCEPTS: ReadonlySet<string> = new Set(['#whois']);

/**
 * Multi-word expressions replaced by concepts before stop words and stemming, so that
 * "mot de passe" never matches "se passe" and "libre service" is one idea. A key may name several
 * concepts, separated by spaces. The analyser tries the longest phrase first; phrases are folded
 * words separated by single spaces.
 */
// prettier-ignore
export const PHRASES: Readonly<Record<string, readonly string[]>> = {
  // Dropped: filler that would otherwise leave stray words ("vis-à-vis", "est-ce que").
  '#stop': [
    'vis a vis', 'est ce que', 'est ce qu', 'qu est ce que', 'qu est ce qu', 'en ce qui concerne',
    'par rapport a', 'au niveau de', 'au sujet de', 'a propos de', 'concernant', 'regarding', 'in terms of',
    'the same way', 'is it just', 'c est quoi', 'ca marche comment', 'how does it work', 'set up',
    'de toute facon', 'il y a', 'y a t il', 'is there', 'are there', 'a partir de', 'a partir d',
    'from now on', 'mis en place', 'mettre en place', 'mise en place', 'met en place',
    'dont tout le monde parle', 'tout le monde parle', 'tout le monde en parle', 'j entends parler',
    'entendu parler', 'everyone is talking about', 'everybody is talking about', 'un jour', 'un de ces jours',
    'one day', 'someday', 'some day',
  ],
  '#paymentmethod': [
    'moyen de paiement', 'moyens de paiement', 'mode de paiement', 'modes de paiement', 'methode de paiement',
    'options de paiement', 'payment method', 'payment methods', 'payment option', 'payment options',
    'way to pay', 'ways to pay', 'pay with', 'payer avec', 'payer par', 'pay by', 'paiement par',
    'payer autrement', 'regler autrement', 'paie autrement', 'autre facon de payer', 'autre moyen de payer',
    'pay another way', 'pay some other way', 'other way to pay', 'other ways to pay',
    'moyen de payer', 'moyens de payer', 'seul moyen', 'only way to pay', 'only payment',
  ],
  // Paying "on invoice" is a payment method and an invoice at once.
  '#paymentmethod #invoice': [
    'sur facture', 'par facture', 'avec une facture', 'on invoice', 'by invoice', 'via invoice',
    'with an invoice', 'with invoice', 'pay with an invoice', 'pay by invoice',
  ],
  '#selfservice': [
    'libre service', 'self service', 'selfservice', 'self serve', 'libre servie', 'en autonomie',
    'par moi meme', 'moi meme', 'soi meme', 'eux memes', 'lui meme', 'elle meme', 'tout seul', 'tout seuls',
    'toute seule', 'par eux memes', 'de leur cote', 'de mon cote', 'a titre perso', 'a titre personnel',
    'sans passer par', 'self purchase', 'self purchasing', 'self purchased', 'self bought', 'self buy',
    'self buying',
    'on my own',
    'on their own', 'by myself', 'by themselves', 'for myself', 'myself', 'themselves', 'yourself',
    'autonome', 'autonomes', 'autonomously', 'individually', 'individuellement', 'individual', 'individuel',
    'individuels', 'individuelle',
    'individuelles', 'de ma poche', 'out of pocket', 'own pocket', 'ma licence perso',
    'licence perso', 'personal license', 'personal licence',
  ],
  '#product': [
    'power bi pro', 'power bi', 'powerbi', 'pbi', 'power apps', 'powerapps', 'powerapp', 'power app',
    'microsoft flow', 'power automate', 'powerautomate', 'power platform', 'powerplatform', 'ms flow',
    // "the Power stuff", "les produits Power": the family, not electricity.
    'power',
  ],
  '#admincenter': [
    'centre d administration microsoft 365', 'centre d administration', 'centre d admin', 'centre admin',
    'admin center', 'admin centre', 'admin portal', 'portail admin', 'portail d administration',
    'microsoft 365 admin center', 'm365 admin center', 'admin tile', 'vignette administrateur',
    'console d administration', 'console admin', 'lanceur d applications', 'app launcher',
  ],
  '#otherproduct': [
    'office 365', 'microsoft 365', 'o365', 'm365', 'dynamics 365', 'dynamics', 'visio', 'project online',
    'exchange online', 'sharepoint online', 'office online', 'exchange', 'sharepoint', 'onedrive', 'outlook',
    'word', 'excel', 'powerpoint', 'windows', 'intune',
    'copilot', 'teams premium', 'copilot pro', 'teams', 'azure subscription', 'azure', 'e3', 'e5',
    'project',
  ],
  '#azuread': ['azure active directory', 'azure ad', 'entra id', 'microsoft entra', 'aad', 'entra'],
  '#activedirectory': ['active directory', 'ad ds', 'ad', 'annuaire'],
  '#sync': ['azure ad connect', 'ad connect', 'aad connect', 'entra connect', 'dirsync', 'azure ad sync'],
  '#onprem': [
    'on premises', 'on premise', 'on prem', 'onprem', 'onpremise', 'on site', 'sur site', 'en local', 'local',
    'locaux', 'locale', 'hybride', 'hybrides', 'hybrid',
  ],
  '#card': [
    'carte de credit', 'carte bancaire', 'carte bleue', 'carte de paiement', 'cb', 'credit card',
    'debit card', 'bank card', 'visa', 'mastercard', 'amex', 'carte', 'card',
  ],
  '#paymentmethod #transfer': [
    'pay by check', 'pay by cheque', 'payer par cheque', 'payer en cheque', 'pay by transfer',
  ],
  // A transfer, a cheque or a purchase order is always a way of paying.
  '#purchaseorder #paymentmethod': [
    'bon de commande', 'bons de commande', 'purchase order', 'purchase orders', 'po',
  ],
  '#transfer #paymentmethod': [
    'virement', 'virements', 'virement bancaire', 'wire transfer', 'bank transfer', 'prelevement',
    'prelevements', 'direct debit', 'sepa', 'paypal', 'cheque', 'cash', 'especes', 'by check', 'by cheque',
    'with a check', 'with a cheque', 'par cheque', 'en cheque',
  ],
  '#risk': ['mess up', 'mess with', 'shadow it', 'get around', 'go around', 'passer outre'],
  // "which products…", "d'autres services…": what else self-service sells.
  '#catalog': [
    'quels produits', 'quels services', 'quels logiciels', 'quels autres produits', 'which products',
    'what products', 'which services', 'what services', 'which other products', 'what other products',
    'autres produits', 'autres services', 'autres logiciels', 'other products', 'other services',
    'other software', 'which microsoft products', 'what microsoft products', 'quels produits microsoft',
    'liste des produits', 'list of products', 'more products', 'products other than',
    'services other than', 'produits autres que', 'au dela',
  ],
  // Needing admin rights to buy is eligibility; the admin's rights are what an admin can do.
  '#admin #eligible': [
    'admin rights', 'admin privileges', 'admin permissions', 'droits d admin', 'droits admin',
    'droits administrateur', 'droits d administrateur',
  ],
  '#expense': [
    'note de frais', 'notes de frais', 'expense report', 'expense reports', 'expense claim',
    'expense claims', 'frais de deplacement', 'frais professionnels', 'travel expenses',
  ],
  // "buy their own licences": buying for oneself, not owning data.
  '#buy #selfservice': [
    'buy their own', 'buy my own', 'buy your own', 'buy our own', 'purchase their own', 'purchase my own',
    'purchase your own', 'get their own', 'get my own', 'pay for their own', 'pay for my own',
  ],
  '#overview': ['tl dr', 'tldr', 'en bref', 'in a nutshell', 'big picture'],
  '#process': [
    'marche a suivre', 'comment s y prendre', 'comment proceder', 'how to go about', 'par ou commencer',
    'par ou je commence', 'par ou on commence', 'where do i start', 'where to start',
  ],
  // "qui règle ?" asks who pays; a "règle" alone is a rule (compliance).
  '#who #pay': ['who foots the bill', 'who picks up the tab', 'qui regle', 'qui reglera', 'qui reglent'],
  '#pay': [
    'regler la note', 'regle la note', 'reglera la note', 'payer la note', 'paie la note', 'paye la note',
    'paiera la note', 'regler l addition', 'payer l addition', 'foot the bill', 'foots the bill',
    'pick up the tab', 'picks up the tab',
  ],
  // "les droits de l'admin" are what the admin can do; "des droits d'admin" would be eligibility.
  '#admin #capability': [
    'droits de l admin', 'droits des admins', 'droits de l administrateur', 'droits des administrateurs',
    'pouvoirs de l admin', 'pouvoirs des admins', 'pouvoirs de l administrateur', 'admin s rights',
    'admins rights', 'rights of the admin', 'rights of admins',
  ],
  '#price': [
    'how much', 'combien ca coute', 'combien coute', 'combien ca fait', 'ca coute combien', 'c est combien',
    'c combien', 'combien c est', 'ca fait combien', 'combien ca', 'combien pour', 'combien par mois',
    'combien par utilisateur', 'coute combien', 'ca coute', 'what does it cost',
  ],
  // Someone's manager is not the Microsoft 365 admin, but asking for their go-ahead is approval.
  '#boss': [
    'responsable hierarchique', 'mon responsable', 'ma responsable', 'mon n 1', 'ma hierarchie',
    'line manager', 'my supervisor', 'chef d equipe', 'chef de service', 'team lead', 'team leader',
  ],
  // "qui appeler", "who do I call": whom to turn to. The phrase stands for "contact" only, so that it
  // does not make every "who…" question look like this one.
  '#contact': [
    'qui appeler', 'qui contacter', 'qui je dois appeler', 'qui dois je appeler', 'qui je dois contacter',
    'qui dois je contacter', 'qui je contacte', 'qui j appelle', 'a qui m adresser', 'a qui s adresser',
    'vers qui me tourner', 'vers qui se tourner', 'who to call', 'who to contact', 'who do i call',
    'who do i contact', 'who should i call', 'who should i contact', 'who can i call', 'who can i contact',
  ],
  // "ça ne marche pas", "Power BI is down": a problem with the product, for support.
  '#support': [
    'prendre en charge', 'prend en charge', 'prennent en charge', 'prise en charge', 'pris en charge',
    'help desk ticket', 'ticket', 'ne marche pas', 'marche pas', 'marche plus', 'ne fonctionne pas',
    'fonctionne pas', 'fonctionne plus',
    'ne fonctionne plus', 'not working', 'doesn t work', 'does not work', 'stopped working',
    'isn t working', 'is not working', 'en panne', 'is down', 'goes down', 'went down',
  ],
  // "X breaks" is a support case, "it breaks our compliance" a risk.
  '#risk #support': ['break', 'breaks', 'broke'],

  '#itdept': [
    'service informatique', 'services informatiques', 'departement informatique', 'equipe informatique',
    'equipe it', 'it department', 'it departments', 'it team', 'it dept', 'it admin', 'dsi', 'helpdesk',
    'help desk', 'service desk', 'informatique', 'informaticien', 'informaticiens',
  ],
  '#leave': [
    'quitte l entreprise', 'quitte la boite', 'part de l entreprise', 'left the company',
    'leaves the company', 'no longer works', 'plus dans l entreprise', 'n est plus la', 'est parti',
    'est partie', 'sont partis', 'a quitte', 'has left', 'walked out', 'laid off', 'let go', 'no longer with',
    'plus chez nous', 'fin de contrat', 'end of contract',
  ],
  // An app someone built is content, like a report: "share a Power App" is using the product.
  '#data': [
    'tableau de bord', 'tableaux de bord', 'a power app', 'une power app', 'mon app', 'mon appli', 'my app',
    'my apps', 'mes apps', 'mes applis',
  ],
  '#org': [
    'same company', 'meme entreprise', 'another company', 'autre entreprise', 'autre boite', 'autre societe',
  ],
  '#agreement': [
    'contrat entreprise', 'contrat central', 'contrat cadre', 'enterprise agreement', 'accord entreprise',
    'volume licensing', 'ea', 'csp contract', 'mca',
  ],
  '#central': [
    'achat central', 'achats centraux', 'central procurement', 'achat centralise', 'achats groupes',
  ],
  '#approve': [
    'sign off', 'signs off', 'signing off', 'signed off', 'feu vert', 'green light', 'without asking',
    'sans demander', 'go ahead', 'aval',
  ],
  '#disable': [
    'turn off', 'switch off', 'shut off', 'shut down', 'opt out', 'turn it off', 'turn this off',
    'turn that off',
    'switch it off', 'switch this off', 'shut it off', 'shut this off', 'turn self service off',
  ],
  '#enable': ['turn on', 'switch on'],
  // "stop users from buying" prevents buying; "stop my subscription" cancels it.
  '#disable #user': [
    'stop users', 'stop people', 'stop employees', 'stop staff', 'stop my users', 'stop our users',
    'stop anyone', 'stop everyone', 'keep users from', 'empecher les utilisateurs', 'empecher les salaries',
    'empecher les gens', 'empecher mes utilisateurs', 'empecher nos utilisateurs',
  ],
  '#when': [
    'a partir de quand', 'des quand', 'how soon', 'how long until', 'since when', 'depuis quand',
    'feuille de route',
  ],
  '#who': [
    'a qui', 'to whom', 'aupres de qui', 'quels utilisateurs', 'quelles personnes', 'quels salaries',
    'quels employes', 'quels comptes', 'which users', 'which people', 'which employees', 'which accounts',
    'what users', 'what kind of users', 'what type of users',
  ],
  '#compare #price': ['moins cher', 'plus cher', 'same price', 'meme prix'],
  '#usa': ['etats unis', 'united states', 'usa', 'u s a', 'amerique'],
  '#available': [
    'france', 'canada', 'quebec', 'belgique', 'belgium', 'suisse', 'switzerland', 'uk', 'royaume uni',
    'united kingdom', 'angleterre', 'england', 'allemagne', 'germany', 'europe', 'espagne', 'spain', 'italie',
    'italy', 'pays bas', 'netherlands', 'luxembourg', 'maroc', 'morocco', 'inde', 'india', 'japon', 'japan',
    'chine', 'china', 'bresil', 'brazil', 'mexique', 'mexico', 'australie', 'australia', 'afrique', 'africa',
    'asie', 'asia', 'emea', 'apac', 'go live', 'goes live', 'en service', 'roll out', 'rollout',
    'come out', 'comes out', 'coming to', 'date de sortie', 'date de lancement', 'launch date',
    'release date',
  ],
  '#where': ['d ou', 'ou est ce', 'ou sont', 'ou trouver', 'ou voir', 'ou gerer', 'ou acceder'],
  '#why': [
    'how come', 'what for', 'pour quelle raison', 'c est pour quoi', 'a quoi bon', 'pk', 'pq', 'pkoi',
    'pourkoi', 'what s the point', 'what is the point', 'a quoi ca sert', 'a quoi sert', 'ca sert a quoi',
    'sert a quoi', 'dans quel but', 'whats the point', 'quel est l interet',
  ],
  // "Microsoft a sorti…", "what they rolled out": the announcement of something now available.
  '#announce #available': [
    'rolled out', 'a sorti', 'ont sorti', 'vient de sortir', 'viennent de sortir', 'just released',
    'just launched',
  ],
  '#eligible': [
    'faut il etre', 'faut etre', 'faut il avoir', 'faut il un', 'faut il des', 'dois je etre', 'doit on etre',
    'faut il une', 'need to be',
    'have to be', 'must be', 'required to be', 'besoin d etre', 'obligatoire d etre',
  ],
  '#everyone': [
    'tout le monde', 'n importe qui', 'n importe quel', 'n importe quelle', 'tous les salaries',
    'tous les employes', 'tous les utilisateurs', 'everyone', 'everybody', 'anyone', 'anybody', 'any user',
    'any employee', 'all users', 'all employees',
  ],
  '#capability': [
    'what can i do', 'what can admins do', 'what can an admin do', 'what can the admin do', 'can do',
    'able to do', 'peut faire', 'peux faire', 'peuvent faire', 'pouvez faire', 'puis je faire',
  ],
  '#more': ['plus de', 'd autres licences', 'extra seats'],
  '#partner': ['cloud solution provider', 'societe de services'],
  [OFF_TOPIC_CONCEPT]: [
    'dax', 'mesure', 'mesures', 'measure', 'measures', 'colonne', 'colonnes', 'column', 'columns', 'visuel',
    'visuels', 'visual', 'visuals', 'formule', 'formules', 'formula', 'formulas', 'sql', 'database',
    'databases', 'base de donnees', 'bases de donnees', 'connecteur', 'connecteurs', 'connector',
    'connectors', 'gateway', 'passerelle', 'canvas', 'model driven', 'refresh', 'actualiser', 'actualisation',
    'install', 'installer', 'installation', 'meteo', 'weather',
    'blague', 'joke', 'jokes', 'capitale', 'recette', 'recipe', 'football', 'world cup', 'coupe du monde',
    'mon tel', 'sur mon tel', 'mobile', 'portable', 'android', 'ios', 'tablette', 'tablet', 'ipad',
    'arrive pas a me connecter', 'arrive plus a me connecter', 'arrive pas a se connecter',
    'peux pas me connecter', 'impossible de me connecter', 'impossible de se connecter', 'can t log in',
    'can t sign in', 'cannot log in', 'cannot sign in', 'unable to log in', 'unable to sign in',
    'locked out', 'equipe teams', 'canal teams', 'groupe teams', 'teams channel', 'teams channels',
    'iphone', 'netflix', 'spotify', 'amazon', 'google', 'salesforce', 'tableau software', 'qlik', 'premium',
    'desktop', 'stockage', 'storage', 'gb', 'go de', 'ram', 'memoire', 'memory', 'cpu', 'ordinateur',
    'computer', 'computers', 'laptop', 'laptops', 'pc', 'pcs', 'ordi', 'ordis', 'ordinateurs',
    'phones', 'telephones', 'printers', 'imprimantes', 'clavier', 'souris', 'headset', 'telephone', 'phone',
    'smartphone', 'imprimante', 'printer', 'wifi', 'vpn',
    'reseau', 'network', 'mfa', 'reset', 'reinitialiser', 'reinitialisation', 'demarre', 'demarrer', 'boot',
    'excel formula', 'macro', 'macros', 'python', 'javascript', 'api', 'json', 'mot de passe',
    'mots de passe', 'password', 'passwords', 'mdp', 'quota', 'quotas', 'limite de taille', 'size limit',
    'taille maximale', 'taille max', 'max size', 'maximum size', 'file size',
    // Facilities, food, careers, mail settings: workplace questions another desk answers.
    'carte vitale', 'securite sociale', 'lunch', 'dejeuner', 'repas', 'restaurant', 'cafe', 'coffee',
    'cafeteria', 'horaires', 'opening hours', 'office hours', 'heures d ouverture', 'ascenseur', 'elevator',
    'changer de poste', 'mobilite interne', 'recrutement', 'recruitment', 'hiring', 'carriere', 'career',
    'job', 'emploi', 'teletravail', 'work from home', 'out of office', 'message d absence',
    // Charts, performance and company trivia: product how-to or small talk.
    'graphique', 'graphiques', 'chart', 'charts', 'courbe', 'courbes', 'camembert', 'histogramme', 'slow',
    'lent', 'lente', 'lenteur', 'lenteurs', 'ralentit', 'holiday', 'holidays', 'jours feries', 'ceo', 'pdg',
    'directeur general', 'organigramme', 'org chart', 'tableau', 'looker', 'power query',
    // HR and payroll, facilities, meetings and devices: other desks answer those.
    'fiche de paie', 'fiches de paie', 'bulletin de paie', 'bulletin de salaire', 'payslip', 'payslips',
    'pay slip', 'paycheck', 'salaire', 'salary', 'conges', 'conge', 'vacances', 'vacation', 'pto',
    'sick leave', 'arret maladie', 'mutuelle', 'ressources humaines', 'human resources', 'rh', 'hr',
    'cantine', 'parking', 'badge', 'reunion', 'reunions', 'meeting', 'meetings', 'visioconference',
    'camera', 'webcam', 'micro', 'microphone', 'casque', 'headset', 'clavier',
    'keyboard', 'souris', 'mouse', 'signature', 'traduire', 'translate', 'traduction', 'translation',
    // Screens, travel and the calendar: other purchases and other desks ("buy a new monitor").
    'new monitor', 'second monitor', 'external monitor',
    'un moniteur', 'billet de train', 'billets de train', 'billet d avion', 'train ticket', 'plane ticket',
    'flight', 'flights', 'hotel', 'hotels', 'travel', 'deplacement', 'deplacements', 'fiscal year',
    'annee fiscale', 'exercice fiscal', 'phone bill', 'forfait mobile',
  ],
  // "qui est le DSI ?", "who's the CEO?": asking who someone is (see OFF_TOPIC_UNLESS).
  '#whois': [
    'qui est le', 'qui est la', 'qui est l', 'c est qui le', 'c est qui la', 'c est qui l', 'who is the',
    'who s the', 'who is our', 'qui est notre',
  ],
  // "un nouvel arrivant", "a new hire": a person, not news about self-service.
  '#user': [
    'nouvel arrivant', 'nouveaux arrivants', 'nouvelle arrivante', 'nouvelle recrue', 'nouvelles recrues',
    'new hire', 'new hires', 'new joiner', 'new joiners', 'new starter', 'new starters', 'new employee',
    'new employees',
  ],
  '#announce': ['what s new', 'quoi de neuf', 'what is new'],
  '#microsoft': ['microsoft', 'msft', 'ms'],
  '#guest': [
    'b2b', 'compte externe', 'comptes externes', 'external user', 'external users', 'external account',
  ],
  '#training': [
    'how to use', 'se former', 'e learning', 'guided learning', 'how to learn', 'se servir', 'learn to use',
    'apprendre a utiliser',
  ],
  '#change': ['mettre a jour', 'mise a jour', 'update'],
  '#history': ['order history', 'historique des commandes', 'historique de commandes'],
};

/**
 * Single words with the same meaning in this domain, across both languages. Each word is also
 * matched after stemming (French and English), so listing one inflection usually covers the rest.
 */
// prettier-ignore
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  '#buy': [
    'vendre', 'vend', 'sell', 'sells', 'selling', 'sold', 'abonner', 'acheter', 'achat', 'achats', 'achete',
    'achetee', 'achetees', 'achetes', 'acheterai',
    'achetons', 'commander', 'souscrire', 'souscription', 'buy', 'buys', 'buying', 'bought', 'purchase',
    'purchased', 'purchases', 'purchasing', 'procure', 'acquire', 'subscribe', 'order', 'orders', 'ordering',
    'prendre', 'pris', 'prise', 'prends', 'prend', 'prenons', 'prennent', 'grab', 'obtenir', 'checkout',
  ],
  '#purchaser': [
    'acheteur', 'acheteurs', 'acheteuse', 'purchaser', 'purchasers', 'buyer', 'buyers', 'souscripteur',
  ],
  '#licence': [
    'licence', 'licences', 'license', 'licenses', 'licencing', 'licensing', 'abonnement', 'abonnements',
    'abonement', 'abo', 'abos', 'subscription', 'subscriptions', 'sub', 'subs', 'siege', 'sieges', 'seat',
    'seats', 'place', 'places', 'forfait', 'plan', 'plans',
  ],
  '#invoice': [
    'facture', 'factures', 'facturer', 'facturation', 'facture', 'invoice', 'invoices', 'invoiced',
    'invoicing', 'bill', 'bills', 'billed', 'billing', 'facturee', 'factures',
  ],
  '#guest': [
    'invite', 'invites', 'invitee', 'invitees', 'guest', 'guests', 'externe', 'externes', 'external',
    'contractor', 'contractors', 'freelance', 'freelancer', 'freelances',
  ],
  '#admin': [
    'admin', 'admins', 'administrateur', 'administrateurs', 'administratrice', 'administrator',
    'administrators', 'sysadmin', 'administration',
  ],
  '#itdept': ['it', 'dsi', 'informatique'],
  '#user': [
    'utilisateur', 'utilisateurs', 'utilisatrice', 'user', 'users', 'employe', 'employes', 'employee',
    'employees', 'salarie', 'salaries', 'collaborateur', 'collaborateurs', 'collegue', 'collegues',
    'colleague', 'colleagues', 'staff', 'people', 'personne', 'personnes', 'person', 'gens', 'agent',
    'agents', 'coworker', 'coworkers', 'teammate', 'ppl', 'teammates', 'membre', 'membres', 'member',
    'members',
    'quelqu', 'stagiaire', 'stagiaires', 'intern', 'interns', 'apprenti', 'apprentis', 'alternant',
    'alternants', 'interimaire', 'interimaires', 'gars', 'mec', 'mecs', 'nana', 'nanas',
  ],
  '#org': [
    'organisation', 'organisations', 'organization', 'organizations', 'org', 'entreprise', 'entreprises',
    'company', 'companies', 'societe', 'boite', 'boites', 'firm', 'employeur', 'employer', 'tenant',
    'tenants', 'locataire', 'locataires', 'domaine', 'domain', 'workplace', 'corporate',
  ],
  '#pay': [
    'payer', 'paye', 'paie', 'paient', 'payes', 'paiement', 'paiements', 'pay', 'pays', 'paying', 'paid',
    'payment', 'payments', 'regler', 'reglement', 'rembourse', 'charge', 'charged', 'charges', 'debite',
    'raquer', 'raque', 'raquent', 'douiller', 'banquer', 'casquer',
  ],
  '#price': [
    'prix', 'tarif', 'tarifs', 'tarifaire', 'tarification', 'cout', 'couts', 'coute', 'coutent', 'cost',
    'costs', 'price', 'prices', 'pricing', 'priced', 'cher', 'expensive', 'cheap', 'cheaper', 'remise',
    'discount', 'discounts', 'euros', 'dollars', 'fee', 'fees',
  ],
  '#cancel': [
    'annuler', 'annulation', 'annule', 'resilier', 'resiliation', 'resilie', 'cancel', 'cancels', 'cancelled',
    'canceled', 'cancellation', 'terminate', 'unsubscribe', 'desabonner', 'desinscrire', 'arreter', 'stop',
    'stopper',
  ],
  '#leave': [
    'quitter', 'quitte', 'quittent', 'depart', 'parti', 'partie', 'partir', 'leave', 'leaves', 'leaving',
    'left', 'quit', 'quits', 'quitting', 'demission', 'demissionne', 'resign', 'resigned', 'resigns', 'fired',
    'licencie', 'offboarding', 'offboard', 'departure', 'retraite', 'retire', 'retired', 'retiring',
    'retirement', 'licenciement',
  ],
  '#keep': [
    'garder', 'garde', 'gardent', 'keep', 'keeps', 'kept', 'continuer', 'continue', 'continu', 'continues',
    'remain', 'remains', 'rester', 'reste', 'restent', 'stay', 'stays', 'perdre', 'perdent', 'perd', 'lose',
    'loses', 'losing', 'lost', 'survive', 'actif', 'toujours',
  ],
  '#data': [
    'donnee', 'donnees', 'data', 'rapport', 'rapports', 'report', 'reports', 'dashboard', 'dashboards',
    'fichier', 'fichiers', 'file', 'files', 'contenu', 'contenus', 'content', 'dataset', 'datasets',
  ],
  '#own': [
    'proprietaire', 'proprietaires', 'propriete', 'appartient', 'appartiennent', 'appartenir', 'own', 'owns',
    'owned', 'owner', 'owners', 'ownership', 'belong', 'belongs', 'detient', 'detenu', 'detenues', 'mine',
    'posseder', 'possede', 'possedent', 'possession', 'possess', 'possesses', 'proprio', 'proprios',
  ],
  '#support': [
    'support', 'supporter', 'supports', 'assistance', 'depannage', 'depanner', 'troubleshoot',
    'troubleshooting', 'souci', 'soucis', 'probleme', 'problemes', 'problem', 'problems', 'issue', 'issues',
    'bug', 'bugs', 'panne', 'incident', 'incidents', 'aide', 'helps', 'broken', 'crash', 'crashes',
    'crashed', 'crashing', 'plante', 'plantage', 'bugue', 'buggy', 'dysfonctionnement', 'outage',
  ],
  '#training': [
    'formation', 'formations', 'former', 'training', 'trainings', 'train', 'tutoriel', 'tutoriels', 'tuto',
    'tutos', 'tutorial', 'tutorials', 'apprendre', 'apprentissage', 'learn', 'learning', 'cours', 'course',
    'courses', 'documentation', 'doc', 'docs', 'webinar', 'webinaire', 'exemples', 'samples', 'communaute',
    'communautes', 'community', 'communities', 'forum', 'forums', 'onboarding', 'guide', 'guides',
    'ressource',
    'ressources', 'resource', 'resources', 'certification', 'certifications', 'mooc',
  ],
  '#partner': [
    'partenaire', 'partenaires', 'partner', 'partners', 'csp', 'revendeur', 'revendeurs', 'reseller',
    'resellers', 'integrateur', 'integrateurs', 'prestataire', 'prestataires', 'msp', 'distributeur',
    'consultant', 'esn', 'ssii', 'lsp', 'var',
  ],
  '#assign': [
    'attribuer', 'attribution', 'attribue', 'attribuee', 'assigner', 'assigne', 'affecter', 'affectation',
    'affecte', 'donner', 'donne', 'filer', 'distribuer', 'allouer', 'assign', 'assigns', 'assigned',
    'assigning', 'assignment', 'allocate', 'give', 'giving', 'gave', 'hand', 'partager', 'partage', 'share',
    'shares', 'sharing',
  ],
  '#manage': [
    'gerer', 'gere', 'gestion', 'manage', 'manages', 'managing', 'management', 'administrer', 'piloter',
    'suivre', 'suivi', 'track', 'tracking', 'handle', 'handled', 'handling', 'traiter', 'traite',
  ],
  '#see': [
    'voir', 'vois', 'voit', 'voient', 'visualiser', 'afficher', 'affiche', 'consulter', 'consulte', 'trouver',
    'trouve', 'retrouver', 'view', 'views', 'see', 'sees', 'seeing', 'visibility', 'visibilite', 'visible',
    'find', 'list', 'liste', 'lister', 'menu', 'onglet', 'page', 'check', 'checks', 'verifier', 'verify',
    'monitor', 'monitoring', 'surveiller',
  ],
  '#when': [
    'quand', 'when', 'date', 'dates', 'lorsque', 'jour', 'calendrier', 'timeline', 'planning', 'roadmap',
    'eta',
  ],
  '#where': ['where', 'endroit'],
  '#why': [
    'pourquoi', 'why', 'raison', 'raisons', 'reason', 'reasons', 'objectif', 'objectifs', 'but', 'purpose',
    'intention', 'intent', 'motivation', 'idee', 'idea', 'rationale', 'goal', 'logique', 'interet',
    'avantage', 'avantages', 'benefit', 'benefits', 'benefice', 'benefices',
  ],
  '#who': ['who', 'whom', 'qui'],
  '#available': [
    'disponible', 'disponibles', 'disponibilite', 'dispo', 'available', 'availability', 'lancement', 'lance',
    'lancer', 'launch', 'launched', 'launching', 'sortie', 'release', 'released', 'arrive', 'ouvert',
    'live', 'marches', 'market', 'markets', 'country', 'countries', 'region', 'regions',
  ],
  '#announce': [
    'introduire', 'introduit', 'introduite', 'introduites', 'introduce', 'introduced', 'annonce', 'annonces',
    'annoncer', 'annoncee', 'announce', 'announced', 'announcement', 'announcements',
    'nouveaute', 'nouveautes', 'news', 'nouveau', 'nouvelle', 'new',
  ],
  '#change': [
    'changement', 'changements', 'change', 'changes', 'changing', 'changer', 'modifier', 'modification',
    'evolution',
  ],
  '#approve': [
    'approbation', 'approuver', 'approuve', 'approval', 'approve', 'approved', 'approver', 'validation',
    'valider', 'valide', 'accord', 'consentement', 'consent', 'autorisation', 'permission', 'authorize',
    'authorise', 'authorization', 'authorisation', 'authorized',
  ],
  '#disable': [
    'desactiver', 'desactive', 'disable', 'disabled', 'couper', 'bloquer', 'bloque', 'block', 'blocked',
    'prevent', 'empecher', 'interdire', 'interdit', 'forbid', 'restrict', 'restreindre', 'limiter', 'limit',
  ],
  '#enable': [
    'activer', 'active', 'enable', 'enabled', 'allow', 'allows', 'allowed', 'autoriser', 'autorise',
    'letting',
    'laisser', 'laisse', 'laissent', 'permettre', 'permet', 'permettent',
  ],
  '#compare': [
    'vs', 'versus', 'compare', 'compared', 'comparison', 'comparer', 'comparaison', 'difference',
    'differences',
  ],
  '#eligible': [
    'eligible', 'eligibles', 'eligibilite', 'eligibility', 'droit', 'droits', 'entitled', 'qualify',
    'qualifies', 'condition', 'conditions', 'prerequis', 'requirement', 'requirements', 'criteres',
    'criteria', 'permis',
  ],
  '#sync': [
    'synchronise', 'synchronises', 'synchronisee', 'synchronisees', 'synchronisation', 'synchro', 'sync',
    'synced', 'syncing', 'synchronized', 'synchronised', 'synchronization', 'federe', 'federated', 'adfs',
  ],
  '#account': ['compte', 'comptes', 'account', 'accounts', 'identifiant', 'identifiants', 'credentials'],
  '#compliance': [
    'conformite', 'conforme', 'compliance', 'compliant', 'gouvernance', 'governance', 'rgpd', 'gdpr',
    'reglementation', 'regulation', 'regulations', 'securite', 'security', 'politique', 'politiques',
    'policy', 'policies', 'strategie', 'strategies', 'regle', 'regles', 'rule', 'rules', 'audit', 'comply',
    'complies', 'complying', 'compatible', 'compatibles', 'compatibilite', 'compatibility',
  ],
  '#central': [
    'central', 'centrale', 'centraux', 'centralement', 'centrally', 'procurement', 'approvisionnement',
  ],
  '#centralize': [
    'centraliser', 'centralisation', 'centralize', 'centralise', 'centralized', 'centralization',
    'consolider', 'consolidate', 'consolidation', 'regrouper', 'rapatrier', 'migrer', 'migrate', 'migration',
    'basculer', 'transfer', 'transferer', 'reprendre', 'takeover', 'move', 'moving', 'convert', 'convertir',
    'merge', 'fusionner', 'unify', 'unifier', 'regroupement', 'remplacer', 'remplace', 'replace', 'replaced',
    'replacing',
  ],
  '#expense': ['expense', 'expensed', 'expensing'],
  '#agreement': ['contrat', 'contrats', 'agreement', 'agreements', 'contract', 'contracts'],
  '#website': [
    'site', 'sites', 'website', 'websites', 'web', 'online', 'ligne', 'internet', 'portail', 'portal',
  ],
  '#signin': ['connexion', 'connecter', 'login', 'logon', 'signin', 'email', 'mail', 'courriel', 'adresse'],
  '#process': [
    'etape', 'etapes', 'procedure', 'process', 'processus', 'steps', 'step', 'demarche', 'demarches',
    'derouler', 'deroule', 'deroulement',
    'fonctionne', 'fonctionnement', 'workflow',
  ],
  '#more': [
    'supplementaire', 'supplementaires', 'additional', 'additionnel', 'additionnelles', 'extra', 'ajouter',
    'rajouter', 'add', 'adding', 'more', 'autres',
  ],
  '#expiry': [
    'expiration', 'expire', 'expiry', 'expires', 'echeance', 'renouvellement', 'renouveler', 'renewal',
    'renew', 'renews', 'fin', 'duree', 'duration', 'term',
  ],
  '#history': ['historique', 'history'],
  '#other': [
    'autre', 'another', 'different', 'differente', 'outside', 'hors', 'dehors', 'abroad', 'etranger',
  ],
  '#apply': [
    'appliquer', 'applique', 'appliquent', 'appliquee', 'appliquees', 'application', 'apply', 'applies',
    'applied', 'enforce', 'enforced', 'enforcement', 'respecter', 'respecte', 'respect', 'respected',
    'valable', 'valables', 'garantir', 'garantit', 'garanti', 'guarantee', 'guarantees', 'ensure', 'ensures',
    'ensuring', 'preserver',
    'preserve', 'proteger', 'protege', 'protect', 'protects', 'safeguard',
  ],
  '#same': ['meme', 'same'],
  '#role': [
    'role', 'roles', 'responsabilite', 'responsable', 'responsible', 'responsibility', 'liable', 'liability',
    'personally', 'personnellement',
    'redevable',
  ],
  '#capability': [
    'fonctionnalite', 'fonctionnalites', 'capacite', 'capacites', 'capability', 'capabilities', 'pouvoirs',
    'feature', 'features', 'possibilites',
  ],
  // Making things with the products: on topic only for who owns them.
  '#make': [
    'create', 'creates', 'created', 'creating', 'creer', 'cree', 'creee', 'creees', 'build', 'builds',
    'building',
    'built', 'construire', 'publish', 'publier', 'schedule', 'planifier', 'programmer', 'configure',
    'configurer',
    'design', 'concevoir', 'develop', 'developper', 'embed', 'integrer', 'import', 'importer', 'write',
    'ecrire',
    'send', 'envoyer', 'automatiser', 'code', 'coder', 'script',
  ],
  '#access': ['acces', 'access', 'acceder', 'accede', 'accessing'],
  '#risk': [
    'risque', 'risques', 'risk', 'risks', 'risky', 'contourner', 'contourne', 'bypass', 'bypasses', 'casser',
    'break', 'breaks', 'impact', 'impacts', 'affect', 'affects', 'danger', 'dangereux', 'menace', 'threat',
    'threats', 'compromettre', 'compromise', 'undermine', 'fuite', 'leak',
  ],
  '#delegated': ['delegue', 'deleguee', 'delegues', 'delegated', 'delegation', 'gdap', 'dap'],
  '#government': [
    'gouvernement', 'gouvernemental', 'government', 'gov', 'public', 'publique', 'association',
    'associations', 'nonprofit', 'ong', 'ngo', 'education', 'ecole', 'ecoles', 'universite', 'school',
    'schools', 'university',
  ],
  // "étendu à Office 365", "beyond Power Platform": what else self-service sells.
  '#catalog': [
    'etendre', 'etendu', 'etendue', 'etendra', 'etendront', 'elargir', 'elargi', 'elargie', 'extend',
    'extended', 'extends', 'extension', 'expand', 'expanded', 'expansion', 'beyond',
  ],
  // Last, so that their stems never take over earlier groups' ("manager" and "managed" share "manag").
  '#contact': [
    'contact', 'contacts', 'contacter', 'contacte', 'contactez', 'appeler', 'appelle', 'call', 'calls',
    'joindre', 'escalate', 'escalader',
  ],
  '#overview': [
    'overview', 'summary', 'summarize', 'resume', 'resumer', 'presentation', 'presenter', 'introduction',
    'explain', 'explains', 'expliquer', 'explique', 'explication', 'explanation', 'consiste', 'consist',
    'consists',
  ],
  '#boss': [
    'manager', 'managers', 'boss', 'bosses', 'chef', 'cheffe', 'chefs', 'superieur', 'superieure',
    'superieurs', 'hierarchie', 'hierarchique', 'supervisor', 'supervisors', 'patron', 'patronne',
  ],
};
