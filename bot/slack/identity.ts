import type { webApi } from '@slack/bolt';
import { DirectoryService } from '../../commerce/directory';
import type { Actor, UserView } from '../../commerce';
import type { MentionedUser } from '../../dialogs';
import type { Logger } from '../../logging';

export type SlackIdentity =
  | { kind: 'user'; user: UserView; actor: Actor }
  /** The workspace (or its Enterprise Grid org) is not mapped to a tenant. */
  | { kind: 'unknown-workspace' }
  /** Neither the Slack id nor the profile e-mail is in the tenant's directory. */
  | { kind: 'unknown-user'; tenantId: string };

/** Who is writing, in Slack terms. */
export interface SlackUserRef {
  teamId: string;
  enterpriseId?: string | null;
  userId: string;
}

/** `<@U123>` or `<@U123|name>` in a Slack message. */
const MENTION = /<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g;

/**
 * Slack identities to directory users: the workspace's tenant, then the user by Slack id or, failing
 * that, by the e-mail of their Slack profile (`users.info`, needs `users:read.email`).
 */
export class SlackIdentityResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly logger: Logger,
  ) {}

  async resolve(client: webApi.WebClient, who: SlackUserRef): Promise<SlackIdentity> {
    const tenantId = await this.directory.tenantForSlackTeam(who.teamId, who.enterpriseId ?? null);
    if (!tenantId) return { kind: 'unknown-workspace' };
    const user = await this.userIn(client, tenantId, who.userId);
    return user
      ? { kind: 'user', user, actor: DirectoryService.actorOf(user, tenantId) }
      : { kind: 'unknown-user', tenantId };
  }

  /**
   * The text without the bot's mention nor the people it names, and those people as references the
   * core resolves (directory id, else e-mail; null when Slack does not know them).
   */
  async readMentions(
    client: webApi.WebClient,
    tenantId: string,
    text: string,
    botUserId: string | undefined,
  ): Promise<{ text: string; mentions: MentionedUser[] }> {
    const people = new Map<string, string>();
    for (const match of text.matchAll(MENTION)) {
      if (match[1] !== botUserId) people.set(match[1], match[2] ?? match[1]);
    }
    const clean = text.replace(MENTION, ' ').replace(/\s+/g, ' ').trim();
    const mentions = await Promise.all(
      [...people].map(async ([id, name]) => {
        const user = await this.userIn(client, tenantId, id);
        return { name: user?.displayName ?? name, ref: user?.id ?? null };
      }),
    );
    return { text: clean, mentions };
  }

  private async userIn(
    client: webApi.WebClient,
    tenantId: string,
    slackUserId: string,
  ): Promise<UserView | null> {
    const byId = await this.directory.userBySlackId(tenantId, slackUserId);
    if (byId) return byId;
    const email = await this.emailOf(client, slackUserId);
    return email ? this.directory.userByEmail(tenantId, email) : null;
  }

  private async emailOf(client: webApi.WebClient, slackUserId: string): Promise<string | null> {
    try {
      const answer = await client.users.info({ user: slackUserId });
      const email = answer.user?.profile?.email;
      return answer.user?.deleted || !email ? null : email;
    } catch (error) {
      // user_not_found, missing_scope (users:read.email): the user stays unknown.
      this.logger.warn('slack users.info failed', { slackUserId, error });
      return null;
    }
  }
}
