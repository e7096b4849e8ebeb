/**
 * The one pipeline every front door hands its canonical request to:
 * identify → inspect → decide → pseudonymise → route → call → restore → record.
 * Doors only translate; providers only talk to their upstream; decisions live here and in policy/.
 */
import type { ProviderRegistry } from '../providers/index.js';
import { GatewayError, outcomeOf } from './errors.js';
import type { Trace } from './trace.js';
import type { ChatChunk, ChatRequest, ChatResponse } from './types.js';

export interface Gateway {
  providers: ProviderRegistry;
}

export type ChatResult =
  | { kind: 'response'; response: ChatResponse }
  | { kind: 'stream'; chunks: AsyncIterable<ChatChunk>; abort: () => void };

export async function runChat(gateway: Gateway, trace: Trace, request: ChatRequest, clientSignal: AbortSignal): Promise<ChatResult> {
  trace.stream = request.stream === true;
  trace.modelRequested = request.model;
  const provider = gateway.providers.forModel(request.model);
  trace.provider = provider.name;

  const upstreamRequest: ChatRequest = { ...request };
  trace.sentMessages = upstreamRequest.messages;

  // One controller for the upstream call: the client leaving aborts it at once.
  const upstream = new AbortController();
  const abort = () => upstream.abort();
  if (clientSignal.aborted) abort();
  clientSignal.addEventListener('abort', abort, { once: true });

  if (!trace.stream) {
    try {
      const response = await trace.upstream(provider.complete(upstreamRequest, { signal: upstream.signal }));
      trace.modelUsed = response.model;
      trace.usage = response.usage;
      response.id = trace.id;
      // Recorded before the client sees the answer: a completed response always has its record.
      trace.finish(200, 'ok');
      return { kind: 'response', response };
    } catch (error) {
      throw cancelledOr(error, clientSignal);
    } finally {
      clientSignal.removeEventListener('abort', abort);
    }
  }

  // Wait for the first chunk before answering 200, so that an upstream refusal becomes a proper error.
  const iterator = provider.stream(upstreamRequest, { signal: upstream.signal })[Symbol.asyncIterator]();
  let first: IteratorResult<ChatChunk>;
  try {
    first = await trace.upstream(iterator.next());
  } catch (error) {
    clientSignal.removeEventListener('abort', abort);
    throw cancelledOr(error, clientSignal);
  }
  return { kind: 'stream', chunks: relay(trace, first, iterator, clientSignal, () => clientSignal.removeEventListener('abort', abort)), abort };
}

/** Passes chunks on as they arrive and records the interaction when the stream ends, however it ends. */
async function* relay(
  trace: Trace,
  first: IteratorResult<ChatChunk>,
  iterator: AsyncIterator<ChatChunk>,
  clientSignal: AbortSignal,
  cleanup: () => void,
): AsyncGenerator<ChatChunk> {
  try {
    let next = first;
    while (!next.done) {
      const chunk = next.value;
      chunk.id = trace.id;
      if (chunk.model) trace.modelUsed = chunk.model;
      if (chunk.usage) trace.usage = chunk.usage;
      yield chunk;
      next = await trace.upstream(iterator.next());
    }
    trace.finish(200, 'ok');
  } catch (error) {
    const failure = cancelledOr(error, clientSignal);
    if (failure instanceof CancelledError) trace.finish(499, 'cancelled', 'client_closed');
    else trace.finish(200, 'error', failure instanceof GatewayError ? failure.code ?? failure.type : 'stream_error');
    throw failure;
  } finally {
    cleanup();
    // A consumer that stops early (client gone) ends up here without an error.
    if (!trace.isRecorded) trace.finish(499, 'cancelled', 'client_closed');
  }
}

export class CancelledError extends Error {
  override name = 'CancelledError';
}

function cancelledOr(error: unknown, clientSignal: AbortSignal): Error {
  if (clientSignal.aborted) return new CancelledError('De client heeft de verbinding verbroken / The client closed the connection.');
  if (error instanceof GatewayError) return error;
  return new GatewayError({ status: 502, type: 'upstream_error', code: 'upstream_error', message: 'De provider gaf een onverwachte fout / The provider failed unexpectedly.' });
}

/** Records a failed interaction with the status and outcome that match the error. */
export function recordFailure(trace: Trace, error: unknown): void {
  if (error instanceof CancelledError) trace.finish(499, 'cancelled', 'client_closed');
  else if (error instanceof GatewayError) trace.finish(error.status, outcomeOf(error), error.code ?? error.type);
  else trace.finish(500, 'error', 'internal_error');
}
