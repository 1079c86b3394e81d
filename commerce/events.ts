/**
 * What the core tells the outside world after a change has committed. Channels implement
 * `CommerceEvents` to send proactive messages (admins told of a new purchase, a purchaser told of
 * a take-over); the core never waits on them and a failing listener never undoes a change.
 */
export type CommerceEvent =
  | {
      type: 'purchase.completed';
      tenantId: string;
      subscriptionId: string;
      purchaserId: string;
      productId: string;
      seats: number;
    }
  | {
      type: 'subscription.taken-over';
      tenantId: string;
      subscriptionId: string;
      purchaserId: string | null;
      mode: 'moved-to-central' | 'cancelled';
      reason: string;
    }
  | {
      type: 'subscription.cancelled';
      tenantId: string;
      subscriptionId: string;
      purchaserId: string | null;
      byAdmin: boolean;
    }
  | {
      type: 'renewal.failed';
      tenantId: string;
      subscriptionId: string;
      purchaserId: string | null;
      billId: string;
    }
  | { type: 'subscription.disabled'; tenantId: string; subscriptionId: string; purchaserId: string | null };

export interface CommerceEvents {
  publish(event: CommerceEvent): void;
}

/** Collects events in memory; useful in tests and as the default when no channel listens. */
export class RecordingEvents implements CommerceEvents {
  readonly events: CommerceEvent[] = [];
  publish(event: CommerceEvent): void {
    this.events.push(event);
  }
}
