import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Op } from 'sequelize';
import type { Database } from '../../models/database';
import type { CheckoutSession } from '../../models/runtime';
import type {
  CheckoutKind,
  CheckoutLocale,
  CheckoutOutcome,
  CheckoutPayloads,
  CheckoutSessionView,
} from './types';

/** 24 random bytes (192 bits), URL-safe: the link is the only credential, so it must not be guessable. */
const ID_BYTES = 24;
const ID_PATTERN = /^chk_[A-Za-z0-9_-]{32}$/;

/** What a completed session keeps to show its receipt again (brand and last 4 only, never card data). */
export type StoredResult = {
  [K in CheckoutOutcome['kind']]: { kind: K; receipt: Extract<CheckoutOutcome, { kind: K }>['receipt'] };
}[CheckoutOutcome['kind']];

/** The `payload` column: the caller's payload plus what the page needs. Never card data. */
interface StoredPayload {
  v: 1;
  locale: CheckoutLocale;
  /** Compared with the form's hidden field; random per session. */
  csrf: string;
  request: CheckoutPayloads[CheckoutKind];
  result?: StoredResult;
  closedReason?: ClosedReason;
}

/** Why a link closed before its expiry: too many tries, or a retry that could not tell whether an earlier try charged. */
export type ClosedReason = 'attempts' | 'unconfirmed';

/** A session read from the database, with its stored payload unpacked. */
export interface LoadedSession {
  row: CheckoutSession;
  view: CheckoutSessionView;
  csrf: string;
  result: StoredResult | null;
  closedReason: ClosedReason | null;
}

export function newSessionId(): string {
  return `chk_${randomBytes(ID_BYTES).toString('base64url')}`;
}

export function isSessionId(value: string): boolean {
  return ID_PATTERN.test(value);
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

export function csrfMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Every state change of a checkout session is a conditional UPDATE in one `db.write`, so that two
 * submits (in one process or several) never both hold the session.
 */
export class CheckoutSessions {
  constructor(private readonly db: Database) {}

  async create(input: {
    id: string;
    tenantId: string;
    userId: string;
    kind: CheckoutKind;
    request: CheckoutPayloads[CheckoutKind];
    conversationRef: Record<string, unknown> | null;
    locale: CheckoutLocale;
    csrf: string;
    expiresAt: Date;
  }): Promise<void> {
    const payload: StoredPayload = { v: 1, locale: input.locale, csrf: input.csrf, request: input.request };
    await this.db.write((transaction) =>
      this.db.models.CheckoutSession.create(
        {
          id: input.id,
          tenantId: input.tenantId,
          userId: input.userId,
          kind: input.kind,
          payload: payload as unknown as Record<string, unknown>,
          conversationRef: input.conversationRef,
          status: 'open',
          expiresAt: input.expiresAt,
          attempts: 0,
        },
        { transaction },
      ),
    );
  }

  async find(id: string): Promise<LoadedSession | null> {
    if (!isSessionId(id)) return null;
    const row = await this.db.models.CheckoutSession.findByPk(id);
    return row ? load(row) : null;
  }

  /**
   * Takes the session for one submit: `open` → `processing`, or a `processing` whose holder went
   * silent before `staleBefore` (a crashed process). Returns false when another submit holds it,
   * it is finished, or it has used its attempts.
   */
  async claim(id: string, now: Date, staleBefore: Date, maxAttempts: number): Promise<boolean> {
    const [count] = await this.db.write((transaction) =>
      this.db.models.CheckoutSession.update(
        { status: 'processing', updatedAt: now },
        {
          where: {
            id,
            attempts: { [Op.lt]: maxAttempts },
            [Op.or]: [{ status: 'open' }, { status: 'processing', updatedAt: { [Op.lt]: staleBefore } }],
          },
          transaction,
          silent: true,
        },
      ),
    );
    return count === 1;
  }

  /**
   * Gives a held session back. `triedGateway` counts the attempt (a new idempotency key next time);
   * at `maxAttempts`, or with `close`, the link closes (`expired`).
   */
  async release(
    id: string,
    now: Date,
    options: { triedGateway: boolean; maxAttempts: number; close?: ClosedReason },
  ): Promise<{ attempts: number; closed: boolean }> {
    return this.db.write(async (transaction) => {
      const row = await this.db.models.CheckoutSession.findByPk(id, {
        transaction,
        lock: transaction.LOCK.UPDATE,
      });
      if (!row || row.status !== 'processing') {
        return { attempts: row?.attempts ?? 0, closed: row?.status === 'expired' };
      }
      const attempts = row.attempts + (options.triedGateway ? 1 : 0);
      const closedReason = options.close ?? (attempts >= options.maxAttempts ? 'attempts' : undefined);
      const payload: StoredPayload = { ...storedPayload(row), ...(closedReason ? { closedReason } : {}) };
      await this.db.models.CheckoutSession.update(
        {
          status: closedReason ? 'expired' : 'open',
          attempts,
          payload: payload as unknown as Record<string, unknown>,
          updatedAt: now,
        },
        { where: { id, status: 'processing' }, transaction, silent: true },
      );
      return { attempts, closed: closedReason !== undefined };
    });
  }

  /** `processing` → `completed`, keeping the receipt; false if the session was not held any more. */
  async complete(id: string, now: Date, resultId: string, result: StoredResult): Promise<boolean> {
    return this.db.write(async (transaction) => {
      const row = await this.db.models.CheckoutSession.findByPk(id, {
        transaction,
        lock: transaction.LOCK.UPDATE,
      });
      if (!row || row.status !== 'processing') return false;
      const payload: StoredPayload = { ...storedPayload(row), result };
      const [count] = await this.db.models.CheckoutSession.update(
        {
          status: 'completed',
          resultId,
          attempts: row.attempts + 1,
          payload: payload as unknown as Record<string, unknown>,
          updatedAt: now,
        },
        { where: { id, status: 'processing' }, transaction, silent: true },
      );
      return count === 1;
    });
  }

  /** `open` past its expiry → `expired` (kept for the 410 page; never reopened). */
  async expire(id: string, now: Date): Promise<void> {
    await this.db.write((transaction) =>
      this.db.models.CheckoutSession.update(
        { status: 'expired', updatedAt: now },
        { where: { id, status: 'open' }, transaction, silent: true },
      ),
    );
  }
}

function storedPayload(row: CheckoutSession): StoredPayload {
  const raw = typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload;
  return raw as StoredPayload;
}

function load(row: CheckoutSession): LoadedSession {
  const payload = storedPayload(row);
  const conversationRef =
    typeof row.conversationRef === 'string' ? JSON.parse(row.conversationRef) : row.conversationRef;
  return {
    row,
    csrf: payload.csrf,
    result: payload.result ?? null,
    closedReason: payload.closedReason ?? null,
    view: {
      id: row.id,
      tenantId: row.tenantId,
      userId: row.userId,
      kind: row.kind,
      payload: payload.request,
      conversationRef: conversationRef ?? null,
      locale: payload.locale,
      status: row.status,
      expiresAt: new Date(row.expiresAt).toISOString(),
      resultId: row.resultId ?? null,
      attempts: row.attempts,
    },
  };
}
