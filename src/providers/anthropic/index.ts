/**
 * The Anthropic provider: talks to an Anthropic Messages upstream with the official SDK. It only
 * translates and calls; it never decides (no retries here either: maxRetries 0, resilience lives in
 * the gateway).
 */
import Anthropic from '@anthropic-ai/sdk';
import { Agent, fetch as undiciFetch } from 'undici';
import type { CallOptions, ChatChunk, ChatRequest, ChatResponse, Provider, ProviderAttributes } from '../../gateway/types.js';
import { toProviderError } from './errors.js';
import { canonicalToAnthropicParams } from './request.js';
import { anthropicMessageToCanonical } from './response.js';
import { anthropicEventsToChunks } from './stream.js';

export { canonicalToAnthropicParams, DEFAULT_MAX_TOKENS, type AnthropicParams } from './request.js';
export { anthropicMessageToCanonical } from './response.js';
export { anthropicEventsToChunks } from './stream.js';
export { toProviderError } from './errors.js';

export interface AnthropicProviderOptions {
  name: string;
  apiKey: string;
  /** Without /v1, as the SDK wants it; default: the SDK's (ANTHROPIC_BASE_URL or api.anthropic.com). */
  baseURL?: string;
  models: string[];
  attributes: ProviderAttributes;
  /** Per-call timeout handed to the SDK (default 600 000 ms, which also keeps the SDK from refusing
   * large non-streaming max_tokens). */
  timeoutMs?: number;
  /** max_tokens when the request has none (Anthropic requires one); default 4096. */
  defaultMaxTokens?: number;
  connectTimeoutMs?: number;
  /** Until the response headers (the first byte) arrive. */
  firstByteTimeoutMs?: number;
}

export function createAnthropicProvider(options: AnthropicProviderOptions): Provider {
  const client = new Anthropic({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: 0,
    timeout: options.timeoutMs ?? 600_000,
    // undici's own fetch with a pool that bounds connecting and waiting for the first byte.
    fetch: undiciFetch as unknown as typeof fetch,
    fetchOptions: {
      dispatcher: new Agent({ connect: { timeout: options.connectTimeoutMs ?? 10_000 }, headersTimeout: options.firstByteTimeoutMs ?? options.timeoutMs ?? 600_000, bodyTimeout: options.timeoutMs ?? 600_000 }),
    } as never,
  });
  const name = options.name;
  const mapOpts = options.defaultMaxTokens ? { defaultMaxTokens: options.defaultMaxTokens } : {};

  return {
    name,
    kind: 'anthropic',
    attributes: options.attributes,
    models: options.models,

    async complete(request: ChatRequest, { signal }: CallOptions): Promise<ChatResponse> {
      const params = canonicalToAnthropicParams(request, mapOpts);
      try {
        const msg = await client.messages.create({ ...params, stream: false }, { signal });
        return anthropicMessageToCanonical(msg);
      } catch (err) {
        throw toProviderError(err, signal, name);
      }
    },

    async *stream(request: ChatRequest, { signal }: CallOptions): AsyncIterable<ChatChunk> {
      const params = canonicalToAnthropicParams(request, mapOpts);
      const includeUsage = request.stream_options?.include_usage === true;
      try {
        const events = await client.messages.create({ ...params, stream: true }, { signal });
        yield* anthropicEventsToChunks(events, { includeUsage, provider: name });
      } catch (err) {
        throw toProviderError(err, signal, name);
      }
      // The SDK ends its iterator quietly on abort; make an abort visible to the caller.
      if (signal.aborted) throw signal.reason;
    },
  };
}
