/** The sentences of the CSV download route's error answers, in French and English. */
import type { CheckoutLocale } from '../checkout/types';

type Problem = 'unknown' | 'gone' | 'refused' | 'failed';

const TEXTS: Record<CheckoutLocale, Record<Problem, string>> = {
  en: {
    unknown: 'This download link does not exist. Ask the bot for the report again.',
    gone: 'This download link has expired or was already used. Ask the bot for the report again.',
    refused: 'You are no longer allowed to read this organisation’s report.',
    failed: 'The export could not be built. Please try again in a moment.',
  },
  fr: {
    unknown: 'Ce lien de téléchargement n’existe pas. Redemandez le rapport au bot.',
    gone: 'Ce lien de téléchargement a expiré ou a déjà servi. Redemandez le rapport au bot.',
    refused: 'Vous n’êtes plus autorisé à consulter le rapport de cette organisation.',
    failed: 'L’export n’a pas pu être généré. Réessayez dans un instant.',
  },
};

export function downloadProblem(problem: Problem, locale: CheckoutLocale): string {
  return TEXTS[locale][problem];
}
