/**
 * Embeddings go through the same admission as chats (use case, PII, policy, compliant routing);
 * there is nothing to restore, since vectors carry no text back.
 */
import { admit, cancelledOr, upstreamCall, type Gateway, type Notices } from './admit.js';
import { GatewayError } from './errors.js';
import { callWithFallback } from './resilience/index.js';
import type { Trace } from './trace.js';
import type { EmbeddingsRequest, EmbeddingsResponse } from './types.js';
import { upstreamRequest } from './upstream-request.js';

export async function runEmbeddings(
  gateway: Gateway,
  trace: Trace,
  request: EmbeddingsRequest,
  options: { useCase?: string | null; signal: AbortSignal },
): Promise<{ response: EmbeddingsResponse; notices: Notices }> {
  trace.setUser(request.user); // kept as a pseudonym only
  const texts = textInputs(request.input);
  const admitted = admit(gateway, trace, {
    model: request.model, useCase: options.useCase, text: () => texts.join('\n'),
    protect: (pseudonymiser) => texts.map((t) => pseudonymiser.protect(t)),
  });
  const candidates = admitted.route.candidates.filter((c) => c.provider.embed);
  if (candidates.length === 0) {
    throw new GatewayError({ status: 400, type: 'invalid_request_error', code: 'embeddings_not_supported', param: 'model', message: `Geen toegestane provider biedt embeddings voor "${request.model}" / No allowed provider offers embeddings for this model.` });
  }
  const input = typeof request.input === 'string' ? admitted.protected[0]! : admitted.protected;
  trace.sentMessages = admitted.protected.map((content) => ({ role: 'user' as const, content }));
  const call = upstreamCall(gateway, trace, { ...admitted.route, candidates }, options.signal);
  try {
    const { value: response } = await callWithFallback(
      candidates,
      (c) => {
        call.tried(c);
        // The same rules as chat for what leaves besides the text (user pseudonym, no metadata).
        const outgoing = upstreamRequest({ ...request, input } as never, c.model, admitted.useCase, admitted.key.id) as unknown as EmbeddingsRequest;
        delete (outgoing as { store?: unknown }).store; // a chat-only field
        return trace.upstream(c.provider.embed!(outgoing, { signal: call.signal }));
      },
      call.resilience,
    );
    trace.modelUsed = response.model;
    trace.usage = { prompt_tokens: response.usage?.prompt_tokens ?? 0, completion_tokens: 0, total_tokens: response.usage?.total_tokens ?? 0 };
    await trace.finish(200, 'ok');
    return { response, notices: admitted.notices };
  } catch (error) {
    throw cancelledOr(error, options.signal);
  } finally {
    call.cleanup();
  }
}

/** Token-id input cannot be checked for personal data, so it is refused (fail closed). */
function textInputs(input: EmbeddingsRequest['input']): string[] {
  if (typeof input === 'string') return [input];
  if (Array.isArray(input) && input.every((i) => typeof i === 'string')) return input as string[];
  throw new GatewayError({
    status: 400, type: 'invalid_request_error', code: 'token_input_not_supported', param: 'input',
    message: 'Invoer als token-ids kan niet op persoonsgegevens worden gecontroleerd; stuur tekst / Token-id input cannot be checked for personal data; send text.',
  });
}
