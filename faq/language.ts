import { ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS } from './lexicon';
import { splitWords } from './text';
import type { FaqLang } from './types';

/** Words that belong to one language only, e.g. the knowledge base's own vocabulary. */
export interface LanguageVocabulary {
  readonly fr: ReadonlySet<string>;
  readonly en: ReadonlySet<string>;
}

const FR_ONLY_STOPS = exclusive(FRENCH_STOP_WORDS, ENGLISH_STOP_WORDS);
const EN_ONLY_STOPS = exclusive(ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS);
// Question words and frequent chat words the stop lists leave out.
const FR_MARKERS = new Set([
  'qui',
  'quand',
  'pourquoi',
  'acheter',
  'achat',
  'licence',
  'abonnement',
  'utilisateur',
  'utilisateurs',
  'entreprise',
  'paiement',
  'facture',
  'invite',
  'donnees',
  'prix',
  'est',
  'libre',
]);
const EN_MARKERS = new Set([
  'who',
  'when',
  'where',
  'why',
  'buy',
  'purchase',
  'license',
  'subscription',
  'users',
  'company',
  'payment',
  'invoice',
  'guest',
  'data',
  'price',
  'self',
  'bought',
  'pay',
]);

function exclusive(list: readonly string[], other: readonly string[]): ReadonlySet<string> {
  const others = new Set(other);
  return new Set(list.filter((word) => !others.has(word)));
}

/**
 * The language of a chat message, French or English. Counts words only one language uses
 * (function words, question words, and the `vocabulary` if given), plus French accents and
 * elisions (l', d', qu'). On a tie — "power bi", an emoji — answers `fallback`.
 */
export function detectLanguage(
  text: string,
  vocabulary?: LanguageVocabulary,
  fallback: FaqLang = 'en',
): FaqLang {
  let fr = 0;
  let en = 0;
  fr += (text.match(/[àâçéèêëîïôûùœ]/giu) ?? []).length > 0 ? 1.5 : 0;
  fr += (text.match(/(?<![\p{L}])(?:l|d|j|qu|n|m|s|c)['’]\p{L}/giu) ?? []).length;
  en += (text.match(/\p{L}['’](?:s|t|re|ve|ll|m|d)(?![\p{L}])/giu) ?? []).length;
  for (const word of splitWords(text)) {
    if (FR_ONLY_STOPS.has(word) || FR_MARKERS.has(word)) fr += 1;
    else if (EN_ONLY_STOPS.has(word) || EN_MARKERS.has(word)) en += 1;
    else if (vocabulary) {
      const inFr = vocabulary.fr.has(word);
      const inEn = vocabulary.en.has(word);
      if (inFr && !inEn) fr += 0.5;
      else if (inEn && !inFr) en += 0.5;
    }
  }
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}

/** 'fr-FR', 'fr', 'FR_ca' → 'fr'; 'en-US' → 'en'; anything else (or nothing) → undefined. */
export function languageOfLocale(locale: string | undefined): FaqLang | undefined {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'en' ? primary : undefined;
}

/** The locale's language when it is French or English (a Teams/Slack activity's locale wins), else detected from the text. */
export function resolveLanguage(
  text: string,
  locale?: string,
  vocabulary?: LanguageVocabulary,
  fallback: FaqLang = 'en',
): FaqLang {
  return languageOfLocale(locale) ?? detectLanguage(text, vocabulary, fallback);
}
