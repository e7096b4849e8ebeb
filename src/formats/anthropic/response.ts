/**
 * Canonical ChatResponse → Anthropic Message (the non-streaming `POST /v1/messages` answer).
 *
 * - message.content (and a refusal, if any) → a text block; tool_calls → tool_use blocks with the
 *   JSON arguments parsed (unparseable arguments are passed as `{ "_raw": "<arguments>" }` rather than lost).
 * - finish_reason → stop_reason (stop → end_turn, or stop_sequence when the choice carries the matched
 *   sequence as `stop_reason`; length → max_tokens; tool_calls → tool_use; content_filter → refusal).
 * - usage: prompt_tokens (minus cached) → input_tokens, cached → cache_read_input_tokens,
 *   completion_tokens → output_tokens.
 * - `id` is the response's id (the gateway's interaction id), `model` the model the client asked for.
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { ChatResponse } from '../../gateway/types.js';
import { canonicalUsageToAnthropic, finishToStop, matchedStopSequence } from './mapping.js';

/** Tool arguments (a JSON string) → tool_use input (an object). */
export function parseToolArguments(args: string | undefined): unknown {
  if (!args || args.trim() === '') return {};
  try {
    return JSON.parse(args);
  } catch {
    return { _raw: args };
  }
}

export function canonicalToAnthropic(resp: ChatResponse, requestedModel: string): Anthropic.Message {
  const choice = resp.choices[0];
  const msg = choice?.message;
  const content: Anthropic.ContentBlock[] = [];
  const text = (msg?.content ?? '') + (msg?.refusal ?? '');
  if (text.length > 0) content.push({ type: 'text', text, citations: null });
  let toolCalls = 0;
  for (const tc of msg?.tool_calls ?? []) {
    if (tc.type !== 'function') continue;
    toolCalls++;
    content.push({
      type: 'tool_use',
      id: tc.id,
      name: tc.function.name,
      input: parseToolArguments(tc.function.arguments),
      caller: { type: 'direct' },
    });
  }
  const stopSequence = matchedStopSequence(choice);
  const stop_reason: Anthropic.StopReason =
    msg?.refusal && choice?.finish_reason !== 'length'
      ? 'refusal'
      : finishToStop(choice?.finish_reason, { hasToolCalls: toolCalls > 0, stopSequence });
  return {
    id: resp.id,
    type: 'message',
    role: 'assistant',
    model: requestedModel,
    content,
    stop_reason,
    stop_sequence: stop_reason === 'stop_sequence' ? stopSequence : null,
    stop_details: null,
    container: null,
    diagnostics: null,
    usage: canonicalUsageToAnthropic(resp.usage),
  };
}
