import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CsvSyntaxError,
  DirectoryFileFormat,
  DirectoryImportError,
  ImportProblem,
  importDirectory,
  parseCsv,
} from '../../commerce/directory-import';
import { DirectoryService } from '../../commerce/directory';
import { DIALECTS, TestDatabase } from '../helpers/databases';
import { DEMO, seedDemoDirectory } from '../../models/seed';
import { fixedClock, snapshot } from './snapshot';

const sample = (name: string) => readFileSync(join(__dirname, '../fixtures/directory', name), 'utf8');

const TAILSPIN = '3f2b9c1e-8d4a-4c6b-9e7f-1a2b3c4d5e6f';
const WOODGROVE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const CONTOSO = DEMO.tenants.contoso.id;
const TREY = 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d';
const HEADER =
  'record,id,name,kind,market,managed,tenantId,email,displayName,entraObjectId,userType,accountEnabled,syncedFromOnPremises,globalAdmin,billingAdmin,slackUserId,locale';

/** The problems an import is refused with (and fails the test if it was not refused). */
async function problemsOf(promise: Promise<unknown>): Promise<ImportProblem[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DirectoryImportError) return error.problems;
    throw error;
  }
  throw new Error('the import was expected to be refused');
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and numbers records by their first line', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n\r\nlast,,\n"",q,"a\nb\nc"\nend,1,2';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\r\nlines'] },
      { line: 5, fields: ['last', '', ''] },
      { line: 6, fields: ['', 'q', 'a\nb\nc'] },
      { line: 9, fields: ['end', '1', '2'] },
    ]);
  });

  it('ignores a byte-order mark and a missing or extra final line break', () => {
    expect(parseCsv('\uFEFFa,b\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(parseCsv('a,b\n1,2\n\n')).toHaveLength(2);
  });

  it.each([
    ['a,b\n1,"open\n\n', 2, 'never closed'],
    ['a,b\n1,x"y\n', 2, 'inside an unquoted field'],
    ['a,b\n"1"x,2\n', 2, 'after a closing quote'],
  ])('refuses %j on the right line', (text, line, message) => {
    let caught: unknown;
    try {
      parseCsv(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError);
    expect(caught).toMatchObject({ line, message: expect.stringContaining(message) });
  });
});

describe.each(DIALECTS)('importDirectory on $name', (dialect) => {
  let handle: TestDatabase;
  beforeEach(async () => {
    handle = await dialect.open();
  });
  afterEach(async () => {
    await handle.dispose();
  });

  const run = (text: string, format: DirectoryFileFormat) => importDirectory(handle.db, text, format);

  it('imports a CSV of tenants and users, with defaults for what it leaves out', async () => {
    const report = await run(sample('tenants-and-users.csv'), 'csv');
    expect(report).toEqual({
      tenants: { created: 2, updated: 0, unchanged: 0 },
      slackWorkspaces: { created: 0, updated: 0, unchanged: 0 },
      users: { created: 6, updated: 0, unchanged: 0 },
    });
    const { Tenant, DirectoryUser } = handle.db.models;
    expect(await Tenant.findByPk(TAILSPIN)).toMatchObject({
      name: 'Tailspin Toys, Inc.',
      kind: 'commercial',
      market: 'US',
      managed: true,
    });
    // `gb` is normalised, and `managed` left empty defaults to true.
    expect(await Tenant.findByPk(WOODGROVE)).toMatchObject({ market: 'GB', managed: true });

    const user = (email: string) => DirectoryUser.findOne({ where: { email } });
    expect(await user('tom.admin@tailspin.example')).toMatchObject({
      tenantId: TAILSPIN,
      globalAdmin: true,
      billingAdmin: true,
      preferredLocale: 'en-US',
      slackUserId: null,
    });
    expect(await user('jane.smith@tailspin.example')).toMatchObject({
      displayName: 'Smith, Jane',
      entraObjectId: '1c2d3e4f-5061-4b72-9c83-a4b5c6d7e8f9',
      userType: 'member',
      accountEnabled: true,
      slackUserId: 'U08JANESM1',
    });
    expect(await user('kim.park@tailspin.example')).toMatchObject({
      displayName: 'Kim "KJ" Park',
      syncedFromOnPremises: true,
    });
    expect(await user('ext.guest@wingtiptoys.example')).toMatchObject({
      userType: 'guest',
      accountEnabled: true,
    });
    expect(await user('olivia.brown@woodgrove.example')).toMatchObject({
      tenantId: WOODGROVE,
      globalAdmin: true,
    });
    expect(await user('sam.green@woodgrove.example')).toMatchObject({
      accountEnabled: false,
      globalAdmin: false,
    });
    expect((await user('sam.green@woodgrove.example'))?.id).toMatch(/^usr_/);
  });

  it('imports the same file again without writing anything', async () => {
    await run(sample('tenants-and-users.csv'), 'csv');
    const before = await snapshot(handle.db);
    expect(await run(sample('tenants-and-users.csv'), 'csv')).toEqual({
      tenants: { created: 0, updated: 0, unchanged: 2 },
      slackWorkspaces: { created: 0, updated: 0, unchanged: 0 },
      users: { created: 0, updated: 0, unchanged: 6 },
    });
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it('imports JSON with "tenants" and "users" arrays', async () => {
    const report = await run(sample('tenants-and-users.json'), 'json');
    expect(report.tenants.created).toBe(2);
    expect(report.users.created).toBe(3);
    const { Tenant, DirectoryUser } = handle.db.models;
    expect(await Tenant.findOne({ where: { name: 'trey-lab.example' } })).toMatchObject({ managed: false });
    expect(await DirectoryUser.findOne({ where: { email: 'marc@treyresearch.example' } })).toMatchObject({
      syncedFromOnPremises: true,
      preferredLocale: 'fr-CA',
    });
  });

  it('imports JSON as an array of rows with a record field, numbering lines from the file', async () => {
    const text = JSON.stringify(
      [
        { record: 'tenant', id: TAILSPIN, name: 'Tailspin Toys', kind: 'commercial', market: 'US' },
        {
          record: 'user',
          tenantId: TAILSPIN,
          email: 'tom@tailspin.example',
          displayName: 'Tom',
          entraObjectId: '0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8',
          globalAdmin: true,
        },
      ],
      null,
      2,
    );
    expect(await run(text, 'json')).toEqual({
      tenants: { created: 1, updated: 0, unchanged: 0 },
      slackWorkspaces: { created: 0, updated: 0, unchanged: 0 },
      users: { created: 1, updated: 0, unchanged: 0 },
    });
  });

  it('refuses a CSV with one bad row, imports nothing and names the line', async () => {
    const before = await snapshot(handle.db);
    const refusal = run(sample('one-bad-row.csv'), 'csv');
    await expect(refusal).rejects.toThrow(
      'line 7: kind must be one of commercial, government, nonprofit, education',
    );
    expect(await problemsOf(run(sample('one-bad-row.csv'), 'csv'))).toEqual([
      { line: 7, message: 'kind must be one of commercial, government, nonprofit, education' },
    ]);
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it('refuses a JSON file with one bad row, naming the line its object starts on', async () => {
    const problems = await problemsOf(run(sample('one-bad-row.json'), 'json'));
    expect(problems).toEqual([
      { line: 17, message: 'email must be an e-mail address, not "not-an-address"' },
    ]);
    expect(await handle.db.models.Tenant.count()).toBe(0);
  });

  it('keeps commas, quotes and line breaks of quoted CSV fields', async () => {
    await run(sample('quoted-fields.csv'), 'csv');
    expect((await handle.db.models.Tenant.findOne())?.name).toBe('Fourth Coffee\nRoasters, "Seattle"');
    expect((await handle.db.models.DirectoryUser.findOne())?.displayName).toBe('Lee, "the barista", Wong');
  });

  it('counts lines inside a quoted field when it names a bad row after it', async () => {
    const text =
      `${HEADER}\n` +
      `tenant,${TAILSPIN},"Tailspin\nToys\nInc.",commercial,US,,,,,,,,,,,,\n` +
      `tenant,${WOODGROVE},Woodgrove,commercial,USA,,,,,,,,,,,,\n`;
    expect(await problemsOf(run(text, 'csv'))).toEqual([
      { line: 5, message: 'market must be a two-letter country code (ISO 3166-1 alpha-2) such as US' },
    ]);
  });

  it('lets users refer to tenants already in the database, and keeps what a file leaves out', async () => {
    await seedDemoDirectory(handle.db, fixedClock('2026-03-15T10:00:00Z'));
    const report = await run(sample('contoso-new-hires.csv'), 'csv');
    expect(report.users).toEqual({ created: 1, updated: 0, unchanged: 1 });
    const { DirectoryUser } = handle.db.models;
    expect(await DirectoryUser.findOne({ where: { email: 'hugo.bernard@contoso.example' } })).toMatchObject({
      tenantId: CONTOSO,
      slackUserId: 'U07HUGOBE3',
    });
    // The file has no slackUserId for Anna: the one she has is kept.
    expect(await DirectoryUser.findByPk(DEMO.users.anna.id)).toMatchObject({ slackUserId: 'U07ANNAM01' });
  });

  it('lets a user row come before its tenant row', async () => {
    const text =
      `${HEADER}\n` +
      `user,,,,,,${TAILSPIN},tom@tailspin.example,Tom,0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8,,,,,,,\n` +
      `tenant,${TAILSPIN},Tailspin Toys,commercial,US,,,,,,,,,,,,\n`;
    expect((await run(text, 'csv')).users.created).toBe(1);
  });

  it('updates known users by object id, and JSON null clears a Slack id', async () => {
    await seedDemoDirectory(handle.db, fixedClock('2026-03-15T10:00:00Z'));
    const text = JSON.stringify({
      users: [
        {
          tenantId: CONTOSO,
          email: 'anna@contoso.example',
          displayName: 'Anna Martin-Roux',
          entraObjectId: DEMO.users.anna.entraObjectId,
          slackUserId: null,
          billingAdmin: true,
        },
      ],
    });
    expect((await run(text, 'json')).users).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await handle.db.models.DirectoryUser.findByPk(DEMO.users.anna.id)).toMatchObject({
      displayName: 'Anna Martin-Roux',
      slackUserId: null,
      billingAdmin: true,
      preferredLocale: 'fr-FR',
    });
  });

  const USER = (tenant: string, email: string, oid: string, rest = ',,,,,,,') =>
    `user,,,,,,${tenant},${email},Someone,${oid}${rest}`;
  const OID1 = '11111111-1111-4111-8111-111111111111';
  const OID2 = '22222222-2222-4222-8222-222222222222';
  const TENANT_ROW = `tenant,${TAILSPIN},Tailspin Toys,commercial,US,,,,,,,,,,,,`;

  it.each<[string, string, ImportProblem[]]>([
    [
      'a user whose tenant is nowhere',
      `${HEADER}\n${USER(WOODGROVE, 'a@woodgrove.example', OID1)}`,
      [{ line: 2, message: `tenantId ${WOODGROVE} is not a tenant of this file or of the database` }],
    ],
    [
      'the same e-mail twice in a tenant',
      `${HEADER}\n${TENANT_ROW}\n${USER(TAILSPIN, 'a@tailspin.example', OID1)}\n${USER(TAILSPIN, 'A@tailspin.example', OID2)}`,
      [{ line: 4, message: 'email a@tailspin.example is already on line 3' }],
    ],
    [
      'the same object id twice',
      `${HEADER}\n${TENANT_ROW}\n${USER(TAILSPIN, 'a@tailspin.example', OID1)}\n${USER(TAILSPIN, 'b@tailspin.example', OID1.toUpperCase())}`,
      [{ line: 4, message: `entraObjectId ${OID1} is already on line 3` }],
    ],
    [
      'the same tenant twice',
      `${HEADER}\n${TENANT_ROW}\n${TENANT_ROW}`,
      [{ line: 3, message: `tenant ${TAILSPIN} is already on line 2` }],
    ],
    [
      'bad values, each named',
      `${HEADER}\n${TENANT_ROW}\nuser,,,,,,${TAILSPIN},a@tailspin.example,Someone,not-a-guid,visitor,maybe,,,,bob,French`,
      [
        { line: 3, message: 'entraObjectId must be a GUID such as 757ce249-7b18-4ba2-84f9-10a52f4e6464' },
        { line: 3, message: 'userType must be one of member, guest' },
        { line: 3, message: 'accountEnabled must be true or false' },
        { line: 3, message: 'slackUserId must be a Slack user id such as U07ANNAM01' },
        { line: 3, message: 'locale must be a language tag such as fr-FR or en-US' },
      ],
    ],
    [
      'a missing required value and a cell of the other record',
      `${HEADER}\ntenant,${TAILSPIN},,commercial,US,,,x@tailspin.example,,,,,,,,,`,
      [
        { line: 2, message: 'email does not apply to a tenant row (leave it empty)' },
        { line: 2, message: 'name is required' },
      ],
    ],
    [
      'an unknown record',
      `${HEADER}\ngroup,${TAILSPIN},Tailspin Toys,commercial,US,,,,,,,,,,,,`,
      [{ line: 2, message: 'record must be one of tenant, user' }],
    ],
    [
      'a row with a missing field',
      `${HEADER}\n${TENANT_ROW.slice(0, -1)}`,
      [{ line: 2, message: 'expected 17 fields as in the header, found 16' }],
    ],
    [
      'an unknown column',
      'record,id,name,kind,market,colour\ntenant,x,y,commercial,US,blue',
      [
        {
          line: 1,
          message:
            'unknown column "colour"; the columns are record, id, name, kind, market, managed, slackTeamId, slackEnterpriseId, tenantId, email, displayName, entraObjectId, userType, accountEnabled, syncedFromOnPremises, globalAdmin, billingAdmin, slackUserId, locale',
        },
      ],
    ],
    [
      'an admin in an unmanaged tenant',
      `${HEADER}\ntenant,${TAILSPIN},tailspin.example,commercial,US,false,,,,,,,,,,,\n${USER(TAILSPIN, 'a@tailspin.example', OID1, ',,,,true,,,')}`,
      [{ line: 3, message: 'a user of an unmanaged tenant cannot be globalAdmin or billingAdmin' }],
    ],
    [
      'an address the model refuses (local part over 64 characters)',
      `${HEADER}\n${TENANT_ROW}\n${USER(TAILSPIN, `${'a'.repeat(65)}@tailspin.example`, OID1)}`,
      [{ line: 3, message: 'email is not valid (Validation isEmail on email failed)' }],
    ],
    [
      'an unclosed quote',
      `${HEADER}\n"tenant,${TAILSPIN}\n\n`,
      [{ line: 2, message: 'invalid CSV: a quoted field is never closed' }],
    ],
    ['a header only', HEADER, [{ line: 1, message: 'the file has no tenant or user rows' }]],
  ])('refuses %s (CSV)', async (_name, text, expected) => {
    const before = await snapshot(handle.db);
    expect(await problemsOf(run(text, 'csv'))).toEqual(expected);
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it.each<[string, string, ImportProblem[]]>([
    [
      'a syntax error',
      '{\n  "tenants": [\n    {"id": 1,}\n  ]\n}',
      [{ line: 3, message: 'invalid JSON: expected a "quoted" field name' }],
    ],
    [
      'values of the wrong type',
      `{"tenants": [\n{"id": "${TAILSPIN}", "name": ["x"], "kind": "commercial", "market": "US", "managed": "sometimes"}\n]}`,
      [
        { line: 2, message: 'name must be text' },
        { line: 2, message: 'managed must be true or false' },
      ],
    ],
    [
      'a row of the wrong record',
      `{"users": [\n{"record": "tenant"}\n]}`,
      [{ line: 2, message: 'record must be user in the users array' }],
    ],
    [
      'an unknown top-level field',
      '{\n"groups": []\n}',
      [{ line: 2, message: 'unknown field groups; expected "tenants" and "users"' }],
    ],
    [
      'a row that is not an object',
      '[\n"tenant"\n]',
      [{ line: 1, message: 'each row must be a JSON object' }],
    ],
    [
      'a field twice in one object',
      `[\n{"record": "tenant",\n "record": "user"}\n]`,
      [{ line: 3, message: 'field record appears twice in one object' }],
    ],
  ])('refuses %s (JSON)', async (_name, text, expected) => {
    expect(await problemsOf(run(text, 'json'))).toEqual(expected);
    expect(await handle.db.models.Tenant.count()).toBe(0);
  });

  describe('Slack workspaces (slackTeamId, slackEnterpriseId)', () => {
    const SLACK_HEADER = 'record,id,name,kind,market,managed,slackTeamId,slackEnterpriseId';
    const tenantRow = (id: string, team = '', enterprise = '') =>
      `tenant,${id},Some Tenant,commercial,US,,${team},${enterprise}`;
    const workspaces = async () =>
      (await handle.db.models.SlackWorkspace.findAll({ order: [['teamId', 'ASC']] })).map((w) => ({
        teamId: w.teamId,
        enterpriseId: w.enterpriseId,
        tenantId: w.tenantId,
      }));

    it('maps the workspaces of a CSV to their tenants, in the same import', async () => {
      expect(await run(sample('tenants-with-slack.csv'), 'csv')).toEqual({
        tenants: { created: 2, updated: 0, unchanged: 0 },
        slackWorkspaces: { created: 2, updated: 0, unchanged: 0 },
        users: { created: 1, updated: 0, unchanged: 0 },
      });
      expect(await workspaces()).toEqual([
        { teamId: 'T08TAILSPIN', enterpriseId: 'E08TAILSPIN', tenantId: TAILSPIN },
        { teamId: 'T0WOODGROVE', enterpriseId: null, tenantId: WOODGROVE },
      ]);
      // What the Slack channel asks.
      const service = new DirectoryService(handle.db);
      expect(await service.tenantForSlackTeam('T08TAILSPIN')).toBe(TAILSPIN);
      expect(await service.tenantForSlackTeam('T0UNKNOWN1', 'E08TAILSPIN')).toBe(TAILSPIN);
      expect(await service.tenantForSlackTeam('T0WOODGROVE')).toBe(WOODGROVE);
    });

    it('imports the same file again without writing anything', async () => {
      await run(sample('tenants-with-slack.csv'), 'csv');
      const before = await snapshot(handle.db);
      expect(await run(sample('tenants-with-slack.csv'), 'csv')).toEqual({
        tenants: { created: 0, updated: 0, unchanged: 2 },
        slackWorkspaces: { created: 0, updated: 0, unchanged: 2 },
        users: { created: 0, updated: 0, unchanged: 1 },
      });
      expect(await snapshot(handle.db)).toEqual(before);
    });

    it('maps a workspace from JSON, and re-imports it unchanged', async () => {
      const report = await run(sample('tenants-with-slack.json'), 'json');
      expect(report.slackWorkspaces).toEqual({ created: 1, updated: 0, unchanged: 0 });
      expect(await workspaces()).toEqual([{ teamId: 'T09TREYRES', enterpriseId: null, tenantId: TREY }]);
      const before = await snapshot(handle.db);
      expect((await run(sample('tenants-with-slack.json'), 'json')).slackWorkspaces).toEqual({
        created: 0,
        updated: 0,
        unchanged: 1,
      });
      expect(await snapshot(handle.db)).toEqual(before);
    });

    it("keeps a tenant's existing mapping when the column is left out, and updates its enterprise id", async () => {
      await seedDemoDirectory(handle.db, fixedClock('2026-03-15T10:00:00Z'));
      const contoso = `tenant,${CONTOSO},${DEMO.tenants.contoso.name},${DEMO.tenants.contoso.kind},${DEMO.tenants.contoso.market},`;
      expect((await run(`${SLACK_HEADER}\n${contoso},,`, 'csv')).slackWorkspaces).toEqual({
        created: 0,
        updated: 0,
        unchanged: 0,
      });
      expect((await run(`${SLACK_HEADER}\n${contoso},${DEMO.slack.teamId},`, 'csv')).slackWorkspaces).toEqual(
        { created: 0, updated: 0, unchanged: 1 },
      );
      expect(
        (await run(`${SLACK_HEADER}\n${contoso},${DEMO.slack.teamId},E07CONTOSO2`, 'csv')).slackWorkspaces,
      ).toEqual({ created: 0, updated: 1, unchanged: 0 });
      expect(await workspaces()).toEqual([
        { teamId: DEMO.slack.teamId, enterpriseId: 'E07CONTOSO2', tenantId: CONTOSO },
      ]);
      // JSON null clears the enterprise id.
      const json = JSON.stringify({
        tenants: [{ ...DEMO.tenants.contoso, slackTeamId: DEMO.slack.teamId, slackEnterpriseId: null }],
      });
      expect((await run(json, 'json')).slackWorkspaces).toEqual({ created: 0, updated: 1, unchanged: 0 });
      expect((await workspaces())[0].enterpriseId).toBeNull();
    });

    it('refuses a team already mapped to another tenant, with the line, writing nothing', async () => {
      await seedDemoDirectory(handle.db, fixedClock('2026-03-15T10:00:00Z'));
      const before = await snapshot(handle.db);
      const text =
        `${SLACK_HEADER}\n` +
        `${tenantRow(WOODGROVE, 'T0WOODGROVE')}\n` +
        `${tenantRow(TAILSPIN, DEMO.slack.teamId)}\n`;
      expect(await problemsOf(run(text, 'csv'))).toEqual([
        {
          line: 3,
          message: `slackTeamId ${DEMO.slack.teamId} is already mapped to another tenant (${CONTOSO})`,
        },
      ]);
      expect(await snapshot(handle.db)).toEqual(before);
    });

    it.each<[string, string, ImportProblem[]]>([
      [
        'a team id twice in the file',
        `${tenantRow(TAILSPIN, 'T08TAILSPIN')}\n${tenantRow(WOODGROVE, 'T08TAILSPIN')}`,
        [{ line: 3, message: 'slackTeamId T08TAILSPIN is already on line 2' }],
      ],
      ...['t08tailspin', 'T08TAIL', 'T08TAILSPIN123', 'U08TAILSPIN', 'T08-TAILSP'].map(
        (team): [string, string, ImportProblem[]] => [
          `a malformed team id ${team}`,
          tenantRow(TAILSPIN, team),
          [
            {
              line: 2,
              message:
                'slackTeamId must be a Slack team id: T and 8 to 11 uppercase letters or digits, such as T07CONTOSO',
            },
          ],
        ],
      ),
      [
        'a malformed enterprise id',
        tenantRow(TAILSPIN, 'T08TAILSPIN', 'T08TAILSPIN'),
        [
          {
            line: 2,
            message:
              'slackEnterpriseId must be a Slack enterprise id: E and 8 to 11 uppercase letters or digits, such as E07CONTOSO',
          },
        ],
      ],
      [
        'an enterprise id without a team id',
        tenantRow(TAILSPIN, '', 'E08TAILSPIN'),
        [{ line: 2, message: 'slackEnterpriseId is only allowed with slackTeamId' }],
      ],
      [
        'a team id on a user row',
        `${tenantRow(TAILSPIN)}\nuser,,,,,,T08TAILSPIN,`,
        [
          { line: 3, message: 'slackTeamId does not apply to a user row (leave it empty)' },
          { line: 3, message: 'tenantId is required' },
          { line: 3, message: 'email is required' },
          { line: 3, message: 'displayName is required' },
          { line: 3, message: 'entraObjectId is required' },
        ],
      ],
    ])('refuses %s, writing nothing', async (_name, rows, expected) => {
      const before = await snapshot(handle.db);
      expect(await problemsOf(run(`${SLACK_HEADER}\n${rows}`, 'csv'))).toEqual(expected);
      expect(await snapshot(handle.db)).toEqual(before);
    });

    it('refuses a malformed team id in JSON, with the line its object starts on', async () => {
      const text = `{"tenants": [\n{"id": "${TAILSPIN}", "name": "Tailspin", "kind": "commercial", "market": "US",\n "slackTeamId": "T1"}\n]}`;
      expect(await problemsOf(run(text, 'json'))).toEqual([
        {
          line: 2,
          message:
            'slackTeamId must be a Slack team id: T and 8 to 11 uppercase letters or digits, such as T07CONTOSO',
        },
      ]);
      expect(await handle.db.models.Tenant.count()).toBe(0);
    });
  });

  it('refuses, against the database, an object id of another tenant and an e-mail taken in the tenant', async () => {
    await seedDemoDirectory(handle.db, fixedClock('2026-03-15T10:00:00Z'));
    const before = await snapshot(handle.db);
    const text =
      `${HEADER}\n` +
      // John's object id, but in Contoso: a user never moves between tenants.
      `${USER(CONTOSO, 'john.smith@contoso.example', DEMO.users.john.entraObjectId)}\n` +
      // Bruno's e-mail for a new object id.
      `${USER(CONTOSO, 'bruno.lefevre@contoso.example', OID1)}\n` +
      // Anna's Slack id for someone else.
      `${USER(CONTOSO, 'new@contoso.example', OID2, ',,,,,,U07ANNAM01,')}\n`;
    expect(await problemsOf(run(text, 'csv'))).toEqual([
      {
        line: 2,
        message: `entraObjectId ${DEMO.users.john.entraObjectId} belongs to a user of another tenant (${DEMO.tenants.fabrikam.id})`,
      },
      {
        line: 3,
        message: 'email bruno.lefevre@contoso.example is already used by another user of this tenant',
      },
      { line: 4, message: 'slackUserId U07ANNAM01 is already used by another user of this tenant' },
    ]);
    expect(await snapshot(handle.db)).toEqual(before);
  });
});
