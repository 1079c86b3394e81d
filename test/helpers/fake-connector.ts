import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One activity the bot sent to the connector (`POST /v3/conversations/:id/activities[/:replyToId]`). */
export interface SentActivity {
  conversationId: string;
  /** Set when the bot replied to an activity (the URL's last segment). */
  replyToId: string | null;
  /** The id the fake connector gave it. */
  id: string;
  body: Record<string, unknown> & {
    type?: string;
    text?: string;
    attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
  };
}

export interface ConnectorRequest {
  method: string;
  path: string;
  body: unknown;
}

/** A member the roster answers `GET …/members/:id` with (as Teams documents it, `objectId` or `aadObjectId`). */
export type RosterMember = Record<string, unknown> & { id: string };

/**
 * A fake Bot Framework connector on 127.0.0.1: records what the bot sends and answers the roster
 * calls `TeamsInfo.getMember` makes. Put its `url` in the activities' `serviceUrl`.
 */
export class FakeConnector {
  readonly requests: ConnectorRequest[] = [];
  readonly sent: SentActivity[] = [];
  private readonly roster = new Map<string, RosterMember>();
  private readonly waiters: Array<() => void> = [];
  private server: Server | null = null;
  private nextId = 1;
  /** How long activity POSTs wait before they are answered (a slow connector keeps a turn in flight). */
  delayMs = 0;
  /** The next this-many activity POSTs are refused with a 403 (the SDK does not retry a 4xx, unlike a 5xx). */
  failSends = 0;
  url = '';

  /** Members returned by `GET /v3/conversations/:any/members/:id`; others get 404 `MemberNotFoundInConversation`. */
  addMember(member: RosterMember): this {
    this.roster.set(member.id, member);
    return this;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Activities sent to one conversation, oldest first. */
  to(conversationId: string): SentActivity[] {
    return this.sent.filter((a) => a.conversationId === conversationId);
  }

  /** Adaptive Cards sent to one conversation (from index `from` of its activities). */
  cards(conversationId: string, from = 0): Array<Record<string, unknown>> {
    return this.to(conversationId)
      .slice(from)
      .flatMap((a) => a.body.attachments ?? [])
      .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((a) => a.content);
  }

  /** Waits until `predicate` holds over what was sent (checked after each request), or fails after `timeoutMs`. */
  async waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`FakeConnector: condition not met after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private wake(): void {
    this.waiters.splice(0).forEach((wake) => wake());
  }

  reset(): void {
    this.requests.length = 0;
    this.sent.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body: unknown = raw ? JSON.parse(raw) : null;
    const path = decodeURIComponent((req.url ?? '').split('?')[0]);
    this.requests.push({ method: req.method ?? '', path, body });
    this.wake();
    const reply = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
      this.wake();
    };

    const activities = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (activities && this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (activities && req.method === 'POST' && this.failSends > 0) {
      this.failSends -= 1;
      return reply(403, {
        error: {
          code: 'BotNotInConversationRoster',
          message: 'The bot is not part of the conversation roster.',
        },
      });
    }
    if (activities && req.method === 'POST') {
      const id = `activity-${this.nextId++}`;
      this.sent.push({
        conversationId: decodeURIComponent(activities[1]),
        replyToId: activities[2] ? decodeURIComponent(activities[2]) : null,
        id,
        body: body as SentActivity['body'],
      });
      return reply(200, { id });
    }
    if (activities && req.method === 'PUT') return reply(200, { id: activities[2] });
    const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (member && req.method === 'GET') {
      const found = this.roster.get(decodeURIComponent(member[2]));
      if (found) return reply(200, found);
      return reply(404, {
        error: { code: 'MemberNotFoundInConversation', message: 'The member was not found.' },
      });
    }
    return reply(404, { error: { code: 'NotFound', message: `No fake for ${req.method} ${path}` } });
  }
}
