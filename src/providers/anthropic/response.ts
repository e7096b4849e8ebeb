/** Anthropic Message → canonical ChatResponse. */
import type Anthropic from '@anthropic-ai/sdk';
import type OpenAI from 'openai';
import { anthropicUsageToCanonical, stopToFinish } from '../../formats/anthropic/mapping.js';
import type { ChatResponse } from '../../gateway/types.js';

export function anthropicMessageToCanonical(msg: Anthropic.Message): ChatResponse {
  let text = '';
  const toolCalls: OpenAI.Chat.ChatCompletionMessageFunctionToolCall[] = [];
  for (const b of msg.content) {
    if (b.type === 'text') text += b.text;
    else if (b.type === 'tool_use') {
      toolCalls.push({ id: b.id, type: 'function', function: { name: b.name, arguments: JSON.stringify(b.input ?? {}) } });
    }
    // thinking, server-tool and other block kinds have no canonical place and are left out.
  }
  const message: OpenAI.Chat.ChatCompletionMessage = {
    role: 'assistant',
    content: text.length > 0 || toolCalls.length === 0 ? text : null,
    refusal: null,
  };
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  const choice: ChatResponse['choices'][number] & { stop_reason?: string } = {
    index: 0,
    message,
    finish_reason: stopToFinish(msg.stop_reason) ?? 'stop',
    logprobs: null,
  };
  // The matched stop sequence travels as `stop_reason` on the choice (vLLM's convention).
  if (msg.stop_reason === 'stop_sequence' && msg.stop_sequence) choice.stop_reason = msg.stop_sequence;
  return {
    id: msg.id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: msg.model,
    choices: [choice],
    usage: anthropicUsageToCanonical(msg.usage),
  };
}
