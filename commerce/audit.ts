import { Transaction } from 'sequelize';
import type { Database } from '../models/database';

export interface AuditRecord {
  tenantId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

/** Appends to the audit log inside the caller's transaction, so the entry and the change commit together. */
export class AuditLog {
  constructor(private readonly db: Database) {}

  async record(transaction: Transaction, entry: AuditRecord): Promise<void> {
    await this.db.models.AuditEntry.create({ ...entry, data: entry.data ?? {} }, { transaction });
  }
}
