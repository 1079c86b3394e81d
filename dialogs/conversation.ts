import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Conversation, LinkMemory, RememberedLink } from './services';
import { contextReply, turnEnv } from './turn';

/** Links kept per conversation; older ones are forgotten (their pages expire within minutes anyway). */
export const MAX_REMEMBERED_LINKS = 20;

export type RememberedLinks = Record<string, RememberedLink>;

/** Checkout links remembered in conversation state, so they survive a restart and are shared by processes. */
class StateLinkMemory implements LinkMemory {
  constructor(
    private readonly accessor: StatePropertyAccessor<RememberedLinks>,
    private readonly context: TurnContext,
  ) {}

  async recall(key: string): Promise<RememberedLink | undefined> {
    const links = await this.accessor.get(this.context, {});
    return Object.hasOwn(links, key) ? links[key] : undefined;
  }

  async remember(key: string, link: RememberedLink): Promise<void> {
    const links = { ...(await this.accessor.get(this.context, {})), [key]: link };
    const keys = Object.keys(links);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_REMEMBERED_LINKS))) delete links[old];
    await this.accessor.set(this.context, links);
  }
}

/** Builds the channel-neutral {@link Conversation} of a botbuilder turn (Teams, Emulator). */
export class ConversationFactory {
  constructor(private readonly links: StatePropertyAccessor<RememberedLinks>) {}

  of(context: TurnContext): Conversation {
    return {
      ...turnEnv(context),
      reply: contextReply(context),
      links: new StateLinkMemory(this.links, context),
    };
  }
}
