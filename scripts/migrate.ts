/** `npm run migrate`: applies pending migrations to the configured database and exits. */
import dotenv from 'dotenv';
import { loadConfig } from '../config';
import { Database } from '../models/database';

async function main(): Promise<void> {
  dotenv.config({ quiet: true } as dotenv.DotenvConfigOptions);
  const config = loadConfig(process.env);
  const db = Database.open({ url: config.databaseUrl, sqlitePath: config.sqlitePath });
  try {
    const applied = await db.migrate();
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
