/**
 * One upstream call with retries and fallbacks: try each compliant candidate in order; retry a
 * struggling provider with backoff (honouring Retry-After) within a time budget; skip providers whose
 * breaker is open. Only failures before the first byte reaches the client come through here, so
 * nothing is ever retried once the client has started receiving an answer.
 */
import { GatewayError } from '../errors.js';
import type { Provider } from '../types.js';
import type { CircuitBreaker } from './breaker.js';
import { backoffMs, isProviderFailure, isRetryable, sleep, type RetryOptions } from './retry.js';

export interface Candidate {
  model: string;
  provider: Provider;
}

export interface Attempt {
  provider: string;
  model: string;
  /** ok, or the error code that made us move on. */
  result: string;
}

export interface CallOptions {
  breakerFor(provider: string): CircuitBreaker;
  retryFor(provider: string): RetryOptions;
  /** Overall bound on time spent waiting between attempts. */
  budgetMs: number;
  signal: AbortSignal;
  attempts: Attempt[];
}

export async function callWithFallback<T>(candidates: readonly Candidate[], call: (c: Candidate) => Promise<T>, options: CallOptions): Promise<{ value: T; candidate: Candidate }> {
  const deadline = Date.now() + options.budgetMs;
  let lastError: unknown;
  for (const candidate of candidates) {
    const breaker = options.breakerFor(candidate.provider.name);
    const retry = options.retryFor(candidate.provider.name);
    for (let attempt = 0; attempt <= retry.retries; attempt++) {
      if (!breaker.tryAcquire()) {
        options.attempts.push({ provider: candidate.provider.name, model: candidate.model, result: 'circuit_open' });
        lastError ??= circuitOpen(candidate.provider.name);
        break;
      }
      try {
        const value = await call(candidate);
        breaker.success();
        options.attempts.push({ provider: candidate.provider.name, model: candidate.model, result: 'ok' });
        return { value, candidate };
      } catch (error) {
        lastError = error;
        const code = error instanceof GatewayError ? error.code ?? error.type : 'aborted';
        options.attempts.push({ provider: candidate.provider.name, model: candidate.model, result: code });
        if (!isProviderFailure(error) || options.signal.aborted) {
          breaker.release();
          throw error; // the client's own error, or the client left: no retry, no fallback
        }
        breaker.failure();
        if (!isRetryable(error) || attempt === retry.retries) break;
        const wait = backoffMs(attempt, error, retry);
        if (Date.now() + wait > deadline) break; // not worth the wait: try the next provider
        await sleep(wait, options.signal);
      }
    }
  }
  throw lastError;
}

function circuitOpen(provider: string): GatewayError {
  return new GatewayError({
    status: 503, type: 'upstream_error', code: 'circuit_open', headers: { 'retry-after': '30' },
    message: `Provider "${provider}" is tijdelijk uitgeschakeld na herhaalde fouten / is temporarily switched off after repeated failures.`,
  });
}
