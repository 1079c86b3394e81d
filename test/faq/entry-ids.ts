import type { FaqEvalCase } from '../../faq';

/** The knowledge base's entry ids (the seed's anchors), named for the question sets that expect them. */
export const ANNOUNCE =
  'what-changes-did-microsoft-announce-around-self-service-purchases-for-the-power-platform-products';
export const WHY = 'why-is-microsoft-adding-a-self-service-purchase-option-for-the-power-platform-products';
export const WHEN = 'when-will-self-service-purchase-for-the-power-platform-products-be-available';
export const BEYOND = 'will-self-service-purchase-be-enabled-for-services-beyond-the-power-platform-products';
export const HOW_BUY = 'how-does-a-customer-make-a-self-service-purchase';
export const PAY_OPTIONS = 'what-are-the-payment-options-for-self-service-purchases';
export const WHO_BUY = 'who-can-buy-through-self-service-purchase';
export const GUEST = 'can-guest-users-buy-through-self-service-purchase';
export const SYNCED =
  'can-users-synced-from-an-on-premises-active-directory-buy-through-self-service-purchase';
export const ASSIGN = 'who-can-self-service-purchasers-assign-licenses-to';
export const MANAGE = 'where-does-the-self-service-purchaser-see-and-manage-their-purchases';
export const PRICING = 'what-is-the-pricing-for-self-service-purchases';
export const WHO_PAYS = 'who-is-responsible-for-payment';
export const ADMIN_CAPS = 'what-capabilities-does-an-admin-have-for-self-service-purchases';
export const APPROVAL = 'why-are-self-service-purchases-not-subject-to-admin-approval';
export const GOVERNANCE =
  'how-is-microsoft-respecting-data-governance-and-compliance-by-enabling-self-service-purchase';
export const DATA_OWNER = 'who-owns-the-product-data-created-from-self-service-purchases';
export const CENTRALIZE = 'how-do-i-centralize-the-purchases-made-through-self-service-purchase';
export const ADMIN_SEE = 'where-does-the-admin-see-self-service-purchases';
export const SUPPORT =
  'are-customers-it-departments-or-partners-expected-to-support-products-bought-through-self-service-purchase';
export const TRAINING =
  'how-are-users-expected-to-receive-training-on-the-products-they-buy-through-self-service-purchase';
export const LEAVES = 'what-happens-to-a-self-service-purchase-if-a-user-leaves-the-organization';
export const PARTNERS = 'whats-the-role-of-microsofts-partners-in-self-service-purchases';

/** One evaluation case in French / in English; `expect` null when the bot must decline. */
export const fr = (q: string, expect: string | null): FaqEvalCase => ({ q, lang: 'fr', expect });
export const en = (q: string, expect: string | null): FaqEvalCase => ({ q, lang: 'en', expect });
