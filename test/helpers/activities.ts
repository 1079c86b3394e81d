import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { sharedFile } from './shared-files';

/** The shared protocol fixtures (`../shared/fixtures`). */
export const FIXTURES_DIR = sharedFile('fixtures');

export type Activity = Record<string, unknown> & {
  type: string;
  id?: string;
  text?: string;
  locale?: string;
  serviceUrl?: string;
  conversation?: Record<string, unknown> & { id: string };
  from?: Record<string, unknown> & { id: string };
  value?: unknown;
};

/** A Teams fixture (`shared/fixtures/teams/<name>.json`), parsed afresh. */
export function teamsFixture(name: string): Activity {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, 'teams', `${name}.json`), 'utf8')) as Activity;
}

export const BOT = { id: '28:255a5e0a-e0e0-44c0-b3cd-e94fb1d06382', name: 'Licences Power Platform' };
export const CONTOSO_TENANT = '757ce249-7b18-4ba2-84f9-10a52f4e6464';

/** Teams identities of the demo users (Entra object ids from the seed; chat ids made up). */
export const TEAMS_USERS = {
  anna: { id: '29:anna', name: 'Anna Martin', aadObjectId: 'cc2f643d-dbb7-40af-b2c7-94bce7feddbf' },
  bruno: { id: '29:bruno', name: 'Bruno Lefèvre', aadObjectId: 'b19a4994-adc3-48a7-afcd-55e3f5d73369' },
  chloe: { id: '29:chloe', name: 'Chloé Dubois', aadObjectId: 'b2000000-0000-4000-8000-000000000003' },
  guest: { id: '29:guest', name: 'Gustav Berg', aadObjectId: 'b2000000-0000-4000-8000-000000000007' },
  iris: { id: '29:iris', name: 'Iris Leroy', aadObjectId: 'b2000000-0000-4000-8000-000000000008' },
  grace: { id: '29:grace', name: 'Grace Admin', aadObjectId: 'b2000000-0000-4000-8000-000000000001' },
  david: { id: '29:david', name: 'David Chen', aadObjectId: 'b2000000-0000-4000-8000-000000000004' },
  stranger: {
    id: '29:stranger',
    name: 'Not In Directory',
    aadObjectId: 'b2000000-0000-4000-8000-000000000999',
  },
  gary: { id: '29:gary', name: 'Gary Moss', aadObjectId: 'b2000000-0000-4000-8000-000000000021' },
  john: { id: '29:john', name: 'John Smith', aadObjectId: '2a3b704d-220b-4aad-b12a-0c7a699c6179' },
} as const;

export type TeamsUser = { id: string; name: string; aadObjectId?: string };

const TENANT_OF: Record<string, string> = {
  [TEAMS_USERS.gary.aadObjectId]: 'a1000000-0000-4000-8000-000000000001',
  [TEAMS_USERS.john.aadObjectId]: '06af29f4-d88a-45ba-b566-02d502dec743',
};

/**
 * Builds activities of one personal (1:1) Teams conversation, pointed at a fake connector.
 * Each conversation gets a fresh id, so tests never share state.
 */
export class TeamsConversation {
  readonly id: string;
  readonly tenantId: string;
  private seq = 0;

  constructor(
    readonly serviceUrl: string,
    readonly user: TeamsUser,
    readonly locale: string | null = 'fr-FR',
    options: { id?: string; tenantId?: string } = {},
  ) {
    this.id = options.id ?? `a:test-${randomUUID()}`;
    this.tenantId = options.tenantId ?? TENANT_OF[user.aadObjectId ?? ''] ?? CONTOSO_TENANT;
  }

  private base(type: string): Activity {
    this.seq += 1;
    return {
      type,
      id: `${this.id.slice(-8)}-${this.seq}`,
      timestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl: this.serviceUrl,
      from: { ...this.user },
      recipient: { ...BOT },
      conversation: { conversationType: 'personal', tenantId: this.tenantId, id: this.id },
      channelData: { tenant: { id: this.tenantId } },
      ...(this.locale
        ? { locale: this.locale, entities: [{ type: 'clientInfo', locale: this.locale }] }
        : {}),
    };
  }

  message(text: string, extra: Partial<Activity> = {}): Activity {
    return { ...this.base('message'), text, textFormat: 'plain', ...extra };
  }

  /** An `Action.Execute` click (`invoke` `adaptiveCard/action`). */
  execute(verb: string, data: Record<string, unknown> = {}, actionId?: string): Activity {
    return {
      ...this.base('invoke'),
      name: 'adaptiveCard/action',
      replyToId: 'card-message-1',
      value: {
        action: { type: 'Action.Execute', id: actionId ?? `act-${randomUUID()}`, verb, data },
        trigger: 'manual',
      },
    };
  }

  /** The bot installed in this personal chat: `membersAdded` = bot + user. */
  installed(): Activity {
    return {
      ...this.base('conversationUpdate'),
      membersAdded: [{ id: BOT.id }, { id: this.user.id, aadObjectId: this.user.aadObjectId }],
    };
  }
}

/** An Emulator conversation: channel `emulator`, no tenant, no Entra identity. */
export function emulatorMessage(
  serviceUrl: string,
  conversationId: string,
  text: string,
  locale = 'en-US',
): Activity {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'emulator-user-1', name: 'User', role: 'user' },
    recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
    conversation: { id: conversationId },
    locale,
    text,
    textFormat: 'plain',
  };
}

/** The Adaptive Card of an `invoke` answer (`{statusCode, type, value}`), or null. */
export function invokeCard(body: unknown): Record<string, unknown> | null {
  const response = body as { type?: string; value?: Record<string, unknown> } | null;
  return response?.type === 'application/vnd.microsoft.card.adaptive' ? (response.value ?? null) : null;
}

/** Every `text` of a card (TextBlocks, facts, action titles), joined: for `toContain` checks. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title', 'value', 'label', 'url'].includes(key))
          texts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  // Intl puts (narrow) no-break spaces in amounts and dates: plain spaces are easier to match.
  return texts.join('\n').replace(/[\u00a0\u202f]/g, ' ');
}

/** Finds the first `Action.Execute` with `verb` in a card (anywhere, ShowCards included). */
export function findAction(
  card: unknown,
  verb: string,
): { verb: string; data: Record<string, unknown> } | null {
  let found: { verb: string; data: Record<string, unknown> } | null = null;
  const walk = (node: unknown) => {
    if (found) return;
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'Action.Execute' && n.verb === verb) {
        found = { verb, data: (n.data as Record<string, unknown>) ?? {} };
        return;
      }
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return found;
}
