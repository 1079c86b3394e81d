import type { CheckoutLink, CheckoutOpener } from '../bot/checkout/types';
import type { ReportExportOpener } from '../bot/reports/types';
import type { Commerce } from '../commerce';
import type { FaqAnswer, FaqEntry } from '../faq/types';
import type { Logger } from '../logging';
import type { Database } from '../models/database';
import type { Reply, Session } from './turn';

/** The FAQ engine as the dialogs use it (`faq/FaqEngine` satisfies it). */
export interface FaqPort {
  answer(question: string, locale?: string): FaqAnswer;
  entry(id: string): FaqEntry | undefined;
}

/** A checkout link the conversation already opened, kept so that a double click reuses it. */
export interface RememberedLink extends CheckoutLink {
  /** What the card showed, to show it again. */
  card: { productName: string; seats: number; total: { amountMinor: number; currency: string } } | null;
}

/** Per-conversation memory of opened checkout links, by the idempotency key of the click that opened them. */
export interface LinkMemory {
  recall(key: string): Promise<RememberedLink | undefined>;
  remember(key: string, link: RememberedLink): Promise<void>;
}

/** A session plus the ways to answer in it: what flows shared by dialogs and card actions receive. */
export interface Conversation extends Session {
  reply: Reply;
  links: LinkMemory;
}

/** What the dialogs and card actions need from the rest of the bot; built by the composition root. */
export interface DialogServices {
  commerce: Commerce;
  /** Opens `/checkout/:id` links; null when the checkout page is not mounted. */
  checkout: CheckoutOpener | null;
  /** null until an FAQ engine is wired: the help card answers instead. */
  faq: FaqPort | null;
  /** Opens the admin report's CSV download links; absent when the route is not mounted (the card has no export). */
  reports?: ReportExportOpener | null;
  /** Whether a message asks to buy now ("je veux acheter 3 licences Power BI"). */
  isPurchaseRequest: (text: string) => boolean;
  /** For FAQ feedback rows. */
  db: Database;
  logger: Logger;
}
