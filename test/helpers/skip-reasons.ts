export const SKIP_POSTGRES_REASON =
  'PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them too.';
