/**
 * Canonical stream (ChatChunks) → Anthropic's SSE event sequence, as a stateful writer.
 *
 *   message_start
 *   (content_block_start, content_block_delta*, content_block_stop)*   text_delta / input_json_delta
 *   message_delta (stop_reason, stop_sequence, usage)
 *   message_stop
 *
 * `chunk()` returns the SSE text for one canonical chunk (possibly ''), `end()` closes the message
 * (call it when the canonical stream is done), `error()` renders an Anthropic `event: error` (for a
 * failure after the response has started; after it nothing else is written).
 *
 * Usage: canonical streams report usage in a last chunk after the finish_reason chunk, so
 * message_delta (which carries usage) is written by `end()`, not when finish_reason arrives.
 * message_start's usage has input_tokens 0 unless the first chunk already carries usage; the real
 * counts travel in message_delta (the SDK takes input_tokens from there as well).
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { GatewayError } from '../../gateway/errors.js';
import type { ChatChunk, Usage } from '../../gateway/types.js';
import { anthropicErrorBody } from './errors.js';
import { canonicalUsageToAnthropic, type FinishReason, finishToStop, matchedStopSequence } from './mapping.js';

export function sseEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export interface AnthropicStreamWriter {
  chunk(c: ChatChunk): string;
  end(): string;
  error(err: GatewayError): string;
  /** True once end() or error() has been written. */
  readonly done: boolean;
}

export function createAnthropicStreamWriter(id: string, model: string): AnthropicStreamWriter {
  let started = false;
  let done = false;
  let nextIndex = 0;
  let open: { kind: 'text' | 'tool'; index: number } | null = null;
  const toolBlocks = new Map<number, number>(); // canonical tool-call index → content block index
  let finish: FinishReason | null = null;
  let stopSequence: string | null = null;
  let refusal = false;
  let usage: Usage | null = null;

  const start = (): string => {
    if (started) return '';
    started = true;
    const message: Anthropic.Message = {
      id,
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      stop_details: null,
      container: null,
      diagnostics: null,
      usage: { ...canonicalUsageToAnthropic(usage), output_tokens: 0 },
    };
    return sseEvent('message_start', { type: 'message_start', message });
  };

  const close = (): string => {
    if (!open) return '';
    const out = sseEvent('content_block_stop', { type: 'content_block_stop', index: open.index });
    open = null;
    return out;
  };

  const text = (t: string): string => {
    let out = '';
    if (open?.kind !== 'text') {
      out += close();
      open = { kind: 'text', index: nextIndex++ };
      out += sseEvent('content_block_start', {
        type: 'content_block_start',
        index: open.index,
        content_block: { type: 'text', text: '' },
      });
    }
    return out + sseEvent('content_block_delta', { type: 'content_block_delta', index: open.index, delta: { type: 'text_delta', text: t } });
  };

  return {
    get done() {
      return done;
    },

    chunk(c: ChatChunk): string {
      if (done) return '';
      if (c.usage) usage = c.usage;
      let out = start();
      for (const choice of c.choices ?? []) {
        if (choice.index !== 0) continue; // Anthropic has one answer per request
        const d = choice.delta ?? {};
        if (typeof d.content === 'string' && d.content.length > 0) out += text(d.content);
        if (typeof d.refusal === 'string' && d.refusal.length > 0) {
          refusal = true;
          out += text(d.refusal);
        }
        for (const tc of d.tool_calls ?? []) {
          let index = toolBlocks.get(tc.index);
          if (index === undefined) {
            out += close();
            index = nextIndex++;
            toolBlocks.set(tc.index, index);
            open = { kind: 'tool', index };
            out += sseEvent('content_block_start', {
              type: 'content_block_start',
              index,
              content_block: { type: 'tool_use', id: tc.id ?? `toolu_${id}_${tc.index}`, name: tc.function?.name ?? '', input: {} },
            });
          }
          const args = tc.function?.arguments;
          // Arguments for an earlier (already closed) tool call are rare; they go to that block's index.
          if (args) {
            out += sseEvent('content_block_delta', {
              type: 'content_block_delta',
              index,
              delta: { type: 'input_json_delta', partial_json: args },
            });
          }
        }
        if (choice.finish_reason) {
          finish = choice.finish_reason;
          stopSequence = matchedStopSequence(choice);
          out += close();
        }
      }
      return out;
    },

    end(): string {
      if (done) return '';
      let out = start() + close();
      done = true;
      const stop_reason: Anthropic.StopReason =
        refusal && finish !== 'length'
          ? 'refusal'
          : finishToStop(finish, { hasToolCalls: toolBlocks.size > 0, stopSequence });
      const u = canonicalUsageToAnthropic(usage);
      const deltaUsage: Anthropic.MessageDeltaUsage = {
        input_tokens: u.input_tokens,
        output_tokens: u.output_tokens,
        cache_creation_input_tokens: u.cache_creation_input_tokens,
        cache_read_input_tokens: u.cache_read_input_tokens,
        output_tokens_details: null,
        server_tool_use: null,
      };
      out += sseEvent('message_delta', {
        type: 'message_delta',
        delta: {
          stop_reason,
          stop_sequence: stop_reason === 'stop_sequence' ? stopSequence : null,
          stop_details: null,
          container: null,
        },
        usage: deltaUsage,
      });
      return out + sseEvent('message_stop', { type: 'message_stop' });
    },

    error(err: GatewayError): string {
      if (done) return '';
      done = true;
      return sseEvent('error', anthropicErrorBody(err));
    },
  };
}
