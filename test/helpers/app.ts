import './quiet-node';
import { mkdtempSync, rmSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../config';
import { startApp, type RunningApp } from '../../index';
import { createLogger } from '../../logging';
import { Database } from '../../models/database';
import { ensureCatalog, seedDemoDirectory } from '../../models/seed';
import { systemClock, type Clock } from '../../commerce/clock';
import { FakeConnector } from './fake-connector';

function readRows<T>(
  path: string,
  sql: string,
  params: unknown[] = [],
  mode = sqlite3.OPEN_READONLY,
): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const connection = new sqlite3.Database(path, mode, (error) => {
      if (error) return reject(error);
      connection.configure('busyTimeout', 5000);
      connection.all(sql, params, (queryError, rows) => {
        connection.close();
        if (queryError) reject(queryError);
        else resolve(rows as T[]);
      });
    });
  });
}

export interface HttpAnswer {
  status: number;
  /** Parsed JSON when the answer is JSON, else null. */
  body: unknown;
  text: string;
  headers: Headers;
}

/**
 * The whole app (`startApp`) on a temp SQLite file, port 0 and 127.0.0.1, with a fake Bot Framework
 * connector for `serviceUrl`, and every log line collected (nothing is printed).
 */
export interface TestApp {
  /** http://127.0.0.1:<port> */
  url: string;
  connector: FakeConnector;
  /** Log lines (JSON), across restarts. */
  logs: string[];
  sqlitePath: string;
  config: Config;
  /** POSTs a JSON activity (or raw text) to /api/messages. */
  post(activity: unknown, init?: { headers?: Record<string, string>; raw?: string }): Promise<HttpAnswer>;
  request(path: string, init?: RequestInit): Promise<HttpAnswer>;
  /** Stops the app (the connector stays up). */
  stop(): Promise<void>;
  /** Starts the app again on the same database. */
  restart(): Promise<void>;
  /**
   * Reads rows with plain SQL on a separate read-only SQLite connection. (Not a second `Database`:
   * the Sequelize models are bound to the last one opened in the process, the app's.)
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Changes rows with plain SQL on a separate connection (test setup the bot cannot do, e.g. an unpaid bill). */
  execute(sql: string, params?: unknown[]): Promise<void>;
  /** Every row of every table, as one string (to grep for card data). */
  dump(): Promise<string>;
  dispose(): Promise<void>;
}

export interface TestAppOptions {
  /** DEMO_MODE (default true: demo directory seeded, Emulator logins). */
  demoMode?: boolean;
  /** Seed the demo directory even with demo mode off (default: same as demoMode). */
  seed?: boolean;
  /** More environment for `loadConfig` (e.g. MicrosoftAppId). */
  env?: Record<string, string>;
  clock?: Clock;
}

async function answer(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let body: unknown = null;
  if ((response.headers.get('content-type') ?? '').includes('json') && text) body = JSON.parse(text);
  return { status: response.status, body, text, headers: response.headers };
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const demoMode = options.demoMode ?? true;
  const dir = mkdtempSync(join(tmpdir(), 'licence-bot-app-'));
  const sqlitePath = join(dir, 'bot.sqlite');
  const logs: string[] = [];
  const logger = createLogger('debug', (line) => logs.push(line));
  const config: Config = {
    ...loadConfig({
      NODE_ENV: 'test',
      // Renewals run when a test asks (BillingService.runRenewals), not on a timer during the test.
      RENEWAL_INTERVAL_MINUTES: '0',
      SQLITE_PATH: sqlitePath,
      DEMO_MODE: demoMode ? 'true' : 'false',
      LOG_LEVEL: 'debug',
      ...options.env,
    }),
    port: 0,
    publicUrl: 'http://127.0.0.1:0',
  };
  if ((options.seed ?? demoMode) && !demoMode) {
    const db = Database.open({ sqlitePath });
    await db.migrate();
    await ensureCatalog(db);
    await seedDemoDirectory(db, options.clock ?? systemClock);
    await db.close();
  }
  const connector = await new FakeConnector().start();
  let app: RunningApp = await startApp(config, logger, { clock: options.clock, host: '127.0.0.1' });
  let url = `http://127.0.0.1:${app.port}`;

  const request = async (path: string, init?: RequestInit) => answer(await fetch(`${url}${path}`, init));
  const testApp: TestApp = {
    get url() {
      return url;
    },
    connector,
    logs,
    sqlitePath,
    config,
    post(activity, init = {}) {
      return request('/api/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...init.headers },
        body: init.raw ?? JSON.stringify(activity),
      });
    },
    request,
    stop: () => app.stop(),
    async restart() {
      await app.stop();
      app = await startApp(config, logger, { clock: options.clock, host: '127.0.0.1' });
      url = `http://127.0.0.1:${app.port}`;
    },
    query: (sql, params) => readRows(sqlitePath, sql, params),
    execute: async (sql, params) => void (await readRows(sqlitePath, sql, params, sqlite3.OPEN_READWRITE)),
    async dump() {
      const tables = await readRows<{ name: string }>(
        sqlitePath,
        "SELECT name FROM sqlite_master WHERE type = 'table'",
      );
      const rows = await Promise.all(tables.map((t) => readRows(sqlitePath, `SELECT * FROM "${t.name}"`)));
      return JSON.stringify(rows);
    },
    async dispose() {
      await app.stop();
      await connector.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return testApp;
}

/** Test cards (Stripe's test numbers); unusual CVCs, so that finding one anywhere means it leaked. */
export const TEST_CARDS = {
  good: { number: '4242 4242 4242 4242', cvc: '737' },
  declined: { number: '4000 0000 0000 0002', cvc: '737' },
} as const;

export interface CheckoutPageAnswer {
  status: number;
  html: string;
  /** The form's hidden CSRF field, when the page shows the form. */
  csrf: string | null;
}

/** GET a checkout link as a browser would. */
export async function openCheckoutPage(url: string): Promise<CheckoutPageAnswer> {
  const response = await fetch(url, { redirect: 'manual', headers: { 'accept-language': 'fr-FR' } });
  const html = await response.text();
  return { status: response.status, html, csrf: /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? null };
}

/** POSTs the card form of a checkout page (read it first for the CSRF field). */
export async function submitCheckout(
  url: string,
  csrf: string,
  card: { number: string; cvc: string },
  expiry = '12/34',
): Promise<CheckoutPageAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'fr-FR' },
    body: new URLSearchParams({
      csrf,
      holder: 'Anna Martin',
      number: card.number,
      expiry,
      cvc: card.cvc,
    }).toString(),
  });
  const html = await response.text();
  return { status: response.status, html, csrf: /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? null };
}
