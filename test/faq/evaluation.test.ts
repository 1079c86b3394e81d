import { readFileSync } from 'fs';
import { FAQ_TARGETS, FaqEngine, evaluateFaq, meetsTargets, parseEvalCases } from '../../faq';
import { PUBLIC_EVAL_PATH } from './paths';
import { USER_QUESTIONS } from './user-questions';

describe('FAQ accuracy', () => {
  const engine = new FaqEngine();

  it('reaches the targets on the public evaluation set: top-1 per language, out-of-scope declined', () => {
    const report = evaluateFaq(engine, parseEvalCases(readFileSync(PUBLIC_EVAL_PATH, 'utf8')));
    expect(report.byLang.fr.answerable).toBeGreaterThan(20);
    expect(report.byLang.en.answerable).toBeGreaterThan(10);
    expect(report.byLang.fr.accuracy).toBeGreaterThanOrEqual(FAQ_TARGETS.accuracy);
    expect(report.byLang.en.accuracy).toBeGreaterThanOrEqual(FAQ_TARGETS.accuracy);
    expect(report.overall.declineShare).toBeGreaterThanOrEqual(FAQ_TARGETS.declineShare);
    expect(meetsTargets(report)).toBe(true);
  });

  it('generalises to questions written apart from the knowledge base and the public set', () => {
    const report = evaluateFaq(engine, USER_QUESTIONS);
    expect(report.byLang.fr.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.byLang.en.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.declineShare).toBeGreaterThanOrEqual(0.8);
  });
});

describe('evaluateFaq', () => {
  const engine = new FaqEngine();

  it('counts hits, declines and misses per language', () => {
    const report = evaluateFaq(engine, [
      {
        q: 'les invités peuvent-ils acheter ?',
        lang: 'fr',
        expect: 'can-guest-users-buy-through-self-service-purchase',
      },
      { q: 'les invités peuvent-ils acheter ?', lang: 'fr', expect: 'who-is-responsible-for-payment' },
      { q: 'tell me a joke', lang: 'en', expect: null },
      { q: 'who pays for it?', lang: 'en', expect: null },
    ]);
    expect(report.byLang.fr).toMatchObject({
      answerable: 2,
      correct: 1,
      accuracy: 0.5,
      outOfScope: 0,
      declineShare: 1,
    });
    expect(report.byLang.en).toMatchObject({
      answerable: 0,
      accuracy: 1,
      outOfScope: 2,
      declined: 1,
      declineShare: 0.5,
    });
    expect(report.misses.map((m) => [m.expect, m.got])).toEqual([
      ['who-is-responsible-for-payment', 'can-guest-users-buy-through-self-service-purchase'],
      [null, 'who-is-responsible-for-payment'],
    ]);
    expect(meetsTargets(report)).toBe(false);
  });
});

describe('parseEvalCases', () => {
  it('reads JSON lines and skips blank ones', () => {
    expect(
      parseEvalCases(
        '{"q":"a","lang":"fr","expect":null}\n\n{"q":"b","lang":"en","expect":"x","kind":"k"}\n',
      ),
    ).toEqual([
      { q: 'a', lang: 'fr', expect: null, kind: undefined },
      { q: 'b', lang: 'en', expect: 'x', kind: 'k' },
    ]);
  });

  it('names the line of a malformed case', () => {
    expect(() =>
      parseEvalCases('{"q":"a","lang":"fr","expect":null}\n{"q":"b","lang":"de","expect":null}'),
    ).toThrow(/line 2/);
    expect(() => parseEvalCases('{"q":"a","lang":"fr"}')).toThrow(/line 1/);
  });
});
