/**
 * Canonical → Anthropic: the non-streaming Message, the SSE stream writer (judged by the official SDK
 * reading it over real HTTP), error bodies and the count_tokens estimate.
 */
import Anthropic from '@anthropic-ai/sdk';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTokensEstimate } from '../../src/formats/anthropic/count-tokens.js';
import { anthropicErrorBody, anthropicErrorStatus } from '../../src/formats/anthropic/errors.js';
import { canonicalToAnthropic } from '../../src/formats/anthropic/response.js';
import { createAnthropicStreamWriter } from '../../src/formats/anthropic/stream.js';
import { GatewayError } from '../../src/gateway/errors.js';
import type { ChatChunk, ChatResponse } from '../../src/gateway/types.js';

function response(message: Partial<ChatResponse['choices'][number]['message']>, finish: ChatResponse['choices'][number]['finish_reason'], extra: object = {}): ChatResponse {
  return {
    id: 'ia_123',
    object: 'chat.completion',
    created: 1,
    model: 'gpt-upstream',
    choices: [{ index: 0, message: { role: 'assistant', content: null, refusal: null, ...message }, finish_reason: finish, logprobs: null, ...extra }],
    usage: { prompt_tokens: 30, completion_tokens: 10, total_tokens: 40, prompt_tokens_details: { cached_tokens: 12 } },
  };
}

describe('canonicalToAnthropic', () => {
  it('text answer: end_turn, usage, requested model, our id', () => {
    const m = canonicalToAnthropic(response({ content: 'Goedendag.' }, 'stop'), 'claude-opus-5');
    expect(m).toMatchObject({
      id: 'ia_123',
      type: 'message',
      role: 'assistant',
      model: 'claude-opus-5',
      content: [{ type: 'text', text: 'Goedendag.' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: 18, output_tokens: 10, cache_read_input_tokens: 12 },
    });
  });

  it('tool calls become tool_use blocks with parsed input', () => {
    const m = canonicalToAnthropic(
      response({ content: 'Ik zoek het op.', tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'zoek', arguments: '{"q":"afval"}' } }] }, 'tool_calls'),
      'm',
    );
    expect(m.content).toEqual([
      { type: 'text', text: 'Ik zoek het op.', citations: null },
      { type: 'tool_use', id: 'call_1', name: 'zoek', input: { q: 'afval' }, caller: { type: 'direct' } },
    ]);
    expect(m.stop_reason).toBe('tool_use');
  });

  it.each([
    ['length', 'max_tokens'],
    ['content_filter', 'refusal'],
    ['tool_calls', 'tool_use'],
    ['stop', 'end_turn'],
  ] as const)('finish_reason %s → stop_reason %s', (finish, stop) => {
    expect(canonicalToAnthropic(response({ content: 'x' }, finish), 'm').stop_reason).toBe(stop);
  });

  it('a matched stop sequence (stop_reason on the choice) → stop_sequence', () => {
    const m = canonicalToAnthropic(response({ content: 'x' }, 'stop', { stop_reason: 'EINDE' }), 'm');
    expect(m.stop_reason).toBe('stop_sequence');
    expect(m.stop_sequence).toBe('EINDE');
  });
});

describe('errors and count_tokens', () => {
  it('renders gateway errors in Anthropic types', () => {
    const e = (type: ConstructorParameters<typeof GatewayError>[0]['type'], status: number) => anthropicErrorBody(new GatewayError({ type, status, message: 'm' })).error.type;
    expect(e('invalid_request_error', 400)).toBe('invalid_request_error');
    expect(e('policy_violation', 403)).toBe('permission_error');
    expect(e('upstream_error', 502)).toBe('api_error');
    expect(e('upstream_error', 529)).toBe('overloaded_error');
    expect(e('timeout_error', 504)).toBe('timeout_error');
    expect(e('request_too_large', 413)).toBe('request_too_large');
    expect(e('rate_limit_error', 429)).toBe('rate_limit_error');
    const pass = new GatewayError({ type: 'upstream_error', status: 529, message: 'x', upstreamBody: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } });
    expect(anthropicErrorBody(pass)).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
    expect(anthropicErrorStatus(pass)).toBe(529);
  });

  it('estimates input tokens (chars/4 + per message + per image)', () => {
    const { input_tokens } = countTokensEstimate({
      model: 'm',
      system: 'abcd'.repeat(10), // 40 chars
      messages: [
        { role: 'user', content: 'efgh'.repeat(15) }, // 60 chars
        { role: 'user', content: [{ type: 'image', source: { type: 'url', url: 'https://x/y.png' } }] },
      ],
    });
    expect(input_tokens).toBe(25 + 2 * 3 + 1600);
    expect(() => countTokensEstimate({ model: 'm' })).toThrow(GatewayError);
  });
});

// ---- The stream writer, read back by the official SDK over real HTTP ----

let server: Server;
let baseURL: string;
let script: { chunks: ChatChunk[]; failWith?: GatewayError } = { chunks: [] };

beforeAll(async () => {
  server = createServer(async (req, res) => {
    for await (const _ of req);
    const w = createAnthropicStreamWriter('ia_stream_1', 'claude-opus-5');
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const c of script.chunks) {
      res.write(w.chunk(c));
      await new Promise((r) => setImmediate(r));
    }
    res.end(script.failWith ? w.error(script.failWith) : w.end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const chunk = (choice: Partial<ChatChunk['choices'][number]> | null, usage?: ChatChunk['usage'], id = 'chatcmpl-up'): ChatChunk => ({
  id,
  object: 'chat.completion.chunk',
  created: 1,
  model: 'gpt-upstream',
  choices: choice ? [{ index: 0, delta: {}, finish_reason: null, ...choice }] : [],
  ...(usage ? { usage } : {}),
});

const params = { model: 'claude-opus-5', max_tokens: 100, messages: [{ role: 'user' as const, content: 'hoi' }] };

describe('createAnthropicStreamWriter, judged by @anthropic-ai/sdk', () => {
  it('text stream → finalMessage with text, stop reason and usage', async () => {
    script = {
      chunks: [
        chunk({ delta: { role: 'assistant', content: '' } }),
        chunk({ delta: { content: 'Goede' } }),
        chunk({ delta: { content: 'morgen!' } }),
        chunk({ delta: {}, finish_reason: 'stop' }),
        chunk(null, { prompt_tokens: 11, completion_tokens: 3, total_tokens: 14 }),
      ],
    };
    const client = new Anthropic({ apiKey: 'k', baseURL, maxRetries: 0 });
    const texts: string[] = [];
    const stream = client.messages.stream(params).on('text', (t) => texts.push(t));
    const msg = await stream.finalMessage();
    expect(texts).toEqual(['Goede', 'morgen!']);
    expect(msg).toMatchObject({
      id: 'ia_stream_1',
      model: 'claude-opus-5',
      role: 'assistant',
      content: [{ type: 'text', text: 'Goedemorgen!' }],
      stop_reason: 'end_turn',
      usage: { input_tokens: 11, output_tokens: 3 },
    });
  });

  it('tool calls → tool_use blocks with the streamed JSON input', async () => {
    script = {
      chunks: [
        chunk({ delta: { role: 'assistant', content: 'Even zoeken.' } }),
        chunk({ delta: { tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'zoek', arguments: '' } }] } }),
        chunk({ delta: { tool_calls: [{ index: 0, function: { arguments: '{"q":' } }] } }),
        chunk({ delta: { tool_calls: [{ index: 0, function: { arguments: '"afval"}' } }] } }),
        chunk({ delta: { tool_calls: [{ index: 1, id: 'call_b', type: 'function', function: { name: 'tijd', arguments: '{}' } }] } }),
        chunk({ delta: {}, finish_reason: 'tool_calls' }),
        chunk(null, { prompt_tokens: 5, completion_tokens: 9, total_tokens: 14 }),
      ],
    };
    const client = new Anthropic({ apiKey: 'k', baseURL, maxRetries: 0 });
    const msg = await client.messages.stream(params).finalMessage();
    expect(msg.content).toMatchObject([
      { type: 'text', text: 'Even zoeken.' },
      { type: 'tool_use', id: 'call_a', name: 'zoek', input: { q: 'afval' } },
      { type: 'tool_use', id: 'call_b', name: 'tijd', input: {} },
    ]);
    expect(msg.stop_reason).toBe('tool_use');

    // The raw event sequence, via create({ stream: true }).
    const events = await client.messages.create({ ...params, stream: true });
    const types: string[] = [];
    for await (const e of events) types.push(e.type === 'content_block_delta' ? `delta:${e.delta.type}` : e.type);
    expect(types).toEqual([
      'message_start',
      'content_block_start',
      'delta:text_delta',
      'content_block_stop',
      'content_block_start',
      'delta:input_json_delta',
      'delta:input_json_delta',
      'content_block_stop',
      'content_block_start',
      'delta:input_json_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
  });

  it('length and stop sequence stop reasons', async () => {
    const client = new Anthropic({ apiKey: 'k', baseURL, maxRetries: 0 });
    script = { chunks: [chunk({ delta: { content: 'Half' } }), chunk({ delta: {}, finish_reason: 'length' })] };
    expect((await client.messages.stream(params).finalMessage()).stop_reason).toBe('max_tokens');
    script = { chunks: [chunk({ delta: { content: 'Tot' } }), chunk({ delta: {}, finish_reason: 'stop', stop_reason: 'EINDE' } as never)] };
    const m = await client.messages.stream(params).finalMessage();
    expect(m.stop_reason).toBe('stop_sequence');
    expect(m.stop_sequence).toBe('EINDE');
  });

  it('an empty canonical stream still gives a valid (empty) message', async () => {
    script = { chunks: [] };
    const client = new Anthropic({ apiKey: 'k', baseURL, maxRetries: 0 });
    const m = await client.messages.stream(params).finalMessage();
    expect(m.content).toEqual([]);
    expect(m.stop_reason).toBe('end_turn');
  });

  it('error() → an Anthropic error event the SDK throws as APIError', async () => {
    script = {
      chunks: [chunk({ delta: { content: 'Begin…' } })],
      failWith: new GatewayError({ status: 502, type: 'upstream_error', message: 'Provider brak af / upstream cut' }),
    };
    const client = new Anthropic({ apiKey: 'k', baseURL, maxRetries: 0 });
    const err = await client.messages.stream(params).finalMessage().catch((e) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(err.type).toBe('api_error');
    expect(err.apiMessage).toBe('Provider brak af / upstream cut');
  });

  it('nothing is written after end() or error()', () => {
    const w = createAnthropicStreamWriter('x', 'm');
    expect(w.end()).toContain('event: message_stop');
    expect(w.done).toBe(true);
    expect(w.chunk(chunk({ delta: { content: 'te laat' } }))).toBe('');
    expect(w.error(new GatewayError({ status: 500, type: 'api_error', message: 'x' }))).toBe('');
  });
});
