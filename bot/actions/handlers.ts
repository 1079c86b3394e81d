import { Verbs } from '../../cards/verbs';
import { formatList } from '../../cards/messages';
import {
  showHelp,
  texts,
  type AdminFlows,
  type DialogServices,
  type FaqFlows,
  type SubscriptionFlows,
} from '../../dialogs';
import { registerAdminActions } from './admin-handlers';
import { ActionRegistry } from './registry';
import type { ActionContext } from './types';

/** What the verb handlers call. */
export interface ActionDeps {
  services: DialogServices;
  subscriptions: SubscriptionFlows;
  faq: FaqFlows;
  admin: AdminFlows;
}

/** A string field of a button's data ('' when absent or not text). */
function text(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** The people field of a card: e-mail addresses or Entra object ids, separated by commas, semicolons or spaces. */
export function parseAssignees(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,;\s]+/)
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

/** Registers the purchase verbs: each (re)starts the purchase dialog at the step its data implies. */
export function registerPurchaseActions(registry: ActionRegistry, deps: ActionDeps): void {
  registry
    .register(Verbs.PurchaseStart, (c) => c.flows.purchase({}))
    .register(Verbs.PurchaseSelectProduct, (c) =>
      c.flows.purchase({ productId: text(c.request.data, 'productId') }),
    )
    .register(Verbs.PurchaseSetSeats, (c) =>
      c.flows.purchase({
        productId: text(c.request.data, 'productId'),
        seats: text(c.request.data, 'seats'),
      }),
    )
    .register(Verbs.PurchaseConfirm, (c) =>
      c.flows.purchase({
        productId: text(c.request.data, 'productId'),
        seats: text(c.request.data, 'seats'),
        confirmKey: text(c.request.data, 'idempotencyKey'),
      }),
    )
    .register(Verbs.PurchaseCancel, async (c) => {
      await c.flows.cancel();
      await c.reply.text(texts(c.locale).cancelled);
    })
    .register(Verbs.TrialStart, (c) => deps.subscriptions.startTrial(c, text(c.request.data, 'productId')));
}

/** Registers the verbs of the subscription card and its follow-ups (assignment, cancellation). */
export function registerManageActions(registry: ActionRegistry, deps: ActionDeps): void {
  const flows = deps.subscriptions;
  const id = (c: ActionContext) => text(c.request.data, 'subscriptionId');
  const key = (c: ActionContext) => text(c.request.data, 'idempotencyKey');
  registry
    .register(Verbs.ManageOpen, (c) => (id(c) ? flows.showOne(c, id(c)) : flows.showMine(c)))
    .register(Verbs.LicenceAssign, async (c) => {
      const refs = parseAssignees(text(c.request.data, 'assignees'));
      if (refs.length === 0) await c.reply.text(texts(c.locale).assignWho);
      else await flows.assign(c, id(c), refs);
    })
    .register(Verbs.LicenceRemove, (c) => flows.remove(c, id(c), text(c.request.data, 'userId')))
    .register(Verbs.SeatsAdd, (c) => flows.addSeats(c, id(c), text(c.request.data, 'seatsToAdd'), key(c)))
    .register(Verbs.SeatsLower, (c) => flows.lowerSeats(c, id(c), text(c.request.data, 'newSeats'), key(c)))
    .register(Verbs.BillPay, (c) => flows.payBill(c, id(c), text(c.request.data, 'billId'), key(c)))
    // One update-card link per subscription at a time: a second click shows the same page.
    .register(Verbs.CardUpdate, (c) => flows.updateCard(c, id(c), `${id(c)}:${Verbs.CardUpdate}`))
    .register(Verbs.SubscriptionCancel, (c) => flows.askCancel(c, id(c)))
    .register(Verbs.SubscriptionCancelConfirm, (c) => flows.cancel(c, id(c)));
}

/** Registers help, the FAQ's buttons and "contact my admins". */
export function registerGeneralActions(registry: ActionRegistry, deps: ActionDeps): void {
  registry
    .register(Verbs.HelpShow, (c) => showHelp(c, deps.services))
    .register(Verbs.FaqAsk, async (c) => {
      const slug = text(c.request.data, 'slug');
      const question = text(c.request.data, 'question');
      if (slug) await deps.faq.answerSlug(c, slug);
      else if (question) await deps.faq.answer(c, question);
      else await showHelp(c, deps.services);
    })
    .register(Verbs.FaqFeedback, (c) => {
      const helpful = c.request.data.helpful;
      return deps.faq.feedback(c, text(c.request.data, 'slug'), helpful === true || helpful === 'true');
    })
    .register(Verbs.AdminsContact, async (c) => {
      const t = texts(c.locale);
      const admins = await deps.services.commerce.access.adminContacts(c.actor.tenantId);
      if (admins.length === 0) {
        await c.reply.text(t.noAdmins);
        return;
      }
      const links = admins.map((a) => `[${a.displayName}](mailto:${a.email})`);
      await c.reply.text(t.contactAdmins(formatList(links, c.locale)));
    });
}

/** The registry with a handler for every verb of the cards. */
export function createActionRegistry(deps: ActionDeps): ActionRegistry {
  const registry = new ActionRegistry();
  registerPurchaseActions(registry, deps);
  registerManageActions(registry, deps);
  registerGeneralActions(registry, deps);
  registerAdminActions(registry, deps);
  return registry;
}
