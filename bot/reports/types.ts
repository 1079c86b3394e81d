/**
 * The contract of the admin report's CSV download (`GET /reports/:token.csv`): what the report flow
 * opens, and what a download gives back.
 */
import type { Actor, AdminReportFilters } from '../../commerce';

/** A download link of one filtered report, for one admin and one tenant. */
export interface ReportExportLink {
  url: string;
  /** ISO timestamp; the link also stops working once used. */
  expiresAt: string;
}

/** Opens CSV download links; the report flow holds one (null when the route is not mounted). */
export interface ReportExportOpener {
  open(actor: Actor, filters: AdminReportFilters): Promise<ReportExportLink>;
}

/** What a download of a link gives. */
export type ReportDownload =
  | { kind: 'csv'; csv: string; filename: string }
  /** No such link (never issued, or mistyped): 404. */
  | { kind: 'unknown' }
  /** Expired or already used: 410. */
  | { kind: 'gone' }
  /** The admin lost the right to read this tenant's report since the link was issued: 403. */
  | { kind: 'refused' };
