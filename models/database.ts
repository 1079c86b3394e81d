import { Options, Sequelize, Transaction } from 'sequelize';
import { SequelizeStorage, Umzug } from 'umzug';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { BusyError } from '../commerce/errors';
import { initModels, Models } from './index';
import * as initialSchema from './migrations/2026.11.30T00.00.00.initial-schema';
import * as renewalBillOnce from './migrations/2026.11.30T00.00.01.renewal-bill-once';
import * as channelTables from './migrations/2026.11.30T00.00.02.conversation-references-and-report-exports';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** postgres://… ; when absent, SQLite at `sqlitePath`. */
  url?: string;
  sqlitePath: string;
  /** Receives each SQL statement; off by default (statements may carry personal data). */
  log?: (sql: string) => void;
  poolMax?: number;
}

const MIGRATIONS = [
  { name: '2026.11.30T00.00.00.initial-schema', ...initialSchema },
  { name: '2026.11.30T00.00.01.renewal-bill-once', ...renewalBillOnce },
  { name: '2026.11.30T00.00.02.conversation-references-and-report-exports', ...channelTables },
];

/** SQLITE_BUSY / PostgreSQL serialization failure or deadlock: safe to run the transaction again. */
function isRetryable(error: unknown): boolean {
  const e = error as { name?: string; original?: { code?: string }; parent?: { code?: string } };
  const code = e.original?.code ?? e.parent?.code;
  return e.name === 'SequelizeTimeoutError' || code === 'SQLITE_BUSY' || code === '40001' || code === '40P01';
}

/** One connection to the project's database, with the models bound to it and a safe way to write. */
export class Database {
  readonly models: Models;
  private writeQueue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly sequelize: Sequelize,
    readonly dialect: Dialect,
  ) {
    this.models = initModels(sequelize);
  }

  static open(options: DatabaseOptions): Database {
    const logging = options.log ? (sql: string) => options.log?.(sql) : false;
    if (options.url) {
      const sequelize = new Sequelize(options.url, {
        dialect: 'postgres',
        logging,
        pool: { max: options.poolMax ?? 10, min: 0, idle: 10_000, acquire: 30_000 },
      } satisfies Options);
      return new Database(sequelize, 'postgres');
    }
    if (options.sqlitePath !== ':memory:') mkdirSync(dirname(options.sqlitePath), { recursive: true });
    const sequelize = new Sequelize({
      dialect: 'sqlite',
      storage: options.sqlitePath,
      logging,
      // Sequelize retries only a busy database; anything else (a constraint, a typo) fails at once.
      retry: { max: 5, match: [/SQLITE_BUSY/] },
    });
    return new Database(sequelize, 'sqlite');
  }

  /** Applies pending migrations; returns their names. */
  async migrate(): Promise<string[]> {
    if (this.dialect === 'sqlite') {
      // WAL lets readers go on while one writer holds the lock; the busy timeout covers other processes.
      await this.sequelize.query('PRAGMA journal_mode = WAL;');
      await this.sequelize.query('PRAGMA busy_timeout = 5000;');
    }
    const done = await this.umzug().up();
    return done.map((m) => m.name);
  }

  async revertAll(): Promise<void> {
    await this.umzug().down({ to: 0 });
  }

  private umzug(): Umzug<ReturnType<Sequelize['getQueryInterface']>> {
    return new Umzug({
      migrations: MIGRATIONS,
      context: this.sequelize.getQueryInterface(),
      storage: new SequelizeStorage({ sequelize: this.sequelize, tableName: 'schema_migrations' }),
      logger: undefined,
    });
  }

  /**
   * Runs `work` in one write transaction. SQLite ignores row locks, so writers are serialised:
   * in this process by a queue, across processes by an IMMEDIATE transaction (the write lock is
   * taken at BEGIN). PostgreSQL relies on `SELECT … FOR UPDATE` in `work`. A busy database or a
   * serialization failure is retried; after that the caller gets a BusyError and nothing is written.
   */
  async write<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    if (this.dialect === 'postgres') return this.withRetry(() => this.sequelize.transaction((t) => work(t)));
    const run = this.writeQueue.then(() =>
      this.withRetry(() => this.sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, (t) => work(t))),
    );
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  private async withRetry<T>(attempt: () => Promise<T>, tries = 5): Promise<T> {
    for (let i = 1; ; i++) {
      try {
        return await attempt();
      } catch (error) {
        if (!isRetryable(error)) throw error;
        if (i >= tries) throw new BusyError();
        await new Promise((resolve) => setTimeout(resolve, 20 * i * i));
      }
    }
  }

  /** Cheap liveness probe for /healthz. */
  async ping(): Promise<boolean> {
    try {
      await this.sequelize.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.sequelize.close();
  }
}
