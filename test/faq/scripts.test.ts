import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { PassThrough } from 'stream';
import { runFaqBench } from '../../bench/faq';
import { FaqEngine } from '../../faq';
import { defaultEvalPath, main as evalMain, parseArgs, repoRoot } from '../../scripts/eval-faq';
import { formatAnswer, runBatch } from '../../scripts/faq';
import { PUBLIC_EVAL_PATH } from './paths';

function collect(stream: PassThrough): () => string {
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return () => chunks.join('');
}

describe('faq --batch', () => {
  const engine = new FaqEngine();

  it('prints one {"id", "score"} line per input line, in order, even for bad lines', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const errors = new PassThrough();
    const out = collect(output);
    const err = collect(errors);
    input.end(
      [
        '{"q": "les invités peuvent-ils acheter ?", "lang": "fr"}',
        '{"q": "tell me a joke", "lang": "en"}',
        'not json',
        '',
        '{"q": "who pays for a self-service purchase?"}',
      ].join('\n') + '\n',
    );
    const count = await runBatch(engine, input, output, errors);
    output.end();
    const lines = out()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string | null; score: number });
    expect(count).toBe(5);
    expect(lines).toHaveLength(5);
    expect(lines[0].id).toBe('can-guest-users-buy-through-self-service-purchase');
    expect(lines[1]).toEqual({ id: null, score: 0 });
    expect(lines[2]).toEqual({ id: null, score: 0 });
    expect(lines[3]).toEqual({ id: null, score: 0 });
    expect(lines[4].id).toBe('who-is-responsible-for-payment');
    for (const line of lines) expect(Object.keys(line)).toEqual(['id', 'score']);
    expect(err()).toMatch(/line 3: .*\n.*line 4: /s);
  });

  it('formats a single answer, or a decline with suggestions, for a person', () => {
    const answered = formatAnswer('qui paie ?', engine.answer('qui paie ?', 'fr'));
    expect(answered).toContain(engine.entry('who-is-responsible-for-payment')!.fr.answer);
    expect(answered).toContain('Voir aussi');
    const declined = formatAnswer('tell me a joke', engine.answer('tell me a joke', 'en'));
    expect(declined).toContain("I don't know");
    expect(declined.match(/^ {2}- /gm)).toHaveLength(3);
    expect(
      formatAnswer(
        'je veux acheter 3 licences Power BI',
        engine.answer('je veux acheter 3 licences Power BI', 'fr'),
      ),
    ).toContain('demande d’achat');
  });
});

describe('eval-faq', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faq-eval-'));
  const failing = join(dir, 'failing.jsonl');
  writeFileSync(
    failing,
    [
      '{"q": "tell me a joke", "lang": "en", "expect": "who-is-responsible-for-payment"}',
      '{"q": "qui paie ?", "lang": "fr", "expect": null}',
    ].join('\n'),
  );

  it('finds the repository root and the default public set beside it', () => {
    expect(repoRoot()).toBe(resolve(__dirname, '../..'));
    expect(defaultEvalPath()).toBe(PUBLIC_EVAL_PATH);
  });

  it('reads flags: --check, --min-accuracy as a share or a percentage, --min-declined', () => {
    expect(parseArgs([])).toMatchObject({ check: false, targets: { accuracy: 0.95, declineShare: 0.9 } });
    expect(parseArgs(['x.jsonl', '--min-accuracy', '97'])).toMatchObject({
      path: resolve('x.jsonl'),
      check: true,
      targets: { accuracy: 0.97 },
    });
    expect(parseArgs(['--min-declined', '0.5']).targets.declineShare).toBe(0.5);
    expect(() => parseArgs(['--min-accuracy'])).toThrow(/needs a number/);
    expect(() => parseArgs(['--nope'])).toThrow(/unknown flag/);
  });

  it('prints accuracy, declines and misses, and exits 0 on the public set', () => {
    let printed = '';
    expect(evalMain(['--check'], (text) => (printed += text))).toBe(0);
    expect(printed).toMatch(/^ {2}fr +\d+\/\d+ +\d+\.\d %/m);
    expect(printed).toMatch(/^ {2}en +\d+\/\d+ +\d+\.\d %/m);
    expect(printed).toContain('targets: top-1 >= 95.0 % in each language, declined >= 90.0 %: met');
  });

  it('exits 1 with --check when a target is missed, 0 without it, and lists the misses', () => {
    let printed = '';
    expect(evalMain([failing, '--check'], (text) => (printed += text))).toBe(1);
    expect(printed).toContain('NOT MET');
    expect(printed).toContain('misses (2):');
    expect(printed).toContain('expected who-is-responsible-for-payment, got decline');
    expect(printed).toContain('expected decline, got who-is-responsible-for-payment');
    expect(evalMain([failing], () => undefined)).toBe(0);
  });
});

describe('bench/faq', () => {
  it('times answers and prints median and p99 per question', async () => {
    const lines: string[] = [];
    const result = await runFaqBench({ rounds: 2, warmupRounds: 1, out: (line) => lines.push(line) });
    expect(result.questions).toBeGreaterThan(50);
    expect(result.medianMs).toBeGreaterThan(0);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.medianMs);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^faq: median \d+\.\d+ ms, p99 \d+\.\d+ ms/);
  });
});
