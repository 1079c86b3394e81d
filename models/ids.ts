import { randomBytes } from 'node:crypto';

/** A short, URL-safe, prefixed random id (`sub_3fk2…`): readable in logs, unguessable in links. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
