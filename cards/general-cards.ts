import { describeError, messages } from './messages';
import { expandCard, strings } from './template';
import errorTemplate from './templates/error.json';
import helpTemplate from './templates/help.json';
import welcomeTemplate from './templates/welcome.json';
import type { AdaptiveCard, Locale } from './types';
import type { Verb } from './verbs';

export interface WelcomeCardData {
  userName: string;
  /** Global or billing admin (or a partner reading for a customer): adds the report and policy buttons. */
  isAdmin: boolean;
}

/** Greets the user and offers the main entry points (buy, my licences, ask, help; report and policies for admins). */
export function renderWelcomeCard(data: WelcomeCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  const t = { ...strings(m.common, m.welcome), title: m.welcome.title(data.userName) };
  return expandCard(welcomeTemplate, { t, isAdmin: data.isAdmin }, locale);
}

export const HELP_ROLES = ['user', 'purchaser', 'admin'] as const;
export type HelpRole = (typeof HELP_ROLES)[number];

export interface HelpCardData {
  /** The sections to show, in this order (a purchaser sees `user` and `purchaser`). */
  roles: readonly HelpRole[];
}

/** What the bot can do, one section per role the user has. */
export function renderHelpCard(data: HelpCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  const sections = data.roles.map((role) => ({
    title: m.help.roles[role].title,
    text: m.help.roles[role].items.map((item) => `- ${item}`).join('\n'),
  }));
  const t = { ...strings(m.common, m.welcome), title: m.help.title };
  return expandCard(helpTemplate, { t, sections, isAdmin: data.roles.includes('admin') }, locale);
}

export interface ErrorCardData {
  /** What was thrown: a `CommerceError` is explained from its code; anything else gets a generic apology. */
  error: unknown;
  /** Offers "Try again" with this verb and data (include the inputs the failed action carried). */
  retry?: { verb: Verb; data: Record<string, unknown> };
  /** A correlation id the user can quote to support. */
  reference?: string;
}

/** A polite error, never a dead end: optional retry and a help button. */
export function renderErrorCard(data: ErrorCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  return expandCard(
    errorTemplate,
    {
      t: { ...strings(m.error), help: m.welcome.help },
      message: describeError(data.error, locale),
      referenceText: data.reference ? m.error.reference(data.reference) : '',
      retryVerb: data.retry?.verb ?? '',
      retryData: data.retry?.data ?? {},
    },
    locale,
  );
}
