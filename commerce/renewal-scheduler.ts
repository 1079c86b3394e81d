import type { Logger } from '../logging';
import type { RenewalSummary } from './billing';
import { Clock } from './clock';

/** What the scheduler runs: `BillingService.runRenewals`. */
export interface RenewalRunner {
  runRenewals(at: Date): Promise<RenewalSummary>;
}

/**
 * Starts the renewal run every `intervalMinutes` (and once at start). Runs never overlap in one
 * process; across processes the run is safe because each subscription is renewed under a row lock
 * and a renewal bill exists once per period. The timer is unref'd so it never keeps the process alive.
 */
export class RenewalScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly billing: RenewalRunner,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly intervalMinutes: number,
  ) {}

  start(): void {
    if (this.intervalMinutes <= 0 || this.timer) return;
    void this.runOnce();
    this.timer = setInterval(() => void this.runOnce(), this.intervalMinutes * 60_000);
    this.timer.unref();
  }

  /** One run; a run already under way is awaited instead of starting a second one. */
  async runOnce(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        const summary = await this.billing.runRenewals(this.clock.now());
        if (Object.values(summary).some((n) => n > 0)) this.logger.info('renewal run', { ...summary });
      } catch (error) {
        // A failed run is retried at the next tick; it never takes the process down.
        this.logger.error('renewal run failed', { error });
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Stops the timer and waits for a run under way, so shutdown never cuts a renewal in half. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
