import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type restify from 'restify';
import type { Logger } from '../../logging';
import { PlainPage, renderPage, renderPlainPage } from './pages';
import { CheckoutPage, CheckoutService } from './service';
import { localeFromAcceptLanguage } from './texts';
import type { CheckoutDeps, CheckoutLocale } from './types';

/** The card form is a few hundred bytes; anything much larger is not ours. */
export const MAX_FORM_BYTES = 8 * 1024;
/** Past this, an oversize body is not even drained: the connection is closed. */
const DRAIN_LIMIT_BYTES = 1024 * 1024;
const ALLOWED = 'GET, POST';

type BodyResult = { ok: true; text: string } | { ok: false; page: 'too-large' | 'unsupported' | 'malformed' };

/**
 * Mounts `GET` and `POST /checkout/:id` (and 405 for other methods) on the server, and returns the
 * service that opens checkout links. Only these routes parse a body: urlencoded, at most 8 KiB.
 */
export function mountCheckout(server: restify.Server, deps: CheckoutDeps): CheckoutService {
  const service = new CheckoutService(deps);
  // A wildcard, not `:id`: the router refuses long parameters with its own JSON 404, and every answer here is our page.
  const path = '/checkout/*';
  const idOf = (req: restify.Request) => String(req.params['*'] ?? '');
  const secure = deps.publicUrl.startsWith('https:');
  const { logger } = deps;

  server.get(path, async (req: restify.Request, res: restify.Response) => {
    const locale = localeFromAcceptLanguage(req.headers['accept-language']);
    await respond(res, logger, secure, locale, () => service.show(idOf(req)));
  });

  server.post(path, async (req: restify.Request, res: restify.Response) => {
    const locale = localeFromAcceptLanguage(req.headers['accept-language']);
    const body = await readForm(req);
    if (!body.ok) {
      const status = { 'too-large': 413, unsupported: 415, malformed: 400 }[body.page];
      // After a 413 the rest of the body is not wanted: Node closes the connection once the answer is out.
      sendPlain(
        res,
        secure,
        body.page,
        locale,
        status,
        body.page === 'too-large' ? { Connection: 'close' } : {},
      );
      return;
    }
    await respond(res, logger, secure, locale, () => service.submit(idOf(req), body.text));
  });

  const notAllowed = async (req: restify.Request, res: restify.Response) => {
    const locale = localeFromAcceptLanguage(req.headers['accept-language']);
    sendPlain(res, secure, 'method', locale, 405);
  };
  server.put(path, notAllowed);
  server.patch(path, notAllowed);
  server.del(path, notAllowed);
  server.opts(path, notAllowed);
  server.head(path, notAllowed);
  return service;
}

async function respond(
  res: ServerResponse,
  logger: Logger,
  secure: boolean,
  fallback: CheckoutLocale,
  build: () => Promise<CheckoutPage>,
): Promise<void> {
  let page: CheckoutPage;
  try {
    page = await build();
  } catch (error) {
    logger.error('checkout page failed', { error });
    page = { type: 'failed', status: 500, locale: fallback };
  }
  const nonce = randomBytes(16).toString('base64');
  send(res, secure, page.status, nonce, renderPage(page, nonce, fallback));
}

function sendPlain(
  res: ServerResponse,
  secure: boolean,
  page: PlainPage,
  locale: CheckoutLocale,
  status: number,
  headers: Record<string, string> = {},
) {
  const nonce = randomBytes(16).toString('base64');
  const extra: Record<string, string> = page === 'method' ? { ...headers, Allow: ALLOWED } : headers;
  send(res, secure, status, nonce, renderPlainPage(page, locale, nonce), extra);
}

/** Every answer of these routes: HTML that no cache keeps, no frame shows and no other origin reads. */
export function securityHeaders(nonce: string, secure: boolean): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': [
      "default-src 'none'",
      `style-src 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
      "form-action 'self'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store, max-age=0',
    Pragma: 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    ...(secure ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}

function send(
  res: ServerResponse,
  secure: boolean,
  status: number,
  nonce: string,
  html: string,
  extra: Record<string, string> = {},
): void {
  const body = Buffer.from(html, 'utf8');
  res.writeHead(status, {
    ...securityHeaders(nonce, secure),
    ...extra,
    'Content-Length': String(body.length),
  });
  res.end(body);
}

/** Reads an urlencoded body of at most MAX_FORM_BYTES; never parses anything else. */
function readForm(req: IncomingMessage): Promise<BodyResult> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    req.resume();
    return Promise.resolve({ ok: false, page: 'unsupported' });
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_FORM_BYTES) {
    return Promise.resolve({ ok: false, page: 'too-large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyResult) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_LIMIT_BYTES) {
        req.destroy();
        return;
      }
      if (size <= MAX_FORM_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_FORM_BYTES) return finish({ ok: false, page: 'too-large' });
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
        finish({ ok: true, text });
      } catch {
        finish({ ok: false, page: 'malformed' });
      }
    });
    req.on('error', () => finish({ ok: false, page: 'malformed' }));
    req.on('close', () => finish({ ok: false, page: 'too-large' }));
  });
}
