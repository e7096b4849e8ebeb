/** OpenAI and every OpenAI-compatible server (Azure OpenAI, Mistral, Ollama, vLLM), via the official SDK. */
import OpenAI from 'openai';
import type { ChatChunk, ChatRequest, ChatResponse, Provider, ProviderAttributes } from '../../gateway/types.js';
import { upstreamError } from './errors.js';

export interface OpenAIProviderOptions {
  name: string;
  apiKey: string;
  baseURL?: string;
  models: string[];
  attributes: ProviderAttributes;
  timeoutMs: number;
}

export function createOpenAIProvider(options: OpenAIProviderOptions): Provider {
  // Retries are the gateway's decision, not the SDK's: maxRetries 0.
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0, timeout: options.timeoutMs });

  return {
    name: options.name,
    kind: 'openai',
    attributes: options.attributes,
    models: options.models,

    async complete(request, { signal }): Promise<ChatResponse> {
      try {
        return (await client.chat.completions.create({ ...request, stream: false } as OpenAI.Chat.ChatCompletionCreateParamsNonStreaming, { signal })) as ChatResponse;
      } catch (error) {
        throw upstreamError(options.name, error);
      }
    },

    async *stream(request, { signal }): AsyncIterable<ChatChunk> {
      let stream: AsyncIterable<ChatChunk>;
      try {
        stream = await client.chat.completions.create({ ...request, stream: true } as OpenAI.Chat.ChatCompletionCreateParamsStreaming, { signal });
      } catch (error) {
        throw upstreamError(options.name, error);
      }
      try {
        for await (const chunk of stream) yield chunk;
      } catch (error) {
        throw upstreamError(options.name, error, 'stream');
      }
    },
  };
}

export type { ChatRequest };
