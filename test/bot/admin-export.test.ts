import { randomBytes } from 'node:crypto';
import { ReportExports } from '../../bot/reports';
import { createCommerce } from '../../commerce';
import type { Clock } from '../../commerce/clock';
import { RecordingEvents } from '../../commerce/events';
import { SimulatedCardGateway } from '../../commerce/payment/simulated-gateway';
import { createLogger } from '../../logging';
import { DEMO, ensureCatalog, seedDemoDirectory } from '../../models/seed';
import { DIALECTS, type TestDatabase } from '../helpers/databases';
import { startTestApp, type TestApp } from '../helpers/app';
import { invokeCard, TEAMS_USERS, TeamsConversation, type TeamsUser } from '../helpers/activities';
import { ADMINS, addCentralSubscriptions, exportUrl, TENANTS } from './admin-fixtures';

/** The system time plus an offset tests move (links expire on the app's clock). */
class OffsetClock implements Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  /** Decoded as UTF-8 (a byte-order mark dropped). */
  text: string;
}

async function download(url: string): Promise<Download> {
  const response = await fetch(url, { headers: { 'accept-language': 'en-US' } });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: new TextDecoder().decode(bytes) };
}

/** The CSV's lines (BOM and trailing CRLF removed), each split on commas outside quotes. */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((cell) => cell.replace(/,$/, '')) ?? []);
}

describe('CSV export of the admin report over HTTP', () => {
  let app: TestApp;
  const clock = new OffsetClock();

  beforeAll(async () => {
    app = await startTestApp({ clock });
    await addCentralSubscriptions(app, 8);
  });
  afterAll(() => app.dispose());
  afterEach(() => {
    clock.offsetMs = 0;
  });

  const conversation = (user: TeamsUser, tenantId?: string) =>
    new TeamsConversation(app.connector.url, user, 'en-US', { tenantId });

  /** The export link of the report an admin opens by typing `message`. */
  const typedLink = async (admin: TeamsConversation, message: string) => {
    await app.post(admin.message(message));
    const url = exportUrl(app.connector.cards(admin.id).at(-1));
    if (!url) throw new Error('no export link on the report card');
    return url;
  };

  test('the whole report, one row per subscription, as an attachment', async () => {
    const grace = conversation(TEAMS_USERS.grace);
    const url = await typedLink(grace, 'report');
    const answer = await download(url);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="subscriptions-contoso-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(answer.headers.get('cache-control')).toContain('no-store');
    // A byte-order mark, so that spreadsheets read the accents of names as UTF-8.
    expect([...answer.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const [header, ...rows] = csvRows(answer.text);
    expect(header.slice(0, 9)).toEqual([
      'Subscription ID',
      'Product',
      'Source',
      'Status',
      'Trial',
      'Purchaser',
      'Purchaser e-mail',
      'Seats',
      'Assigned',
    ]);
    expect(rows).toHaveLength(12);
    const chloe = rows.find((r) => r[0] === 'sub_demo_contoso_pbi_chloe');
    expect(chloe?.slice(0, 11)).toEqual([
      'sub_demo_contoso_pbi_chloe',
      'Power BI Pro',
      'self-service',
      'active',
      'no',
      'Chloé Dubois',
      'chloe.dubois@contoso.example',
      '5',
      '2',
      '9.99',
      'USD',
    ]);
    expect(rows.filter((r) => r[2] === 'central')).toHaveLength(11);
  });

  test('the filters of the card go into its link; a link works once', async () => {
    const grace = conversation(TEAMS_USERS.grace);
    const filtered = invokeCard(
      (
        await app.post(
          grace.execute('report.filter', {
            tenantId: TENANTS.contoso,
            source: 'central',
            productId: 'all',
            status: 'expired',
            purchaser: '',
            from: '',
            to: '',
          }),
        )
      ).body,
    );
    const url = exportUrl(filtered) as string;
    const first = await download(url);
    expect(first.status).toBe(200);
    const rows = csvRows(first.text).slice(1);
    expect(rows.map((r) => r[0]).sort()).toEqual([
      'sub_test_central_0',
      'sub_test_central_1',
      'sub_test_central_2',
      'sub_test_central_3',
    ]);
    expect(rows.every((r) => r[2] === 'central' && r[3] === 'expired')).toBe(true);

    const again = await download(url);
    expect(again.status).toBe(410);
    expect(again.text).toContain('expired or was already used');
    expect(again.text).not.toContain('sub_test');
  });

  test('an unknown or malformed link is 404, an expired one 410', async () => {
    const unknown = `${app.url}/reports/${randomBytes(32).toString('base64url')}.csv`;
    expect((await download(unknown)).status).toBe(404);
    expect((await download(`${app.url}/reports/abc.csv`)).status).toBe(404);
    expect((await download(`${app.url}/reports/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);

    const url = await typedLink(conversation(TEAMS_USERS.grace), 'report');
    clock.offsetMs = 16 * 60_000;
    const expired = await download(url);
    expect(expired.status).toBe(410);
    expect(expired.text).not.toContain('Chloé');
    // A link a minute before its end still works.
    clock.offsetMs = 0;
    const fresh = await typedLink(conversation(TEAMS_USERS.grace), 'report');
    clock.offsetMs = 9 * 60_000;
    expect((await download(fresh)).status).toBe(200);
  });

  test('the database keeps a hash of the link, bound to the admin, the tenant and the filters', async () => {
    const url = await typedLink(conversation(ADMINS.bill), 'rapport');
    const token = /\/reports\/([\w-]+)\.csv$/.exec(url)?.[1] as string;
    const rows = await app.query<{ id: string; tenantId: string; userId: string; filters: string }>(
      'SELECT id, "tenantId", "userId", filters FROM report_exports WHERE "userId" = ?',
      ['usr_contoso_bill'],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].id).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]).toMatchObject({ tenantId: TENANTS.contoso, userId: 'usr_contoso_bill' });
    expect(JSON.parse(rows[0].filters)).toMatchObject({ source: 'all' });
  });

  test('another tenant’s link gives that tenant’s rows only; a partner’s link dies with its rights', async () => {
    const camille = await download(await typedLink(conversation(ADMINS.camille, TENANTS.fabrikam), 'report'));
    expect(camille.status).toBe(200);
    expect(camille.headers.get('content-disposition')).toContain('subscriptions-fabrikam-');
    expect(csvRows(camille.text)).toHaveLength(1); // the header: Fabrikam bought nothing
    expect(camille.text).not.toContain('contoso');

    const nora = conversation(ADMINS.nora, TENANTS.northwind);
    const partner = await download(await typedLink(nora, 'report for Contoso'));
    expect(partner.status).toBe(200);
    expect(partner.text).toContain('sub_demo_contoso_pbi_chloe');

    const revoked = await typedLink(nora, 'report for Contoso');
    await app.execute('UPDATE delegated_admin_relationships SET active = 0');
    try {
      const refused = await download(revoked);
      expect(refused.status).toBe(403);
      expect(refused.text).not.toContain('sub_demo');
    } finally {
      await app.execute('UPDATE delegated_admin_relationships SET active = 1');
    }
  });
});

/** The links on their own, on each dialect: claimed once even by concurrent downloads, refused once expired. */
describe.each(DIALECTS)('report links on $name', (dialect) => {
  let handle: TestDatabase;
  let exports: ReportExports;
  const clock = new OffsetClock();
  const grace = { tenantId: TENANTS.contoso, userId: DEMO.users.grace.id };

  beforeEach(async () => {
    handle = await dialect.open();
    await ensureCatalog(handle.db);
    await seedDemoDirectory(handle.db, clock);
    const logger = createLogger('silent');
    const gateway = new SimulatedCardGateway(handle.db, clock);
    const commerce = createCommerce({ db: handle.db, gateway, clock, events: new RecordingEvents(), logger });
    exports = new ReportExports({
      db: handle.db,
      commerce,
      clock,
      logger,
      publicUrl: 'https://bot.example/',
    });
  });
  afterEach(async () => {
    clock.offsetMs = 0;
    await handle.dispose();
  });

  const tokenOf = (url: string) =>
    /^https:\/\/bot\.example\/reports\/([\w-]{43})\.csv$/.exec(url)?.[1] as string;

  test('two downloads at once: one gets the CSV, the other 410', async () => {
    const link = await exports.open(grace, { source: 'self-service' });
    const results = await Promise.all([
      exports.download(tokenOf(link.url)),
      exports.download(tokenOf(link.url)),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(['csv', 'gone']);
    const csv = results.find((r) => r.kind === 'csv');
    expect(csv?.kind === 'csv' && csv.csv).toContain('sub_demo_contoso_pbi_chloe');
  });

  test('expired after ten minutes; a member gets no link at all', async () => {
    const link = await exports.open(grace, {});
    expect(Date.parse(link.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    clock.offsetMs = 10 * 60_000 + 1000;
    expect(await exports.download(tokenOf(link.url))).toEqual({ kind: 'gone' });
    await expect(
      exports.open({ tenantId: TENANTS.contoso, userId: DEMO.users.anna.id }, {}),
    ).rejects.toMatchObject({ code: 'NOT_AUTHORIZED' });
    expect(await handle.db.models.ReportExport.count({ where: { userId: DEMO.users.anna.id } })).toBe(0);
  });
});
