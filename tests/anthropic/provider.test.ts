/** The Anthropic provider against a real HTTP fake speaking Anthropic's wire format. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/gateway/errors.js';
import type { ChatChunk, ChatRequest, Provider } from '../../src/gateway/types.js';
import { createAnthropicProvider } from '../../src/providers/anthropic/index.js';
import { type FakeAnthropic, startFakeAnthropic } from '../fixtures/fake-anthropic.js';

const attributes = { region: 'eu', trainsOnData: false, retentionDays: 0, zeroDataRetention: true, selfHosted: false };

let fake: FakeAnthropic;
let provider: Provider;

beforeAll(async () => {
  fake = await startFakeAnthropic();
  provider = createAnthropicProvider({ name: 'claude-eu', apiKey: 'sk-ant-test', baseURL: fake.url, models: [], attributes, timeoutMs: 5000 });
});
afterAll(() => fake.close());

const signal = () => new AbortController().signal;
const last = () => fake.requests.at(-1)!;

async function collect(it: AsyncIterable<ChatChunk>): Promise<ChatChunk[]> {
  const out: ChatChunk[] = [];
  for await (const c of it) out.push(c);
  return out;
}

const weatherTool = {
  type: 'function' as const,
  function: { name: 'weer', description: 'Het weer', parameters: { type: 'object', properties: { stad: { type: 'string' } }, required: ['stad'] } },
};

describe('anthropic provider, non-streaming', () => {
  it('maps the request onto the wire and the answer back', async () => {
    fake.reply({ content: [{ type: 'text', text: 'Goedemorgen.' }], usage: { input_tokens: 20, output_tokens: 4, cache_read_input_tokens: 5 } });
    const resp = await provider.complete(
      {
        model: 'claude-opus-5',
        messages: [
          { role: 'system', content: 'Je bent een ambtenaar.' },
          { role: 'developer', content: 'Antwoord kort.' },
          { role: 'user', content: 'Hallo' },
          { role: 'user', content: [{ type: 'text', text: 'Nog iets' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0K' } }] },
        ],
        stop: 'EINDE',
        temperature: 0.2,
        user: 'medewerker-42',
      },
      { signal: signal() },
    );
    const sent = last().body;
    // SDK 1.x sends the API key as a Bearer token (older versions used x-api-key).
    expect(last().headers.authorization).toBe('Bearer sk-ant-test');
    expect(last().headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sent).toMatchObject({
      model: 'claude-opus-5',
      max_tokens: 4096,
      system: [
        { type: 'text', text: 'Je bent een ambtenaar.' },
        { type: 'text', text: 'Antwoord kort.' },
      ],
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Hallo' },
            { type: 'text', text: 'Nog iets' },
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0K' } },
          ],
        },
      ],
      stop_sequences: ['EINDE'],
      temperature: 0.2,
      metadata: { user_id: 'medewerker-42' },
    });
    expect(sent.stream).toBe(false);
    expect(resp.object).toBe('chat.completion');
    expect(resp.choices[0]!.message).toMatchObject({ role: 'assistant', content: 'Goedemorgen.' });
    expect(resp.choices[0]!.finish_reason).toBe('stop');
    expect(resp.usage).toEqual({ prompt_tokens: 25, completion_tokens: 4, total_tokens: 29, prompt_tokens_details: { cached_tokens: 5 } });
  });

  it('sends tools, tool calls and tool results, and maps a tool_use answer', async () => {
    fake.reply({ content: [{ type: 'text', text: 'Even kijken.' }, { type: 'tool_use', id: 'toolu_2', name: 'weer', input: { stad: 'Utrecht' } }] });
    const resp = await provider.complete(
      {
        model: 'claude-opus-5',
        max_completion_tokens: 300,
        tools: [weatherTool],
        tool_choice: 'required',
        parallel_tool_calls: false,
        messages: [
          { role: 'user', content: 'Weer in Delft en Gouda?' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              { id: 'toolu_a', type: 'function', function: { name: 'weer', arguments: '{"stad":"Delft"}' } },
              { id: 'toolu_b', type: 'function', function: { name: 'weer', arguments: '{"stad":"Gouda"}' } },
            ],
          },
          { role: 'tool', tool_call_id: 'toolu_a', content: 'zon' },
          { role: 'tool', tool_call_id: 'toolu_b', content: [{ type: 'text', text: 'regen' }] },
          { role: 'user', content: 'En Utrecht?' },
        ],
      },
      { signal: signal() },
    );
    const sent = last().body;
    expect(sent.max_tokens).toBe(300);
    expect(sent.tools).toEqual([{ name: 'weer', description: 'Het weer', input_schema: weatherTool.function.parameters }]);
    expect(sent.tool_choice).toEqual({ type: 'any', disable_parallel_tool_use: true });
    expect(sent.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Weer in Delft en Gouda?' }] },
      {
        role: 'assistant',
        content: [
          { type: 'tool_use', id: 'toolu_a', name: 'weer', input: { stad: 'Delft' } },
          { type: 'tool_use', id: 'toolu_b', name: 'weer', input: { stad: 'Gouda' } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_a', content: 'zon' },
          { type: 'tool_result', tool_use_id: 'toolu_b', content: [{ type: 'text', text: 'regen' }] },
          { type: 'text', text: 'En Utrecht?' },
        ],
      },
    ]);
    expect(resp.choices[0]!.finish_reason).toBe('tool_calls');
    expect(resp.choices[0]!.message.content).toBe('Even kijken.');
    expect(resp.choices[0]!.message.tool_calls).toEqual([
      { id: 'toolu_2', type: 'function', function: { name: 'weer', arguments: '{"stad":"Utrecht"}' } },
    ]);
  });

  it('maps max_tokens and stop_sequence stop reasons', async () => {
    fake.reply({ content: [{ type: 'text', text: 'Half' }], stop_reason: 'max_tokens' });
    const a = await provider.complete({ model: 'm', messages: [{ role: 'user', content: 'x' }] }, { signal: signal() });
    expect(a.choices[0]!.finish_reason).toBe('length');
    fake.reply({ content: [{ type: 'text', text: 'Tot' }], stop_reason: 'stop_sequence', stop_sequence: 'EINDE' });
    const b = await provider.complete({ model: 'm', messages: [{ role: 'user', content: 'x' }], stop: ['EINDE'] }, { signal: signal() });
    expect(b.choices[0]!.finish_reason).toBe('stop');
    expect((b.choices[0] as unknown as { stop_reason: string }).stop_reason).toBe('EINDE');
  });

  it('passes an upstream error status and body on as a GatewayError', async () => {
    fake.reply({ error: { status: 429, type: 'rate_limit_error', message: 'Too many requests' }, headers: { 'retry-after': '7' } });
    const err = await provider.complete({ model: 'm', messages: [{ role: 'user', content: 'x' }] }, { signal: signal() }).catch((e) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ status: 429, type: 'rate_limit_error', code: 'rate_limit_error', headers: { 'retry-after': '7' } });
    expect(err.upstreamBody).toMatchObject({ type: 'error', error: { type: 'rate_limit_error', message: 'Too many requests' } });

    fake.reply({ error: { status: 529, type: 'overloaded_error', message: 'Overloaded' } });
    const e2 = await provider.complete({ model: 'm', messages: [{ role: 'user', content: 'x' }] }, { signal: signal() }).catch((e) => e);
    expect(e2).toMatchObject({ status: 529, type: 'upstream_error', code: 'overloaded_error' });
  });

  it('refuses what it cannot map with a 400 before calling upstream', async () => {
    const before = fake.requests.length;
    const err = await provider
      .complete({ model: 'm', messages: [{ role: 'assistant', content: null, tool_calls: [{ id: 't', type: 'function', function: { name: 'f', arguments: '{nope' } }] }] }, { signal: signal() })
      .catch((e) => e);
    expect(err).toMatchObject({ status: 400, type: 'invalid_request_error', param: 'messages[0].tool_calls[0].function.arguments' });
    expect(fake.requests.length).toBe(before);
  });

  it('connection refused → 502 upstream_error; no answer in time → 504 timeout_error', async () => {
    const dead = createAnthropicProvider({ name: 'dead', apiKey: 'k', baseURL: 'http://127.0.0.1:1', models: [], attributes });
    await expect(dead.complete({ model: 'm', messages: [{ role: 'user', content: 'x' }] }, { signal: signal() })).rejects.toMatchObject({ status: 502, type: 'upstream_error' });

    const slow = createAnthropicProvider({ name: 'slow', apiKey: 'k', baseURL: fake.url, models: [], attributes, timeoutMs: 200 });
    fake.reply({ hang: true });
    await expect(slow.complete({ model: 'm', messages: [{ role: 'user', content: 'x' }] }, { signal: signal() })).rejects.toMatchObject({ status: 504, type: 'timeout_error' });
  });

  it('an abort rethrows the abort and closes the upstream connection', async () => {
    fake.reply({ hang: true });
    const ac = new AbortController();
    const before = fake.requests.length;
    const p = provider.complete({ model: 'm', messages: [{ role: 'user', content: 'x' }] }, { signal: ac.signal });
    await waitFor(() => fake.requests.length > before);
    const rec = last();
    ac.abort();
    const err = await p.catch((e) => e);
    expect(err).toBe(ac.signal.reason);
    await waitFor(() => rec.closedEarly);
  });
});

describe('anthropic provider, streaming', () => {
  it('yields role, text deltas, finish and usage chunks', async () => {
    fake.reply({ content: [{ type: 'text', text: 'Goedemiddag, hoe kan ik helpen?' }], usage: { input_tokens: 9, output_tokens: 8 } });
    const req = { model: 'claude-x', messages: [{ role: 'user', content: 'hoi' }], stream: true, stream_options: { include_usage: true } } as ChatRequest;
    const chunks = await collect(provider.stream(req, { signal: signal() }));
    expect(last().body.stream).toBe(true);
    expect(chunks[0]!.choices[0]!.delta).toEqual({ role: 'assistant', content: '' });
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('Goedemiddag, hoe kan ik helpen?');
    expect(chunks.length).toBeGreaterThan(4); // arrives in pieces
    const finish = chunks.find((c) => c.choices[0]?.finish_reason);
    expect(finish!.choices[0]!.finish_reason).toBe('stop');
    const u = chunks.at(-1)!;
    expect(u.choices).toEqual([]);
    expect(u.usage).toMatchObject({ prompt_tokens: 9, completion_tokens: 8, total_tokens: 17 });
    expect(new Set(chunks.map((c) => c.id))).toEqual(new Set(['msg_fake_01']));
  });

  it('no usage chunk unless asked', async () => {
    const chunks = await collect(provider.stream({ model: 'm', messages: [{ role: 'user', content: 'x' }], stream: true } as ChatRequest, { signal: signal() }));
    expect(chunks.some((c) => c.usage)).toBe(false);
    expect(chunks.at(-1)!.choices[0]!.finish_reason).toBe('stop');
  });

  it('streams tool calls: start with id and name, then argument deltas on the tool-call index', async () => {
    fake.reply({
      content: [
        { type: 'text', text: 'Ik kijk.' },
        { type: 'tool_use', id: 'toolu_x', name: 'weer', input: { stad: 'Den Haag', dagen: 3 } },
        { type: 'tool_use', id: 'toolu_y', name: 'tijd', input: {} },
      ],
    });
    const chunks = await collect(provider.stream({ model: 'm', messages: [{ role: 'user', content: 'x' }], tools: [weatherTool], stream: true } as ChatRequest, { signal: signal() }));
    const calls = new Map<number, { id?: string; name?: string; args: string }>();
    for (const c of chunks)
      for (const tc of c.choices[0]?.delta.tool_calls ?? []) {
        const e = calls.get(tc.index) ?? { args: '' };
        if (tc.id) e.id = tc.id;
        if (tc.function?.name) e.name = tc.function.name;
        e.args += tc.function?.arguments ?? '';
        calls.set(tc.index, e);
      }
    expect([...calls.entries()]).toEqual([
      [0, { id: 'toolu_x', name: 'weer', args: '{"stad":"Den Haag","dagen":3}' }],
      [1, { id: 'toolu_y', name: 'tijd', args: '{}' }],
    ]);
    const argChunks = chunks.filter((c) => c.choices[0]?.delta.tool_calls?.[0]?.index === 0);
    expect(argChunks.length).toBeGreaterThan(3);
    expect(chunks.find((c) => c.choices[0]?.finish_reason)!.choices[0]!.finish_reason).toBe('tool_calls');
  });

  it('an upstream error status before the stream starts → GatewayError', async () => {
    fake.reply({ error: { status: 400, type: 'invalid_request_error', message: 'max_tokens: too large' } });
    const err = await collect(provider.stream({ model: 'm', messages: [{ role: 'user', content: 'x' }], stream: true } as ChatRequest, { signal: signal() })).catch((e) => e);
    expect(err).toMatchObject({ status: 400, type: 'invalid_request_error', message: 'max_tokens: too large' });
  });

  it('a stream cut mid-way → 502 upstream_error after the chunks that did arrive', async () => {
    fake.reply({ content: [{ type: 'text', text: 'Dit wordt afgebroken, helaas.' }], cutAfterEvents: 5 });
    const got: ChatChunk[] = [];
    const err = await (async () => {
      for await (const c of provider.stream({ model: 'm', messages: [{ role: 'user', content: 'x' }], stream: true } as ChatRequest, { signal: signal() })) got.push(c);
    })().catch((e) => e);
    expect(got.length).toBeGreaterThan(0);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ status: 502, type: 'upstream_error' });
  });

  it('an abort mid-stream rethrows the abort and closes the upstream connection', async () => {
    fake.reply({ content: [{ type: 'text', text: 'Een heel lang antwoord dat nooit af komt.' }], hangAfterEvents: 4 });
    const ac = new AbortController();
    const got: ChatChunk[] = [];
    const err = await (async () => {
      for await (const c of provider.stream({ model: 'm', messages: [{ role: 'user', content: 'x' }], stream: true } as ChatRequest, { signal: ac.signal })) {
        got.push(c);
        if (got.length === 2) setTimeout(() => ac.abort(), 10);
      }
    })().catch((e) => e);
    expect(err).toBe(ac.signal.reason);
    await waitFor(() => last().closedEarly);
  });
});

async function waitFor(cond: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
