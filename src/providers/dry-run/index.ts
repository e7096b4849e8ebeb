/**
 * The dry-run provider: nothing leaves the building. It answers with a clearly labelled text showing
 * exactly the messages the gateway would have sent upstream, so a newcomer sees what would leave.
 */
import type { ChatChunk, ChatRequest, ChatResponse, Provider, ProviderAttributes, Usage } from '../../gateway/types.js';

const LABEL = '[Poortwachter dry-run] Er is geen provider ingesteld; er is niets verstuurd. Dit zou naar de provider zijn gegaan:\n' +
  '[Poortwachter dry-run] No provider is configured; nothing was sent. This is what would have gone to the provider:\n\n';

const STREAM_PIECE = 64;

export function createDryRunProvider(name: string, attributes: ProviderAttributes, models: readonly string[]): Provider {
  return {
    name,
    kind: 'dry-run',
    attributes,
    models,
    echoesRequest: true,
    async complete(request): Promise<ChatResponse> {
      const text = answerFor(request);
      return {
        id: 'dry-run',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: request.model,
        choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, finish_reason: 'stop', logprobs: null }],
        usage: usageFor(request, text),
      };
    },
    async *stream(request): AsyncIterable<ChatChunk> {
      const text = answerFor(request);
      const base = { id: 'dry-run', object: 'chat.completion.chunk' as const, created: Math.floor(Date.now() / 1000), model: request.model };
      yield { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] };
      for (let i = 0; i < text.length; i += STREAM_PIECE) {
        yield { ...base, choices: [{ index: 0, delta: { content: text.slice(i, i + STREAM_PIECE) }, finish_reason: null }] };
      }
      yield { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] };
      if (request.stream_options?.include_usage) yield { ...base, choices: [], usage: usageFor(request, text) };
    },
  };
}

/** The whole request as it would have left (stream framing aside), so flags like store:false show too. */
function answerFor(request: ChatRequest): string {
  const { stream: _stream, stream_options: _options, ...outgoing } = request;
  return LABEL + JSON.stringify(outgoing, null, 2);
}

/** A rough count (about four characters a token): there is no tokenizer for a model that does not exist. */
function usageFor(request: ChatRequest, answer: string): Usage {
  const prompt_tokens = Math.ceil(JSON.stringify(request.messages).length / 4);
  const completion_tokens = Math.ceil(answer.length / 4);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}
