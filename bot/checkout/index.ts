/** The secure checkout page (`/checkout/:id`): card data goes from this form to the gateway, never through chat. */
export { mountCheckout, MAX_FORM_BYTES, securityHeaders } from './routes';
export {
  CheckoutService,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_NOTIFY_TIMEOUT_MS,
  PROCESSING_LEASE_MS,
} from './service';
export type { CheckoutPage, CheckoutSummary } from './service';
export type * from './types';
