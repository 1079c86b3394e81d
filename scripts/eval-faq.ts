/**
 * Scores the FAQ on an evaluation file (JSON lines `{"q", "lang", "expect"}`).
 *
 *   npm run eval:faq [-- path.jsonl] [--check] [--min-accuracy 0.95] [--min-declined 0.9]
 *
 * Prints top-1 accuracy on answerable questions and the share of out-of-scope questions declined,
 * per language, and every miss. Exits 0, or with --check (implied by a --min-* flag) 1 when a
 * target is not met. The default file is ../shared/eval/faq-public.jsonl from the repository root.
 */
import { existsSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import {
  FAQ_LANGS,
  FAQ_TARGETS,
  FaqEngine,
  evaluateFaq,
  meetsTargets,
  parseEvalCases,
  type FaqEvalReport,
  type FaqLangScore,
} from '../faq';

export interface EvalOptions {
  readonly path: string;
  readonly check: boolean;
  readonly targets: { readonly accuracy: number; readonly declineShare: number };
}

/** The folder holding package.json, from this file (scripts/ in the sources, dist/scripts/ once built). */
export function repoRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** ../shared/eval beside the repository, else the copy kept for plain clones in test/fixtures/shared. */
export function defaultEvalPath(): string {
  const beside = resolve(repoRoot(), '../shared/eval/faq-public.jsonl');
  return existsSync(beside) ? beside : resolve(repoRoot(), 'test/fixtures/shared/eval/faq-public.jsonl');
}

/** Reads the command line; throws with a usage message on a bad flag. */
export function parseArgs(argv: readonly string[]): EvalOptions {
  let path: string | undefined;
  let check = false;
  let accuracy: number = FAQ_TARGETS.accuracy;
  let declineShare: number = FAQ_TARGETS.declineShare;
  const ratio = (flag: string, value: string | undefined): number => {
    const number = Number(value);
    if (value === undefined || !Number.isFinite(number) || number < 0 || number > 100) {
      throw new Error(`${flag} needs a number: a share (0.95) or a percentage (95)`);
    }
    return number > 1 ? number / 100 : number;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if (arg === '--min-accuracy') {
      accuracy = ratio(arg, argv[++i]);
      check = true;
    } else if (arg === '--min-declined') {
      declineShare = ratio(arg, argv[++i]);
      check = true;
    } else if (arg.startsWith('--')) throw new Error(`unknown flag ${arg}`);
    else path = resolve(arg);
  }
  return { path: path ?? defaultEvalPath(), check, targets: { accuracy, declineShare } };
}

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

function row(label: string, score: FaqLangScore): string {
  const answerable = `${score.correct}/${score.answerable}`.padStart(7);
  const declined = `${score.declined}/${score.outOfScope}`.padStart(7);
  return `  ${label.padEnd(5)} ${answerable}  ${percent(score.accuracy).padStart(7)}     ${declined}  ${percent(score.declineShare).padStart(7)}`;
}

/** The report as printed. */
export function formatReport(report: FaqEvalReport, options: EvalOptions, shownPath: string): string {
  const total = report.overall.answerable + report.overall.outOfScope;
  const met = meetsTargets(report, options.targets);
  const lines = [
    `FAQ evaluation: ${shownPath} (${total} questions)`,
    '        top-1 on answerable          out of scope declined',
    ...FAQ_LANGS.map((lang) => row(lang, report.byLang[lang])),
    row('all', report.overall),
    `targets: top-1 >= ${percent(options.targets.accuracy)} in each language, declined >= ${percent(options.targets.declineShare)}: ${met ? 'met' : 'NOT MET'}`,
    `misses (${report.misses.length})${report.misses.length > 0 ? ':' : ''}`,
    ...report.misses.map(
      (miss) =>
        `  [${miss.lang}] ${JSON.stringify(miss.q)}\n      expected ${miss.expect ?? 'decline'}, got ${miss.got ?? 'decline'} (score ${miss.score})`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** Runs the evaluation; returns the exit code. */
export function main(
  argv: readonly string[],
  out: (text: string) => void = (t) => process.stdout.write(t),
): number {
  const options = parseArgs(argv);
  const cases = parseEvalCases(readFileSync(options.path, 'utf8'));
  const report = evaluateFaq(new FaqEngine(), cases);
  const shown = relative(repoRoot(), options.path) || options.path;
  out(formatReport(report, options, shown));
  return options.check && !meetsTargets(report, options.targets) ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`eval-faq: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
