import { redactCardNumbers } from './commerce/payment/pan';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFields = Record<string, unknown>;

/** The logger every module receives. Lines are JSON, with card numbers and secrets scrubbed. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const ORDER: Record<Exclude<LogLevel, 'silent'>, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEYS = /pass(word)?|secret|token|authorization|cvc|cvv|card.?number|pan/i;

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactCardNumbers(value);
  if (value instanceof Error)
    return {
      name: value.name,
      message: redactCardNumbers(value.message),
      code: (value as { code?: unknown }).code,
    };
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [
      key,
      SECRET_KEYS.test(key) ? '[redacted]' : scrub(item, depth + 1),
    ]),
  );
}

/** A JSON-lines logger; `write` defaults to stdout (tests pass a collector). */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
): Logger {
  const emit = (lineLevel: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields) => {
    if (level === 'silent' || ORDER[lineLevel] < ORDER[level]) return;
    const entry = {
      time: new Date().toISOString(),
      level: lineLevel,
      message: redactCardNumbers(message),
      ...(scrub(fields ?? {}) as LogFields),
    };
    write(JSON.stringify(entry));
  };
  return {
    debug: (message, fields) => emit('debug', message, fields),
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}
