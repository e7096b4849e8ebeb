/**
 * A circuit breaker per provider: after `failures` consecutive failures it opens and the provider is
 * skipped for `cooldownMs`; then one probe is let through (half-open): success closes it, failure
 * opens it again.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  failures: number;
  cooldownMs: number;
}

export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openedAt = 0;
  private probing = false;
  private opened = false;

  constructor(
    private readonly options: BreakerOptions,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    if (!this.opened) return 'closed';
    return this.now() - this.openedAt >= this.options.cooldownMs ? 'half-open' : 'open';
  }

  /** May a call go out now? In half-open state only one probe at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probing) return false;
    this.probing = true;
    return true;
  }

  success(): void {
    this.consecutiveFailures = 0;
    this.opened = false;
    this.probing = false;
  }

  failure(): void {
    this.probing = false;
    this.consecutiveFailures++;
    if (this.opened || this.consecutiveFailures >= this.options.failures) {
      this.opened = true;
      this.openedAt = this.now();
    }
  }

  /** A call that ended without a verdict on the provider (client left, client's own 4xx). */
  release(): void {
    this.probing = false;
  }

  snapshot() {
    return { state: this.state, consecutiveFailures: this.consecutiveFailures };
  }
}
