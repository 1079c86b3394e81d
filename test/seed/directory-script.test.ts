import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config';
import { Database } from '../../models/database';
import { runDirectoryCommand, USAGE } from '../../scripts/directory';

// The command opens its own SQLite file from the config, as `npm run directory` does.
describe('npm run directory -- import', () => {
  let dir: string;
  let sqlitePath: string;
  let out: string[];
  let err: string[];
  const output = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
  const fixture = (name: string) => join(__dirname, '../fixtures/directory', name);
  const run = (...args: string[]) =>
    runDirectoryCommand(args, loadConfig({ SQLITE_PATH: sqlitePath }), output);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'licence-bot-directory-'));
    sqlitePath = join(dir, 'bot.sqlite');
    out = [];
    err = [];
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function tenantCount(): Promise<number> {
    const db = Database.open({ sqlitePath });
    try {
      await db.migrate();
      return await db.models.Tenant.count();
    } finally {
      await db.close();
    }
  }

  it('migrates, imports and prints a one-line summary', async () => {
    expect(await run('import', fixture('tenants-and-users.csv'))).toBe(0);
    expect(out).toEqual([
      'Imported tenants-and-users.csv: 2 tenants (2 created, 0 updated, 0 unchanged), 0 Slack workspaces (0 created, 0 updated, 0 unchanged), 6 users (6 created, 0 updated, 0 unchanged).',
    ]);
    expect(err).toEqual([]);
    expect(await tenantCount()).toBe(2);
  });

  it('counts the Slack workspaces it maps', async () => {
    expect(await run('import', fixture('tenants-with-slack.csv'))).toBe(0);
    expect(out).toEqual([
      'Imported tenants-with-slack.csv: 2 tenants (2 created, 0 updated, 0 unchanged), 2 Slack workspaces (2 created, 0 updated, 0 unchanged), 1 user (1 created, 0 updated, 0 unchanged).',
    ]);
  });

  it('takes the format from --format when the name does not tell it', async () => {
    const file = join(dir, 'directory.txt');
    const tenant = {
      id: '3f2b9c1e-8d4a-4c6b-9e7f-1a2b3c4d5e6f',
      name: 'Tailspin',
      kind: 'commercial',
      market: 'US',
    };
    writeFileSync(file, JSON.stringify({ tenants: [tenant] }));
    expect(await run('import', file, '--format', 'json')).toBe(0);
    expect(out[0]).toMatch(/^Imported directory.txt: 1 tenant \(1 created/);
  });

  it('prints the problems and exits 1, importing nothing', async () => {
    expect(await run('import', fixture('one-bad-row.csv'))).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'one-bad-row.csv was not imported: 1 problem.',
      'line 7: kind must be one of commercial, government, nonprofit, education',
    ]);
    expect(await tenantCount()).toBe(0);
  });

  it.each([
    [[], 'no command given'],
    [['export', 'x.csv'], 'unknown command "export"'],
    [['import'], 'give exactly one FILE'],
    [['import', 'a.csv', 'b.csv'], 'give exactly one FILE'],
    [['import', 'directory.xlsx'], 'cannot tell the format of directory.xlsx'],
    [['import', 'a.csv', '--format', 'xml'], '--format must be csv or json'],
    [['import', 'a.csv', '--dry-run'], 'unknown option --dry-run'],
  ])('exits 2 with the usage for %j', async (args, message) => {
    expect(await run(...args)).toBe(2);
    expect(err.join('\n')).toContain(message);
    expect(err.join('\n')).toContain(USAGE);
  });

  it('exits 2 when the file cannot be read', async () => {
    expect(await run('import', join(dir, 'missing.csv'))).toBe(2);
    expect(err[0]).toContain('cannot read');
    expect(err[0]).toContain('ENOENT');
  });
});
