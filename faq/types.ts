/** Languages the FAQ is written in. */
export type FaqLang = 'fr' | 'en';

export const FAQ_LANGS: readonly FaqLang[] = ['fr', 'en'];

/** The seed's `##` sections, by their anchor. */
export type FaqSection =
  | 'general'
  | 'making-a-self-service-purchase'
  | 'pricing'
  | 'admin-capabilities'
  | 'support-and-training'
  | 'partners';

/** One language's side of an entry. */
export interface FaqText {
  readonly question: string;
  /** Plain text; paragraphs separated by a blank line. */
  readonly answer: string;
  /** Other ways people ask the same thing in chat: short, colloquial, keyword-style. */
  readonly phrasings: readonly string[];
  /** Words and short phrases that point at this entry. */
  readonly keywords: readonly string[];
}

/** One question of the FAQ, keyed by the seed's anchor slug. */
export interface FaqEntry {
  readonly id: string;
  readonly section: FaqSection;
  readonly fr: FaqText;
  readonly en: FaqText;
  /** Ids of entries worth offering next to this one. */
  readonly related: readonly string[];
}

/** An entry's question in one language, e.g. for a suggestion button. */
export interface FaqQuestionRef {
  readonly id: string;
  readonly question: string;
}

/** The answered entry, in the answer's language. */
export interface FaqAnsweredEntry {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
  readonly related: readonly FaqQuestionRef[];
}

/**
 * What the engine says to one question.
 * `id` is null when the engine declines (score below the threshold); `suggestions` then holds the
 * closest questions to offer as buttons. When it answers, `entry` is set and `suggestions` is empty.
 */
export interface FaqAnswer {
  readonly lang: FaqLang;
  readonly id: string | null;
  /** Confidence in [0, 1] that the best entry answers the question. */
  readonly score: number;
  readonly entry?: FaqAnsweredEntry;
  readonly suggestions: readonly FaqQuestionRef[];
}
