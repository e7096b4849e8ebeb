/**
 * Small mappings shared by the Anthropic wire format (formats/anthropic) and the Anthropic provider
 * (providers/anthropic): stop reasons and usage, in both directions.
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { Usage } from '../../gateway/types.js';

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call';

/**
 * Anthropic stop_reason → canonical finish_reason. A matched stop sequence becomes 'stop'; the
 * sequence itself travels as `stop_reason` on the choice (the convention vLLM uses), see
 * {@link matchedStopSequence}.
 */
export function stopToFinish(stop: Anthropic.StopReason | null | undefined): FinishReason | null {
  switch (stop) {
    case 'end_turn':
    case 'stop_sequence':
    case 'pause_turn':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      return null;
  }
}

/** Canonical finish_reason → Anthropic stop_reason. */
export function finishToStop(
  finish: FinishReason | null | undefined,
  opts: { hasToolCalls?: boolean; stopSequence?: string | null } = {},
): Anthropic.StopReason {
  if (opts.hasToolCalls && finish !== 'length') return 'tool_use';
  switch (finish) {
    case 'length':
      return 'max_tokens';
    case 'tool_calls':
    case 'function_call':
      return 'tool_use';
    case 'content_filter':
      return 'refusal';
    case 'stop':
    default:
      return opts.stopSequence ? 'stop_sequence' : 'end_turn';
  }
}

/**
 * The stop sequence that ended a canonical choice, if known. Canonical (OpenAI) has no field for it;
 * like vLLM, we carry it as a string `stop_reason` on the choice.
 */
export function matchedStopSequence(choice: unknown): string | null {
  const v = (choice as { stop_reason?: unknown } | null | undefined)?.stop_reason;
  return typeof v === 'string' ? v : null;
}

/**
 * Anthropic usage → canonical usage. Anthropic's input_tokens excludes cached input; OpenAI's
 * prompt_tokens includes it (with the cached part in prompt_tokens_details.cached_tokens).
 */
export function anthropicUsageToCanonical(u: {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
}): Usage {
  const cacheRead = u.cache_read_input_tokens ?? 0;
  const prompt = (u.input_tokens ?? 0) + cacheRead + (u.cache_creation_input_tokens ?? 0);
  const completion = u.output_tokens ?? 0;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: cacheRead },
  };
}

/** Canonical usage → Anthropic usage (complete, as the SDK's `Usage` type wants it). */
export function canonicalUsageToAnthropic(u: Usage | null | undefined): Anthropic.Usage {
  const cached = u?.prompt_tokens_details?.cached_tokens ?? 0;
  return {
    input_tokens: Math.max(0, (u?.prompt_tokens ?? 0) - cached),
    output_tokens: u?.completion_tokens ?? 0,
    cache_creation_input_tokens: null,
    cache_read_input_tokens: cached > 0 ? cached : null,
    cache_creation: null,
    inference_geo: null,
    output_tokens_details: null,
    server_tool_use: null,
    service_tier: null,
    speed: null,
  };
}
