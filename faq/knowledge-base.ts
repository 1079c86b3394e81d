import type { FaqEntry } from './types';

/**
 * The FAQ, one entry per question of the seed `self-service-purchase-faq.fr.md`, keyed by its
 * anchors. Facts come from the seed; wording, phrasings and keywords are the project's own.
 * Where the bot behaves differently from Microsoft's 2019 web flow (purchase, assignment, bills
 * and cancellation in chat; per-product policy), the answer says so.
 */
export const FAQ_ENTRIES: readonly FaqEntry[] = [
  {
    id: 'what-changes-did-microsoft-announce-around-self-service-purchases-for-the-power-platform-products',
    section: 'general',
    fr: {
      question: "Qu'a annoncé Microsoft au sujet de l'achat en libre-service des produits Power Platform ?",
      answer:
        "Depuis le 19 novembre 2019, la plupart des clients du cloud commercial aux États-Unis peuvent acheter eux-mêmes Power BI, PowerApps et Flow, s'y abonner et gérer leurs licences, sans passer par le service informatique. " +
        "Le but : permettre aux utilisateurs d'essayer ces outils et de bâtir des solutions utiles à toute l'organisation. " +
        "Les organisations publiques, associatives et d'enseignement n'y ont pas accès pour l'instant. " +
        "Les équipes achats et informatique gardent une vue sur tous ces achats dans le Centre d'administration Microsoft 365.\n\n" +
        'Ici, le bot vous permet aussi d’acheter, d’attribuer et de gérer ces licences sans quitter la conversation.',
      phrasings: [
        'Quelle est la nouveauté annoncée pour le libre-service Power Platform ?',
        'en gros, le libre-service Power BI / PowerApps / Flow, ça consiste en quoi ?',
        "c'est quoi l'achat en libre-service",
        "résumé de l'annonce de Microsoft sur le libre-service",
        "qu'est-ce qui a changé pour l'achat des licences Power Platform ?",
        "les salariés peuvent désormais s'abonner eux-mêmes à Power BI, c'est nouveau ?",
        'présentation rapide du libre-service',
      ],
      keywords: [
        'annonce',
        'nouveauté',
        'changement',
        'présentation',
        'résumé',
        "vue d'ensemble",
        'novembre 2019',
        'achat en libre-service',
        'Power Platform',
        'Power BI, PowerApps et Flow',
      ],
    },
    en: {
      question: 'What is new about buying Power BI, PowerApps and Flow through self-service?',
      answer:
        'Since November 19, 2019, most US customers of the commercial cloud can buy Power BI, PowerApps and Flow on their own, subscribe, and manage the licences, without going through IT. ' +
        'The point is to let people try these tools and build solutions that help the whole organisation. ' +
        'Government, nonprofit and education organisations are not included for now. ' +
        'Procurement and IT still see every such purchase in the Microsoft 365 admin center.\n\n' +
        'Here, the bot also lets you buy, assign and manage these licences without leaving the chat.',
      phrasings: [
        "what's new about self-service purchasing for Power Platform?",
        'what is self-service purchase',
        'summary of the Microsoft self-service announcement',
        'overview: buying Power Platform products yourself',
        'so employees can now subscribe to Power BI themselves? since when is that a thing',
        'explain the self-service purchase change',
        'what did they change about buying Power Platform licenses',
      ],
      keywords: [
        'announcement',
        "what's new",
        'change',
        'overview',
        'summary',
        'introduction',
        'November 2019',
        'self-service purchase',
        'Power Platform',
        'Power BI, PowerApps and Flow',
      ],
    },
    related: [
      'when-will-self-service-purchase-for-the-power-platform-products-be-available',
      'why-is-microsoft-adding-a-self-service-purchase-option-for-the-power-platform-products',
      'who-can-buy-through-self-service-purchase',
    ],
  },
  {
    id: 'why-is-microsoft-adding-a-self-service-purchase-option-for-the-power-platform-products',
    section: 'general',
    fr: {
      question: "Pour quelles raisons Microsoft a-t-il ouvert l'achat en libre-service de Power Platform ?",
      answer:
        "Avec la transformation numérique, les rôles bougent : les salariés sont plus autonomes et plus à l'aise avec la technologie, et utilisateurs comme organisations ont demandé à pouvoir acheter des abonnements sans intermédiaire. " +
        "L'objectif est que chacun puisse construire ses propres solutions, gagner en productivité et apporter de la valeur à l'activité, dans le respect des règles de gouvernance et de conformité des données.",
      phrasings: [
        "Quel est l'intérêt de l'achat en libre-service ?",
        'à quoi ça sert de laisser les gens payer leurs licences eux-mêmes',
        "quel est l'objectif du libre-service Power Platform",
        'pourquoi Microsoft veut que les salariés achètent sans la DSI',
        "quel avantage pour l'entreprise si chacun s'abonne de son côté",
        'motivation derrière le libre-service',
        'pourquoi avoir créé ce mode d’achat',
        'pourquoi le libre-service ?',
      ],
      keywords: [
        'pourquoi',
        'raison',
        'objectif',
        'intérêt',
        'avantage',
        'transformation numérique',
        'productivité',
        'autonomie',
      ],
    },
    en: {
      question: 'Why did Microsoft let users buy Power Platform products themselves?',
      answer:
        'Digital transformation is changing roles: employees are more independent and more at ease with technology, and both users and organisations asked for a way to buy subscriptions without a middleman. ' +
        "The aim is to let people build their own solutions, get more done and create business value, while the organisation's data governance and compliance are respected.",
      phrasings: [
        'is there a benefit in users paying for licences themselves',
        'goal of self-service purchasing',
        'why would Microsoft let employees buy without IT',
        'what problem does self-service purchase solve',
        'benefits of self-service buying for the business',
        'motivation for the self-service option',
        'why was the self-service option created',
        'why self-service at all?',
      ],
      keywords: [
        'why',
        'reason',
        'rationale',
        'idea behind it',
        'purpose',
        'goal',
        'benefit',
        'digital transformation',
        'productivity',
        'empower users',
      ],
    },
    related: [
      'what-changes-did-microsoft-announce-around-self-service-purchases-for-the-power-platform-products',
      'why-are-self-service-purchases-not-subject-to-admin-approval',
      'how-is-microsoft-respecting-data-governance-and-compliance-by-enabling-self-service-purchase',
    ],
  },
  {
    id: 'when-will-self-service-purchase-for-the-power-platform-products-be-available',
    section: 'general',
    fr: {
      question: 'À quelle date peut-on acheter Power BI, PowerApps et Flow en libre-service ?',
      answer:
        "Power BI s'achète en libre-service aux États-Unis depuis le 19 novembre 2019 ; PowerApps et Flow ont suivi le 4 décembre 2019. " +
        'Les autres pays arrivent progressivement dans les mois suivants. ' +
        "Les organisations publiques, associatives et d'enseignement restent exclues pour le moment.\n\n" +
        "Si le produit n'est pas encore ouvert dans votre pays, le bot vous le dit au moment de l'achat.",
      phrasings: [
        'Power BI est achetable en libre-service depuis quand ?',
        "c'est dispo en France, l'achat en libre-service ?",
        "quand est-ce que Flow sera ouvert à l'achat libre-service",
        'le libre-service est-il disponible dans mon pays',
        'calendrier de lancement du libre-service Power Platform',
        "c'est déjà ouvert ou pas encore ?",
        'date de sortie pour PowerApps en libre-service',
      ],
      keywords: [
        'date',
        'disponibilité',
        'lancement',
        'pays',
        'marchés',
        'États-Unis',
        '19 novembre',
        '4 décembre',
        'calendrier',
      ],
    },
    en: {
      question: 'When can people start buying Power BI, PowerApps and Flow through self-service?',
      answer:
        'Power BI opened on November 19, 2019, for customers in the United States; PowerApps and Flow followed on December 4, 2019. ' +
        'Other countries are being added over the following months. ' +
        'Government, nonprofit and education organisations are excluded for now.\n\n' +
        'If a product is not open in your country yet, the bot tells you when you try to buy it.',
      phrasings: [
        'when can I buy Power BI through self-service?',
        'is self-service purchase available in my country yet',
        'release date for PowerApps self-service',
        'when will Flow open for self-service buying',
        'which markets have self-service purchase',
        'is it live in Europe',
        'rollout schedule for self-service',
      ],
      keywords: [
        'date',
        'availability',
        'launch',
        'rollout',
        'countries',
        'markets',
        'United States',
        'November 19',
        'December 4',
      ],
    },
    related: [
      'what-changes-did-microsoft-announce-around-self-service-purchases-for-the-power-platform-products',
      'who-can-buy-through-self-service-purchase',
      'will-self-service-purchase-be-enabled-for-services-beyond-the-power-platform-products',
    ],
  },
  {
    id: 'will-self-service-purchase-be-enabled-for-services-beyond-the-power-platform-products',
    section: 'general',
    fr: {
      question:
        "L'achat en libre-service s'étendra-t-il à d'autres services que les produits Power Platform ?",
      answer:
        "Pas pour l'instant : seuls Power BI, PowerApps et Flow, la famille Power Platform, s'achètent en libre-service. " +
        "Pour tout autre produit (Microsoft 365, Dynamics 365, Project, Visio…), adressez-vous à votre administrateur informatique, qui l'achète de façon centralisée. " +
        'Le bot ne vend que ces trois produits.',
      phrasings: [
        "D'autres produits Microsoft sont-ils proposés en libre-service ?",
        'le libre-service, c’est seulement pour Power Platform ?',
        'je peux prendre une licence Dynamics 365 en libre-service ?',
        'quels produits sont concernés par le libre-service',
        'liste des produits que je peux acheter moi-même',
        'Microsoft 365 E3 en libre-service, possible ?',
        "d'autres services seront-ils ajoutés au libre-service plus tard ?",
      ],
      keywords: [
        'autres produits',
        'autres services',
        'produits concernés',
        'Office',
        'SharePoint',
        'Azure',
        'Copilot',
        'uniquement Power Platform',
      ],
    },
    en: {
      question: 'Can products other than Power BI, PowerApps and Flow be bought through self-service?',
      answer:
        'Not at this time: only Power BI, PowerApps and Flow, the Power Platform family, can be bought through self-service. ' +
        'For any other product (Microsoft 365, Dynamics 365, Project, Visio…), ask your IT admin, who buys it centrally. ' +
        'The bot only sells these three products.',
      phrasings: [
        'can other Microsoft products be bought through self-service?',
        'is self-service only for Power Platform',
        'which products support self-service purchase',
        'can I buy Microsoft 365 licenses on my own',
        'self-service for Dynamics 365?',
        'will other services join self-service later',
        'Azure or SharePoint via self-service?',
      ],
      keywords: [
        'other products',
        'other services',
        'supported products',
        'Office',
        'Visio',
        'Exchange',
        'only Power Platform',
      ],
    },
    related: [
      'what-changes-did-microsoft-announce-around-self-service-purchases-for-the-power-platform-products',
      'how-does-a-customer-make-a-self-service-purchase',
      'what-is-the-pricing-for-self-service-purchases',
    ],
  },
  {
    id: 'how-does-a-customer-make-a-self-service-purchase',
    section: 'making-a-self-service-purchase',
    fr: {
      question: 'Comment fait-on un achat en libre-service ?',
      answer:
        'Sur le site web de Power BI, PowerApps ou Flow : saisissez votre adresse e-mail professionnelle (elle sert à vérifier que vous êtes dans un annuaire Azure AD existant), connectez-vous avec votre compte de travail, choisissez le nombre de licences et payez par carte de crédit. ' +
        "Dès la fin de l'achat, vous pouvez utiliser le produit, et une version réduite du Centre d'administration Microsoft 365 vous permet d'en faire profiter des collègues.\n\n" +
        'Plus simple encore : dites « acheter Power BI » au bot, choisissez le nombre de licences, puis payez sur la page de paiement sécurisée qu’il vous ouvre.',
      phrasings: [
        "Quelle est la marche à suivre pour s'acheter une licence en libre-service ?",
        'je fais comment pour m’abonner à Power BI',
        'procédure d’achat en libre-service',
        'comment souscrire un abonnement Flow moi-même',
        'où acheter Power BI Pro',
        'comment se passe la commande sur le site de PowerApps',
        'démarche pour prendre un abonnement Power Platform',
        'le bot peut-il faire l’achat pour moi ?',
      ],
      keywords: [
        'procédure',
        'étapes',
        'site web',
        'en ligne',
        'adresse e-mail',
        'connexion',
        'nombre de licences',
        'commander',
      ],
    },
    en: {
      question: 'How do I buy a licence through self-service?',
      answer:
        'On the Power BI, PowerApps or Flow website: enter your work email address (it is used to check you belong to an existing Azure AD directory), sign in with your work account, choose how many licences you want and pay by credit card. ' +
        'As soon as the purchase is complete you can use the product, and a restricted version of the Microsoft 365 admin center lets you give access to colleagues.\n\n' +
        'Even simpler: tell the bot "buy Power BI", choose the number of licences, then pay on the secure payment page it opens for you.',
      phrasings: [
        'how do I buy Power BI through self-service?',
        'steps to purchase a license myself',
        'walk me through a self-service purchase',
        'how to sign up and pay for PowerApps',
        'where do I go to buy a Power BI Pro license',
        'how does the self-service checkout work',
        'can the bot do the purchase for me?',
      ],
      keywords: [
        'steps',
        'process',
        'website',
        'online',
        'sign in',
        'email address',
        'checkout',
        'number of licenses',
        'how to buy',
      ],
    },
    related: [
      'what-are-the-payment-options-for-self-service-purchases',
      'who-can-buy-through-self-service-purchase',
      'what-is-the-pricing-for-self-service-purchases',
    ],
  },
  {
    id: 'what-are-the-payment-options-for-self-service-purchases',
    section: 'making-a-self-service-purchase',
    fr: {
      question: 'Avec quels moyens de paiement peut-on régler un achat en libre-service ?',
      answer:
        "Seule la carte de crédit est acceptée. Le paiement sur facture (bon de commande, virement) n'est pas proposé.\n\n" +
        'Dans le bot, la carte se saisit sur une page de paiement sécurisée : ne tapez jamais son numéro dans la conversation.',
      phrasings: [
        'Comment payer un achat en libre-service ?',
        'paiement par virement possible ?',
        'je peux payer avec une facture de fin de mois ?',
        'faut-il obligatoirement une carte de crédit',
        'prélèvement ou bon de commande acceptés ?',
        'on peut payer par PayPal ?',
        'quelles cartes sont acceptées',
        'puis-je régler mon abonnement par prélèvement ou par chèque ?',
      ],
      keywords: [
        'moyens de paiement',
        'mode de paiement',
        'carte de crédit',
        'carte bancaire',
        'facture',
        'virement',
        'bon de commande',
        'prélèvement',
        'moyens de paiement disponibles',
      ],
    },
    en: {
      question: 'How can a self-service purchase be paid for?',
      answer:
        'Credit card is the only accepted payment method. Paying by invoice (purchase order, bank transfer) is not supported.\n\n' +
        'With the bot, the card is entered on a secure payment page: never type its number in the chat.',
      phrasings: [
        'how do I pay when buying through self-service?',
        'is credit card the only payment method',
        'can we be invoiced instead of paying by card',
        'bank transfer accepted?',
        'do I need a credit card to buy',
        'pay with PayPal?',
        'is a debit card ok',
        'can I settle my subscription by bank transfer?',
      ],
      keywords: [
        'payment method',
        'payment options',
        'credit card',
        'invoice',
        'purchase order',
        'wire transfer',
        'debit card',
        'available payment methods',
      ],
    },
    related: [
      'who-is-responsible-for-payment',
      'how-does-a-customer-make-a-self-service-purchase',
      'where-does-the-self-service-purchaser-see-and-manage-their-purchases',
    ],
  },
  {
    id: 'who-can-buy-through-self-service-purchase',
    section: 'making-a-self-service-purchase',
    fr: {
      question: 'Qui peut faire un achat en libre-service ?',
      answer:
        'Toute personne qui a un compte utilisateur non invité, activé, dans un annuaire Azure AD géré (pas un annuaire non géré, créé par simple inscription). ' +
        "Les organisations publiques, associatives et d'enseignement ne sont pas éligibles pour l'instant. " +
        "Si votre organisation ou votre pays n'est pas éligible, un message vous invite à contacter votre administrateur informatique.\n\n" +
        'Le libre-service peut aussi être fermé pour un produit dans votre organisation : le bot vous le dit alors, et vous pouvez demander une licence à la place.',
      phrasings: [
        "Qui est autorisé à s'acheter une licence en libre-service ?",
        'suis-je éligible à l’achat en libre-service',
        'faut-il être administrateur pour acheter une licence ?',
        "n'importe quel salarié peut-il s'abonner à Power BI ?",
        'on me dit de contacter mon admin quand j’essaie d’acheter, pourquoi ?',
        'prérequis pour acheter soi-même',
        'un utilisateur standard peut acheter ?',
        'quel type de compte faut-il pour acheter soi-même ?',
        "de quel compte a-t-on besoin pour avoir le droit d'acheter en libre-service ?",
      ],
      keywords: [
        'éligibilité',
        'éligible',
        "droit d'acheter",
        'compte non invité',
        'type de compte nécessaire',
        'Azure AD géré',
        'non géré',
        'contacter votre administrateur',
        'éducation',
        'association',
      ],
    },
    en: {
      question: 'Which users may buy licences through self-service?',
      answer:
        'Any enabled user who is not a guest, in a managed Azure AD directory (not an unmanaged one created by a simple sign-up). ' +
        'Government, nonprofit and education organisations are not eligible for now. ' +
        'If your organisation or country is not eligible, a message asks you to contact your IT admin.\n\n' +
        'Self-service may also be closed for a product in your organisation: the bot then tells you, and you can request a licence instead.',
      phrasings: [
        'who is eligible for self-service purchase?',
        'must I be an administrator to purchase a licence?',
        'can any employee buy Power BI',
        'requirements to purchase on my own',
        'it says contact your IT admin when I try to buy, why?',
        'can regular users purchase licenses',
        'which accounts are able to buy',
        'what kind of account do I need to purchase on my own?',
      ],
      keywords: [
        'eligibility',
        'eligible',
        'allowed to buy',
        'non-guest',
        'account type needed',
        'managed tenant',
        'unmanaged',
        'contact your IT admin',
        'nonprofit',
        'education',
      ],
    },
    related: [
      'can-guest-users-buy-through-self-service-purchase',
      'can-users-synced-from-an-on-premises-active-directory-buy-through-self-service-purchase',
      'how-does-a-customer-make-a-self-service-purchase',
    ],
  },
  {
    id: 'can-guest-users-buy-through-self-service-purchase',
    section: 'making-a-self-service-purchase',
    fr: {
      question: 'Un utilisateur invité peut-il faire un achat en libre-service ?',
      answer:
        "Non. Un compte invité ne peut pas faire d'achat en libre-service dans l'organisation qui l'a invité. " +
        "La personne peut acheter depuis sa propre organisation, ou demander une licence à un administrateur de l'organisation qui l'accueille.",
      phrasings: [
        "Un invité peut-il s'acheter une licence ?",
        'je suis invité chez un client, est-ce que je peux acheter ?',
        'un utilisateur externe a-t-il le droit au libre-service',
        'les prestataires avec un compte invité peuvent-ils souscrire',
        'accès invité B2B et libre-service',
        'guest et achat Power BI',
        "un invité venu d'une autre organisation peut-il s'abonner chez nous ?",
      ],
      keywords: ['invité', 'compte invité', 'utilisateur externe', 'B2B', 'guest'],
    },
    en: {
      question: 'Can a guest account buy through self-service?',
      answer:
        'No. A guest account cannot make a self-service purchase in the organisation that invited it. ' +
        'The person can buy from their own organisation, or ask an admin of the host organisation for a licence.',
      phrasings: [
        'can a guest make a self-service purchase?',
        "I'm a guest in a customer's directory, may I purchase",
        'are external users allowed to use self-service',
        'B2B guests buying PowerApps',
        'do invited users get to buy licenses',
        'guest account and self-service',
        'can a guest from another tenant purchase in ours?',
      ],
      keywords: ['guest', 'guest account', 'external user', 'B2B', 'invited user'],
    },
    related: [
      'who-can-buy-through-self-service-purchase',
      'who-can-self-service-purchasers-assign-licenses-to',
      'can-users-synced-from-an-on-premises-active-directory-buy-through-self-service-purchase',
    ],
  },
  {
    id: 'can-users-synced-from-an-on-premises-active-directory-buy-through-self-service-purchase',
    section: 'making-a-self-service-purchase',
    fr: {
      question:
        'Un compte synchronisé depuis un Active Directory sur site peut-il acheter en libre-service ?',
      answer:
        "Oui. Un compte synchronisé depuis l'Active Directory local (par exemple avec Azure AD Connect) compte comme un compte cloud : " +
        "s'il est actif dans une organisation Azure AD éligible, il peut acheter en libre-service.",
      phrasings: [
        'compte synchronisé avec Azure AD Connect, achat libre-service possible ?',
        'on est en identité hybride, nos utilisateurs peuvent-ils acheter ?',
        "les comptes venant de l'AD sur site ont-ils droit au libre-service",
        'utilisateur synchro on-prem éligible ?',
        'comptes fédérés ADFS et achat en libre-service',
        'mes comptes sont gérés dans un annuaire local, ça marche ?',
      ],
      keywords: [
        'synchronisation',
        'compte synchronisé',
        'AD local',
        'Active Directory',
        'on-premises',
        'Azure AD Connect',
        'hybride',
        'fédéré',
      ],
    },
    en: {
      question:
        'Can users whose accounts come from an on-premises Active Directory (synced to Azure AD) buy through self-service?',
      answer:
        'Yes. An account synchronised from on-premises Active Directory (for example with Azure AD Connect) counts as a cloud account: ' +
        'if it is active in an eligible Azure AD organisation, it can buy through self-service.',
      phrasings: [
        'hybrid identity users and self-service purchase',
        'can AD Connect synchronized accounts buy Power BI',
        'are accounts from on-prem eligible for self-service',
        'federated users allowed to purchase?',
        'our accounts come from a local Active Directory, does self-service work for them',
        'synchronized users eligible?',
      ],
      keywords: [
        'synced',
        'synchronized',
        'on-premises',
        'Active Directory',
        'hybrid',
        'Azure AD Connect',
        'federated',
        'local AD',
      ],
    },
    related: [
      'who-can-buy-through-self-service-purchase',
      'can-guest-users-buy-through-self-service-purchase',
      'who-can-self-service-purchasers-assign-licenses-to',
    ],
  },
  {
    id: 'who-can-self-service-purchasers-assign-licenses-to',
    section: 'making-a-self-service-purchase',
    fr: {
      question: 'Un acheteur en libre-service peut attribuer ses licences à qui ?',
      answer:
        "Uniquement à des utilisateurs de sa propre organisation (le même annuaire Azure AD), et uniquement les licences des produits qu'il a lui-même achetés en libre-service. " +
        "Il le fait depuis une version réduite du Centre d'administration Microsoft 365, ou ici en mentionnant le collègue (@nom) ou en le choisissant dans la liste. " +
        "Pas d'attribution à une personne d'une autre organisation.",
      phrasings: [
        'je peux mettre un collègue sur ma licence ?',
        'attribuer mes licences Power BI à mon équipe',
        "l'acheteur peut-il affecter des licences hors de son organisation",
        'ajouter un collègue à mon abonnement PowerApps',
        'attribution des licences achetées en libre-service',
        "faire profiter un client externe de mon abonnement, c'est possible ?",
      ],
      keywords: [
        'attribuer',
        'affecter',
        'attribution',
        'donner une licence',
        'même organisation',
        'même tenant',
        'autre tenant',
        'collègue',
        'mention',
      ],
    },
    en: {
      question: 'To whom can a self-service purchaser give the licences they bought?',
      answer:
        'Only to users of their own organisation (the same Azure AD directory), and only licences of products they bought themselves through self-service. ' +
        'They do it from a restricted version of the Microsoft 365 admin center, or here by @mentioning the colleague or picking them from the list. ' +
        'No assignment to someone from another organisation.',
      phrasings: [
        'give one of my licenses to a coworker',
        'assign a seat to someone outside my company',
        'let a teammate use one of my Power BI licenses',
        'add a colleague to my subscription',
        'can I hand seats to users in a different directory',
        'license assignment rules for purchasers',
      ],
      keywords: [
        'assign',
        'assignment',
        'give a license',
        'same tenant',
        'other tenant',
        'coworker',
        'colleague',
        '@mention',
      ],
    },
    related: [
      'where-does-the-self-service-purchaser-see-and-manage-their-purchases',
      'can-guest-users-buy-through-self-service-purchase',
      'how-does-a-customer-make-a-self-service-purchase',
    ],
  },
  {
    id: 'where-does-the-self-service-purchaser-see-and-manage-their-purchases',
    section: 'making-a-self-service-purchase',
    fr: {
      question: "Où l'acheteur en libre-service retrouve-t-il et gère-t-il ses achats ?",
      answer:
        "Dans une version réduite du Centre d'administration Microsoft 365, accessible par la vignette Administrateur du lanceur d'applications d'Office 365 et de Dynamics en ligne. " +
        "L'acheteur y voit ce qu'il a acheté, peut prendre des licences supplémentaires du même service, les attribuer à des collègues, consulter et payer ses factures, changer de moyen de paiement et annuler l'abonnement.\n\n" +
        'Tout cela se fait aussi ici : demandez « mes abonnements » au bot.',
      phrasings: [
        'Où voir mes abonnements achetés en libre-service ?',
        'comment ajouter des licences à mon abonnement',
        'acheter des licences en plus sur un abonnement existant',
        'annuler mon abonnement Power BI',
        'payer ma facture PowerApps',
        'mettre à jour la carte enregistrée pour mon abonnement',
        'où télécharger mes factures',
        'gérer les licences que j’ai achetées',
        'arrêter mon abonnement Flow',
      ],
      keywords: [
        'gérer',
        'mes abonnements',
        'mes achats',
        'annuler un abonnement',
        'résilier',
        'désabonnement',
        'facture',
        'moyen de paiement',
        'licences supplémentaires',
        'vignette Administrateur',
      ],
    },
    en: {
      question: 'Where does a purchaser find and manage what they bought through self-service?',
      answer:
        'In a restricted version of the Microsoft 365 admin center, reached from the Admin tile of the app launcher in Office 365 and Dynamics online apps. ' +
        'There the purchaser sees what they bought, can buy more licences of the same service, assign them to colleagues, view and pay bills, change the payment method and cancel the subscription.\n\n' +
        'All of this also works here: ask the bot for "my subscriptions".',
      phrasings: [
        'where do I manage my self-service subscriptions?',
        'cancel my Power BI subscription',
        'swap the payment method for my PowerApps plan',
        'view and pay my bill',
        'add more seats to my subscription',
        'add licenses to an existing subscription',
        'where are my invoices',
        'see what I bought',
      ],
      keywords: [
        'manage',
        'my subscriptions',
        'my purchases',
        'cancel a subscription',
        'unsubscribe',
        'stop paying',
        'bill',
        'payment method',
        'add seats',
        'admin tile',
      ],
    },
    related: [
      'who-can-self-service-purchasers-assign-licenses-to',
      'who-is-responsible-for-payment',
      'what-happens-to-a-self-service-purchase-if-a-user-leaves-the-organization',
    ],
  },
  {
    id: 'what-is-the-pricing-for-self-service-purchases',
    section: 'pricing',
    fr: {
      question: 'Combien coûte un achat en libre-service ?',
      answer:
        'Le prix de chaque produit Power Platform est publié sur le site de Microsoft et affiché pendant la commande, avant de payer. ' +
        "Il peut différer de ce que paie votre organisation lors d'achats centralisés (contrat entreprise) ou via un partenaire.\n\n" +
        'Le bot affiche le prix de votre marché dans le récapitulatif, avant le paiement.',
      phrasings: [
        'combien ça coûte une licence Power BI achetée soi-même ?',
        'tarif de PowerApps par utilisateur',
        'coût mensuel d’un abonnement Flow',
        'le prix est-il le même que chez notre revendeur',
        'tarification du libre-service',
        'y a-t-il une remise en libre-service',
        'où trouver les tarifs avant de payer',
      ],
      keywords: ['prix', 'tarif', 'tarification', 'coût', 'par mois', 'remise', 'euros'],
    },
    en: {
      question: 'How much does a self-service purchase cost?',
      answer:
        "Each Power Platform product's price is published on Microsoft's website and shown during checkout, before you pay. " +
        'It may differ from what your organisation pays when buying centrally (enterprise agreement) or through a partner.\n\n' +
        'The bot shows the price for your market in the summary, before payment.',
      phrasings: [
        'how much is a Power BI license through self-service?',
        'price per user per month',
        'is the self-service price the same as what our reseller charges',
        'cost of PowerApps self-service',
        'any discount compared to partner pricing',
        'where do I see the price before paying',
      ],
      keywords: ['price', 'pricing', 'cost', 'per month', 'discount', 'dollars'],
    },
    related: [
      'who-is-responsible-for-payment',
      'what-are-the-payment-options-for-self-service-purchases',
      'how-does-a-customer-make-a-self-service-purchase',
    ],
  },
  {
    id: 'who-is-responsible-for-payment',
    section: 'pricing',
    fr: {
      question: 'Qui paie un achat en libre-service ?',
      answer:
        "La personne qui achète l'abonnement en libre-service est facturée : elle paie selon le prix et les conditions acceptés lors de l'achat. " +
        "L'organisation n'est pas facturée à sa place ; un éventuel remboursement relève de vos règles internes.",
      phrasings: [
        'Qui est facturé pour un achat en libre-service ?',
        'on débite ma propre carte ou celle de la société ?',
        'est-ce que je paie de ma poche',
        'la facture est au nom de qui',
        "l'entreprise rembourse-t-elle l'abonnement ?",
        'qui règle les frais de l’abonnement',
      ],
      keywords: [
        'responsable du paiement',
        'qui paie',
        "l'acheteur paie",
        'facturé',
        'débité',
        'remboursement',
        'note de frais',
      ],
    },
    en: {
      question: 'Who pays for a self-service purchase?',
      answer:
        'Whoever buys the subscription through self-service is the one billed, at the price and on the terms accepted when buying. ' +
        'The organisation is not billed in their place; any reimbursement is up to your internal rules.',
      phrasings: [
        'who pays for a self-service purchase?',
        'does the company pay or do I',
        'who is responsible for the charges',
        'is it charged to me or to the company',
        'will my employer be invoiced',
        'can I expense it',
        'do I pay for my licenses or does my company?',
      ],
      keywords: [
        'responsible for payment',
        'who pays',
        'purchaser pays',
        'billed',
        'charged',
        'reimbursement',
        'expense',
      ],
    },
    related: [
      'what-are-the-payment-options-for-self-service-purchases',
      'what-is-the-pricing-for-self-service-purchases',
      'where-does-the-self-service-purchaser-see-and-manage-their-purchases',
    ],
  },
  {
    id: 'what-capabilities-does-an-admin-have-for-self-service-purchases',
    section: 'admin-capabilities',
    fr: {
      question: 'Que peut faire un administrateur face aux achats en libre-service ?',
      answer:
        "Dans le Centre d'administration Microsoft 365, les administrateurs voient tous les achats en libre-service : produit, acheteur, utilisateurs affectés, prix, abonnements, date d'expiration et historique des commandes. " +
        "Les acheteurs gardent la main sur leurs abonnements, mais les règles de gestion et d'accès aux données s'appliquent à ces produits comme à ceux achetés de façon centrale.\n\n" +
        'Avec le bot, un administrateur peut en plus désactiver le libre-service produit par produit, exporter la liste en CSV et reprendre un abonnement pour le centraliser.',
      phrasings: [
        "Que peut faire l'admin des abonnements pris par ses utilisateurs ?",
        'contrôles administrateur sur le libre-service',
        "l'administrateur peut-il désactiver le libre-service ?",
        "bloquer l'achat en libre-service pour un produit",
        'gestion par l’admin des achats des salariés',
        "qu'est-ce que l'admin global voit et peut changer sur ces abonnements",
        'empêcher les utilisateurs d’acheter Power BI',
        "quelles options pour l'administrateur face au libre-service ?",
        'la DSI peut-elle bloquer les achats en libre-service ?',
        "que voit l'administrateur de chaque achat en libre-service ?",
      ],
      keywords: [
        'administrateur',
        'contrôles',
        'désactiver',
        'bloquer',
        'politique par produit',
        'export CSV',
        'fonctionnalités',
      ],
    },
    en: {
      question: 'Which controls does an admin get over self-service purchases?',
      answer:
        'In the Microsoft 365 admin center, admins see every self-service purchase: product, purchaser, assigned users, price, subscriptions, expiry date and order history. ' +
        'Purchasers keep control of their subscriptions, but the policies on data and access that cover centrally bought products cover these ones too.\n\n' +
        'With the bot, an admin can also turn self-service off product by product, export the list as CSV and take over a subscription to centralise it.',
      phrasings: [
        'which controls does an admin keep over self-service buying?',
        'admin controls for self-service',
        'can an admin turn off self-service purchase',
        'disable self-service for Power BI in our tenant',
        'block users from buying licenses',
        'admin powers over subscriptions employees bought',
        'as an admin, what options do I have?',
        'can IT block self-service purchases?',
        'what details can an admin see for each self-service purchase?',
      ],
      keywords: [
        'admin',
        'controls',
        'disable',
        'turn off',
        'block',
        'policy per product',
        'export',
        'capabilities',
      ],
    },
    related: [
      'where-does-the-admin-see-self-service-purchases',
      'why-are-self-service-purchases-not-subject-to-admin-approval',
      'how-do-i-centralize-the-purchases-made-through-self-service-purchase',
    ],
  },
  {
    id: 'why-are-self-service-purchases-not-subject-to-admin-approval',
    section: 'admin-capabilities',
    fr: {
      question: "Pourquoi un administrateur n'a-t-il pas à valider les achats en libre-service ?",
      answer:
        'Parce que de nombreux clients voulaient que leurs utilisateurs puissent acheter sans attendre, tandis que les administrateurs gardent la maîtrise des services et de la conformité des données. ' +
        "Les administrateurs voient qui a acheté et qui a reçu une licence issue d'un achat en libre-service ; l'organisation s'appuie ensuite sur ses propres politiques internes pour que ces achats respectent les règles de l'entreprise.\n\n" +
        "Dans ce bot, un administrateur peut désactiver le libre-service pour un produit : les utilisateurs lui envoient alors une demande de licence, qu'il approuve ou refuse dans la conversation.",
      phrasings: [
        "Pourquoi l'achat se fait-il sans que l'admin ait à le valider ?",
        'peut-on imposer une approbation des achats en libre-service',
        'circuit de validation pour le libre-service',
        "acheter sans l'autorisation de la DSI, c'est voulu ?",
        'les admins doivent-ils approuver chaque achat',
        "aucune approbation n'est demandée pour acheter ?",
        "faut-il le feu vert de mon responsable pour m'abonner ?",
      ],
      keywords: [
        'approbation',
        'validation',
        'approuver',
        'autorisation',
        'accord',
        'circuit de validation',
        'demande de licence',
        'manager',
        'chef',
        'hiérarchie',
      ],
    },
    en: {
      question: "Why doesn't an admin have to approve self-service purchases?",
      answer:
        'Because many customers wanted their users to be able to buy without waiting, while admins keep control over the services and over data compliance. ' +
        'Admins can see who bought and who was given a licence from a self-service purchase; the organisation then relies on its own internal policies to make sure these purchases follow company rules.\n\n' +
        'In this bot, an admin can turn self-service off for a product: users then send them a licence request, which they approve or deny in the chat.',
      phrasings: [
        'can admins require approval before users buy',
        'users buying without my permission',
        'no approval workflow for self-service?',
        'why can people purchase without IT sign-off',
        'approval process for self-service purchases',
        'does an admin have to approve the purchase',
        "do I need my line manager's OK before subscribing?",
      ],
      keywords: [
        'approval',
        'approve',
        'permission',
        'sign-off',
        'authorization',
        'approval workflow',
        'license request',
        'manager',
        'boss',
      ],
    },
    related: [
      'what-capabilities-does-an-admin-have-for-self-service-purchases',
      'how-is-microsoft-respecting-data-governance-and-compliance-by-enabling-self-service-purchase',
      'where-does-the-admin-see-self-service-purchases',
    ],
  },
  {
    id: 'how-is-microsoft-respecting-data-governance-and-compliance-by-enabling-self-service-purchase',
    section: 'admin-capabilities',
    fr: {
      question:
        'Les achats en libre-service respectent-ils nos règles de gouvernance et de conformité des données ?',
      answer:
        'Les administrateurs décident toujours quels services et produits sont activés dans leur organisation, selon leurs exigences de gouvernance et de conformité. ' +
        "Et toutes les règles de gestion des données et d'accès déjà en place continuent de s'appliquer aux services achetés en libre-service, comme aux autres.",
      phrasings: [
        'Le libre-service respecte-t-il nos règles de conformité ?',
        'sécurité des données et achats en libre-service',
        "l'accès conditionnel et la DLP fonctionnent aussi sur Power BI pris en libre-service ?",
        'RGPD et achat en libre-service',
        'risque de non-conformité avec le libre-service',
        'est-ce que le libre-service contourne nos règles de sécurité',
      ],
      keywords: [
        'gouvernance',
        'conformité',
        'sécurité',
        'RGPD',
        'DLP',
        "politiques d'accès",
        'gestion des données',
      ],
    },
    en: {
      question: 'How do self-service purchases stay within our data governance and compliance rules?',
      answer:
        'Admins still decide which services and products are enabled in their organisation, based on their governance and compliance requirements. ' +
        'And every data management and access policy already in place keeps applying to services bought through self-service, just like to the others.',
      phrasings: [
        'is self-service purchase compliant with our policies?',
        'do our data loss prevention policies still apply',
        'GDPR and self-service purchases',
        'security and compliance risks of self-service buying',
        'does self-service bypass our governance',
        'conditional access on self-service products?',
      ],
      keywords: ['governance', 'compliance', 'security', 'GDPR', 'DLP', 'access policies', 'data management'],
    },
    related: [
      'who-owns-the-product-data-created-from-self-service-purchases',
      'why-are-self-service-purchases-not-subject-to-admin-approval',
      'what-capabilities-does-an-admin-have-for-self-service-purchases',
    ],
  },
  {
    id: 'who-owns-the-product-data-created-from-self-service-purchases',
    section: 'admin-capabilities',
    fr: {
      question: 'Qui est propriétaire des données produites avec un achat en libre-service ?',
      answer:
        "L'organisation. Les données créées avec des produits achetés en libre-service (rapports, applications, flux…) lui appartiennent et c'est elle qui les contrôle, pas l'acheteur.",
      phrasings: [
        'les données de mon Power BI perso sont-elles à moi ?',
        'propriété des rapports créés avec une licence payée soi-même',
        "l'entreprise a-t-elle la main sur les applis que j'ai faites avec PowerApps",
        'qui contrôle les données des produits achetés par les employés',
        'propriétaire des flux et applications créés',
        'mes tableaux de bord appartiennent à qui',
      ],
      keywords: [
        'propriété des données',
        'propriétaire',
        'appartiennent',
        'données',
        'rapports',
        'applications',
      ],
    },
    en: {
      question: 'Who owns the data created with products bought through self-service?',
      answer:
        'The organisation. Data created with products bought through self-service (reports, apps, flows…) belongs to it and it controls that data, not the purchaser.',
      phrasings: [
        'are my Power BI reports mine or my employer’s',
        'who has control over apps made under a licence I paid myself',
        'does the company own what I create in PowerApps',
        'who owns the flows and dashboards',
        'data belongs to the purchaser or the organization?',
      ],
      keywords: ['data ownership', 'owner', 'owns', 'data', 'reports', 'apps'],
    },
    related: [
      'how-is-microsoft-respecting-data-governance-and-compliance-by-enabling-self-service-purchase',
      'what-happens-to-a-self-service-purchase-if-a-user-leaves-the-organization',
      'what-capabilities-does-an-admin-have-for-self-service-purchases',
    ],
  },
  {
    id: 'how-do-i-centralize-the-purchases-made-through-self-service-purchase',
    section: 'admin-capabilities',
    fr: {
      question: 'Comment centraliser les achats faits en libre-service ?',
      answer:
        "Les administrateurs peuvent attribuer aux utilisateurs concernés des licences existantes, ou acheter des abonnements Power Platform supplémentaires via les contrats et tarifs habituels de l'organisation. " +
        "Une fois ces licences centrales attribuées, ils demandent aux acheteurs d'annuler leurs abonnements en libre-service.\n\n" +
        "Avec le bot, un administrateur peut reprendre un abonnement en libre-service : ses utilisateurs passent sur un abonnement central et l'acheteur est prévenu.",
      phrasings: [
        'reprendre la main sur les abonnements achetés par les utilisateurs',
        'remplacer les licences libre-service par celles de notre contrat',
        "migrer les achats libre-service vers l'achat central",
        'consolider les licences Power BI achetées par les équipes',
        "comment l'IT récupère les abonnements libre-service",
        'transférer un abonnement libre-service à l’administrateur',
      ],
      keywords: [
        'centraliser',
        'consolider',
        'reprendre',
        'migrer',
        'contrat entreprise',
        'achat central',
        'reprise',
      ],
    },
    en: {
      question: 'How can IT bring self-service subscriptions under central purchasing?',
      answer:
        "Admins can assign existing licences to the users concerned, or buy more Power Platform subscriptions through the organisation's usual agreements and pricing. " +
        'Once those central licences are assigned, they ask the purchasers to cancel their self-service subscriptions.\n\n' +
        'With the bot, an admin can take over a self-service subscription: its users move to a central subscription and the purchaser is told.',
      phrasings: [
        'consolidate self-service licenses under central procurement',
        "take over a user's self-service subscription",
        'replace self-service subscriptions with our volume licensing',
        'migrate self-service Power BI licenses to central billing',
        'bring self-service purchases under IT control',
      ],
      keywords: [
        'centralize',
        'consolidate',
        'take over',
        'migrate',
        'enterprise agreement',
        'central procurement',
      ],
    },
    related: [
      'where-does-the-admin-see-self-service-purchases',
      'what-capabilities-does-an-admin-have-for-self-service-purchases',
      'whats-the-role-of-microsofts-partners-in-self-service-purchases',
    ],
  },
  {
    id: 'where-does-the-admin-see-self-service-purchases',
    section: 'admin-capabilities',
    fr: {
      question: 'Où un administrateur retrouve-t-il les achats faits en libre-service ?',
      answer:
        "Les administrateurs généraux et de facturation les trouvent dans Facturation > Produits et services du Centre d'administration Microsoft 365, à côté des abonnements achetés de façon centrale. " +
        "Ils peuvent filtrer pour n'afficher que les achats centraux ou y inclure ceux faits en libre-service, et voient pour chacun le produit, l'acheteur, les utilisateurs affectés, le prix, l'abonnement, sa date d'expiration et l'historique des commandes.\n\n" +
        'Ici, demandez au bot le rapport des abonnements (filtres et export CSV).',
      phrasings: [
        "dans quel menu l'admin retrouve les abonnements libre-service",
        'Facturation > Produits et services, achats en libre-service',
        'comment un admin liste les achats faits par les employés',
        'filtrer les abonnements achetés en libre-service',
        "rapport des achats libre-service pour l'administrateur",
        "l'administrateur de facturation voit-il ce que les utilisateurs ont acheté",
      ],
      keywords: [
        'Facturation',
        'Produits et services',
        "centre d'administration",
        'filtrer',
        'rapport',
        'liste des abonnements',
        'admin général',
      ],
    },
    en: {
      question: 'Where can an admin see the purchases users made through self-service?',
      answer:
        'Global and billing admins open the Microsoft 365 admin center, then Billing > Products & services: they are listed next to the subscriptions bought centrally. ' +
        'They can filter to central purchases only or include self-service ones, and see for each the product, purchaser, assigned users, price, subscription, its expiry date and the order history.\n\n' +
        'Here, ask the bot for the subscriptions report (filters and CSV export).',
      phrasings: [
        'where can admins find self-service purchases?',
        'Billing > Products & services, self-service subscriptions',
        'filter subscriptions bought through self-service',
        'list all user-bought subscriptions as an admin',
        'report of self-service purchases',
        'where does the billing admin see what users bought',
      ],
      keywords: [
        'Billing',
        'Products & services',
        'admin center',
        'filter',
        'report',
        'subscription list',
        'global admin',
      ],
    },
    related: [
      'what-capabilities-does-an-admin-have-for-self-service-purchases',
      'how-do-i-centralize-the-purchases-made-through-self-service-purchase',
      'whats-the-role-of-microsofts-partners-in-self-service-purchases',
    ],
  },
  {
    id: 'are-customers-it-departments-or-partners-expected-to-support-products-bought-through-self-service-purchase',
    section: 'support-and-training',
    fr: {
      question:
        "Qui fournit l'assistance pour ce qui est acheté en libre-service : la DSI, les partenaires ou Microsoft ?",
      answer:
        'Ni le service informatique ni les partenaires ne sont censés prendre en charge ces produits. ' +
        'Microsoft fournit le support standard directement aux acheteurs en libre-service.',
      phrasings: [
        'à qui m’adresser en cas de problème avec une licence achetée moi-même',
        "support technique d'un Power BI pris en libre-service",
        'la DSI doit-elle dépanner les outils achetés par les utilisateurs',
        'ouvrir un ticket pour PowerApps acheté en libre-service',
        'assistance pour un abonnement pris en libre-service',
        'le partenaire fournit-il le support du libre-service',
        "mon abonnement Power BI pose problème, à qui je m'adresse ?",
      ],
      keywords: [
        'support',
        'assistance',
        'dépannage',
        'ticket',
        'service informatique',
        'helpdesk',
        'support Microsoft',
        'qui contacter',
      ],
    },
    en: {
      question: 'Who provides support for products bought through self-service: IT, partners or Microsoft?',
      answer:
        'Neither IT departments nor partners are expected to support these products. ' +
        'Microsoft provides standard support directly to self-service purchasers.',
      phrasings: [
        'is IT expected to help with self-service licenses',
        'where to get help with a Power BI I bought myself',
        'open a support ticket for self-service PowerApps',
        'does our partner provide support for self-service purchases',
        'troubleshooting help for self-service products',
        'helpdesk for things users bought',
        'my PowerApps plan has an issue, who do I turn to?',
      ],
      keywords: [
        'support',
        'help',
        'troubleshooting',
        'ticket',
        'IT department',
        'helpdesk',
        'Microsoft support',
        'who to contact',
      ],
    },
    related: [
      'how-are-users-expected-to-receive-training-on-the-products-they-buy-through-self-service-purchase',
      'whats-the-role-of-microsofts-partners-in-self-service-purchases',
      'who-can-buy-through-self-service-purchase',
    ],
  },
  {
    id: 'how-are-users-expected-to-receive-training-on-the-products-they-buy-through-self-service-purchase',
    section: 'support-and-training',
    fr: {
      question: 'Comment les utilisateurs se forment-ils aux produits achetés en libre-service ?',
      answer:
        "Les sites de Power BI, PowerApps et Flow proposent une formation complète : parcours guidés, documentation, exemples, et des communautés actives où d'autres utilisateurs répondent aux questions et partagent des astuces.",
      phrasings: [
        'où trouver des tutoriels Power BI',
        'se former pour débuter avec PowerApps',
        'apprendre Flow après l’achat',
        'documentation et exemples Power Platform',
        'y a-t-il des cours pour les utilisateurs',
        "communauté d'entraide Power BI",
      ],
      keywords: [
        'formation',
        'se former',
        'tutoriel',
        'apprendre',
        'cours',
        'documentation',
        'exemples',
        'communauté',
      ],
    },
    en: {
      question: 'Where can users learn the products they bought through self-service?',
      answer:
        'The Power BI, PowerApps and Flow websites offer extensive training: guided learning, documentation, samples, and active communities where other users answer questions and share tips.',
      phrasings: [
        'how do users learn the products they buy?',
        'Power BI tutorials for beginners',
        'training resources for PowerApps',
        'documentation and samples for Power Platform',
        'courses for new users',
        'community forums for help and tips',
      ],
      keywords: ['training', 'learn', 'tutorial', 'courses', 'documentation', 'samples', 'community'],
    },
    related: [
      'are-customers-it-departments-or-partners-expected-to-support-products-bought-through-self-service-purchase',
      'how-does-a-customer-make-a-self-service-purchase',
      'what-changes-did-microsoft-announce-around-self-service-purchases-for-the-power-platform-products',
    ],
  },
  {
    id: 'what-happens-to-a-self-service-purchase-if-a-user-leaves-the-organization',
    section: 'support-and-training',
    fr: {
      question:
        "Que se passe-t-il pour un achat en libre-service lorsque son acheteur part de l'organisation ?",
      answer:
        "L'abonnement reste actif jusqu'à la fin de sa période : les utilisateurs qui ont une licence continuent de s'en servir normalement. " +
        "Il ne s'arrête que si l'acheteur l'annule lui-même ou si un administrateur en demande l'annulation au support. " +
        "Les administrateurs peuvent aussi donner une licence achetée de façon centrale aux utilisateurs de l'abonnement annulé.",
      phrasings: [
        "l'acheteur a démissionné, les licences restent actives ?",
        "départ de l'employé qui payait l'abonnement",
        'le collègue qui avait acheté nos licences est parti, on perd l’accès ?',
        "que faire de l'abonnement d'un salarié qui s'en va",
        "l'abonnement s'arrête-t-il si l'acheteur est licencié",
        "fin de contrat de l'acheteur, que deviennent les licences",
      ],
      keywords: [
        'départ',
        'quitte',
        'démission',
        'parti',
        'abonnement actif',
        'annulation',
        'acheteur parti',
      ],
    },
    en: {
      question: 'What becomes of a self-service subscription when its purchaser leaves the organisation?',
      answer:
        'The subscription stays active until the end of its term: users who have a licence keep using it as usual. ' +
        'It only stops if the purchaser cancels it or an admin asks support to cancel it. ' +
        'Admins can also give a centrally bought licence to the users of the cancelled subscription.',
      phrasings: [
        'the person who bought our licenses left the company',
        'employee who purchased Power BI resigned, do the licenses keep working',
        'offboarding a self-service purchaser',
        'does the subscription end when the purchaser is fired',
        'what to do with a subscription once the buyer is gone',
      ],
      keywords: ['leaves', 'left', 'quit', 'resigned', 'offboarding', 'still active', 'departure'],
    },
    related: [
      'how-do-i-centralize-the-purchases-made-through-self-service-purchase',
      'where-does-the-self-service-purchaser-see-and-manage-their-purchases',
      'who-owns-the-product-data-created-from-self-service-purchases',
    ],
  },
  {
    id: 'whats-the-role-of-microsofts-partners-in-self-service-purchases',
    section: 'partners',
    fr: {
      question: 'Que font les partenaires Microsoft pour les achats en libre-service ?',
      answer:
        "Un partenaire qui a des droits d'administration délégués voit les achats en libre-service de son client dans le Centre d'administration Microsoft 365, comme un administrateur. " +
        "Il peut aider l'organisation à centraliser ces produits et proposer ses propres solutions pour aller plus loin que l'achat en libre-service.",
      phrasings: [
        'un revendeur voit-il les abonnements libre-service de ses clients',
        "rôle de l'intégrateur dans le libre-service",
        'les partenaires avec accès délégué peuvent-ils suivre ces achats',
        'notre prestataire Microsoft peut nous aider à centraliser ?',
        'en quoi un partenaire peut-il nous aider avec le libre-service ?',
        "qu'apporte un partenaire Microsoft quand on achète en libre-service ?",
      ],
      keywords: [
        'partenaire',
        'CSP',
        'revendeur',
        'intégrateur',
        'administration déléguée',
        'droits délégués',
      ],
    },
    en: {
      question: 'What can Microsoft partners do for self-service purchases?',
      answer:
        "A partner with delegated admin rights has the same view of a customer's self-service purchases as the customer's own admins, in the Microsoft 365 admin center. " +
        'It can help the organisation centralise these products and offer its own solutions that go beyond self-service purchase.',
      phrasings: [
        'does delegated admin give a partner visibility of self-service purchases',
        'how resellers help customers with self-service',
        'CSP and self-service buying',
        'can our partner centralize self-service subscriptions for us',
        'partner solutions to extend self-service purchase',
        'how can a partner help us with self-service?',
      ],
      keywords: ['partner', 'CSP', 'reseller', 'delegated admin', 'DAP', 'GDAP'],
    },
    related: [
      'how-do-i-centralize-the-purchases-made-through-self-service-purchase',
      'where-does-the-admin-see-self-service-purchases',
      'are-customers-it-departments-or-partners-expected-to-support-products-bought-through-self-service-purchase',
    ],
  },
];

/** Questions offered when the engine has nothing close to suggest ("tell me a joke"). */
export const FAQ_STARTER_QUESTIONS: readonly string[] = [
  'how-does-a-customer-make-a-self-service-purchase',
  'who-can-buy-through-self-service-purchase',
  'what-are-the-payment-options-for-self-service-purchases',
];
