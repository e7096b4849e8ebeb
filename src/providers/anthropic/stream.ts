/**
 * Anthropic stream events → canonical ChatChunks, as they arrive:
 *   message_start            → role chunk (delta: { role: 'assistant', content: '' })
 *   text block / text_delta  → content chunks
 *   tool_use block start     → tool call chunk with index, id, type, name, arguments ''
 *   input_json_delta         → argument chunks for that tool-call index
 *   message_delta            → finish_reason chunk (matched stop sequence as `stop_reason`)
 *   message_stop             → usage chunk with choices: [] (only when stream_options.include_usage)
 * Thinking and server-tool blocks are not passed on (no canonical place for them).
 * A stream that ends without message_stop is an upstream failure (502), never a silent success.
 */
import type Anthropic from '@anthropic-ai/sdk';
import { anthropicUsageToCanonical, stopToFinish } from '../../formats/anthropic/mapping.js';
import { GatewayError } from '../../gateway/errors.js';
import type { ChatChunk } from '../../gateway/types.js';

type Choice = ChatChunk['choices'][number];

export async function* anthropicEventsToChunks(
  events: AsyncIterable<Anthropic.RawMessageStreamEvent>,
  opts: { includeUsage: boolean; provider: string },
): AsyncGenerator<ChatChunk> {
  let id = '';
  let model = '';
  const created = Math.floor(Date.now() / 1000);
  const usage = { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };
  const toolIndex = new Map<number, { index: number; args: number }>(); // block index → tool-call index
  let stopped = false;

  const chunk = (choice: Omit<Choice, 'index'> | null): ChatChunk => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model,
    choices: choice ? [{ index: 0, ...choice }] : [],
  });

  for await (const ev of events) {
    switch (ev.type) {
      case 'message_start': {
        id = ev.message.id;
        model = ev.message.model;
        const u = ev.message.usage;
        usage.input_tokens = u.input_tokens ?? 0;
        usage.output_tokens = u.output_tokens ?? 0;
        usage.cache_read_input_tokens = u.cache_read_input_tokens ?? 0;
        usage.cache_creation_input_tokens = u.cache_creation_input_tokens ?? 0;
        yield chunk({ delta: { role: 'assistant', content: '' }, finish_reason: null, logprobs: null });
        break;
      }
      case 'content_block_start': {
        const b = ev.content_block;
        if (b.type === 'text' && b.text) yield chunk({ delta: { content: b.text }, finish_reason: null });
        if (b.type === 'tool_use') {
          const index = toolIndex.size;
          toolIndex.set(ev.index, { index, args: 0 });
          yield chunk({
            delta: { tool_calls: [{ index, id: b.id, type: 'function', function: { name: b.name, arguments: '' } }] },
            finish_reason: null,
          });
        }
        break;
      }
      case 'content_block_delta': {
        const d = ev.delta;
        if (d.type === 'text_delta') yield chunk({ delta: { content: d.text }, finish_reason: null });
        else if (d.type === 'input_json_delta') {
          const t = toolIndex.get(ev.index);
          if (t && d.partial_json) {
            t.args += d.partial_json.length;
            yield chunk({ delta: { tool_calls: [{ index: t.index, function: { arguments: d.partial_json } }] }, finish_reason: null });
          }
        }
        break;
      }
      case 'content_block_stop': {
        const t = toolIndex.get(ev.index);
        // A tool call without input streams no JSON; canonical clients expect arguments to parse.
        if (t && t.args === 0) {
          t.args = 2;
          yield chunk({ delta: { tool_calls: [{ index: t.index, function: { arguments: '{}' } }] }, finish_reason: null });
        }
        break;
      }
      case 'message_delta': {
        const u = ev.usage;
        usage.output_tokens = u.output_tokens ?? usage.output_tokens;
        if (u.input_tokens != null) usage.input_tokens = u.input_tokens;
        if (u.cache_read_input_tokens != null) usage.cache_read_input_tokens = u.cache_read_input_tokens;
        if (u.cache_creation_input_tokens != null) usage.cache_creation_input_tokens = u.cache_creation_input_tokens;
        const finish = stopToFinish(ev.delta.stop_reason) ?? 'stop';
        const choice: Omit<Choice, 'index'> & { stop_reason?: string } = { delta: {}, finish_reason: finish };
        if (ev.delta.stop_reason === 'stop_sequence' && ev.delta.stop_sequence) choice.stop_reason = ev.delta.stop_sequence;
        yield chunk(choice);
        break;
      }
      case 'message_stop':
        stopped = true;
        if (opts.includeUsage) yield { ...chunk(null), usage: anthropicUsageToCanonical(usage) };
        break;
    }
  }
  if (!stopped) {
    throw new GatewayError({
      status: 502,
      type: 'upstream_error',
      message: `Provider ${opts.provider} brak de stream af / stream ended before message_stop`,
    });
  }
}
