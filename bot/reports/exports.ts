import { createHash, randomBytes } from 'node:crypto';
import { Op } from 'sequelize';
import type { Actor, AdminReportFilters, Commerce } from '../../commerce';
import { isCommerceError } from '../../commerce';
import type { Clock } from '../../commerce/clock';
import { isoDay } from '../../commerce/clock';
import type { Logger } from '../../logging';
import type { Database } from '../../models/database';
import type { ReportDownload, ReportExportLink, ReportExportOpener } from './types';

/** 32 random bytes (256 bits), URL-safe: the link is the only credential a browser carries. */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** How long a link works (the brief allows at most 15 minutes). */
export const REPORT_LINK_TTL_MINUTES = 10;
/** Used and expired links are deleted after this long (kept a while so a late click answers 410, not 404). */
const PURGE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface ReportExportsDeps {
  db: Database;
  commerce: Pick<Commerce, 'admin' | 'access' | 'directory'>;
  clock: Clock;
  logger: Logger;
  /** The public base URL of this server (links point at `/reports/…` on it). */
  publicUrl: string;
  ttlMinutes?: number;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A file name for the tenant's export: ASCII, no path or quote characters. */
function filenameOf(tenantName: string, day: string): string {
  const slug = tenantName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `subscriptions-${slug || 'tenant'}-${day}.csv`;
}

/**
 * CSV download links of the admin report. A link is bound to the admin, the tenant and the filters,
 * works once and for a few minutes; only a hash of its token is stored. The download re-checks the
 * admin's rights through the core, so a link outlives no right that was lost.
 */
export class ReportExports implements ReportExportOpener {
  private readonly ttlMs: number;

  constructor(private readonly deps: ReportExportsDeps) {
    this.ttlMs = (deps.ttlMinutes ?? REPORT_LINK_TTL_MINUTES) * 60_000;
  }

  async open(actor: Actor, filters: AdminReportFilters): Promise<ReportExportLink> {
    // Only an admin of the tenant gets a link (the core says who is one).
    await this.deps.commerce.access.requireAdmin(actor);
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const now = this.deps.clock.now();
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    const { ReportExport } = this.deps.db.models;
    await this.deps.db.write(async (transaction) => {
      // Old links go in the same write: an indexed delete, usually of nothing.
      await ReportExport.destroy({
        where: { expiresAt: { [Op.lt]: new Date(now.getTime() - PURGE_AFTER_MS) } },
        transaction,
      });
      await ReportExport.create(
        {
          id: hashOf(token),
          tenantId: actor.tenantId,
          userId: actor.userId,
          filters: { ...filters },
          expiresAt,
        },
        { transaction },
      );
    });
    return {
      url: `${this.deps.publicUrl.replace(/\/+$/, '')}/reports/${token}.csv`,
      expiresAt: expiresAt.toISOString(),
    };
  }

  /** Claims the link (once) and builds the CSV of its report. */
  async download(token: string): Promise<ReportDownload> {
    if (!TOKEN_PATTERN.test(token)) return { kind: 'unknown' };
    const id = hashOf(token);
    const { db, clock } = this.deps;
    const claimed = await db.write(async (transaction) => {
      const row = await db.models.ReportExport.findByPk(id, { transaction, lock: transaction.LOCK.UPDATE });
      if (!row) return 'unknown' as const;
      const now = clock.now();
      if (row.usedAt || row.expiresAt.getTime() <= now.getTime()) return 'gone' as const;
      row.usedAt = now;
      await row.save({ transaction });
      return row;
    });
    if (claimed === 'unknown' || claimed === 'gone') return { kind: claimed };
    const actor: Actor = { tenantId: claimed.tenantId, userId: claimed.userId };
    try {
      const csv = await this.deps.commerce.admin.exportCsv(actor, claimed.filters as AdminReportFilters);
      const tenant = await this.deps.commerce.directory.tenant(actor.tenantId);
      return { kind: 'csv', csv, filename: filenameOf(tenant?.name ?? 'tenant', isoDay(clock.now())) };
    } catch (error) {
      if (!isCommerceError(error)) throw error;
      this.deps.logger.info('report export refused', { code: error.code, tenantId: actor.tenantId });
      return { kind: 'refused' };
    }
  }
}
