import { randomUUID } from 'node:crypto';
import { renderAssignmentResultCard } from '../cards/manage-cards';
import { renderErrorCard, renderHelpCard, renderWelcomeCard, type HelpRole } from '../cards/general-cards';
import { renderIneligibleCard } from '../cards/purchase-cards';
import type { Verb } from '../cards/verbs';
import { AssignmentRefusedError, IneligibleError, isCommerceError, type UserView } from '../commerce';
import type { Conversation, DialogServices } from './services';
import type { Session } from './turn';

/** A fresh key for one rendered card: each of its buttons derives its idempotency key from it. */
export function newCardKey(): string {
  return `card-${randomUUID()}`;
}

/** Global or billing admin (the welcome and help cards then show the admin entries; the core checks rights). */
export function looksLikeAdmin(user: UserView): boolean {
  return user.roles.length > 0;
}

/**
 * Shows a refusal of the core the way users can act on it: every ineligibility reason with the admins
 * to contact, each refused user of an assignment, else the coded error's sentence (with a retry when
 * given). Anything that is not a `CommerceError` is thrown on, to the turn's error handler.
 */
export async function showRefusal(
  c: Conversation,
  error: unknown,
  options: {
    productId?: string | null;
    productName?: string | null;
    /** The subscription an assignment was for: a refusal then lists each refused user. */
    assignment?: { subscriptionId: string; productName: string };
    retry?: { verb: Verb; data: Record<string, unknown> };
  } = {},
): Promise<void> {
  if (!isCommerceError(error)) throw error;
  if (error instanceof IneligibleError) {
    await c.reply.card(
      renderIneligibleCard(
        {
          productId: options.productId ?? null,
          productName: options.productName ?? null,
          reasons: error.reasons,
          admins: error.admins,
          launchDate: error.launchDate,
        },
        c.locale,
      ),
    );
    return;
  }
  if (error instanceof AssignmentRefusedError && options.assignment) {
    await c.reply.card(
      renderAssignmentResultCard(
        {
          subscriptionId: options.assignment.subscriptionId,
          productName: options.assignment.productName,
          assigned: [],
          refused: error.refusals,
          freeSeats: null,
        },
        c.locale,
      ),
    );
    return;
  }
  await c.reply.card(renderErrorCard({ error, retry: options.retry }, c.locale));
}

/** The help card, with the sections for the user's roles (purchaser when they bought something). */
export async function showHelp(c: Conversation, services: DialogServices): Promise<void> {
  const roles: HelpRole[] = ['user'];
  const bought = await services.commerce.account.mySubscriptions(c.actor).catch(() => []);
  if (bought.length > 0) roles.push('purchaser');
  if (looksLikeAdmin(c.user)) roles.push('admin');
  await c.reply.card(renderHelpCard({ roles }, c.locale));
}

export async function showWelcome(
  c: Pick<Session, 'user' | 'locale'> & { reply: Conversation['reply'] },
): Promise<void> {
  await c.reply.card(
    renderWelcomeCard({ userName: c.user.displayName, isAdmin: looksLikeAdmin(c.user) }, c.locale),
  );
}
