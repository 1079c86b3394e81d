import { resolve } from 'path';

/** shared/ sits beside the repository (locally and in CI). */
export const SEED_PATH = resolve(__dirname, '../../../shared/seed/self-service-purchase-faq.fr.md');
export const PUBLIC_EVAL_PATH = resolve(__dirname, '../../../shared/eval/faq-public.jsonl');
