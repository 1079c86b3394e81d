import { sharedFile } from '../helpers/shared-files';

/** The seed and the public evaluation set: ../shared beside the repository, or the vendored copy. */
export const SEED_PATH = sharedFile('seed', 'self-service-purchase-faq.fr.md');
export const PUBLIC_EVAL_PATH = sharedFile('eval', 'faq-public.jsonl');
