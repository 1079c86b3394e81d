import type { ServerResponse } from 'node:http';
import type restify from 'restify';
import { localeFromAcceptLanguage } from '../checkout/texts';
import { ReportExports, type ReportExportsDeps } from './exports';
import { downloadProblem } from './texts';
import type { ReportDownload } from './types';

/** The token's characters then `.csv`; anything else is not one of our links. */
const FILE_PATTERN = /^([A-Za-z0-9_-]+)\.csv$/;
/** Excel reads a CSV as UTF-8 (accents in names) only with a byte-order mark. */
const BOM = '\uFEFF';

const STATUS: Record<Exclude<ReportDownload['kind'], 'csv'>, number> = {
  unknown: 404,
  gone: 410,
  refused: 403,
};

/** Headers of every answer: nothing cached, sniffed, framed or sent on as a referrer (the URL is a credential). */
const COMMON_HEADERS = {
  'Cache-Control': 'no-store, max-age=0',
  Pragma: 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

function send(
  res: ServerResponse,
  status: number,
  type: string,
  text: string,
  extra: Record<string, string> = {},
) {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    ...COMMON_HEADERS,
    ...extra,
    'Content-Type': type,
    'Content-Length': String(body.length),
  });
  res.end(body);
}

/**
 * Mounts `GET /reports/:token.csv`, the admin report's CSV download, and returns the service that
 * opens its links. Unknown links answer 404, expired or used ones 410, an admin who lost the right 403;
 * the CSV comes as an attachment.
 */
export function mountReportExports(server: restify.Server, deps: ReportExportsDeps): ReportExports {
  const exports = new ReportExports(deps);
  // A wildcard, not `:token`: every answer of this path is ours, including for malformed names.
  server.get('/reports/*', async (req: restify.Request, res: restify.Response) => {
    const locale = localeFromAcceptLanguage(req.headers['accept-language']);
    const token = FILE_PATTERN.exec(String(req.params['*'] ?? ''))?.[1] ?? '';
    let download: ReportDownload;
    try {
      download = await exports.download(token);
    } catch (error) {
      deps.logger.error('report export failed', { error });
      send(res, 500, 'text/plain; charset=utf-8', downloadProblem('failed', locale));
      return;
    }
    if (download.kind !== 'csv') {
      send(res, STATUS[download.kind], 'text/plain; charset=utf-8', downloadProblem(download.kind, locale));
      return;
    }
    send(res, 200, 'text/csv; charset=utf-8', BOM + download.csv, {
      'Content-Disposition': `attachment; filename="${download.filename}"`,
    });
  });
  return exports;
}
