import MiniSearch, { type SearchResult } from 'minisearch';
import { FAQ_ENTRIES, FAQ_STARTER_QUESTIONS } from './knowledge-base';
import { OFF_TOPIC_CONCEPT } from './lexicon';
import { detectLanguage, resolveLanguage, type LanguageVocabulary } from './language';
import { DEFAULT_LEXICON, SpellingCorrector, TextAnalyzer, splitWords, type Lexicon } from './text';
import {
  FAQ_LANGS,
  type FaqAnswer,
  type FaqEntry,
  type FaqLang,
  type FaqQuestionRef,
  type FaqText,
} from './types';

export interface FaqEngineOptions {
  /** Confidence (0–1) below which the engine declines and suggests questions instead. Default 0.4. */
  readonly threshold?: number;
  /** How many close questions a decline offers. Default 3. */
  readonly suggestionCount?: number;
  /** Entries offered when nothing is close at all ("tell me a joke"). Default: {@link FAQ_STARTER_QUESTIONS}. */
  readonly fallbackSuggestions?: readonly string[];
  /** Language used when neither the locale nor the text tells. Default 'en'. */
  readonly fallbackLanguage?: FaqLang;
  readonly lexicon?: Lexicon;
}

/** One ranked candidate, for diagnostics (`eval-faq` misses) and suggestions. */
export interface FaqCandidate {
  readonly id: string;
  /** BM25 score from MiniSearch, used for ranking. */
  readonly rank: number;
  /** Share of the question's weighted terms this entry covers, in [0, 1]. */
  readonly confidence: number;
}

interface IndexedPhrasing {
  id: string;
  entry: string;
  text: string;
}

interface IndexedEntry {
  id: string;
  question: string;
  phrasings: string;
  keywords: string;
  answer: string;
}

const FIELDS = ['question', 'phrasings', 'keywords', 'answer'] as const;
const FIELD_BOOST: Readonly<Record<(typeof FIELDS)[number], number>> = {
  question: 2,
  phrasings: 1.5,
  keywords: 1.5,
  answer: 0.5,
};
/** A term found only in an answer's prose says less than one found in a question or keyword. */
const ANSWER_ONLY_FACTOR = 0.6;

const DEFAULT_THRESHOLD = 0.4;
/** What a question asks (where, who, when, why), as opposed to what it is about. */
const QUESTION_CONCEPTS: ReadonlySet<string> = new Set(['#where', '#who', '#when', '#why']);
/** "DAX", "password", "weather": such a word weighs as much as this many unknown words. */
const OFF_TOPIC_FACTOR = 3;
/**
 * A word the FAQ never uses may be what the question is really about ("Seattle", "DAX"), or just a
 * word the lexicon lacks ("stagiaires", "proprio"): it weighs about as much as the rarest known
 * word, so that one such word does not sink a question that otherwise matches an entry well, while
 * two of them, or one with an off-topic word, still make the engine decline.
 */
const UNKNOWN_FACTOR = 0.75;
/**
 * Entries are ordered by confidence plus this share of their BM25 score relative to the best:
 * coverage says whether an entry answers every part of the question, BM25 breaks near-ties by how
 * strongly (question and keyword fields, repeated terms).
 */
const RANK_WEIGHT = 1;
/** Weight of the single closest phrasing (nearest neighbour), relative to the best one's BM25. */
const PHRASING_WEIGHT = 0.25;

/**
 * Answers chat questions from the bilingual FAQ. Build one per process (the constructor builds the
 * indexes, about a quarter of a second) and share it: `answer` does not change the engine.
 *
 * Retrieval: each entry is one MiniSearch document (questions, phrasings, keywords and answers in
 * both languages) and each of its phrasings another, all analysed by {@link TextAnalyzer} (accent
 * folding, typo correction, phrases and synonyms to shared concepts, stop words, Snowball stemming).
 * The confidence of an entry is the IDF-weighted share of the question's terms it covers, so a
 * question about something the FAQ never mentions ("reset my password") scores low and is declined.
 * Entries are ranked by confidence, then by MiniSearch's BM25 score and by their closest phrasing.
 */
export class FaqEngine {
  readonly threshold: number;
  private readonly byId: ReadonlyMap<string, FaqEntry>;
  private readonly analyzer: TextAnalyzer;
  private readonly corrector: SpellingCorrector;
  private readonly index: MiniSearch<IndexedEntry>;
  private readonly phraseIndex: MiniSearch<IndexedPhrasing>;
  private readonly documentFrequency: ReadonlyMap<string, number>;
  private readonly vocabulary: LanguageVocabulary;
  private readonly suggestionCount: number;
  private readonly fallbackSuggestions: readonly string[];
  private readonly fallbackLanguage: FaqLang;

  constructor(
    readonly entries: readonly FaqEntry[] = FAQ_ENTRIES,
    options: FaqEngineOptions = {},
  ) {
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.suggestionCount = options.suggestionCount ?? 3;
    this.fallbackLanguage = options.fallbackLanguage ?? 'en';
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
    if (this.byId.size !== entries.length) throw new Error('FAQ entries must have unique ids');
    this.fallbackSuggestions = [
      ...(options.fallbackSuggestions ?? FAQ_STARTER_QUESTIONS),
      ...entries.map((entry) => entry.id),
    ].filter((id) => this.byId.has(id));
    this.analyzer = new TextAnalyzer(options.lexicon ?? DEFAULT_LEXICON);

    const documents = entries.map((entry) => this.indexedEntry(entry));
    this.index = new MiniSearch<IndexedEntry>({
      fields: [...FIELDS],
      storeFields: [],
      tokenize: (text) => (text.length === 0 ? [] : text.split(' ')),
      processTerm: (term) => term,
    });
    this.index.addAll(documents);

    this.phraseIndex = new MiniSearch<IndexedPhrasing>({
      fields: ['text'],
      storeFields: ['entry'],
      tokenize: (text) => (text.length === 0 ? [] : text.split(' ')),
      processTerm: (term) => term,
    });
    this.phraseIndex.addAll(
      entries.flatMap((entry) =>
        FAQ_LANGS.flatMap((lang) =>
          [entry[lang].question, ...entry[lang].phrasings].map((text, n) => ({
            id: `${entry.id}/${lang}/${n}`,
            entry: entry.id,
            text: this.analyzer.analyze(text, lang).join(' '),
          })),
        ),
      ),
    );

    const frequency = new Map<string, number>();
    for (const document of documents) {
      const terms = new Set(FIELDS.flatMap((field) => (document[field] ? document[field].split(' ') : [])));
      for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
    this.documentFrequency = frequency;

    const { words, vocabulary } = this.vocabularies(entries);
    this.vocabulary = vocabulary;
    const stopWords = new Set(this.analyzer.allStopWords());
    this.corrector = new SpellingCorrector(
      words,
      [...words.keys()].filter((word) => !stopWords.has(word)),
    );
  }

  /** The entry with this id (a seed anchor slug), if any. */
  entry(id: string): FaqEntry | undefined {
    return this.byId.get(id);
  }

  /** French or English, from the text, using the knowledge base's vocabulary as a hint. */
  detectLanguage(text: string): FaqLang {
    return detectLanguage(text, this.vocabulary, this.fallbackLanguage);
  }

  /**
   * Answers a question. `locale` is the activity's locale or a language ('fr-FR', 'en', …): when it
   * is French or English it decides the language, otherwise the language is detected from the text.
   * Purchase requests should be routed before calling this (see `isPurchaseRequest`).
   */
  answer(question: string, locale?: string): FaqAnswer {
    const lang = resolveLanguage(question, locale, this.vocabulary, this.fallbackLanguage);
    const candidates = this.rank(question, lang);
    const best = candidates[0];
    if (best && best.confidence >= this.threshold) {
      const entry = this.byId.get(best.id) as FaqEntry;
      const text = entry[lang];
      return {
        lang,
        id: entry.id,
        score: round(best.confidence),
        entry: {
          id: entry.id,
          question: text.question,
          answer: text.answer,
          related: entry.related.flatMap((id) => this.questionRef(id, lang) ?? []),
        },
        suggestions: [],
      };
    }
    return {
      lang,
      id: null,
      score: round(best?.confidence ?? 0),
      suggestions: this.suggestions(candidates, lang),
    };
  }

  /** Entries ranked for a question, best first, with their confidence. */
  rank(question: string, lang: FaqLang): FaqCandidate[] {
    const terms = this.analyzer.questionTerms(question, lang, this.corrector);
    if (terms.length === 0) return [];
    const weights = new Map(terms.map((term) => [term, this.weight(term)]));
    const total = terms.reduce((sum, term) => sum + (weights.get(term) ?? 0), 0);
    const results = this.index.search(terms.join(' '), {
      boost: FIELD_BOOST,
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      fuzzy: false,
      prefix: false,
    });
    const top = results[0]?.score ?? 1;
    const nearest = new Map<string, number>();
    const phrasings = this.phraseIndex.search(terms.join(' '), {
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
    });
    for (const phrasing of phrasings) {
      const entry = phrasing.entry as string;
      if (!nearest.has(entry)) nearest.set(entry, phrasing.score);
    }
    const topPhrasing = phrasings[0]?.score ?? 1;
    return results
      .map((result) => ({
        id: result.id as string,
        rank: result.score,
        confidence: this.coverage(result, weights) / total,
      }))
      .map((candidate) => ({
        candidate,
        key:
          candidate.confidence +
          RANK_WEIGHT * (candidate.rank / top) +
          PHRASING_WEIGHT * ((nearest.get(candidate.id) ?? 0) / topPhrasing),
      }))
      .sort((a, b) => b.key - a.key || (a.candidate.id < b.candidate.id ? -1 : 1))
      .map(({ candidate }) => candidate);
  }

  /**
   * Weight of the question's terms the entry covers. Question words alone ("où", "who") name no
   * topic: an entry that covers nothing else covers nothing ("où est la machine à café ?").
   */
  private coverage(result: SearchResult, weights: ReadonlyMap<string, number>): number {
    let covered = 0;
    let topical = false;
    for (const term of result.queryTerms) {
      const fields = result.match[term] ?? [];
      const factor = fields.some((field) => field !== 'answer') ? 1 : ANSWER_ONLY_FACTOR;
      covered += (weights.get(term) ?? 0) * factor;
      if (!QUESTION_CONCEPTS.has(term)) topical = true;
    }
    return topical ? covered : 0;
  }

  /** Inverse document frequency; a term no entry uses weighs the most, an off-topic marker more still. */
  private weight(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    const idf = Math.log(1 + this.entries.length / (df + 0.5));
    if (term === OFF_TOPIC_CONCEPT) return OFF_TOPIC_FACTOR * idf;
    return df === 0 ? UNKNOWN_FACTOR * idf : idf;
  }

  private suggestions(candidates: readonly FaqCandidate[], lang: FaqLang): FaqQuestionRef[] {
    const ids = [...candidates.map((candidate) => candidate.id), ...this.fallbackSuggestions];
    const unique = [...new Set(ids)].slice(0, this.suggestionCount);
    return unique.flatMap((id) => this.questionRef(id, lang) ?? []);
  }

  private questionRef(id: string, lang: FaqLang): FaqQuestionRef | undefined {
    const entry = this.byId.get(id);
    return entry ? { id, question: entry[lang].question } : undefined;
  }

  private indexedEntry(entry: FaqEntry): IndexedEntry {
    const analyse = (pick: (text: FaqText) => string) =>
      FAQ_LANGS.flatMap((lang) => this.analyzer.analyze(pick(entry[lang]), lang)).join(' ');
    return {
      id: entry.id,
      question: analyse((text) => text.question),
      phrasings: analyse((text) => text.phrasings.join(' . ')),
      keywords: analyse((text) => text.keywords.join(' . ')),
      answer: analyse((text) => text.answer),
    };
  }

  /** Spelling vocabulary (words with counts) and per-language word sets for language detection. */
  private vocabularies(entries: readonly FaqEntry[]): {
    words: Map<string, number>;
    vocabulary: LanguageVocabulary;
  } {
    const words = new Map<string, number>();
    const perLang: Record<FaqLang, Set<string>> = { fr: new Set(), en: new Set() };
    for (const entry of entries) {
      for (const lang of FAQ_LANGS) {
        const text = entry[lang];
        for (const word of splitWords(
          [text.question, text.answer, ...text.phrasings, ...text.keywords].join(' '),
        )) {
          if (word.length < 3 || /^[0-9]/.test(word)) continue;
          words.set(word, (words.get(word) ?? 0) + 1);
          perLang[lang].add(word);
        }
      }
    }
    for (const word of [...this.analyzer.lexiconWords(), ...this.analyzer.allStopWords()]) {
      if (!words.has(word)) words.set(word, 1);
    }
    return { words, vocabulary: { fr: perLang.fr, en: perLang.en } };
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
