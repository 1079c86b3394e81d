/** The Bot Framework channel (Teams, Emulator): adapter, activity handler, identity, mentions, route, receipts. */
export { BotAdapter, botAppId, createAdapter } from './adapter';
export {
  ADAPTIVE_CARD_CONTENT_TYPE,
  CARD_NUMBER_REMOVED,
  LicenceBot,
  invokeError,
  type LicenceBotDeps,
} from './bot';
export { TeamsCheckoutListener, isBotConversationReference } from './checkout-listener';
export { TeamsIdentity, tenantOf, type DemoProfile, type Identity } from './identity';
export { isGroupConversation, mentionsBot, readMentions } from './mentions';
export { redactActivity } from './redaction';
export { MAX_ACTIVITY_BYTES, activityProblem, mountMessagesRoute, type MessagesRouteDeps } from './routes';
export { TurnQueue } from './turn-queue';
