import { ConfigError, loadConfig } from '../../config';

describe('configuration', () => {
  it('runs with no variables at all: SQLite, port 3978, the demo directory on', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3978,
      databaseUrl: undefined,
      sqlitePath: './data/bot.sqlite',
      demoMode: true,
      publicUrl: 'http://localhost:3978',
      checkoutTtlMinutes: 15,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DEMO_MODE: 'maybe' }, 'DEMO_MODE'],
    [{ DEMO_MODE: 'true', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }, 'DEMO_MODE'],
    [{ DEMO_MODE: 'true', NODE_ENV: 'production' }, 'DEMO_MODE'],
    [{ MicrosoftAppId: 'id' }, 'MicrosoftAppPassword'],
    [
      { MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' },
      'MicrosoftAppTenantId',
    ],
    [{ SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxp-user' }, 'SLACK_BOT_TOKEN'],
    [{ CHECKOUT_TTL_MINUTES: '0' }, 'CHECKOUT_TTL_MINUTES'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('refuses %p naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toContain(variable);
  });

  it('turns the demo off by default with an app registration or in production', () => {
    expect(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }).demoMode).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).demoMode).toBe(false);
  });

  it('accepts PostgreSQL and a public URL, trimming a trailing slash', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/bot',
      PUBLIC_URL: 'https://bot.example/',
    });
    expect(config.databaseUrl).toBe('postgres://u@db:5432/bot');
    expect(config.publicUrl).toBe('https://bot.example');
  });

  it('every variable read is documented in .env.example', () => {
    const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const source = readFileSync(`${__dirname}/../../config.ts`, 'utf8');
    const example = readFileSync(`${__dirname}/../../.env.example`, 'utf8');
    const read = [...source.matchAll(/\(env, '([A-Za-z_]+)'/g)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(10);
    for (const variable of read) expect(example).toMatch(new RegExp(`^#? ?${variable}=`, 'm'));
  });
});
