/**
 * One error type for everything the gateway refuses or fails on. Front doors render it in their own
 * wire format. Messages never contain personal data.
 */
export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'request_too_large'
  | 'rate_limit_error'
  | 'policy_violation'
  | 'upstream_error'
  | 'timeout_error'
  | 'api_error';

export interface GatewayErrorInit {
  status: number;
  type: ErrorType;
  message: string;
  code?: string | null;
  param?: string | null;
  /** The upstream's own error body, passed on when it is the client's concern. */
  upstreamBody?: unknown;
  headers?: Record<string, string>;
}

export class GatewayError extends Error {
  readonly status: number;
  readonly type: ErrorType;
  readonly code: string | null;
  readonly param: string | null;
  readonly upstreamBody: unknown;
  readonly headers: Record<string, string>;

  constructor(init: GatewayErrorInit) {
    super(init.message);
    this.name = 'GatewayError';
    this.status = init.status;
    this.type = init.type;
    this.code = init.code ?? null;
    this.param = init.param ?? null;
    this.upstreamBody = init.upstreamBody;
    this.headers = init.headers ?? {};
  }
}

/** The outcome recorded for an error, derived from what went wrong. */
export function outcomeOf(error: GatewayError): 'blocked' | 'error' | 'rejected' {
  if (error.type === 'policy_violation' || error.type === 'permission_error') return 'blocked';
  if (error.status >= 500 || error.type === 'upstream_error' || error.type === 'timeout_error') return 'error';
  return 'rejected';
}
