import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Database } from '../../models/database';

/**
 * The dialects every core suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
 * Each `open()` gives a fresh, migrated database of its own (a temp file, or a new PostgreSQL database).
 */
export interface TestDialect {
  name: 'sqlite' | 'postgres';
  open(): Promise<TestDatabase>;
}

export interface TestDatabase {
  db: Database;
  /** Connection settings, to open a second Database on the same data (restart tests). */
  reopen(): Database;
  dispose(): Promise<void>;
}

const pgUrl = process.env.TEST_DATABASE_URL;

export { SKIP_POSTGRES_REASON } from './skip-reasons';

const sqlite: TestDialect = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'licence-bot-'));
    const path = join(dir, 'bot.sqlite');
    const db = Database.open({ sqlitePath: path });
    await db.migrate();
    return {
      db,
      reopen: () => Database.open({ sqlitePath: path }),
      async dispose() {
        await db.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgres: TestDialect = {
  name: 'postgres',
  async open() {
    const admin = new URL(pgUrl as string);
    const name = `lb_test_${randomBytes(6).toString('hex')}`;
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(admin.toString());
    url.pathname = `/${name}`;
    const db = Database.open({ sqlitePath: '', url: url.toString(), poolMax: 20 });
    await db.migrate();
    return {
      db,
      reopen: () => Database.open({ sqlitePath: '', url: url.toString() }),
      async dispose() {
        await db.close().catch(() => undefined);
        const drop = new Client({ connectionString: admin.toString() });
        await drop.connect();
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await drop.end();
      },
    };
  },
};

/** Use with `describe.each(DIALECTS)`. */
export const DIALECTS: TestDialect[] = pgUrl ? [sqlite, postgres] : [sqlite];
