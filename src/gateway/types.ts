/**
 * The canonical request, response and stream event.
 *
 * Canonical form is the OpenAI Chat Completions shape: it is the lingua franca that most providers
 * (OpenAI, Azure, Mistral, vLLM, Ollama) speak natively, so the most common path needs no translation.
 * Other wire formats (Anthropic) translate to and from it in formats/ and providers/.
 * Unknown request fields are kept on the object and passed on.
 */
import type OpenAI from 'openai';

export type ChatRequest = OpenAI.Chat.ChatCompletionCreateParams & { [extra: string]: unknown };
export type ChatMessage = OpenAI.Chat.ChatCompletionMessageParam;
export type ChatResponse = OpenAI.Chat.ChatCompletion;
export type ChatChunk = OpenAI.Chat.ChatCompletionChunk;
export type Usage = OpenAI.Completions.CompletionUsage;
export type EmbeddingsRequest = OpenAI.Embeddings.EmbeddingCreateParams & { [extra: string]: unknown };
export type EmbeddingsResponse = OpenAI.Embeddings.CreateEmbeddingResponse;

export type ProviderKind = 'openai' | 'anthropic' | 'dry-run';

/** What policy needs to know about a provider (contract facts, not guesses). */
export interface ProviderAttributes {
  region: string; // e.g. "eu", "nl", "us", "local"
  trainsOnData: boolean;
  retentionDays: number;
  zeroDataRetention: boolean;
  selfHosted: boolean;
  contract?: string; // contract / DPA reference
}

export interface CallOptions {
  signal: AbortSignal;
}

/** A provider adapter only talks to its upstream; it never decides. */
export interface Provider {
  readonly name: string;
  readonly kind: ProviderKind;
  readonly attributes: ProviderAttributes;
  /** Models this provider serves; empty means "whatever the client asks". */
  readonly models: readonly string[];
  /** Answers with the outgoing request itself (dry-run): its placeholders are the point, not restored. */
  readonly echoesRequest?: boolean;
  complete(request: ChatRequest, options: CallOptions): Promise<ChatResponse>;
  stream(request: ChatRequest, options: CallOptions): AsyncIterable<ChatChunk>;
  /** Only providers that offer embeddings have this. */
  embed?(request: EmbeddingsRequest, options: CallOptions): Promise<EmbeddingsResponse>;
}
