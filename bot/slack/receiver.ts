import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type restify from 'restify';
import { redactCardNumbers } from '../../commerce/payment/pan';
import type { Logger } from '../../logging';

/** Slack refuses requests older than five minutes (replays); so do we. */
export const MAX_REQUEST_AGE_SECONDS = 5 * 60;
/** Slack waits 3 s for an acknowledgement; answer just before, whatever the listener is doing. */
export const ACK_TIMEOUT_MS = 2_500;
/** Slack payloads are small (a block_actions payload with a full message is a few KB). */
export const MAX_SLACK_BODY_BYTES = 128 * 1024;

/** Set in Bolt's `context` when the receiver removed a card number from what the user sent. */
export const CARD_NUMBER_REMOVED_PROPERTY = 'cardNumberRemoved';

/** Why a request is refused before Bolt sees it; `status` is the HTTP answer. */
export class SlackRequestError extends Error {
  constructor(
    readonly status: 400 | 401 | 413 | 415,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SlackRequestError';
  }
}

/**
 * Checks `X-Slack-Signature` (`v0=` + hex HMAC-SHA256 of `v0:{ts}:{raw body}`) and that
 * `X-Slack-Request-Timestamp` is within {@link MAX_REQUEST_AGE_SECONDS} of `nowSeconds`.
 */
export function verifySlackSignature(
  signingSecret: string,
  headers: { signature?: string; timestamp?: string },
  rawBody: string,
  nowSeconds: number,
): void {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp)
    throw new SlackRequestError(401, 'MissingSignature', 'Missing Slack signature.');
  const ts = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - ts) > MAX_REQUEST_AGE_SECONDS) {
    throw new SlackRequestError(401, 'StaleRequest', 'The request timestamp is too old or invalid.');
  }
  const expected = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
  const given = Buffer.from(signature);
  const wanted = Buffer.from(expected);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    throw new SlackRequestError(401, 'BadSignature', 'The Slack signature does not match.');
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The request body as Bolt expects it: JSON (Events API), or a form whose `payload` field is JSON
 * (interactions), or a plain form (slash commands).
 */
export function parseSlackBody(raw: string, contentType: string): Record<string, unknown> {
  if (/application\/json/i.test(contentType)) {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw new SlackRequestError(400, 'BadRequest', 'The body is not valid JSON.');
    }
    if (!isObject(body)) throw new SlackRequestError(400, 'BadRequest', 'The body must be a JSON object.');
    return body;
  }
  if (/application\/x-www-form-urlencoded/i.test(contentType)) {
    const form = new URLSearchParams(raw);
    const payload = form.get('payload');
    if (payload !== null) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(payload);
      } catch {
        throw new SlackRequestError(400, 'BadRequest', 'The payload field is not valid JSON.');
      }
      if (!isObject(parsed) || typeof parsed.type !== 'string')
        throw new SlackRequestError(400, 'BadRequest', 'The payload must be an interaction object.');
      return parsed;
    }
    const body = Object.fromEntries(form);
    if (
      typeof body.command !== 'string' ||
      typeof body.team_id !== 'string' ||
      typeof body.user_id !== 'string'
    )
      throw new SlackRequestError(400, 'BadRequest', 'A slash command needs command, team_id and user_id.');
    return body;
  }
  throw new SlackRequestError(415, 'UnsupportedMediaType', 'Send JSON or a form.');
}

/** Replaces every card number in every string of `value`; `found` tells whether one was removed. */
export function redactCardNumbersDeep<T>(value: T): { value: T; found: boolean } {
  let found = false;
  const clean = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') {
      const redacted = redactCardNumbers(v);
      if (redacted !== v) found = true;
      return redacted;
    }
    if (depth > 12 || v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((item) => clean(item, depth + 1));
    return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, clean(item, depth + 1)]));
  };
  const cleaned = clean(value, 0) as T;
  return { value: cleaned, found };
}

/**
 * Where people's words are in a Slack body: a slash command's `text`, an event (its `text` and the
 * rich-text blocks that repeat it), the inputs of a message or a modal, and the clicked element's
 * value. Ids elsewhere (`trigger_id`, timestamps) are long digit runs that may pass Luhn: left alone.
 */
const USER_INPUT_PATHS: ReadonlyArray<readonly string[]> = [
  ['text'],
  ['event'],
  ['state'],
  ['actions'],
  ['view', 'state'],
];

/** Removes card numbers from what the user typed in `body`; `found` tells whether one was removed. */
export function redactUserInput(body: Record<string, unknown>): {
  value: Record<string, unknown>;
  found: boolean;
} {
  let found = false;
  const visit = (node: Record<string, unknown>, path: readonly string[]): Record<string, unknown> => {
    const [key, ...rest] = path;
    if (!Object.hasOwn(node, key)) return node;
    if (rest.length === 0) {
      const cleaned = redactCardNumbersDeep(node[key]);
      found ||= cleaned.found;
      return cleaned.found ? { ...node, [key]: cleaned.value } : node;
    }
    const child = node[key];
    return isObject(child) ? { ...node, [key]: visit(child, rest) } : node;
  };
  const value = USER_INPUT_PATHS.reduce(visit, body);
  return { value, found };
}

function readRaw(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length']) > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      if (size > limit * 16) req.destroy();
    });
    req.on('end', () =>
      tooLarge
        ? reject(new SlackRequestError(413, 'PayloadTooLarge', `A Slack request is at most ${limit} bytes.`))
        : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

export interface RestifyReceiverOptions {
  signingSecret: string;
  logger: Logger;
  path?: string;
  /** Seconds since the epoch (tests may move it). */
  now?: () => number;
}

/**
 * A Bolt `Receiver` on the bot's restify server: reads the raw body, checks the signature and its age,
 * answers `url_verification`, removes card numbers, then hands the event to `app.processEvent`.
 * The HTTP answer is the listener's `ack()`, or an empty 200 after {@link ACK_TIMEOUT_MS}.
 */
export class RestifyReceiver implements Receiver {
  private app: App | null = null;
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly options: RestifyReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  /** Resolves when every event handed to Bolt has finished, or after `timeoutMs` (then false). */
  async idle(timeoutMs: number): Promise<boolean> {
    if (this.pending.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const done = Promise.allSettled([...this.pending]).then(() => true as const);
    const result = await Promise.race([done, timeout]);
    clearTimeout(timer);
    return result;
  }

  mount(server: restify.Server): void {
    // restify needs an async function for a two-argument handler.
    server.post(this.options.path ?? '/slack/events', async (req: restify.Request, res: restify.Response) => {
      await this.handle(req, res);
    });
  }

  private async handle(req: restify.Request, res: restify.Response): Promise<void> {
    const { logger } = this.options;
    const refuse = (error: SlackRequestError) => {
      if (error.status === 401) logger.warn('slack request refused', { code: error.code });
      res.send(error.status, { error: { code: error.code, message: error.message } });
    };
    let body: Record<string, unknown>;
    try {
      const raw = await readRaw(req, MAX_SLACK_BODY_BYTES);
      const header = (name: string) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      const now = this.options.now?.() ?? Math.floor(Date.now() / 1000);
      verifySlackSignature(
        this.options.signingSecret,
        { signature: header('x-slack-signature'), timestamp: header('x-slack-request-timestamp') },
        raw,
        now,
      );
      body = parseSlackBody(raw, String(req.headers['content-type'] ?? ''));
    } catch (error) {
      if (error instanceof SlackRequestError) return refuse(error);
      throw error;
    }
    if (body.type === 'url_verification') {
      if (typeof body.challenge !== 'string')
        return refuse(new SlackRequestError(400, 'BadRequest', 'No challenge.'));
      res.send(200, { challenge: body.challenge });
      return;
    }
    if (!this.app) throw new Error('RestifyReceiver: init(app) was not called');

    const { value: clean, found } = redactUserInput(body);
    let answered = false;
    const answer = (status: number, payload?: unknown) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      if (payload === undefined || payload === '') res.send(status);
      else if (typeof payload === 'string') res.send(status, { text: payload });
      else res.send(status, payload);
    };
    const timer = setTimeout(() => answer(200), ACK_TIMEOUT_MS);
    const retry = req.headers['x-slack-retry-num'];
    const event: ReceiverEvent = {
      body: clean,
      retryNum: typeof retry === 'string' ? Number(retry) : undefined,
      retryReason:
        typeof req.headers['x-slack-retry-reason'] === 'string'
          ? req.headers['x-slack-retry-reason']
          : undefined,
      customProperties: { [CARD_NUMBER_REMOVED_PROPERTY]: found },
      ack: async (response?: unknown) => answer(200, response),
    };
    const work = this.app.processEvent(event).then(
      () => answer(200),
      (error: unknown) => {
        logger.error('slack event failed', { error, type: clean.type });
        answer(500);
      },
    );
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
    await work;
  }
}
