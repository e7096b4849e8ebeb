/** Upstream failures → GatewayError. 4xx bodies are the client's concern and pass on; the rest is ours. */
import OpenAI from 'openai';
import { GatewayError } from '../../gateway/errors.js';

export function upstreamError(provider: string, error: unknown, phase: 'request' | 'stream' = 'request'): Error {
  if (error instanceof GatewayError) return error;
  if (error instanceof OpenAI.APIUserAbortError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new GatewayError({ status: 504, type: 'timeout_error', code: 'upstream_timeout', message: `Provider "${provider}" antwoordde niet op tijd / did not answer in time.` });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new GatewayError({ status: 502, type: 'upstream_error', code: 'upstream_unreachable', message: `Provider "${provider}" is niet bereikbaar of verbrak de verbinding / is unreachable or closed the connection.` });
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? 502;
    const retryAfter = error.headers?.get?.('retry-after');
    const headers: Record<string, string> = retryAfter ? { 'retry-after': retryAfter } : {};
    const body = (error.error ?? {}) as { message?: string; type?: string; code?: string | null; param?: string | null };
    if (status === 401 || status === 403) {
      // The provider refused the gateway's own credentials: an operator problem, not the client's.
      return new GatewayError({ status: 502, type: 'upstream_error', code: 'upstream_auth', message: `Provider "${provider}" weigerde de sleutel van de gateway / rejected the gateway's credentials.` });
    }
    if (status >= 400 && status < 500) {
      return new GatewayError({
        status, type: status === 429 ? 'rate_limit_error' : 'invalid_request_error', code: body.code ?? null, param: body.param ?? null,
        message: body.message ?? `Provider "${provider}" gaf fout / returned ${status}.`, upstreamBody: error.error, headers,
      });
    }
    return new GatewayError({ status: 502, type: 'upstream_error', code: 'upstream_error', message: `Provider "${provider}" gaf een serverfout / returned a server error (${status}).`, headers });
  }
  if (error instanceof Error && error.name === 'AbortError') return error;
  if (phase === 'stream') {
    return new GatewayError({ status: 502, type: 'upstream_error', code: 'stream_interrupted', message: `De verbinding met provider "${provider}" werd onderbroken / The stream from provider "${provider}" was interrupted.` });
  }
  return new GatewayError({ status: 502, type: 'upstream_error', code: 'upstream_error', message: `Provider "${provider}" gaf een onverwacht antwoord / gave an unexpected answer.` });
}
