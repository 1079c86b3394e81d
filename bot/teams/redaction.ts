import { redactCardNumbers } from '../../commerce/payment/pan';

/**
 * Removes card numbers from what a user typed (message text, card inputs) before anything reads,
 * stores or logs the activity. Returns true when one was removed, so the bot can say why.
 */
export function redactActivity(activity: { text?: unknown; value?: unknown }): boolean {
  let found = false;
  const clean = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') {
      const redacted = redactCardNumbers(value);
      if (redacted !== value) found = true;
      return redacted;
    }
    if (depth > 8 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item) => clean(item, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v, depth + 1)]));
  };
  if (typeof activity.text === 'string') activity.text = clean(activity.text, 0);
  if (activity.value !== undefined) activity.value = clean(activity.value, 0);
  return found;
}
