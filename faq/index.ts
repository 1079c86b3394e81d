export { FaqEngine, type FaqCandidate, type FaqEngineOptions } from './faq-engine';
export { FAQ_ENTRIES, FAQ_STARTER_QUESTIONS } from './knowledge-base';
export { detectLanguage, languageOfLocale, resolveLanguage, type LanguageVocabulary } from './language';
export { classifyIntent, isPurchaseRequest, type ChatIntent } from './intent';
export {
  FAQ_TARGETS,
  evaluateFaq,
  meetsTargets,
  parseEvalCases,
  type FaqEvalCase,
  type FaqEvalMiss,
  type FaqEvalReport,
  type FaqLangScore,
} from './evaluation';
export * from './types';
