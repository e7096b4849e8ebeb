import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../fixtures/fake-openai.js';
import { FAKE_ENV, startGateway, upstreamConfig, type TestGateway } from '../helpers/gateway.js';

let upstream: FakeOpenAI;
let gw: TestGateway;

beforeAll(async () => {
  upstream = await startFakeOpenAI();
  gw = await startGateway({ config: upstreamConfig(upstream.url), env: FAKE_ENV });
});
afterAll(async () => {
  await gw.shutdown();
  await upstream.close();
});

const lastUpstream = () => upstream.requests.at(-1)!;

describe('OpenAI door with the official SDK', () => {
  it('answers a non-streaming request and records it', async () => {
    const { data, response } = await gw.openai.chat.completions
      .create({ model: 'gpt-test', messages: [{ role: 'user', content: 'Hoe vraag ik een paspoort aan?' }] })
      .withResponse();
    expect(data.choices[0]!.message.content).toBe('Antwoord op: Hoe vraag ik een paspoort aan?');
    expect(data.id).toMatch(/^chatcmpl-[0-9a-f]{32}$/);
    expect(response.headers.get('x-poortwachter-interaction-id')).toBe(data.id);
    expect(Number(response.headers.get('x-poortwachter-overhead-ms'))).toBeGreaterThanOrEqual(0);
    expect(lastUpstream().headers.authorization).toBe('Bearer sk-upstream-secret');

    const row = gw.ctx.interactions.get(data.id)!;
    expect(row).toMatchObject({
      door: 'openai', app: 'test-app', department: 'Burgerzaken', modelRequested: 'gpt-test', modelUsed: 'gpt-test-upstream',
      provider: 'fake', stream: false, status: 200, outcome: 'ok', promptTokens: 11, completionTokens: 7, totalTokens: 18,
    });
    expect(JSON.parse(row.requestMessages!)).toEqual([{ role: 'user', content: 'Hoe vraag ik een paspoort aan?' }]);
    expect(row.latencyMs).toBeGreaterThanOrEqual(row.upstreamMs!);
    expect(row.overheadMs).toBeCloseTo(row.latencyMs - row.upstreamMs!, 2);
  });

  it('streams chunks as they arrive: the first reaches the client before the upstream has finished', async () => {
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    upstream.script({ kind: 'text', pieces: ['Eerste ', 'deel, ', 'tweede deel.'], hold });
    const stream = await gw.openai.chat.completions.create({
      model: 'gpt-test', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'Vertel' }],
    });
    const iterator = stream[Symbol.asyncIterator]();
    const received: string[] = [];
    // The upstream is held before its finish chunk; we can still read every content piece.
    while (received.join('') !== 'Eerste deel, tweede deel.') {
      const { value } = await iterator.next();
      received.push(value.choices[0]?.delta.content ?? '');
    }
    release();
    let usage;
    let id = '';
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
      id = r.value.id;
      if (r.value.usage) usage = r.value.usage;
    }
    expect(usage).toEqual({ prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 });
    const row = gw.ctx.interactions.get(id)!;
    expect(row).toMatchObject({ stream: true, outcome: 'ok', status: 200, totalTokens: 18 });
  });

  it('passes tools, tool_choice, response_format and unknown fields through, and returns tool calls', async () => {
    upstream.script({ kind: 'tool', name: 'zoek_zaak', arguments: '{"zaaknummer":"Z-2025-004512"}' });
    const tools = [{ type: 'function' as const, function: { name: 'zoek_zaak', description: 'Zoek een zaak', parameters: { type: 'object', properties: { zaaknummer: { type: 'string' } } } } }];
    const completion = await gw.openai.chat.completions.create({
      model: 'gpt-test',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Zoek zaak' }, { type: 'text', text: 'Z-2025-004512' }] }],
      tools, tool_choice: 'auto', temperature: 0.2, seed: 7,
      response_format: { type: 'json_schema', json_schema: { name: 'zaak', schema: { type: 'object' } } },
      // @ts-expect-error a provider-specific field the SDK does not know: must still be passed on
      safe_prompt: true,
    });
    const sent = lastUpstream().body;
    expect(sent.tools).toEqual(tools);
    expect(sent.tool_choice).toBe('auto');
    expect(sent.seed).toBe(7);
    expect(sent.safe_prompt).toBe(true);
    expect(sent.response_format.type).toBe('json_schema');
    expect(sent.messages[0].content).toHaveLength(2);
    expect(completion.choices[0]!.finish_reason).toBe('tool_calls');
    expect(completion.choices[0]!.message.tool_calls![0]).toMatchObject({ id: 'call_1', function: { name: 'zoek_zaak', arguments: '{"zaaknummer":"Z-2025-004512"}' } });
  });

  it('streams tool calls', async () => {
    upstream.script({ kind: 'tool', name: 'zoek_zaak', arguments: '{"zaaknummer":"Z-1"}' });
    const stream = gw.openai.chat.completions.stream({ model: 'gpt-test', messages: [{ role: 'user', content: 'Zoek' }], tools: [{ type: 'function', function: { name: 'zoek_zaak', parameters: { type: 'object' } } }] });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]!.message.tool_calls![0]!.function).toMatchObject({ name: 'zoek_zaak', arguments: '{"zaaknummer":"Z-1"}' });
  });

  it('sends JSON mode through', async () => {
    upstream.script({ kind: 'text', text: '{"ok":true}' });
    const c = await gw.openai.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'JSON graag' }], response_format: { type: 'json_object' } });
    expect(JSON.parse(c.choices[0]!.message.content!)).toEqual({ ok: true });
    expect(lastUpstream().body.response_format).toEqual({ type: 'json_object' });
  });

  it('lists the models this key may use', async () => {
    const models = await gw.openai.models.list();
    expect(models.data.map((m) => m.id).sort()).toEqual(['gpt-other', 'gpt-test']);
    expect((await gw.openai.models.retrieve('gpt-test')).owned_by).toBe('fake');
  });
});
