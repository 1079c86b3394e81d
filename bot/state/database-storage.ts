import { createHash, randomUUID } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { Database } from '../../models/database';

/** The `bot_state.key` column's width; longer botbuilder keys are stored under their hash. */
export const MAX_STORED_KEY_LENGTH = 512;

/** A write carried an eTag that is no longer the stored one: another turn changed the item first. */
export class StateConflictError extends Error {
  readonly code = 'STATE_CONFLICT' as const;
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'StateConflictError';
  }
}

/** The stored form of a key: itself, or `sha256:<hex>` when it does not fit the column. */
export function storedKey(key: string): string {
  return key.length <= MAX_STORED_KEY_LENGTH
    ? key
    : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/**
 * botbuilder `Storage` on the project's database (table `bot_state`), so that dialog, conversation and
 * user state survive restarts and are shared by every process.
 *
 * eTags follow botbuilder's storages (MemoryStorage, Cosmos DB): a write whose item has no eTag or
 * `'*'` always wins; a write with an eTag succeeds only if it is still the stored one, else it throws
 * {@link StateConflictError} and writes nothing. Each compare-and-set is one SQL statement, so it is
 * atomic on SQLite and PostgreSQL alike (plain SQL: a turn reads and writes state once each, and
 * building model instances would cost more than the statement). After a successful write the item's `eTag` is set to the new
 * value, so a caller holding the object can write it again.
 */
export class DatabaseStorage implements Storage {
  constructor(private readonly db: Database) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys?.length) return {};
    const byStoredKey = new Map(keys.map((key) => [storedKey(key), key]));
    const stored = [...byStoredKey.keys()];
    const rows = await this.db.sequelize.query<{ key: string; data: string; eTag: string }>(
      `SELECT "key", data, "eTag" FROM bot_state WHERE "key" IN (${stored.map((_, i) => `$${i + 1}`).join(', ')})`,
      { bind: stored, type: QueryTypes.SELECT },
    );
    const items: StoreItems = {};
    for (const row of rows) {
      const key = byStoredKey.get(row.key);
      if (key !== undefined) items[key] = { ...(JSON.parse(row.data) as object), eTag: row.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new TypeError('Storage: changes is required');
    for (const [key, item] of Object.entries(changes)) {
      await this.writeOne(key, item as StoreItem);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys?.length) return;
    const stored = keys.map(storedKey);
    await this.db.sequelize.query(
      `DELETE FROM bot_state WHERE "key" IN (${stored.map((_, i) => `$${i + 1}`).join(', ')})`,
      {
        bind: stored,
      },
    );
  }

  /** Runs one statement and returns the rows it changed (the same on SQLite and PostgreSQL). */
  private async changed(sql: string, bind: unknown[]): Promise<number> {
    const [, count] = await this.db.sequelize.query(sql, { bind, type: QueryTypes.UPDATE });
    return Number(count);
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    if (item === null || typeof item !== 'object')
      throw new TypeError(`Storage: item "${key}" is not an object`);
    const { eTag: expected, ...rest } = item;
    const data = JSON.stringify(rest);
    const eTag = randomUUID();
    const now = new Date().toISOString();
    const stored = storedKey(key);
    if (typeof expected !== 'string' || expected === '' || expected === '*') {
      await this.changed(
        `INSERT INTO bot_state ("key", data, "eTag", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT ("key") DO UPDATE SET data = excluded.data, "eTag" = excluded."eTag", "updatedAt" = excluded."updatedAt"`,
        [stored, data, eTag, now],
      );
    } else {
      const updated = await this.changed(
        `UPDATE bot_state SET data = $1, "eTag" = $2, "updatedAt" = $3 WHERE "key" = $4 AND "eTag" = $5`,
        [data, eTag, now, stored, expected],
      );
      // As MemoryStorage does, an eTag on an item that no longer exists creates it; an existing item
      // with another eTag was written by someone else since it was read.
      if (updated === 0) {
        const created = await this.changed(
          `INSERT INTO bot_state ("key", data, "eTag", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $4)
           ON CONFLICT ("key") DO NOTHING`,
          [stored, data, eTag, now],
        );
        if (created === 0) throw new StateConflictError(key);
      }
    }
    item.eTag = eTag;
  }
}
