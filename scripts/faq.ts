/**
 * Asks the FAQ from the command line.
 *
 *   npm run --silent faq -- --batch < questions.jsonl   one {"q", "lang"?} per line in,
 *                                                       one {"id", "score"} per line out, in order
 *   npm run faq -- "qui peut acheter ?" [--lang fr|en]  one question, answer printed for a person
 */
import { createInterface } from 'readline';
import type { Readable, Writable } from 'stream';
import { FaqEngine, isPurchaseRequest, type FaqAnswer } from '../faq';

interface BatchLine {
  q?: unknown;
  lang?: unknown;
}

/**
 * Answers each JSON line of `input` with one JSON line `{"id", "score"}` on `output`, in order.
 * A line that is not a question (blank, bad JSON, no "q") still gets a line, `{"id": null, "score": 0}`,
 * so outputs stay aligned with inputs; the problem is reported on `errors`.
 */
export async function runBatch(
  engine: FaqEngine,
  input: Readable,
  output: Writable,
  errors: Writable,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    count += 1;
    let result: Pick<FaqAnswer, 'id' | 'score'> = { id: null, score: 0 };
    try {
      const parsed = JSON.parse(line) as BatchLine;
      if (typeof parsed?.q !== 'string') throw new Error('expected {"q": string, "lang"?: "fr"|"en"}');
      const answer = engine.answer(parsed.q, typeof parsed.lang === 'string' ? parsed.lang : undefined);
      result = { id: answer.id, score: answer.score };
    } catch (error) {
      errors.write(`line ${count}: ${(error as Error).message}\n`);
    }
    output.write(`${JSON.stringify(result)}\n`);
  }
  return count;
}

/** The answer as a person reads it in a terminal. */
export function formatAnswer(question: string, answer: FaqAnswer): string {
  const lines: string[] = [];
  if (isPurchaseRequest(question)) {
    lines.push(
      answer.lang === 'fr'
        ? '(demande d’achat : le bot lancerait l’achat)'
        : '(purchase request: the bot would start a purchase)',
    );
  }
  if (answer.entry) {
    lines.push(
      `[${answer.lang}] ${answer.entry.id} (score ${answer.score})`,
      '',
      answer.entry.question,
      '',
      answer.entry.answer,
    );
    if (answer.entry.related.length > 0) {
      lines.push('', answer.lang === 'fr' ? 'Voir aussi :' : 'See also:');
      for (const related of answer.entry.related) lines.push(`  - ${related.question}`);
    }
  } else {
    lines.push(
      `[${answer.lang}] no answer (score ${answer.score})`,
      '',
      answer.lang === 'fr'
        ? 'Je ne connais pas la réponse. Vouliez-vous dire :'
        : "I don't know the answer to that. Did you mean:",
    );
    for (const suggestion of answer.suggestions) lines.push(`  - ${suggestion.question}`);
  }
  return `${lines.join('\n')}\n`;
}

const USAGE = 'usage: faq --batch < questions.jsonl | faq "question" [--lang fr|en]';

async function main(argv: readonly string[]): Promise<number> {
  const engine = new FaqEngine();
  if (argv.includes('--batch')) {
    await runBatch(engine, process.stdin, process.stdout, process.stderr);
    return 0;
  }
  const langIndex = argv.indexOf('--lang');
  const lang = langIndex >= 0 ? argv[langIndex + 1] : undefined;
  const words = argv.filter((arg, i) => !arg.startsWith('--') && (langIndex < 0 || i !== langIndex + 1));
  const question = words.join(' ').trim();
  if (question === '') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  process.stdout.write(formatAnswer(question, engine.answer(question, lang)));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
