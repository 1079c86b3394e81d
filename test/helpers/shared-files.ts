import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '..', '..');
const SHARED = resolve(REPO_ROOT, '..', 'shared');
const VENDORED = join(REPO_ROOT, 'test', 'fixtures', 'shared');

/**
 * A file of the project's shared folder: `../shared/<path>` when the repository sits beside it
 * (CI, the team's machines), else the copy in test/fixtures/shared (a plain clone).
 */
export function sharedFile(...path: string[]): string {
  const beside = join(SHARED, ...path);
  return existsSync(beside) ? beside : join(VENDORED, ...path);
}
