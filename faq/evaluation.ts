import type { FaqEngine } from './faq-engine';
import { FAQ_LANGS, type FaqLang } from './types';

/** One line of an evaluation file: `{"q", "lang", "expect"}`, `expect` null when the FAQ should decline. */
export interface FaqEvalCase {
  readonly q: string;
  readonly lang: FaqLang;
  readonly expect: string | null;
  readonly kind?: string;
}

export interface FaqEvalMiss extends FaqEvalCase {
  readonly got: string | null;
  readonly score: number;
}

export interface FaqLangScore {
  /** Answerable questions and how many got the expected entry first. */
  readonly answerable: number;
  readonly correct: number;
  readonly accuracy: number;
  /** Out-of-scope questions and how many were declined. */
  readonly outOfScope: number;
  readonly declined: number;
  readonly declineShare: number;
}

export interface FaqEvalReport {
  readonly byLang: Readonly<Record<FaqLang, FaqLangScore>>;
  readonly overall: FaqLangScore;
  readonly misses: readonly FaqEvalMiss[];
}

/** The targets: top-1 accuracy per language and share of out-of-scope questions declined. */
export const FAQ_TARGETS = { accuracy: 0.95, declineShare: 0.9 } as const;

/** Parses JSON lines (blank lines skipped); throws with the line number on a malformed case. */
export function parseEvalCases(jsonl: string): FaqEvalCase[] {
  const cases: FaqEvalCase[] = [];
  jsonl.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const value = JSON.parse(line) as Partial<FaqEvalCase>;
    if (
      typeof value.q !== 'string' ||
      (value.lang !== 'fr' && value.lang !== 'en') ||
      value.expect === undefined
    ) {
      throw new Error(`line ${index + 1}: expected {"q": string, "lang": "fr"|"en", "expect": string|null}`);
    }
    cases.push({ q: value.q, lang: value.lang, expect: value.expect, kind: value.kind });
  });
  return cases;
}

/** Runs every case through the engine and scores it. */
export function evaluateFaq(engine: FaqEngine, cases: readonly FaqEvalCase[]): FaqEvalReport {
  const misses: FaqEvalMiss[] = [];
  const tally = (filter: (c: FaqEvalCase) => boolean, outcomes: Map<FaqEvalCase, boolean>): FaqLangScore => {
    const selected = cases.filter(filter);
    const answerable = selected.filter((c) => c.expect !== null);
    const outOfScope = selected.filter((c) => c.expect === null);
    const correct = answerable.filter((c) => outcomes.get(c)).length;
    const declined = outOfScope.filter((c) => outcomes.get(c)).length;
    return {
      answerable: answerable.length,
      correct,
      accuracy: answerable.length === 0 ? 1 : correct / answerable.length,
      outOfScope: outOfScope.length,
      declined,
      declineShare: outOfScope.length === 0 ? 1 : declined / outOfScope.length,
    };
  };

  const outcomes = new Map<FaqEvalCase, boolean>();
  for (const c of cases) {
    const answer = engine.answer(c.q, c.lang);
    const ok = answer.id === c.expect;
    outcomes.set(c, ok);
    if (!ok) misses.push({ ...c, got: answer.id, score: answer.score });
  }
  const byLang = Object.fromEntries(
    FAQ_LANGS.map((lang) => [lang, tally((c) => c.lang === lang, outcomes)]),
  ) as Record<FaqLang, FaqLangScore>;
  return { byLang, overall: tally(() => true, outcomes), misses };
}

/** Whether a report reaches the targets: accuracy in each language, declines over the whole set. */
export function meetsTargets(
  report: FaqEvalReport,
  targets: { readonly accuracy: number; readonly declineShare: number } = FAQ_TARGETS,
): boolean {
  return (
    FAQ_LANGS.every((lang) => report.byLang[lang].accuracy >= targets.accuracy) &&
    report.overall.declineShare >= targets.declineShare
  );
}
