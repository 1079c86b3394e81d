import { createCommerce, Commerce } from '../../commerce';
import { Clock } from '../../commerce/clock';
import { RecordingEvents } from '../../commerce/events';
import { SimulatedCardGateway } from '../../commerce/payment/simulated-gateway';
import { createLogger } from '../../logging';
import { Database } from '../../models/database';
import { DEMO, ensureCatalog, seedDemoDirectory } from '../../models/seed';
import { TestDialect } from './databases';

/** A clock tests can move. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export interface DemoCore {
  db: Database;
  commerce: Commerce;
  gateway: SimulatedCardGateway;
  events: RecordingEvents;
  clock: TestClock;
  logLines: string[];
  /** Tokenises a test card number the way the checkout page does. */
  card(number?: string): Promise<string>;
  /**
   * Row counts of every table of the bot: compare before/after to prove nothing was written. The
   * simulated processor's own ledger (gateway_*) is left out: a declined charge is recorded there, as a bank would.
   */
  counts(): Promise<Record<string, number>>;
  /** Every row of every table as one string, to grep for card data. */
  dump(): Promise<string>;
  dispose(): Promise<void>;
}

export const actorOf = (user: { id: string; tenantId: string }, tenantId = user.tenantId) => ({
  tenantId,
  userId: user.id,
});
export const { users: U, tenants: T } = DEMO;

/** A fresh database with the catalog and the demo directory, and the core wired on it. */
export async function openDemoCore(dialect: TestDialect, now = '2026-03-16T09:00:00Z'): Promise<DemoCore> {
  const handle = await dialect.open();
  const { db } = handle;
  const clock = new TestClock(new Date(now));
  await ensureCatalog(db);
  await seedDemoDirectory(db, clock);
  const gateway = new SimulatedCardGateway(db, clock);
  const events = new RecordingEvents();
  const logLines: string[] = [];
  const logger = createLogger('debug', (line) => logLines.push(line));
  const commerce = createCommerce({ db, gateway, clock, events, logger });
  const tables = async () => (await db.sequelize.getQueryInterface().showAllTables()).map(String);
  return {
    db,
    commerce,
    gateway,
    events,
    clock,
    logLines,
    async card(number = '4242424242424242') {
      const year = clock.now().getUTCFullYear() + 2;
      return (await gateway.tokenize({ number, expMonth: 12, expYear: year, cvc: '123' })).token;
    },
    async counts() {
      const result: Record<string, number> = {};
      for (const table of await tables()) {
        if (table === 'schema_migrations' || table.startsWith('gateway_')) continue;
        const [rows] = await db.sequelize.query(`SELECT COUNT(*) AS n FROM "${table}"`);
        result[table] = Number((rows as Array<{ n: number | string }>)[0].n);
      }
      return result;
    },
    async dump() {
      const parts: string[] = [];
      for (const table of await tables()) {
        const [rows] = await db.sequelize.query(`SELECT * FROM "${table}"`);
        parts.push(JSON.stringify(rows));
      }
      return parts.join('\n');
    },
    dispose: () => handle.dispose(),
  };
}
