import { SKIP_POSTGRES_REASON } from './skip-reasons';

/** Runs once per `npm test`: says, once, which suites are skipped and why. */
export default function globalSetup(): void {
  if (!process.env.TEST_DATABASE_URL) process.stderr.write(`\n${SKIP_POSTGRES_REASON}\n`);
}
