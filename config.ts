/**
 * The one place that reads the environment. Everything else receives a `Config`.
 * A bad value stops the process at start with a message naming the variable and how to fix it.
 */

export interface Config {
  port: number;
  /** Public base URL of this server, used in checkout links (`${publicUrl}/checkout/:id`). */
  publicUrl: string;
  nodeEnv: 'development' | 'production' | 'test';
  /** postgres://… ; undefined means SQLite at `sqlitePath`. */
  databaseUrl: string | undefined;
  sqlitePath: string;
  demoMode: boolean;
  microsoftAppId: string | undefined;
  microsoftAppPassword: string | undefined;
  microsoftAppTenantId: string | undefined;
  microsoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  slackSigningSecret: string | undefined;
  slackBotToken: string | undefined;
  /** Slack Web API base (tests point it at a fake). */
  slackApiUrl: string | undefined;
  checkoutTtlMinutes: number;
  /** Days a past-due subscription keeps working before it is disabled. */
  paymentGraceDays: number;
  /** How often the renewal run starts, in minutes; 0 turns the scheduler off. */
  renewalIntervalMinutes: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error in ${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `expected one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `expected a ${protocols.join(' or ')} URL`);
  }
  return raw.replace(/\/+$/, '');
}

/** Parses and validates the environment. Pure: pass `process.env` (after dotenv) or a test object. */
export function loadConfig(env: Env): Config {
  const port = integer(env, 'PORT', 3978, 1, 65535);
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const microsoftAppId = text(env, 'MicrosoftAppId');
  const microsoftAppPassword = text(env, 'MicrosoftAppPassword');
  // On by default for a local run (no app registration, not production), so `npm start` is playable.
  const demoMode = flag(env, 'DEMO_MODE', !microsoftAppId && nodeEnv !== 'production');
  if (demoMode && (microsoftAppId || nodeEnv === 'production')) {
    // Demo identities let anyone act as any user: never on a real registration.
    throw new ConfigError(
      'DEMO_MODE',
      'must be off when MicrosoftAppId is set or NODE_ENV=production (demo logins would let anyone act as anyone)',
    );
  }
  const microsoftAppType = oneOf(
    env,
    'MicrosoftAppType',
    ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const,
    'MultiTenant',
  );
  const microsoftAppTenantId = text(env, 'MicrosoftAppTenantId');
  if (microsoftAppId && microsoftAppType !== 'UserAssignedMSI' && !microsoftAppPassword) {
    throw new ConfigError('MicrosoftAppPassword', 'required when MicrosoftAppId is set');
  }
  if (microsoftAppType === 'SingleTenant' && !microsoftAppTenantId) {
    throw new ConfigError('MicrosoftAppTenantId', 'required when MicrosoftAppType is SingleTenant');
  }
  const slackSigningSecret = text(env, 'SLACK_SIGNING_SECRET');
  const slackBotToken = text(env, 'SLACK_BOT_TOKEN');
  if (Boolean(slackSigningSecret) !== Boolean(slackBotToken)) {
    throw new ConfigError(
      slackSigningSecret ? 'SLACK_BOT_TOKEN' : 'SLACK_SIGNING_SECRET',
      'Slack needs both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or neither, to turn Slack off)',
    );
  }
  if (slackBotToken && !slackBotToken.startsWith('xoxb-')) {
    throw new ConfigError('SLACK_BOT_TOKEN', 'expected a bot token starting with xoxb-');
  }
  return {
    port,
    publicUrl: url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`,
    nodeEnv,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    sqlitePath: text(env, 'SQLITE_PATH') ?? './data/bot.sqlite',
    demoMode,
    microsoftAppId,
    microsoftAppPassword,
    microsoftAppTenantId,
    microsoftAppType,
    slackSigningSecret,
    slackBotToken,
    slackApiUrl: url(env, 'SLACK_API_URL', ['http:', 'https:']),
    checkoutTtlMinutes: integer(env, 'CHECKOUT_TTL_MINUTES', 15, 1, 1440),
    paymentGraceDays: integer(env, 'PAYMENT_GRACE_DAYS', 30, 0, 365),
    renewalIntervalMinutes: integer(env, 'RENEWAL_INTERVAL_MINUTES', 60, 0, 10080),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
  };
}
