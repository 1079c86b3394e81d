import { calculateChangeHash, ConversationState, type StoreItem, type TurnContext } from 'botbuilder';

interface CachedState {
  state: StoreItem;
  hash: string;
}

/**
 * Conversation state whose writes are conditional on the eTag it read. botbuilder's `BotState`
 * writes with `eTag: '*'` (last writer wins); this one keeps the eTag from `load`, so when two
 * processes run turns of the same conversation at once, the second save fails with
 * `StateConflictError` instead of silently overwriting the first (the turn then apologises).
 */
export class OptimisticConversationState extends ConversationState {
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    // BotState keeps its per-turn cache under a private symbol; reading it is the only way to keep the eTag.
    const cacheKey = (this as unknown as { stateKey: symbol }).stateKey;
    const cached = context.turnState.get(cacheKey) as CachedState | undefined;
    if (!cached?.state) return;
    if (!force && cached.hash === calculateChangeHash(cached.state)) return;
    const key = await this.storageKey(context);
    await this.storage.write({ [key]: cached.state });
    cached.hash = calculateChangeHash(cached.state);
  }
}
