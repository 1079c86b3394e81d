/** Card actions by verb, one handler each, shared by the channels. */
export { ActionRegistry, UnknownVerbError } from './registry';
export { registerAdminActions } from './admin-handlers';
export {
  createActionRegistry,
  parseAssignees,
  registerGeneralActions,
  registerManageActions,
  registerPurchaseActions,
  type ActionDeps,
} from './handlers';
export type { ActionContext, ActionFlows, ActionHandler, ActionRequest } from './types';
