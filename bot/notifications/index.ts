/** Proactive notices: where each user can be reached, and the `CommerceEvents` that tells them. */
export { ConversationReferences, type StoredConversation } from './conversation-references';
export { ConversationReferenceRecorder } from './recorder';
export { NotificationDirectory, type SubscriptionFacts } from './recipients';
export { ProactiveNotifier, type ProactiveAdapter, type ProactiveNotifierDeps } from './notifier';
