/**
 * OpenAI and every OpenAI-compatible server (Azure OpenAI, Mistral, Ollama, vLLM).
 *
 * The wire is spoken with undici's `request` on a keep-alive pool instead of the official SDK: on this
 * hot path the SDK cost about five times the time of the call itself (see bench/transport.ts and the
 * README). The official SDK stays the judge of the format in the tests.
 */
import { Agent, request } from 'undici';
import type { ChatChunk, ChatRequest, ChatResponse, EmbeddingsRequest, EmbeddingsResponse, Provider, ProviderAttributes } from '../../gateway/types.js';
import { badUpstreamBody, statusError, transportError } from './errors.js';
import { sseData } from './sse.js';

export interface OpenAIProviderOptions {
  name: string;
  apiKey?: string;
  baseURL?: string;
  models: readonly string[];
  attributes: ProviderAttributes;
  /** Whole call, from sending to the last byte. */
  timeoutMs: number;
  connectTimeoutMs?: number;
  /** Until the response headers (the first byte) arrive. */
  firstByteTimeoutMs?: number;
  /** Azure OpenAI API keys go in `api-key`; everyone else uses `Authorization: Bearer`. */
  authHeader?: 'authorization' | 'api-key';
  headers?: Record<string, string>;
}

/** Fields of the canonical request that only the gateway's own doors use. */
const GATEWAY_ONLY_FIELDS = ['anthropic_extra'] as const;

export function createOpenAIProvider(options: OpenAIProviderOptions): Provider {
  const base = (options.baseURL ?? 'https://api.openai.com/v1').replace(/\/+$/, '');
  const dispatcher = new Agent({
    keepAliveTimeout: 30_000,
    connect: { timeout: options.connectTimeoutMs ?? 10_000 },
    headersTimeout: options.firstByteTimeoutMs ?? options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.apiKey) {
    if (options.authHeader === 'api-key') headers['api-key'] = options.apiKey;
    else headers.authorization = `Bearer ${options.apiKey}`;
  }

  /** Sends the request; returns the response once its headers are in, or throws a GatewayError. */
  async function send(path: '/chat/completions' | '/embeddings', body: ChatRequest | EmbeddingsRequest, signal: AbortSignal, accept: string) {
    const deadline = AbortSignal.timeout(options.timeoutMs);
    const combined = AbortSignal.any([signal, deadline]);
    try {
      const response = await request(base + path, { method: 'POST', dispatcher, headers: { ...headers, accept }, body: JSON.stringify(wireBody(body)), signal: combined });
      if (response.statusCode >= 400) {
        const text = await response.body.text();
        const retryAfter = response.headers['retry-after'];
        throw statusError(options.name, response.statusCode, parseOrUndefined(text), Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
      }
      return { response, deadline };
    } catch (error) {
      throw transportError(options.name, error, 'request', deadline.aborted && !signal.aborted);
    }
  }

  async function json<T>(path: '/chat/completions' | '/embeddings', body: ChatRequest | EmbeddingsRequest, signal: AbortSignal): Promise<T> {
    const { response, deadline } = await send(path, body, signal, 'application/json');
    let text: string;
    try {
      text = await response.body.text();
    } catch (error) {
      throw transportError(options.name, error, 'stream', deadline.aborted && !signal.aborted);
    }
    const parsed = parseOrUndefined(text);
    if (!parsed || typeof parsed !== 'object') throw badUpstreamBody(options.name);
    return parsed as T;
  }

  return {
    name: options.name,
    kind: 'openai',
    attributes: options.attributes,
    models: options.models,

    async complete(body, { signal }): Promise<ChatResponse> {
      const parsed = await json<ChatResponse>('/chat/completions', { ...body, stream: false }, signal);
      if (!Array.isArray(parsed.choices)) throw badUpstreamBody(options.name);
      return parsed;
    },

    async embed(body, { signal }): Promise<EmbeddingsResponse> {
      const parsed = await json<EmbeddingsResponse>('/embeddings', body, signal);
      if (!Array.isArray(parsed.data)) throw badUpstreamBody(options.name);
      return parsed;
    },

    async *stream(body, { signal }): AsyncIterable<ChatChunk> {
      const { response, deadline } = await send('/chat/completions', { ...body, stream: true }, signal, 'text/event-stream');
      // Finished: [DONE] seen, or (for servers that omit it) a finish_reason before the end.
      let done = false;
      let finishSeen = false;
      try {
        // Read to the end rather than break at [DONE]: leaving early would destroy a keep-alive socket.
        for await (const { data } of sseData(response.body)) {
          if (done) continue;
          if (data === '[DONE]') {
            done = true;
            continue;
          }
          const chunk = parseOrUndefined(data) as (ChatChunk & { error?: unknown }) | undefined;
          if (!chunk) throw badUpstreamBody(options.name);
          if (chunk.error) throw statusError(options.name, 500, chunk, undefined);
          if (chunk.choices?.some((c) => c.finish_reason)) finishSeen = true;
          yield chunk;
        }
      } catch (error) {
        response.body.destroy();
        throw transportError(options.name, error, 'stream', deadline.aborted && !signal.aborted);
      }
      if (!done && !finishSeen) throw transportError(options.name, new Error('stream ended early'), 'stream', false);
    },
  };
}

function wireBody<T extends ChatRequest | EmbeddingsRequest>(body: T): T {
  if (!GATEWAY_ONLY_FIELDS.some((f) => f in body)) return body;
  const copy = { ...body };
  for (const f of GATEWAY_ONLY_FIELDS) delete copy[f];
  return copy;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
