import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DirectoryService } from '../../commerce/directory';
import type { Actor, TenantView, UserView } from '../../commerce';

/** The demo identity an Emulator user picked (`login as …`), kept in user state. */
export interface DemoProfile {
  userId?: string;
}

export type Identity =
  | { kind: 'user'; user: UserView; actor: Actor }
  /** A Teams user whose Entra id is not in our directory for that tenant. */
  | { kind: 'unknown-user' }
  /** No Entra identity (Emulator) and demo mode on: the user must pick a demo identity. */
  | { kind: 'demo-login-needed' }
  /** No Entra identity and demo mode off. */
  | { kind: 'use-teams' };

/** The tenant of a Teams activity: `conversation.tenantId`, else `channelData.tenant.id`. */
export function tenantOf(activity: Partial<Activity>): string | null {
  const fromConversation = activity.conversation?.tenantId;
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = channelData?.tenant?.id;
  if (typeof fromConversation === 'string' && fromConversation) return fromConversation;
  return typeof fromChannelData === 'string' && fromChannelData ? fromChannelData : null;
}

/**
 * Who is talking: in Teams, the conversation's tenant and `from.aadObjectId` looked up in the directory;
 * in the Emulator with DEMO_MODE, the demo identity the user picked.
 */
export class TeamsIdentity {
  constructor(
    private readonly directory: DirectoryService,
    private readonly demo: { enabled: boolean; profile: StatePropertyAccessor<DemoProfile> },
  ) {}

  get demoMode(): boolean {
    return this.demo.enabled;
  }

  /** True when the activity carries an Entra identity (Teams), so demo logins do not apply. */
  hasEntraIdentity(activity: Partial<Activity>): boolean {
    return typeof activity.from?.aadObjectId === 'string' && activity.from.aadObjectId !== '';
  }

  async resolve(context: TurnContext): Promise<Identity> {
    const activity = context.activity;
    if (this.hasEntraIdentity(activity)) {
      const tenantId = tenantOf(activity);
      const user = tenantId
        ? await this.directory.userByEntraId(tenantId, activity.from.aadObjectId as string)
        : null;
      return user && tenantId
        ? { kind: 'user', user, actor: DirectoryService.actorOf(user, tenantId) }
        : { kind: 'unknown-user' };
    }
    if (!this.demo.enabled) return { kind: 'use-teams' };
    const profile = await this.demo.profile.get(context, {});
    const user = profile.userId ? await this.directory.userById(profile.userId) : null;
    return user
      ? { kind: 'user', user, actor: DirectoryService.actorOf(user) }
      : { kind: 'demo-login-needed' };
  }

  /** Picks a demo identity by e-mail address or directory id; null when there is no such user. */
  async login(
    context: TurnContext,
    who: string,
  ): Promise<{ user: UserView; tenant: TenantView | null } | null> {
    const wanted = who.trim().toLowerCase();
    const user = (await this.directory.listUsers()).find(
      (u) => u.email === wanted || u.id.toLowerCase() === wanted,
    );
    if (!user) return null;
    await this.demo.profile.set(context, { userId: user.id });
    return { user, tenant: await this.directory.tenant(user.tenantId) };
  }

  async logout(context: TurnContext): Promise<void> {
    await this.demo.profile.set(context, {});
  }

  async tenantName(tenantId: string): Promise<string> {
    return (await this.directory.tenant(tenantId))?.name ?? tenantId;
  }

  /** The demo directory by tenant, for the identities card. */
  async demoDirectory(): Promise<Array<{ name: string; users: UserView[] }>> {
    const users = await this.directory.listUsers();
    const tenants = new Map<string, UserView[]>();
    for (const user of users) tenants.set(user.tenantId, [...(tenants.get(user.tenantId) ?? []), user]);
    return Promise.all(
      [...tenants].map(async ([id, members]) => ({ name: await this.tenantName(id), users: members })),
    );
  }
}
