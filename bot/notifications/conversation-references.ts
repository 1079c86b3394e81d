import type { ConversationReference } from 'botbuilder';
import type { Locale } from '../../cards/types';
import type { Database } from '../../models/database';

/** Where and how to reach one user proactively. */
export interface StoredConversation {
  userId: string;
  /** The user's own tenant. */
  tenantId: string;
  channelId: string;
  reference: Partial<ConversationReference>;
  locale: Locale | null;
}

/** References known to be stored, per process; enough for every active user of a large tenant. */
const MAX_CACHED = 10_000;

/** The parts of a reference a proactive message needs, in a fixed order (compared as JSON). */
function essentials(ref: Partial<ConversationReference>): Partial<ConversationReference> {
  const pick = <T extends object>(value: T | undefined, keys: readonly (keyof T)[]): T | undefined => {
    if (!value) return undefined;
    const picked = Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]]));
    return picked as T;
  };
  return {
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    conversation: pick(ref.conversation, ['id', 'tenantId', 'conversationType', 'isGroup']),
    bot: pick(ref.bot, ['id', 'name']),
    user: pick(ref.user, ['id', 'name', 'aadObjectId']),
  } as Partial<ConversationReference>;
}

const fingerprint = (reference: Partial<ConversationReference>, tenantId: string, locale: string | null) =>
  JSON.stringify([reference, tenantId, locale]);

/**
 * The conversation reference of each user's latest personal chat with the bot (one per channel), kept
 * in the database so that any process can reach them. Writing on every turn would cost a write per
 * message: a turn whose reference is the one already stored writes nothing, and after the first
 * check a process remembers that without reading again.
 */
export class ConversationReferences {
  private readonly known = new Map<string, string>();

  constructor(private readonly db: Database) {}

  /** Stores the reference unless it is the one already stored; true when it wrote. */
  async remember(entry: StoredConversation): Promise<boolean> {
    const reference = essentials(entry.reference);
    const key = `${entry.userId}\n${entry.channelId}`;
    const wanted = fingerprint(reference, entry.tenantId, entry.locale);
    if (this.known.get(key) === wanted) return false;
    const { ConversationReferenceRecord } = this.db.models;
    const where = { userId: entry.userId, channelId: entry.channelId };
    const stored = await ConversationReferenceRecord.findOne({ where });
    let wrote = false;
    if (!stored || fingerprint(stored.reference, stored.tenantId, stored.locale) !== wanted) {
      await this.db.write(async (transaction) => {
        const row = await ConversationReferenceRecord.findOne({
          where,
          transaction,
          lock: transaction.LOCK.UPDATE,
        });
        const values = { tenantId: entry.tenantId, reference, locale: entry.locale };
        if (row) await row.update(values, { transaction });
        else await ConversationReferenceRecord.create({ ...where, ...values }, { transaction });
      });
      wrote = true;
    }
    this.cache(key, wanted);
    return wrote;
  }

  /** The latest conversation of each of these users (one each, on the channel they used last). */
  async latest(userIds: readonly string[]): Promise<StoredConversation[]> {
    if (userIds.length === 0) return [];
    const rows = await this.db.models.ConversationReferenceRecord.findAll({
      where: { userId: [...new Set(userIds)] },
      order: [['updatedAt', 'DESC']],
    });
    const byUser = new Map<string, StoredConversation>();
    for (const row of rows) {
      if (byUser.has(row.userId)) continue;
      byUser.set(row.userId, {
        userId: row.userId,
        tenantId: row.tenantId,
        channelId: row.channelId,
        reference: row.reference as Partial<ConversationReference>,
        locale: row.locale === 'fr' || row.locale === 'en' ? row.locale : null,
      });
    }
    return [...byUser.values()];
  }

  private cache(key: string, value: string): void {
    this.known.delete(key);
    this.known.set(key, value);
    // Maps iterate in insertion order: the first key is the least recently written.
    if (this.known.size > MAX_CACHED) this.known.delete(this.known.keys().next().value as string);
  }
}
