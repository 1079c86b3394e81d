/**
 * In-process FAQ latency: time of one `FaqEngine.answer` call, over the public evaluation
 * questions (or the knowledge base's own phrasings when that file is absent), many rounds.
 *
 *   node dist/bench/faq.js [rounds]
 */
import { defaultEvalPath } from '../scripts/eval-faq';
import { existsSync, readFileSync } from 'fs';
import { FAQ_ENTRIES, FAQ_LANGS, FaqEngine, parseEvalCases, type FaqLang } from '../faq';

export interface FaqBenchResult {
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  /** Time to build the engine (index, vocabulary), once. */
  readonly buildMs: number;
  readonly questions: number;
  readonly rounds: number;
}

interface Question {
  readonly q: string;
  readonly lang: FaqLang;
}

function benchQuestions(): Question[] {
  const evalPath = defaultEvalPath();
  if (existsSync(evalPath)) return parseEvalCases(readFileSync(evalPath, 'utf8'));
  return FAQ_ENTRIES.flatMap((entry) =>
    FAQ_LANGS.flatMap((lang) => entry[lang].phrasings.map((q) => ({ q, lang }))),
  );
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index];
}

export interface FaqBenchOptions {
  /** Timed rounds over every question. Default 50. */
  readonly rounds?: number;
  readonly warmupRounds?: number;
  /** Where the summary line goes; default stdout. Pass `() => undefined` to stay quiet. */
  readonly out?: (line: string) => void;
}

/**
 * Runs the benchmark (a few warm-up rounds, then timed rounds over every question), prints the
 * summary line and returns the figures.
 */
export async function runFaqBench(options: FaqBenchOptions = {}): Promise<FaqBenchResult> {
  const { rounds = 50, warmupRounds = 5, out = (line: string) => process.stdout.write(line) } = options;
  const questions = benchQuestions();
  const started = process.hrtime.bigint();
  const engine = new FaqEngine();
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;

  for (let round = 0; round < warmupRounds; round++)
    for (const { q, lang } of questions) engine.answer(q, lang);

  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const { q, lang } of questions) {
      const start = process.hrtime.bigint();
      engine.answer(q, lang);
      timings.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    // Let the event loop breathe between rounds, as a server would.
    await new Promise((resolveRound) => setImmediate(resolveRound));
  }
  timings.sort((a, b) => a - b);
  const result: FaqBenchResult = {
    medianMs: percentile(timings, 0.5),
    p99Ms: percentile(timings, 0.99),
    meanMs: timings.reduce((sum, t) => sum + t, 0) / timings.length,
    buildMs,
    questions: questions.length,
    rounds,
  };
  out(`${formatFaqBench(result)}\n`);
  return result;
}

export function formatFaqBench(result: FaqBenchResult): string {
  return (
    `faq: median ${result.medianMs.toFixed(3)} ms, p99 ${result.p99Ms.toFixed(3)} ms, mean ${result.meanMs.toFixed(3)} ms ` +
    `per question (${result.questions} questions x ${result.rounds} rounds); engine built in ${result.buildMs.toFixed(1)} ms`
  );
}

if (require.main === module) {
  const rounds = Number(process.argv[2] ?? 50);
  runFaqBench({ rounds: Number.isInteger(rounds) && rounds > 0 ? rounds : 50 }).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}
