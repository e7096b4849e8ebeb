/**
 * The one pipeline every front door hands its canonical request to:
 * identify → inspect → decide → pseudonymise → route → call → restore → record.
 * Doors only translate; providers only talk to their upstream; decisions live in policy/.
 */
import { createChunkRestorer, protectRequest, restoreResponse } from '../pii/index.js';
import { admit, CancelledError, cancelledOr, upstreamCall, type Gateway, type Notices } from './admit.js';
import { GatewayError, outcomeOf } from './errors.js';
import { promptText } from './prompt-text.js';
import { callWithFallback, type Candidate } from './resilience/index.js';
import type { Trace } from './trace.js';
import type { ChatChunk, ChatRequest, ChatResponse } from './types.js';
import { upstreamRequest } from './upstream-request.js';

export { CancelledError, type Gateway, type Notices } from './admit.js';

export interface ChatOptions {
  /** The use case the caller asked for (header); otherwise the key's default. */
  useCase?: string | null;
  signal: AbortSignal;
}

export type ChatResult =
  | { kind: 'response'; response: ChatResponse; notices: Notices }
  | { kind: 'stream'; chunks: AsyncIterable<ChatChunk>; abort: () => void; notices: Notices };

export async function runChat(gateway: Gateway, trace: Trace, request: ChatRequest, options: ChatOptions): Promise<ChatResult> {
  trace.stream = request.stream === true;
  trace.setUser(request.user ?? request.safety_identifier); // kept as a pseudonym only
  const admitted = admit(gateway, trace, {
    model: request.model, useCase: options.useCase, text: () => promptText(request),
    protect: (pseudonymiser) => protectRequest(request, pseudonymiser),
  });
  const { useCase, pseudonymiser, route, notices, key } = admitted;
  const protectedRequest = admitted.protected;
  const call = upstreamCall(gateway, trace, route, options.signal);

  /** Shapes the request for one candidate; the record follows whichever provider is tried. */
  const prepare = (candidate: Candidate): ChatRequest => {
    call.tried(candidate);
    const outgoing = upstreamRequest(protectedRequest, candidate.model, useCase, key.id);
    trace.sentMessages = outgoing.messages;
    return outgoing;
  };
  const { signal, resilience, cleanup, abort } = call;
  const clientSignal = options.signal;

  if (!trace.stream) {
    try {
      const { value: response, candidate } = await callWithFallback(
        route.candidates,
        (c) => trace.upstream(c.provider.complete(prepare(c), { signal })),
        resilience,
      );
      trace.modelUsed = response.model;
      trace.usage = response.usage;
      response.id = trace.id;
      trace.answerText = answerText(response); // as the provider wrote it: pseudonymised
      if (!candidate.provider.echoesRequest) restoreResponse(response, pseudonymiser);
      // Recorded before the client sees the answer: a completed response always has its record.
      await trace.finish(200, 'ok');
      return { kind: 'response', response, notices };
    } catch (error) {
      throw cancelledOr(error, clientSignal);
    } finally {
      cleanup();
    }
  }

  // Wait for the first chunk before answering 200, so that an upstream refusal becomes a proper error
  // and can still be retried or sent to a fallback; after it, nothing is retried.
  let started: { iterator: AsyncIterator<ChatChunk>; first: IteratorResult<ChatChunk> };
  let answeredBy: Candidate;
  try {
    ({ value: started, candidate: answeredBy } = await callWithFallback(
      route.candidates,
      async (c) => {
        const iterator = c.provider.stream(prepare(c), { signal })[Symbol.asyncIterator]();
        return { iterator, first: await trace.upstream(iterator.next()) };
      },
      resilience,
    ));
  } catch (error) {
    cleanup();
    throw cancelledOr(error, clientSignal);
  }
  const restorer = answeredBy.provider.echoesRequest ? UNRESTORED : createChunkRestorer(pseudonymiser);
  return { kind: 'stream', chunks: relay(trace, started.first, started.iterator, restorer, clientSignal, cleanup), abort, notices };
}

/** For a provider that shows what left: chunks pass as they are. */
const UNRESTORED: ReturnType<typeof createChunkRestorer> = { restore: (chunk) => chunk, end: () => null };

/** Passes chunks on as they arrive (restored) and records the interaction when the stream ends, however it ends. */
async function* relay(
  trace: Trace,
  first: IteratorResult<ChatChunk>,
  iterator: AsyncIterator<ChatChunk>,
  restorer: ReturnType<typeof createChunkRestorer>,
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
      collectAnswer(trace, chunk); // before restoring: the record keeps the pseudonymised text
      yield restorer.restore(chunk);
      next = await trace.upstream(iterator.next());
    }
    const rest = restorer.end();
    if (rest) yield { ...rest, id: trace.id };
    await trace.finish(200, 'ok'); // before the stream's last frame: a completed stream has its record
  } catch (error) {
    const failure = cancelledOr(error, clientSignal);
    if (failure instanceof CancelledError) await trace.finish(499, 'cancelled', 'client_closed');
    else await trace.finish(200, 'error', failure instanceof GatewayError ? failure.code ?? failure.type : 'stream_error');
    throw failure;
  } finally {
    cleanup();
    // A consumer that stops early (client gone) ends up here without an error.
    if (!trace.isRecorded) void trace.finish(499, 'cancelled', 'client_closed').catch(logRecordFailure);
  }
}

function answerText(response: ChatResponse): string {
  return response.choices.map((c) => c.message?.content ?? '').join('\n');
}

/** The answer text as the provider streamed it (placeholders, not values), for the record's content. */
function collectAnswer(trace: Trace, chunk: ChatChunk): void {
  for (const choice of chunk.choices) if (choice.delta?.content) trace.answerText = (trace.answerText ?? '') + choice.delta.content;
}



/** Records a failed interaction with the status and outcome that match the error. */
export function recordFailure(trace: Trace, error: unknown): Promise<void> {
  if (error instanceof CancelledError) return trace.finish(499, 'cancelled', 'client_closed');
  if (error instanceof GatewayError) return trace.finish(error.status, outcomeOf(error), error.code ?? error.type);
  return trace.finish(500, 'error', 'internal_error');
}

/** A record that could not be written: said on stderr (no content: the record holds none in the clear). */
export function logRecordFailure(error: unknown): void {
  console.error('[poortwachter] interaction record not written:', (error as Error)?.message ?? error);
}
