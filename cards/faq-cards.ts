import { messages } from './messages';
import { expandCard, strings } from './template';
import answerTemplate from './templates/faq-answer.json';
import suggestionsTemplate from './templates/faq-suggestions.json';
import type { AdaptiveCard, Locale } from './types';
import type { VerbData } from './verbs';

/** Close questions offered as buttons. */
export const MAX_SUGGESTIONS = 3;

export interface FaqQuestionRef {
  slug: string;
  question: string;
}

export interface FaqAnswerCardData {
  slug: string;
  question: string;
  /** Markdown as Adaptive Cards render it (bold, italics, lists, links). */
  answer: string;
  related: readonly FaqQuestionRef[];
  sourceUrl?: string | null;
}

const ask = (q: FaqQuestionRef) => ({
  question: q.question,
  askData: { slug: q.slug } satisfies VerbData['faq.ask'],
});

/** An FAQ answer with related questions as buttons and a 👍/👎 feedback. */
export function renderFaqAnswerCard(data: FaqAnswerCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  return expandCard(
    answerTemplate,
    {
      t: strings(m.common, m.faq),
      question: data.question,
      answer: data.answer,
      related: data.related.slice(0, MAX_SUGGESTIONS).map(ask),
      helpfulData: { slug: data.slug, helpful: true } satisfies VerbData['faq.feedback'],
      unhelpfulData: { slug: data.slug, helpful: false } satisfies VerbData['faq.feedback'],
      sourceUrl: data.sourceUrl ?? '',
    },
    locale,
  );
}

export interface FaqSuggestionsCardData {
  /** What the user asked. */
  query: string;
  suggestions: readonly FaqQuestionRef[];
}

/** "I don't know" with up to three close questions, and a box to ask again. */
export function renderFaqSuggestionsCard(data: FaqSuggestionsCardData, locale: Locale): AdaptiveCard {
  const m = messages(locale);
  return expandCard(
    suggestionsTemplate,
    {
      t: { ...strings(m.common, m.faq), dontKnow: m.faq.dontKnow(data.query) },
      suggestions: data.suggestions.slice(0, MAX_SUGGESTIONS).map(ask),
    },
    locale,
  );
}
