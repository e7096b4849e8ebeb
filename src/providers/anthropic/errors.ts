/**
 * What the Anthropic SDK throws → what the provider throws.
 * - the caller aborted → the caller's own abort reason (`signal.reason`), untouched;
 * - `APIError` with a status → GatewayError with that status, the upstream body in `upstreamBody`
 *   and Retry-After passed on in `headers`;
 * - an `event: error` inside a stream (no status) → GatewayError with the status belonging to its type;
 * - timeout → 504 timeout_error; connection failure → 502 upstream_error; anything else → 502.
 */
import Anthropic from '@anthropic-ai/sdk';
import { type ErrorType, GatewayError } from '../../gateway/errors.js';

const STATUS_OF_TYPE: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  timeout_error: 504,
  overloaded_error: 529,
};

function typeOfStatus(status: number): ErrorType {
  switch (status) {
    case 400:
    case 422:
      return 'invalid_request_error';
    case 401:
      return 'authentication_error';
    case 403:
      return 'permission_error';
    case 404:
      return 'not_found_error';
    case 413:
      return 'request_too_large';
    case 429:
      return 'rate_limit_error';
    case 408:
    case 504:
      return 'timeout_error';
    default:
      return status >= 500 ? 'upstream_error' : 'invalid_request_error';
  }
}

/** undici's connect / first-byte / body timeouts, wherever they sit in the cause chain. */
function isUndiciTimeout(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === 'UND_ERR_CONNECT_TIMEOUT' || e.code === 'UND_ERR_HEADERS_TIMEOUT' || e.code === 'UND_ERR_BODY_TIMEOUT') return true;
  }
  return false;
}

export function toProviderError(err: unknown, signal: AbortSignal, provider: string): unknown {
  if (signal.aborted) return signal.reason ?? err;
  if (err instanceof GatewayError) return err;
  if (err instanceof Anthropic.APIUserAbortError) return err;
  if (err instanceof Anthropic.APIConnectionTimeoutError || isUndiciTimeout(err)) {
    return new GatewayError({ status: 504, type: 'timeout_error', code: 'upstream_timeout', message: `Provider ${provider} antwoordde niet op tijd / timed out` });
  }
  if (err instanceof Anthropic.APIConnectionError) {
    return new GatewayError({ status: 502, type: 'upstream_error', code: 'upstream_unreachable', message: `Provider ${provider} onbereikbaar / connection failed` });
  }
  if (err instanceof Anthropic.APIError && (err.status === 401 || err.status === 403)) {
    // The provider refused the gateway's own credentials: an operator problem, not the client's.
    return new GatewayError({ status: 502, type: 'upstream_error', code: 'upstream_auth', message: `Provider "${provider}" weigerde de sleutel van de gateway / rejected the gateway's credentials.` });
  }
  if (err instanceof Anthropic.APIError) {
    const upstreamType = err.type ?? undefined;
    const status = err.status ?? (upstreamType ? STATUS_OF_TYPE[upstreamType] : undefined) ?? 502;
    const headers: Record<string, string> = {};
    const retryAfter = err.headers?.get('retry-after');
    if (retryAfter) headers['retry-after'] = retryAfter;
    return new GatewayError({
      status,
      type: typeOfStatus(status),
      message: err.apiMessage ?? `Provider ${provider} gaf een fout / returned an error (${status})`,
      code: err.errorCode ?? upstreamType ?? null,
      upstreamBody: err.error,
      headers,
    });
  }
  return new GatewayError({
    status: 502,
    type: 'upstream_error',
    message: `Provider ${provider} gaf een onverwacht antwoord / unexpected failure`,
  });
}
