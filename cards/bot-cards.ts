/**
 * Two cards of the Teams bot the shared set did not have: the demo identities an Emulator user can
 * log in as, and the link to the secure page that replaces a subscription's card. Their few texts
 * live here, in French and English, like `messages.ts`.
 */
import type { AdminRole, CardOnFile, UserView } from '../commerce/types';
import { formatDateTime, messages } from './messages';
import { expandCard } from './template';
import cardUpdateTemplate from './bot-templates/card-update-link.json';
import demoTemplate from './bot-templates/demo-identities.json';
import type { AdaptiveCard, Locale } from './types';

const TEXTS = {
  en: {
    demoTitle: 'Demo identities',
    demoIntro:
      'Type *login as* followed by an e-mail address, e.g. *login as anna@contoso.example* (a buyer), ' +
      '*login as grace.admin@contoso.example* (an admin) or *login as gustav@wingtiptoys.example* (a guest). ' +
      '*logout* forgets it.',
    roles: { 'global-admin': 'global admin', 'billing-admin': 'billing admin' } satisfies Record<
      AdminRole,
      string
    >,
    guest: 'guest',
    disabled: 'disabled',
    updateTitle: 'Update your card',
    current: 'Current card',
    updateIntro: 'Enter the new card on the secure page. Never type a card number in the chat.',
    open: 'Open the secure page',
  },
  fr: {
    demoTitle: 'Identités de démo',
    demoIntro:
      'Tapez *login as* suivi d’une adresse e-mail, par ex. *login as anna@contoso.example* (une acheteuse), ' +
      '*login as grace.admin@contoso.example* (une administratrice) ou *login as gustav@wingtiptoys.example* (un invité). ' +
      '*logout* l’oublie.',
    roles: { 'global-admin': 'administrateur général', 'billing-admin': 'administrateur de facturation' },
    guest: 'invité',
    disabled: 'désactivé',
    updateTitle: 'Changer de carte',
    current: 'Carte actuelle',
    updateIntro:
      'Saisissez la nouvelle carte sur la page sécurisée. Ne tapez jamais de numéro de carte dans la conversation.',
    open: 'Ouvrir la page sécurisée',
  },
} satisfies Record<Locale, unknown>;

export interface DemoIdentitiesCardData {
  tenants: ReadonlyArray<{ name: string; users: readonly UserView[] }>;
}

/** The demo directory's users, by tenant, with what each can show (admin, guest, disabled). */
export function renderDemoIdentitiesCard(data: DemoIdentitiesCardData, locale: Locale): AdaptiveCard {
  const t = TEXTS[locale];
  const detail = (u: UserView) =>
    [
      u.email,
      ...u.roles.map((r) => t.roles[r]),
      ...(u.userType === 'guest' ? [t.guest] : []),
      ...(u.enabled ? [] : [t.disabled]),
    ].join(' · ');
  return expandCard(
    demoTemplate,
    {
      t: { title: t.demoTitle, intro: t.demoIntro },
      tenants: data.tenants.map((tenant) => ({
        name: tenant.name,
        users: tenant.users.map((u) => ({ displayName: u.displayName, detail: detail(u) })),
      })),
    },
    locale,
  );
}

export interface CardUpdateLinkCardData {
  productName: string;
  card: Pick<CardOnFile, 'brand' | 'last4'> | null;
  url: string;
  expiresAt: string;
  timeZone?: string;
}

/** The hand-off to the secure page that replaces a subscription's card. */
export function renderCardUpdateLinkCard(data: CardUpdateLinkCardData, locale: Locale): AdaptiveCard {
  const t = TEXTS[locale];
  const m = messages(locale);
  return expandCard(
    cardUpdateTemplate,
    {
      t: {
        title: t.updateTitle,
        product: m.common.product,
        current: t.current,
        intro: t.updateIntro,
        open: t.open,
      },
      productName: data.productName,
      cardText: data.card ? m.common.card(data.card.brand, data.card.last4) : '',
      url: data.url,
      expiresText: m.checkout.expires(formatDateTime(data.expiresAt, locale, data.timeZone)),
    },
    locale,
  );
}
