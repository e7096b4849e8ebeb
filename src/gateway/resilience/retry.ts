/** Which failures are worth another try, and how long to wait: exponential backoff with full jitter. */
import { GatewayError } from '../errors.js';

export interface RetryOptions {
  /** Further attempts at the same provider after the first. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 2, baseDelayMs: 200, maxDelayMs: 5_000 };

/** The provider is struggling (not the request): worth a retry or another provider. */
export function isProviderFailure(error: unknown): boolean {
  if (!(error instanceof GatewayError)) return false;
  return error.status === 429 || error.status >= 500 || error.type === 'timeout_error';
}

/**
 * Same provider again? Not after a timeout (that time is already spent) nor when it refused our
 * credentials (it will again): those go to the next provider straight away.
 */
export function isRetryable(error: unknown): boolean {
  return isProviderFailure(error) && error instanceof GatewayError && error.type !== 'timeout_error' && error.code !== 'upstream_auth';
}

export function backoffMs(attempt: number, error: unknown, options: RetryOptions, random: () => number = Math.random): number {
  const retryAfter = retryAfterMs(error);
  if (retryAfter !== undefined) return retryAfter;
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.round(random() * ceiling);
}

/** Retry-After in seconds or as an HTTP date. */
export function retryAfterMs(error: unknown): number | undefined {
  const value = error instanceof GatewayError ? error.headers['retry-after'] : undefined;
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
