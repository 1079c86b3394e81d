import restify from 'restify';
import type { Database } from '../models/database';
import type { Logger } from '../logging';

export interface HttpServerDeps {
  db: Database;
  logger: Logger;
  name?: string;
}

/**
 * The restify server with the routes every deployment has (`GET /healthz`). Channel routes are
 * mounted by the composition root. No global body parser: Slack's signature check needs the raw body,
 * so each route parses its own.
 */
export function createHttpServer({
  db,
  logger,
  name = 'licence-purchase-bot',
}: HttpServerDeps): restify.Server {
  const server = restify.createServer({ name, handleUncaughtExceptions: false });
  server.get('/healthz', async (_req, res) => {
    const database = await db.ping();
    res.status(database ? 200 : 503);
    res.json({
      status: database ? 'ok' : 'unavailable',
      database: database ? 'reachable' : 'unreachable',
      dialect: db.dialect,
    });
  });
  server.on(
    'restifyError',
    (
      req: restify.Request,
      _res: restify.Response,
      error: Error & { statusCode?: number },
      next: () => void,
    ) => {
      // A handler that throws answers 500 with a generic body; the details go to the log only.
      if (!error.statusCode || error.statusCode >= 500)
        logger.error('request failed', { path: req.path(), error });
      return next();
    },
  );
  return server;
}

/** Starts listening; resolves with the bound port (0 picks a free one, as tests do). */
export function listen(server: restify.Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    const onListening = () => resolve((server.address() as { port: number }).port);
    if (host) server.listen(port, host, onListening);
    else server.listen(port, onListening);
  });
}

/** Requests being served, and a way to wait until none is (SIGTERM lets in-flight turns finish). */
export interface InFlight {
  readonly count: number;
  /** Resolves when no request is in flight, or after `timeoutMs` (then false). */
  idle(timeoutMs: number): Promise<boolean>;
}

export function trackInFlight(server: restify.Server): InFlight {
  let count = 0;
  let waiters: Array<() => void> = [];
  server.server.on('request', (_req, res) => {
    count += 1;
    res.once('close', () => {
      count -= 1;
      if (count === 0) waiters.splice(0).forEach((wake) => wake());
    });
  });
  return {
    get count() {
      return count;
    },
    idle(timeoutMs) {
      if (count === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== wake);
          resolve(false);
        }, timeoutMs);
        const wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        waiters.push(wake);
      });
    },
  };
}
