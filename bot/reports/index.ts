/** The admin report's CSV download (`GET /reports/:token.csv`): short-lived, single-use links bound to an admin. */
export { mountReportExports } from './routes';
export { REPORT_LINK_TTL_MINUTES, ReportExports, type ReportExportsDeps } from './exports';
export type * from './types';
