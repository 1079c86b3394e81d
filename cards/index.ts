/** Cards: Adaptive Card templates behind typed render functions, and their Slack Block Kit translation. */
export * from './admin-cards';
export * from './block-kit';
export * from './faq-cards';
export * from './general-cards';
export * from './manage-cards';
export * from './messages';
export * from './purchase-cards';
export * from './types';
export * from './verbs';
