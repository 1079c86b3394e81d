import { readFileSync } from 'fs';
import { FAQ_ENTRIES, FAQ_LANGS, parseEvalCases, type FaqEntry } from '../../faq';
import { OFF_TOPIC_CONCEPT } from '../../faq/lexicon';
import { TextAnalyzer } from '../../faq/text';
import { BLIND_QUESTIONS } from './blind-questions';
import { FOLLOW_UP_QUESTIONS } from './follow-up-questions';
import { PUBLIC_EVAL_PATH, SEED_PATH } from './paths';
import { ROUND_8 } from './round-8-questions';
import { ROUND_9 } from './round-9-questions';
import { ROUND_10 } from './round-10-questions';
import { longestCommonRun, quotes, words, type Words } from './similarity';

const seed = readFileSync(SEED_PATH, 'utf8');

/** `### <a name="slug">` questions of the seed, each with the `## <a name="section">` it sits under. */
function seedQuestions(): { id: string; section: string }[] {
  const questions: { id: string; section: string }[] = [];
  let section = '';
  for (const line of seed.split('\n')) {
    const heading = /^(#{2,3}) <a name="([^"]+)"><\/a>/.exec(line);
    if (!heading) continue;
    if (heading[1] === '##') section = heading[2];
    else questions.push({ id: heading[2], section });
  }
  return questions;
}

/** Every sentence of the seed, questions included, French and English (one translation unit per span). */
function seedSentences(): Words[] {
  const spans = [...seed.matchAll(/<span data-(?:ttu|stu)-id="[^"]+">(.*?)<\/span>/g)];
  return spans.map((match) => words(match[1].replace(/<[^>]+>/g, ' ')));
}

function allTexts(entry: FaqEntry): Words[] {
  return FAQ_LANGS.flatMap((lang) => {
    const text = entry[lang];
    return [text.question, text.answer, ...text.phrasings, ...text.keywords].map(words);
  });
}

describe('knowledge base', () => {
  it('has one entry per seed question, keyed by its anchor, in the seed order and section', () => {
    const questions = seedQuestions();
    expect(questions).toHaveLength(23);
    expect(FAQ_ENTRIES).toHaveLength(23);
    expect(FAQ_ENTRIES.map((entry) => entry.id)).toEqual(questions.map((q) => q.id));
    expect(FAQ_ENTRIES.map((entry) => entry.section)).toEqual(questions.map((q) => q.section));
  });

  it('has a question, an answer, phrasings and keywords in French and in English', () => {
    for (const entry of FAQ_ENTRIES) {
      for (const lang of FAQ_LANGS) {
        const text = entry[lang];
        expect(text.question.trim()).not.toBe('');
        expect(text.answer.length).toBeGreaterThan(60);
        expect(text.phrasings.length).toBeGreaterThanOrEqual(5);
        expect(text.keywords.length).toBeGreaterThanOrEqual(4);
      }
      expect(entry.fr.question).not.toBe(entry.en.question);
    }
  });

  it('relates each entry to other existing entries', () => {
    const ids = new Set(FAQ_ENTRIES.map((entry) => entry.id));
    for (const entry of FAQ_ENTRIES) {
      expect(entry.related.length).toBeGreaterThanOrEqual(2);
      for (const id of entry.related) {
        expect(ids.has(id)).toBe(true);
        expect(id).not.toBe(entry.id);
      }
    }
  });

  it("words questions and answers in the project's own terms: no seed sentence copied", () => {
    const sentences = seedSentences();
    expect(sentences.length).toBeGreaterThan(150);
    // Eight words in a row is a copied clause; product names and "achetés en libre-service" stay shorter.
    const copies = FAQ_ENTRIES.flatMap((entry) =>
      allTexts(entry).flatMap((text) =>
        sentences
          .filter(
            (sentence) =>
              (text.text === sentence.text && text.words.length > 1) || longestCommonRun(text, sentence) >= 8,
          )
          .map((sentence) => `${entry.id}: ${text.text} ≈ ${sentence.text}`),
      ),
    );
    expect(copies).toEqual([]);
  });

  it.each([
    ['the public evaluation set', () => parseEvalCases(readFileSync(PUBLIC_EVAL_PATH, 'utf8'))],
    ['the blind set', () => BLIND_QUESTIONS],
    ['the follow-up rounds', () => FOLLOW_UP_QUESTIONS],
    ['round 8', () => ROUND_8],
    ['round 9', () => ROUND_9],
    ['round 10', () => ROUND_10],
  ])('quotes no line of %s, verbatim or nearly', (_name, load) => {
    const lines = load().map((c) => words(c.q));
    expect(lines.length).toBeGreaterThan(50);
    const quoted = FAQ_ENTRIES.flatMap((entry) =>
      allTexts(entry).flatMap((text) =>
        lines.filter((line) => quotes(text, line)).map((line) => `${text.text} ≈ ${line.text}`),
      ),
    );
    expect(quoted).toEqual([]);
  });

  it('never reads as off-topic: the off-topic words are ones the FAQ does not use', () => {
    const analyzer = new TextAnalyzer();
    const offTopic = FAQ_ENTRIES.flatMap((entry) =>
      FAQ_LANGS.flatMap((lang) => {
        const text = entry[lang];
        return [text.question, text.answer, ...text.phrasings, ...text.keywords]
          .filter((t) => analyzer.analyze(t, lang).includes(OFF_TOPIC_CONCEPT))
          .map((t) => `${entry.id} (${lang}): ${t}`);
      }),
    );
    expect(offTopic).toEqual([]);
  });
});

describe('quotes', () => {
  it('catches copies, near copies and embedded lines, not shared topic words', () => {
    const check = (text: string, line: string) => quotes(words(text), words(line));
    expect(check('Qui peut acheter en libre-service ?', 'qui peut acheter en libre service')).toBe(true);
    expect(check('Qui peut acheter en libre-service ?', 'Qui peut achete en libre-service')).toBe(true);
    expect(
      check('Bonjour. Qui peut acheter en libre-service ? Merci', 'qui peut acheter en libre service'),
    ).toBe(true);
    expect(
      check(
        'one two three four five six seven eight nine',
        'zero two three four five six seven eight nine ten',
      ),
    ).toBe(true);
    expect(check('Qui paie un achat en libre-service ?', 'Où voir mes achats en libre-service ?')).toBe(
      false,
    );
  });
});
