/**
 * The one pipeline every front door hands its canonical request to:
 * identify → inspect → decide → pseudonymise → route → call → restore → record.
 * Doors only translate; providers only talk to their upstream; decisions live in policy/.
 */
import { Pseudonymiser, PiiAnalysisError, createChunkRestorer, protectRequest, restoreResponse, type Analyzer, type EntityType } from '../pii/index.js';
import type { Decision, PolicyHolder, UseCase } from '../policy/index.js';
import type { ProviderRegistry } from '../providers/index.js';
import { GatewayError, outcomeOf } from './errors.js';
import { promptText } from './prompt-text.js';
import { blockedByRules, blockedPersonalData, personalDataCheckFailed } from './refusals.js';
import type { Trace } from './trace.js';
import type { ChatChunk, ChatRequest, ChatResponse } from './types.js';
import { callWithFallback, type Attempt, type Candidate, type Resilience } from './resilience/index.js';
import { upstreamRequest } from './upstream-request.js';

export interface Gateway {
  providers: ProviderRegistry;
  policy: PolicyHolder;
  analyzer: Analyzer;
  resilience: Resilience;
}

export interface ChatOptions {
  /** The use case the caller asked for (header); otherwise the key's default. */
  useCase?: string | null;
  signal: AbortSignal;
}

/** What the client is told besides the answer. */
export interface Notices {
  useCase: string;
  /** Warnings from matched policy rules (e.g. "check this output"). */
  warnings: string[];
  /** AI-generated-content notice of the use case (AI Act art. 50). */
  aiNotice?: string;
}

export type ChatResult =
  | { kind: 'response'; response: ChatResponse; notices: Notices }
  | { kind: 'stream'; chunks: AsyncIterable<ChatChunk>; abort: () => void; notices: Notices };

export async function runChat(gateway: Gateway, trace: Trace, request: ChatRequest, options: ChatOptions): Promise<ChatResult> {
  trace.stream = request.stream === true;
  trace.modelRequested = request.model;
  // One policy object for the whole request: a reload meanwhile does not change it half-way.
  const policy = gateway.policy.current();
  trace.policyVersion = policy.version;

  // identify
  const key = trace.key!;
  const useCase = policy.resolveUseCase(options.useCase, { useCases: key.useCases, defaultUseCase: key.defaultUseCase, department: key.department });
  trace.useCase = useCase.id;

  // inspect + pseudonymise: one analysis gives both the types found and the text that may leave
  const pseudonymiser = new Pseudonymiser(gateway.analyzer, policy.operatorsFor(useCase));
  let protectedRequest: ChatRequest;
  try {
    protectedRequest = protectRequest(request, pseudonymiser);
  } catch (error) {
    if (error instanceof PiiAnalysisError) throw personalDataCheckFailed();
    throw error;
  }
  const receipt = pseudonymiser.receipt();
  trace.piiReceipt = receipt;

  // decide
  const decision = policy.evaluate({
    useCase, text: promptText(request), piiTypes: Object.keys(receipt) as EntityType[], model: request.model, department: key.department,
  });
  trace.decision = recordedDecision(decision);
  trace.review = decision.matched.some((m) => m.action === 'review');
  if (decision.action === 'block') throw blockedByRules(decision);
  if (pseudonymiser.blocked.length > 0) throw blockedPersonalData(pseudonymiser.blocked);

  // route: only to providers that meet the use case's requirements, in fallback order
  const route = policy.route(useCase, request.model, gateway.providers.all, gateway.providers.find);
  const attempts: Attempt[] = [];
  trace.route = { provider: route.candidates[0]!.provider.name, model: route.candidates[0]!.model, rejected: route.rejected, attempts };
  const notices = noticesFor(useCase, decision);

  // One controller for the upstream call: the client leaving aborts it at once.
  const upstream = new AbortController();
  const abort = () => upstream.abort();
  const clientSignal = options.signal;
  if (clientSignal.aborted) abort();
  clientSignal.addEventListener('abort', abort, { once: true });
  const cleanup = () => clientSignal.removeEventListener('abort', abort);

  /** Calls one candidate; the record follows whichever provider is tried, so it names the one that answered. */
  const prepare = (candidate: Candidate): ChatRequest => {
    trace.provider = candidate.provider.name;
    trace.route = { ...trace.route!, provider: candidate.provider.name, model: candidate.model };
    const outgoing = upstreamRequest(protectedRequest, candidate.model, useCase, key.id);
    trace.sentMessages = outgoing.messages;
    return outgoing;
  };
  const resilience = { ...gateway.resilience, signal: upstream.signal, attempts };

  if (!trace.stream) {
    try {
      const { value: response } = await callWithFallback(
        route.candidates,
        (c) => trace.upstream(c.provider.complete(prepare(c), { signal: upstream.signal })),
        resilience,
      );
      trace.modelUsed = response.model;
      trace.usage = response.usage;
      response.id = trace.id;
      trace.answerText = answerText(response); // as the provider wrote it: pseudonymised
      restoreResponse(response, pseudonymiser);
      // Recorded before the client sees the answer: a completed response always has its record.
      trace.finish(200, 'ok');
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
  try {
    ({ value: started } = await callWithFallback(
      route.candidates,
      async (c) => {
        const iterator = c.provider.stream(prepare(c), { signal: upstream.signal })[Symbol.asyncIterator]();
        return { iterator, first: await trace.upstream(iterator.next()) };
      },
      resilience,
    ));
  } catch (error) {
    cleanup();
    throw cancelledOr(error, clientSignal);
  }
  const restorer = createChunkRestorer(pseudonymiser);
  return { kind: 'stream', chunks: relay(trace, started.first, started.iterator, restorer, clientSignal, cleanup), abort, notices };
}

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

function answerText(response: ChatResponse): string {
  return response.choices.map((c) => c.message?.content ?? '').join('\n');
}

/** The answer text as the provider streamed it (placeholders, not values), for the record's content. */
function collectAnswer(trace: Trace, chunk: ChatChunk): void {
  for (const choice of chunk.choices) if (choice.delta?.content) trace.answerText = (trace.answerText ?? '') + choice.delta.content;
}

function noticesFor(useCase: UseCase, decision: Decision): Notices {
  return { useCase: useCase.id, warnings: decision.notices, aiNotice: useCase.notice ? `${useCase.notice.nl} / ${useCase.notice.en}` : undefined };
}

function recordedDecision(decision: Decision) {
  return { action: decision.action, rules: decision.matched.map((m) => ({ id: m.id, action: m.action, source: m.source })), notices: decision.notices };
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
