import { createHmac } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made: a Web API method (`chat.postMessage`…) or a POST to a `response_url` (`hook`). */
export interface SlackCall {
  method: string;
  /** The form or JSON arguments, with `blocks` parsed back from JSON. */
  args: Record<string, unknown> & { channel?: string; user?: string; text?: string; blocks?: unknown[] };
}

/** A Slack user as `users.info` returns it (only what the bot reads). */
export interface FakeSlackUser {
  id: string;
  email?: string;
  deleted?: boolean;
}

/**
 * A fake Slack Web API on 127.0.0.1 (point `SLACK_API_URL` at `url`): answers `auth.test` as the
 * fixtures' bot, `users.info` from the users added, `chat.*` with a new `ts`; records every call, and
 * POSTs to `${url}hooks/…` (use it for `response_url`).
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  private readonly users = new Map<string, FakeSlackUser>();
  private readonly waiters: Array<() => void> = [];
  private server: Server | null = null;
  private nextTs = 1;
  url = '';

  addUser(user: FakeSlackUser): this {
    this.users.set(user.id, user);
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

  /** A response_url on this fake. */
  hook(name: string): string {
    return `${this.url}hooks/${name}`;
  }

  /** Calls of one method (from index `from` of all calls). */
  of(method: string, from = 0): SlackCall[] {
    return this.calls.slice(from).filter((c) => c.method === method);
  }

  /** Messages the user could see: posts, ephemeral posts, updates and response_url answers. */
  messages(from = 0): SlackCall[] {
    return this.calls
      .slice(from)
      .filter((c) => ['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'hook'].includes(c.method));
  }

  async waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`FakeSlack: condition not met after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const json = /json/.test(String(req.headers['content-type'] ?? ''));
    const args: Record<string, unknown> = json
      ? (JSON.parse(raw || '{}') as Record<string, unknown>)
      : Object.fromEntries(new URLSearchParams(raw));
    for (const key of ['blocks', 'attachments']) {
      if (typeof args[key] === 'string') args[key] = JSON.parse(args[key] as string);
    }
    const path = (req.url ?? '').split('?')[0].replace(/^\/+/, '');
    const method = path.startsWith('hooks/') ? 'hook' : path;
    const reply = (payload: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (method !== 'auth.test') this.calls.push({ method, args });
    switch (method) {
      case 'auth.test':
        reply({
          ok: true,
          url: 'https://contoso-fr.slack.com/',
          team: 'Contoso',
          user: 'licences',
          team_id: 'T07CONTOSO',
          user_id: 'U07LICBOT0',
          bot_id: 'B07LICBOT0',
        });
        break;
      case 'users.info': {
        const user = this.users.get(String(args.user));
        reply(
          user
            ? {
                ok: true,
                user: { id: user.id, deleted: user.deleted ?? false, profile: { email: user.email } },
              }
            : { ok: false, error: 'user_not_found' },
        );
        break;
      }
      case 'chat.postMessage':
      case 'chat.postEphemeral':
      case 'chat.update':
        reply({
          ok: true,
          channel: args.channel,
          ts: `1748600000.${String(this.nextTs++).padStart(6, '0')}`,
          message_ts: '1',
        });
        break;
      case 'hook':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
        break;
      default:
        reply({ ok: false, error: 'unknown_method' });
    }
    this.waiters.splice(0).forEach((wake) => wake());
  }
}

/** `X-Slack-Signature` and `X-Slack-Request-Timestamp` for `raw`, signed as Slack does. */
export function slackHeaders(
  secret: string,
  raw: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${raw}`).digest('hex');
  return { 'x-slack-signature': `v0=${signature}`, 'x-slack-request-timestamp': String(timestamp) };
}

/** Everything shown in a Slack message (text and block texts, button values and URLs), for `toContain`. */
export function slackText(call: SlackCall | undefined): string {
  return call ? JSON.stringify([call.args.text, call.args.blocks ?? []]) : '';
}
