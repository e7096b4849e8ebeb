/** Upstream failures → GatewayError. 4xx bodies are the client's concern and pass on; the rest is ours. */
import { GatewayError } from '../../gateway/errors.js';

interface OpenAIErrorFields {
  message?: string;
  type?: string;
  code?: string | null;
  param?: string | null;
}

/** An HTTP error status from the upstream. */
export function statusError(provider: string, status: number, body: unknown, retryAfter: string | undefined): GatewayError {
  const headers: Record<string, string> = retryAfter ? { 'retry-after': retryAfter } : {};
  const upstream = (body as { error?: OpenAIErrorFields } | undefined)?.error;
  if (status === 401 || status === 403) {
    // The provider refused the gateway's own credentials: an operator problem, not the client's.
    return new GatewayError({ status: 502, type: 'upstream_error', code: 'upstream_auth', message: `Provider "${provider}" weigerde de sleutel van de gateway / rejected the gateway's credentials.` });
  }
  if (status >= 400 && status < 500) {
    return new GatewayError({
      status, type: status === 429 ? 'rate_limit_error' : 'invalid_request_error',
      code: upstream?.code ?? null, param: upstream?.param ?? null,
      message: upstream?.message ?? `Provider "${provider}" gaf fout / returned ${status}.`,
      upstreamBody: upstream, headers,
    });
  }
  return new GatewayError({ status: 502, type: 'upstream_error', code: 'upstream_error', message: `Provider "${provider}" gaf een serverfout / returned a server error (${status}).`, headers });
}

/** A transport failure (timeout, refused, reset). Aborts by the caller are passed through untouched. */
export function transportError(provider: string, error: unknown, phase: 'request' | 'stream', timedOut: boolean): Error {
  if (error instanceof GatewayError) return error;
  const code = (error as { code?: string })?.code;
  if (timedOut || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new GatewayError({ status: 504, type: 'timeout_error', code: 'upstream_timeout', message: `Provider "${provider}" antwoordde niet op tijd / did not answer in time.` });
  }
  if (code === 'UND_ERR_ABORTED' || (error as Error)?.name === 'AbortError') return error as Error;
  if (phase === 'stream') {
    return new GatewayError({ status: 502, type: 'upstream_error', code: 'stream_interrupted', message: `De verbinding met provider "${provider}" werd onderbroken / The stream from provider "${provider}" was interrupted.` });
  }
  return new GatewayError({ status: 502, type: 'upstream_error', code: 'upstream_unreachable', message: `Provider "${provider}" is niet bereikbaar of verbrak de verbinding / is unreachable or closed the connection.` });
}

export function badUpstreamBody(provider: string): GatewayError {
  return new GatewayError({ status: 502, type: 'upstream_error', code: 'upstream_bad_response', message: `Provider "${provider}" gaf een onleesbaar antwoord / returned an unreadable answer.` });
}
