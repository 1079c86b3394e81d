import type { IncomingMessage } from 'node:http';
import type restify from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from '../../logging';
import type { BotAdapter } from './adapter';
import { CARD_NUMBER_REMOVED, type LicenceBot } from './bot';
import { redactActivity } from './redaction';
import { TurnQueue } from './turn-queue';

/** Largest activity accepted; Teams messages are at most ~28 KB, cards and entities included. */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

export interface MessagesRouteDeps {
  adapter: BotAdapter;
  bot: LicenceBot;
  logger: Logger;
  maxBytes?: number;
}

type Body = { ok: true; raw: string } | { ok: false; status: 413 };

/** Reads the request body up to `limit` bytes; a larger body is drained (up to a point) and refused. */
function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(req.headers['content-length']);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      // Someone streaming far more than any activity: stop reading.
      if (size > limit * 16) req.destroy();
    });
    req.on('end', () =>
      resolve(
        tooLarge ? { ok: false, status: 413 } : { ok: true, raw: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    req.on('close', () => resolve({ ok: false, status: 413 }));
    req.on('error', reject);
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const hasId = (value: unknown) => isObject(value) && typeof value.id === 'string' && value.id !== '';

/** Why an activity cannot be processed, or null. Checked before botbuilder sees it, so it never throws on one. */
export function activityProblem(activity: unknown): string | null {
  if (!isObject(activity)) return 'the body must be a JSON object (an activity)';
  if (typeof activity.type !== 'string' || activity.type === '') return 'type is required';
  if (typeof activity.channelId !== 'string' || activity.channelId === '') return 'channelId is required';
  if (typeof activity.serviceUrl !== 'string' || !/^https?:\/\/[^\s/]+/i.test(activity.serviceUrl)) {
    return 'serviceUrl must be an http(s) URL';
  }
  if (!hasId(activity.conversation)) return 'conversation.id is required';
  if (!hasId(activity.from)) return 'from.id is required';
  if (!hasId(activity.recipient)) return 'recipient.id is required';
  if (activity.text !== undefined && activity.text !== null && typeof activity.text !== 'string')
    return 'text must be a string';
  for (const list of ['entities', 'attachments', 'membersAdded', 'membersRemoved'] as const) {
    const value = activity[list];
    if (value !== undefined && value !== null && (!Array.isArray(value) || !value.every(isObject))) {
      return `${list} must be a list of objects`;
    }
  }
  if (Array.isArray(activity.membersAdded) && !activity.membersAdded.every(hasId))
    return 'membersAdded[].id is required';
  if (activity.type === 'invoke' && (typeof activity.name !== 'string' || activity.name === ''))
    return 'name is required for an invoke';
  return null;
}

function badRequest(res: restify.Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/**
 * `POST /api/messages`, the Bot Framework endpoint. Only this route parses JSON (Slack needs raw
 * bodies elsewhere): malformed JSON gets 400, more than `maxBytes` 413, an activity missing what a
 * turn needs 400, a bad or missing JWT (when an app id is configured) 401. Card numbers are removed
 * from the user's text and card inputs before anything else reads them. Turns of one conversation
 * run one at a time.
 */
export function mountMessagesRoute(server: restify.Server, deps: MessagesRouteDeps): void {
  const limit = deps.maxBytes ?? MAX_ACTIVITY_BYTES;
  const queue = new TurnQueue();
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const contentType = String(req.headers['content-type'] ?? 'application/json');
    if (!/json/i.test(contentType))
      return badRequest(res, 415, 'UnsupportedMediaType', 'Send the activity as JSON.');
    const body = await readBody(req, limit);
    if (!body.ok) {
      res.header('connection', 'close');
      return badRequest(res, 413, 'PayloadTooLarge', `An activity is at most ${limit} bytes.`);
    }
    let activity: unknown;
    try {
      activity = JSON.parse(body.raw);
    } catch {
      return badRequest(res, 400, 'BadRequest', 'The body is not valid JSON.');
    }
    const problem = activityProblem(activity);
    if (problem) return badRequest(res, 400, 'BadRequest', `Invalid activity: ${problem}.`);

    const incoming = activity as Activity;
    const cardNumberRemoved = redactActivity(incoming);
    const authHeader = String(req.headers.authorization ?? '');
    const conversationKey = `${incoming.channelId}/${incoming.conversation.id}`;
    try {
      const response = await deps.adapter.handle(authHeader, incoming, (context: TurnContext) =>
        queue.run(conversationKey, () => {
          if (cardNumberRemoved) context.turnState.set(CARD_NUMBER_REMOVED, true);
          return deps.bot.run(context);
        }),
      );
      if (response?.body === undefined) res.send(response?.status ?? 200);
      else res.send(response.status, response.body);
    } catch (error) {
      const status = (error as { statusCode?: unknown }).statusCode;
      if (status === 401 || status === 403) {
        return badRequest(res, 401, 'Unauthorized', 'A valid Bot Framework token is required.');
      }
      deps.logger.error('activity failed outside a turn', {
        error,
        activityType: incoming.type,
        channelId: incoming.channelId,
      });
      return badRequest(res, 500, 'InternalError', 'The activity could not be processed.');
    }
  });
}
