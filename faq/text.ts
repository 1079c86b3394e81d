import MiniSearch from 'minisearch';
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import {
  ABBREVIATIONS,
  CONTEXT_RULES,
  ENGLISH_STOP_WORDS,
  FRENCH_STOP_WORDS,
  LANGUAGE_SYNONYMS,
  MARKER_CONCEPTS,
  OFF_TOPIC_CONCEPT,
  OFF_TOPIC_UNLESS,
  PHRASES,
  SYNONYMS,
  type ContextRule,
} from './lexicon';
import type { FaqLang } from './types';

/** Word lists the analyser works from; the defaults are `lexicon.ts`. */
export interface Lexicon {
  readonly stopWords: Readonly<Record<FaqLang, readonly string[]>>;
  readonly phrases: Readonly<Record<string, readonly string[]>>;
  readonly synonyms: Readonly<Record<string, readonly string[]>>;
  readonly contextRules: readonly ContextRule[];
  readonly offTopicUnless: Readonly<Record<string, readonly string[]>>;
  /** Synonyms of one language only, checked first ("pays": a country in French). */
  readonly languageSynonyms?: Readonly<Record<FaqLang, Readonly<Record<string, readonly string[]>>>>;
  /** Chat shorthand and its expansion ("cmt" → "comment"), folded. */
  readonly abbreviations?: Readonly<Record<string, string>>;
}

export const DEFAULT_LEXICON: Lexicon = {
  stopWords: { fr: FRENCH_STOP_WORDS, en: ENGLISH_STOP_WORDS },
  phrases: PHRASES,
  synonyms: SYNONYMS,
  contextRules: CONTEXT_RULES,
  offTopicUnless: OFF_TOPIC_UNLESS,
  languageSynonyms: LANGUAGE_SYNONYMS,
  abbreviations: ABBREVIATIONS,
};

const OTHER_LANG: Readonly<Record<FaqLang, FaqLang>> = { fr: 'en', en: 'fr' };

/** Concept of phrases that are dropped, like stop words. */
export const STOP_CONCEPT = '#stop';

/**
 * "qui", "quand", "who", "when" ask something only near the start or at the end of a message
 * ("qui paie ?", "ça sort quand ?"); elsewhere they join clauses ("la personne qui a acheté").
 */
const POSITIONAL_QUESTION_WORDS = new Set(['qui', 'quand', 'who', 'when', 'whom']);

/** First words of phrases that ask something only when they open the question ("what users…"). */
const POSITIONAL_PHRASE_STARTS = new Set(['what', 'which', 'quels', 'quelles']);
/** Concepts of such phrases: "which users can buy?" asks who, "see what users bought" does not. */
const POSITIONAL_PHRASE_CONCEPTS = new Set(['#who', '#catalog']);

/** Prepositions that keep a question word a question: "à qui", "depuis quand", "to whom". */
const QUESTION_WORD_LEADS = new Set([
  'a',
  'aupres',
  'par',
  'pour',
  'depuis',
  'des',
  'to',
  'by',
  'for',
  'since',
  'until',
]);

/**
 * Lower case, accents and ligatures removed, apostrophes and punctuation turned into spaces.
 * "Où l'administrateur voit-il les achats ?" → "ou l administrateur voit il les achats".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** Folded words of a text, in order. Concept markers (`#…`) written by the pre-pass survive. */
export function splitWords(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9#]+/)
    .filter((word) => word.length > 0);
}

/** Damerau–Levenshtein distance (optimal string alignment), for ranking spelling candidates. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * cols + j] + 1,
        d[i * cols + j - 1] + 1,
        d[(i - 1) * cols + j - 1] + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1];
}

const STEMMERS: Readonly<Record<FaqLang, Stemmer>> = {
  fr: newStemmer('french'),
  en: newStemmer('english'),
};

/** Stem of a folded word in a language (Snowball). */
export function stem(word: string, lang: FaqLang): string {
  return STEMMERS[lang].stem(word);
}

/** Words this short are only corrected by inserting a letter. */
const SHORT_WORD_LENGTH = 4;

/** Longer words are not corrected to a stop word: "qaund" is "quand", "machine" is not "machin". */
const MAX_STOP_TYPO_LENGTH = 5;

/** Short stems ("po", "ache") are shared by too many typos to prove a word is a real inflection. */
const MIN_KNOWN_STEM_LENGTH = 5;

interface VocabularyWord {
  id: string;
  count: number;
}

/**
 * Corrects one-letter typos ("servise", "abonement", "subscripton", "qund") against the words the
 * knowledge base and the lexicon use, through MiniSearch's fuzzy (Levenshtein automaton) lookup.
 * Words it knows (or whose stem it knows: "acceptée" when it has "acceptés"), short words and
 * numbers are left alone.
 */
export class SpellingCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly content: ReadonlySet<string>;
  private readonly knownStems: Readonly<Record<FaqLang, ReadonlySet<string>>>;
  private readonly counts: ReadonlyMap<string, number>;
  private readonly index: MiniSearch<VocabularyWord>;

  /**
   * @param vocabulary words a typo may be corrected to (content and stop words), with how often they occur
   * @param contentWords the vocabulary's content words (no stop words): another inflection of one is not a typo
   * @param minLength shorter words are left alone: too many real words lie one edit from each other
   */
  constructor(
    vocabulary: ReadonlyMap<string, number>,
    contentWords: Iterable<string> = vocabulary.keys(),
    private readonly minLength = 4,
  ) {
    this.counts = vocabulary;
    this.known = new Set(vocabulary.keys());
    this.content = new Set(contentWords);
    const stems = (lang: FaqLang) =>
      new Set(
        [...this.content].map((word) => stem(word, lang)).filter((s) => s.length >= MIN_KNOWN_STEM_LENGTH),
      );
    this.knownStems = { fr: stems('fr'), en: stems('en') };
    this.index = new MiniSearch<VocabularyWord>({
      fields: ['id'],
      tokenize: (text) => [text],
      processTerm: (term) => term,
    });
    this.index.addAll([...vocabulary].map(([id, count]) => ({ id, count })));
  }

  /** The word itself when known or not correctable, else the closest known word at distance 1. */
  correct(word: string, lang?: FaqLang): string {
    if (word.length < this.minLength || this.known.has(word) || /^[0-9#]/.test(word)) return word;
    if (lang && this.knownStems[lang].has(stem(word, lang))) return word;
    // Levenshtein 2 finds transpositions, which Damerau counts as one edit.
    const candidates = this.index.search(word, { fuzzy: 2, prefix: false });
    let best: string | undefined;
    let bestRank: [number, number, number] = [Infinity, 0, 0];
    for (const candidate of candidates) {
      const id = candidate.id as string;
      const distance = editDistance(word, id);
      if (distance > 1) continue;
      // "machine" is not a typo of the filler "machin": a long word is only a typo of a content word.
      if (word.length > MAX_STOP_TYPO_LENGTH && !this.content.has(id)) continue;
      // A short word is too close to other real words ("sing", "sign"; "slow", "flow"): it is only
      // corrected by adding the letter it lacks ("gest" → "guest", "qund" → "quand").
      if (word.length <= SHORT_WORD_LENGTH && id.length <= word.length) continue;
      const rank: [number, number, number] = [
        distance,
        id[0] === word[0] ? 0 : 1,
        -(this.counts.get(id) ?? 0),
      ];
      if (
        best === undefined ||
        compareRank(rank, bestRank) < 0 ||
        (compareRank(rank, bestRank) === 0 && id < best)
      ) {
        best = id;
        bestRank = rank;
      }
    }
    return best ?? word;
  }
}

function compareRank(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

interface PhraseRule {
  readonly words: readonly string[];
  readonly concepts: readonly string[];
}

/**
 * Turns text into index terms: fold accents, split words, correct typos, replace known phrases
 * by concepts, drop stop words, map synonyms to concepts, stem the rest (Snowball, per language).
 * The same analyser builds the index and reads the questions, so both sides agree.
 */
export class TextAnalyzer {
  private readonly stopWords: Readonly<Record<FaqLang, ReadonlySet<string>>>;
  private readonly phraseRules: ReadonlyMap<string, readonly PhraseRule[]>;
  private readonly conceptOfWord: ReadonlyMap<string, string>;
  private readonly conceptOfLangWord: Readonly<Record<FaqLang, ReadonlyMap<string, string>>>;
  private readonly conceptOfStem: Readonly<Record<FaqLang, ReadonlyMap<string, string>>>;

  constructor(readonly lexicon: Lexicon = DEFAULT_LEXICON) {
    this.stopWords = { fr: new Set(lexicon.stopWords.fr), en: new Set(lexicon.stopWords.en) };

    const rules = new Map<string, PhraseRule[]>();
    for (const [concept, phrases] of Object.entries(lexicon.phrases)) {
      for (const phrase of phrases) {
        const words = splitWords(phrase);
        const list = rules.get(words[0]) ?? [];
        list.push({ words, concepts: concept.split(' ') });
        rules.set(words[0], list);
      }
    }
    for (const list of rules.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.phraseRules = rules;

    const byWord = new Map<string, string>();
    const byStem: Record<FaqLang, Map<string, string>> = { fr: new Map(), en: new Map() };
    for (const [concept, words] of Object.entries(lexicon.synonyms)) {
      for (const word of words.map(foldText)) {
        if (!byWord.has(word)) byWord.set(word, concept);
        for (const lang of ['fr', 'en'] as const) {
          const stemmed = stem(word, lang);
          if (!byStem[lang].has(stemmed)) byStem[lang].set(stemmed, concept);
        }
      }
    }
    this.conceptOfWord = byWord;
    const byLangWord = (lang: FaqLang) =>
      new Map(
        Object.entries(lexicon.languageSynonyms?.[lang] ?? {}).flatMap(([concept, words]) =>
          words.map((word) => [foldText(word), concept] as const),
        ),
      );
    this.conceptOfLangWord = { fr: byLangWord('fr'), en: byLangWord('en') };
    this.conceptOfStem = byStem;
  }

  /** Every folded word the lexicon names (synonyms and phrase words), for the spelling vocabulary. */
  lexiconWords(): string[] {
    const words = new Set<string>();
    for (const list of Object.values(this.lexicon.synonyms)) for (const w of list) words.add(foldText(w));
    for (const list of Object.values(this.lexicon.phrases))
      for (const p of list) splitWords(p).forEach((w) => words.add(w));
    return [...words];
  }

  /** Stop words of both languages. */
  allStopWords(): string[] {
    return [...this.stopWords.fr, ...this.stopWords.en];
  }

  /**
   * The distinct terms of a question. A concept that is off-topic unless asked with another
   * ("Office 365" without buying or self-service) becomes the off-topic marker.
   */
  questionTerms(question: string, lang: FaqLang, corrector?: SpellingCorrector): string[] {
    const terms = new Set(this.analyze(question, lang, corrector, true));
    const mapped = [...terms].map((term) => {
      const companions = this.lexicon.offTopicUnless[term];
      return companions && !companions.some((c) => terms.has(c)) ? OFF_TOPIC_CONCEPT : term;
    });
    return [...new Set(mapped)].filter((term) => !MARKER_CONCEPTS.has(term));
  }

  /**
   * Index terms of a text written in `lang`, in order, with repeats. Questions pass a
   * `corrector` and `question` (which enables the question-only context rules); the knowledge base
   * is indexed without them.
   */
  analyze(text: string, lang: FaqLang, corrector?: SpellingCorrector, question = false): string[] {
    const marked = text
      // Upper-case IT is the IT department; lower-case "it" is a pronoun.
      .replace(/(?<![\p{L}\p{N}])IT(?![\p{L}\p{N}])/gu, ' #itdept ')
      // Upper-case US is the country; lower-case "us" is a pronoun.
      .replace(/(?<![\p{L}\p{N}])U\.?S\.?(?![\p{L}\p{N}])/gu, ' #usa ')
      // "où" (where) loses its accent when folded and would read as "ou" (or).
      .replace(/(?<![\p{L}\p{N}])où(?![\p{L}\p{N}])/giu, ' #where ');
    const abbreviations = this.lexicon.abbreviations ?? {};
    let words = splitWords(marked).flatMap((word) =>
      Object.hasOwn(abbreviations, word) ? splitWords(abbreviations[word]) : [word],
    );
    if (corrector) words = words.map((word) => corrector.correct(word, lang));
    if (words[0] === 'ou') words[0] = '#where';

    const terms: string[] = [];
    const stops = this.stopWords[lang];
    const otherStops = this.stopWords[OTHER_LANG[lang]];
    const rules = this.lexicon.contextRules.filter((rule) => question || !rule.questionOnly);
    const lastTrigger = rules.map(() => -Infinity);
    // Where a rule's target was last seen without its trigger, for triggers that come after it.
    const lastTarget = rules.map(() => -Infinity);
    const emit = (term: string, i: number): void => {
      terms.push(term);
      rules.forEach((rule, r) => {
        if (!rule.targets.includes(term)) return;
        if (i - lastTrigger[r] <= rule.window) {
          lastTrigger[r] = -Infinity;
          lastTarget[r] = -Infinity;
          emit(rule.adds, i);
        } else {
          lastTarget[r] = i;
        }
      });
    };
    for (let i = 0; i < words.length; ) {
      rules.forEach((rule, r) => {
        if (!rule.triggers.includes(words[i])) return;
        if (i - lastTarget[r] <= (rule.trailing ?? 0)) {
          lastTarget[r] = -Infinity;
          emit(rule.adds, i);
        } else {
          lastTrigger[r] = i;
        }
      });
      const rule = this.matchPhrase(words, i, terms.length === 0);
      const found = rule
        ? rule.concepts
        : this.isClauseWord(words, i)
          ? []
          : [this.term(words[i], lang, stops, otherStops) ?? STOP_CONCEPT];
      for (const term of found) if (term !== STOP_CONCEPT) emit(term, i);
      i += rule ? rule.words.length : 1;
    }
    return terms;
  }

  /**
   * "quels utilisateurs", "what users" ask who only as the question ("which users can buy?");
   * inside a clause they are just users ("can our partner see what users bought?").
   */
  private isClausePhrase(words: readonly string[], start: number, rule: PhraseRule): boolean {
    return (
      POSITIONAL_PHRASE_STARTS.has(words[start]) &&
      rule.concepts.length === 1 &&
      POSITIONAL_PHRASE_CONCEPTS.has(rule.concepts[0]) &&
      start + rule.words.length < words.length
    );
  }

  private isClauseWord(words: readonly string[], i: number): boolean {
    return (
      POSITIONAL_QUESTION_WORDS.has(words[i]) &&
      i > 1 &&
      i < words.length - 1 &&
      !QUESTION_WORD_LEADS.has(words[i - 1])
    );
  }

  /**
   * The longest phrase starting at `start`. Past the first word, long words of a phrase also match
   * at two edits ("libre srevice"): the first word gives enough context. A short typed word gets one
   * edit only, so that "for self" does not read as "for myself".
   */
  private matchPhrase(words: readonly string[], start: number, leading: boolean): PhraseRule | undefined {
    const candidates = this.phraseRules.get(words[start]);
    if (!candidates) return undefined;
    return candidates.find(
      (rule) =>
        start + rule.words.length <= words.length &&
        (leading || !this.isClausePhrase(words, start, rule)) &&
        rule.words.every((w, k) => {
          const word = words[start + k];
          return (
            word === w ||
            (k > 0 &&
              w.length >= 6 &&
              !word.startsWith('#') &&
              editDistance(word, w) <= (word.length >= 6 ? 2 : 1))
          );
        }),
    );
  }

  private term(
    word: string,
    lang: FaqLang,
    stops: ReadonlySet<string>,
    otherStops: ReadonlySet<string>,
  ): string | undefined {
    if (word.startsWith('#')) return word;
    if (/^[0-9]+$/.test(word) || stops.has(word)) return undefined;
    const concept = this.conceptOfLangWord[lang].get(word) ?? this.conceptOfWord.get(word);
    if (concept) return concept;
    const stemmed = stem(word, lang);
    const stemConcept = this.conceptOfStem[lang].get(stemmed);
    if (stemConcept) return stemConcept;
    // French chat borrows English words and the reverse; their function words carry nothing.
    if (otherStops.has(word) || word.length < 2) return undefined;
    return stemmed;
  }
}
