/**
 * `npm run directory -- import FILE [--format csv|json]`: imports tenants and users into the
 * configured database (file format: commerce/directory-import.ts). Exit code 0 when imported,
 * 1 when the file was refused (nothing imported), 2 on a usage error.
 */
import dotenv from 'dotenv';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  DirectoryFileFormat,
  DirectoryImportError,
  formatFromFileName,
  ImportCounts,
  ImportReport,
  importDirectory,
} from '../commerce/directory-import';
import { Config, loadConfig } from '../config';
import { Database } from '../models/database';

export const USAGE = 'usage: npm run directory -- import FILE [--format csv|json]';

/** Problems printed before the rest are only counted. */
const MAX_PRINTED_PROBLEMS = 100;

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

type Parsed = { file: string; format: DirectoryFileFormat } | { usage: string };

function parseArgs(args: string[]): Parsed {
  const [command, ...rest] = args;
  if (command !== 'import') return { usage: command ? `unknown command "${command}"` : 'no command given' };
  let format: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--format') format = rest[++i];
    else if (rest[i].startsWith('--format=')) format = rest[i].slice('--format='.length);
    else if (rest[i].startsWith('-')) return { usage: `unknown option ${rest[i]}` };
    else files.push(rest[i]);
  }
  if (files.length !== 1) return { usage: 'give exactly one FILE' };
  const file = files[0];
  if (format !== undefined && format !== 'csv' && format !== 'json') {
    return { usage: '--format must be csv or json' };
  }
  const resolved = format ?? formatFromFileName(file);
  if (!resolved)
    return { usage: `cannot tell the format of ${file}: name it .csv or .json, or pass --format` };
  return { file, format: resolved };
}

function describe(counts: ImportCounts, noun: string): string {
  const total = counts.created + counts.updated + counts.unchanged;
  return `${total} ${noun}${total === 1 ? '' : 's'} (${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged)`;
}

export function summarise(file: string, report: ImportReport): string {
  return `Imported ${basename(file)}: ${describe(report.tenants, 'tenant')}, ${describe(report.slackWorkspaces, 'Slack workspace')}, ${describe(report.users, 'user')}.`;
}

/** The command without the process around it: tests call it with their own config and output. */
export async function runDirectoryCommand(args: string[], config: Config, output: Output): Promise<number> {
  const parsed = parseArgs(args);
  if ('usage' in parsed) {
    output.err(`${parsed.usage}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(parsed.file, 'utf8');
  } catch (error) {
    output.err(
      `cannot read ${parsed.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n${USAGE}`,
    );
    return 2;
  }
  const db = Database.open({ url: config.databaseUrl, sqlitePath: config.sqlitePath });
  try {
    await db.migrate();
    const report = await importDirectory(db, text, parsed.format);
    output.out(summarise(parsed.file, report));
    return 0;
  } catch (error) {
    if (!(error instanceof DirectoryImportError)) throw error;
    const { problems } = error;
    output.err(
      `${basename(parsed.file)} was not imported: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
    );
    for (const { line, message } of problems.slice(0, MAX_PRINTED_PROBLEMS))
      output.err(`line ${line}: ${message}`);
    if (problems.length > MAX_PRINTED_PROBLEMS) {
      output.err(`… and ${problems.length - MAX_PRINTED_PROBLEMS} more.`);
    }
    return 1;
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true } as dotenv.DotenvConfigOptions);
  const config = loadConfig(process.env);
  process.exitCode = await runDirectoryCommand(process.argv.slice(2), config, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
