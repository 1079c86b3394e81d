import type { DialogTurnResult, PromptOptions, WaterfallStepContext } from 'botbuilder-dialogs';
import { messages } from '../cards/messages';
import { PRODUCTS } from '../models/seed';
import { ChatPrompt } from './chat-prompt';
import { findProduct, normalise } from './commands';
import type { Conversation } from './services';
import type { SubscriptionFlows } from './subscription-flows';
import { texts } from './texts';

interface Choice {
  id: string;
  productId: string;
  label: string;
}

interface ChoiceOptions extends PromptOptions {
  validations: { choices: Choice[] };
}

/** The catalog name of a product id (`power-bi-pro` → Power BI Pro). */
export function productName(productId: string): string {
  return PRODUCTS.find((p) => p.id === productId)?.name ?? productId;
}

/** A prompt for one of the user's subscriptions: its number in the list, or its product's name. */
export function subscriptionPrompt(
  dialogId: string,
  conversations: { of(context: WaterfallStepContext['context']): Conversation },
) {
  return new ChatPrompt<string>(dialogId, {
    recognize(text, options) {
      const { choices } = (options as ChoiceOptions).validations;
      const t = normalise(text);
      if (/^\d+$/.test(t)) return choices[Number(t) - 1]?.id;
      const productId = findProduct(text);
      return choices.find((c) => c.productId === productId)?.id;
    },
    async reask(context, _text, options) {
      const c = conversations.of(context);
      const { choices } = (options as ChoiceOptions).validations;
      await c.reply.text(
        texts(c.locale).whichSubscription(choices.map((ch, i) => `${i + 1}. ${ch.label}`).join(', ')),
      );
    },
  });
}

/**
 * A waterfall step that settles which of the user's live self-service subscriptions a typed command is
 * about: the only one (of the product named), or a question. The next step receives its id.
 */
export async function chooseSubscription(
  step: WaterfallStepContext,
  c: Conversation,
  flows: SubscriptionFlows,
  productId: string | null,
  promptId: string,
): Promise<DialogTurnResult> {
  const t = texts(c.locale);
  const mine = await flows.mine(c, productId);
  if (mine.length === 0) {
    await c.reply.text(productId ? t.noSubscriptionFor(productName(productId)) : t.noSubscriptions);
    return step.endDialog();
  }
  if (mine.length === 1) return step.next(mine[0].id);
  const choices: Choice[] = mine.map((s) => ({
    id: s.id,
    productId: s.productId,
    label: `${s.productName} (${messages(c.locale).common.seatsCount(s.seats)})`,
  }));
  const list = choices.map((ch, i) => `${i + 1}. ${ch.label}`).join(', ');
  return step.prompt(promptId, {
    prompt: t.whichSubscription(list),
    validations: { choices },
  } satisfies ChoiceOptions);
}
