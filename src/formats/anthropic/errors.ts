/**
 * Gateway errors in Anthropic's error shape: `{ type: 'error', error: { type, message } }`.
 *
 * Anthropic's documented error types and their statuses: 400 invalid_request_error,
 * 401 authentication_error, 402 billing_error, 403 permission_error, 404 not_found_error,
 * 413 request_too_large, 429 rate_limit_error, 500 api_error, 504 timeout_error, 529 overloaded_error.
 */
import type { ErrorType, GatewayError } from '../../gateway/errors.js';

export type AnthropicErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'billing_error'
  | 'permission_error'
  | 'not_found_error'
  | 'request_too_large'
  | 'rate_limit_error'
  | 'api_error'
  | 'timeout_error'
  | 'overloaded_error';

export interface AnthropicErrorBody {
  type: 'error';
  error: { type: AnthropicErrorType | (string & {}); message: string };
}

const KNOWN: ReadonlySet<string> = new Set<AnthropicErrorType>([
  'invalid_request_error',
  'authentication_error',
  'billing_error',
  'permission_error',
  'not_found_error',
  'request_too_large',
  'rate_limit_error',
  'api_error',
  'timeout_error',
  'overloaded_error',
]);

/** Our error type (and status) → Anthropic's error type name. */
export function anthropicErrorType(type: ErrorType, status: number): AnthropicErrorType {
  switch (type) {
    case 'invalid_request_error':
    case 'authentication_error':
    case 'permission_error':
    case 'not_found_error':
    case 'request_too_large':
    case 'rate_limit_error':
    case 'timeout_error':
      return type;
    // A policy refusal is "you may not do this": Anthropic's closest type is permission_error.
    case 'policy_violation':
      return 'permission_error';
    case 'upstream_error':
      return status === 529 ? 'overloaded_error' : 'api_error';
    case 'api_error':
      return status === 529 ? 'overloaded_error' : 'api_error';
  }
}

/** The status to answer with: the error's own status (Anthropic uses the same numbers). */
export function anthropicErrorStatus(err: GatewayError): number {
  return err.status >= 400 && err.status <= 599 ? err.status : 500;
}

function isAnthropicErrorBody(body: unknown): body is AnthropicErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as { type?: unknown; error?: { type?: unknown; message?: unknown } };
  return (
    b.type === 'error' &&
    typeof b.error === 'object' &&
    b.error !== null &&
    typeof b.error.type === 'string' &&
    KNOWN.has(b.error.type) &&
    typeof b.error.message === 'string'
  );
}

/**
 * The Anthropic error body for a gateway error. When the error carries an Anthropic upstream's own
 * error body (an Anthropic provider answered with an error), its type and message are passed on
 * unchanged; otherwise the body is built from the gateway error.
 */
export function anthropicErrorBody(err: GatewayError): AnthropicErrorBody {
  if (isAnthropicErrorBody(err.upstreamBody)) {
    return { type: 'error', error: { type: err.upstreamBody.error.type, message: err.upstreamBody.error.message } };
  }
  return { type: 'error', error: { type: anthropicErrorType(err.type, err.status), message: err.message } };
}
