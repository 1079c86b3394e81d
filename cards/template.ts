import { Template } from 'adaptivecards-templating';
import type { AdaptiveCard, Locale } from './types';
import type { Verb } from './verbs';

const prepared = new WeakMap<object, Template>();

/**
 * Expands a card template (`${}` bindings, `$data`, `$when`) against `data` as `$root`, with
 * `lang` set to the locale. Templates are parsed once and reused.
 */
export function expandCard(template: object, data: object, locale: Locale): AdaptiveCard {
  let parsed = prepared.get(template);
  if (!parsed) {
    parsed = new Template(template);
    prepared.set(template, parsed);
  }
  return parsed.expand({ $root: { ...data, lang: locale } }) as AdaptiveCard;
}

/**
 * The idempotency key of one button: the card's key plus the verb (and the item it acts on), so
 * a double click repeats the same request while two different buttons never share a key.
 */
export function actionKey(cardKey: string, verb: Verb, itemId?: string): string {
  return itemId ? `${cardKey}:${verb}:${itemId}` : `${cardKey}:${verb}`;
}

type StringProps<T> = { [K in keyof T as T[K] extends string ? K : never]: T[K] };

/**
 * Merges message groups into a template's `t`, keeping only plain strings: parameterised
 * messages are functions the render function calls itself.
 */
export function strings<A extends object, B extends object = object>(
  a: A,
  b?: B,
): StringProps<A> & StringProps<B> {
  const entries = [...Object.entries(a), ...Object.entries(b ?? {})].filter(([, v]) => typeof v === 'string');
  return Object.fromEntries(entries) as StringProps<A> & StringProps<B>;
}
