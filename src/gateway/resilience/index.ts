/** Breakers and retry settings per provider, shared by every request. */
import type { ProviderConfig } from '../../config/index.js';
import { CircuitBreaker, type BreakerOptions } from './breaker.js';
import { DEFAULT_RETRY, type RetryOptions } from './retry.js';

export { CircuitBreaker } from './breaker.js';
export { callWithFallback, type Attempt, type Candidate } from './call.js';

export interface Resilience {
  breakerFor(provider: string): CircuitBreaker;
  retryFor(provider: string): RetryOptions;
  budgetMs: number;
  states(): Record<string, ReturnType<CircuitBreaker['snapshot']>>;
}

export function createResilience(providers: readonly ProviderConfig[], budgetMs = 15_000): Resilience {
  const breakers = new Map<string, CircuitBreaker>();
  const retries = new Map<string, RetryOptions>();
  for (const p of providers) {
    const breaker: BreakerOptions = { failures: p.breaker_failures, cooldownMs: p.breaker_cooldown_ms };
    breakers.set(p.name, new CircuitBreaker(breaker));
    retries.set(p.name, { ...DEFAULT_RETRY, retries: p.retries, maxDelayMs: p.retry_max_delay_ms });
  }
  return {
    breakerFor: (name) => breakers.get(name) ?? breakers.set(name, new CircuitBreaker({ failures: 5, cooldownMs: 30_000 })).get(name)!,
    retryFor: (name) => retries.get(name) ?? DEFAULT_RETRY,
    budgetMs,
    states: () => Object.fromEntries([...breakers].map(([name, b]) => [name, b.snapshot()])),
  };
}
