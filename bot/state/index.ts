/** botbuilder state on the project's database. */
export { DatabaseStorage, MAX_STORED_KEY_LENGTH, StateConflictError, storedKey } from './database-storage';
export { OptimisticConversationState } from './optimistic-state';
