/**
 * Any client to any provider: the official OpenAI and Anthropic SDKs as clients, fake OpenAI and
 * Anthropic upstreams speaking their real wire formats, all four combinations, tools and streaming,
 * with personal data pseudonymised on the way out and restored on the way back.
 */
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../fixtures/fake-anthropic.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fixtures/fake-openai.js';
import { startGateway, type TestGateway } from '../helpers/gateway.js';

let openaiUpstream: FakeOpenAI;
let anthropicUpstream: FakeAnthropic;
let gw: TestGateway;
let anthropic: Anthropic;

const OPENAI_MODEL = 'gpt-test';
const CLAUDE_MODEL = 'claude-opus-5';

beforeAll(async () => {
  openaiUpstream = await startFakeOpenAI();
  anthropicUpstream = await startFakeAnthropic();
  const attrs = { region: 'eu', trains_on_data: false, retries: 0 };
  gw = await startGateway({
    config: {
      providers: [
        { type: 'openai', name: 'fake-openai', base_url: openaiUpstream.url, api_key_env: 'FAKE_KEY', models: [OPENAI_MODEL], ...attrs },
        { type: 'anthropic', name: 'fake-anthropic', base_url: anthropicUpstream.url, api_key_env: 'FAKE_ANTHROPIC_KEY', models: [CLAUDE_MODEL], ...attrs },
      ],
    },
    env: { FAKE_KEY: 'sk-o', FAKE_ANTHROPIC_KEY: 'sk-ant' },
  });
  anthropic = new Anthropic({ baseURL: gw.url, apiKey: gw.key, maxRetries: 0 });
});
afterAll(async () => {
  await gw.shutdown();
  await openaiUpstream.close();
  await anthropicUpstream.close();
});

const letter = 'Schrijf een antwoord aan mevrouw Fatima el Amrani over haar aanvraag.';

describe('Anthropic client', () => {
  it('→ Anthropic upstream: text, id and record; the upstream sees a placeholder, the client the name', async () => {
    anthropicUpstream.reply({ content: [{ type: 'text', text: 'Geachte mevrouw [PERSOON_1], dank voor uw aanvraag.' }] });
    const { data: message, response } = await anthropic.messages
      .create({ model: CLAUDE_MODEL, max_tokens: 200, system: 'Je schrijft brieven voor de gemeente.', messages: [{ role: 'user', content: letter }] })
      .withResponse();
    expect(message.content[0]).toMatchObject({ type: 'text', text: 'Geachte mevrouw Fatima el Amrani, dank voor uw aanvraag.' });
    expect(message.id).toMatch(/^msg_/);
    expect(response.headers.get('x-poortwachter-interaction-id')).toBe(message.id);
    const sent = anthropicUpstream.requests.at(-1)!.body;
    expect(JSON.stringify(sent)).not.toContain('Amrani');
    expect(sent.system).toBeDefined();
    expect(gw.ctx.interactions.get(message.id)).toMatchObject({ door: 'anthropic', provider: 'fake-anthropic', outcome: 'ok' });
  });

  it('→ OpenAI upstream: tool use and tool results both ways', async () => {
    openaiUpstream.script({ kind: 'tool', name: 'zoek_zaak', arguments: '{"naam":"[PERSOON_1]"}' });
    const tools = [{ name: 'zoek_zaak', description: 'Zoek een zaak', input_schema: { type: 'object' as const, properties: { naam: { type: 'string' } } } }];
    const first = await anthropic.messages.create({ model: OPENAI_MODEL, max_tokens: 200, tools, messages: [{ role: 'user', content: letter }] });
    expect(first.stop_reason).toBe('tool_use');
    const toolUse = first.content.find((b) => b.type === 'tool_use')!;
    expect(toolUse).toMatchObject({ name: 'zoek_zaak', input: { naam: 'Fatima el Amrani' } });

    const second = await anthropic.messages.create({
      model: OPENAI_MODEL, max_tokens: 200, tools,
      messages: [
        { role: 'user', content: letter },
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: toolUse.id, content: 'Zaak Z-2025-004512 van Fatima el Amrani' }] },
      ],
    });
    const upstreamBody = openaiUpstream.requests.at(-1)!.body;
    expect(JSON.stringify(upstreamBody)).not.toContain('Amrani');
    expect(upstreamBody.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant', 'tool']);
    expect(upstreamBody.messages[2].content).toContain('Z-2025-004512');
    expect(second.content[0]).toMatchObject({ type: 'text' });
    expect(second.stop_reason).toBe('end_turn');
  });

  it('→ OpenAI upstream: streaming with the SDK’s own stream helper', async () => {
    openaiUpstream.script({ kind: 'text', text: 'Beste mevrouw [PERSOON_1], uw aanvraag is ontvangen.' });
    const stream = anthropic.messages.stream({ model: OPENAI_MODEL, max_tokens: 100, messages: [{ role: 'user', content: letter }] });
    let text = '';
    stream.on('text', (t) => (text += t));
    const final = await stream.finalMessage();
    expect(text).toBe('Beste mevrouw Fatima el Amrani, uw aanvraag is ontvangen.');
    expect(final.stop_reason).toBe('end_turn');
    expect(final.usage.output_tokens).toBe(7);
  });

  it('→ Anthropic upstream: streaming tool use', async () => {
    anthropicUpstream.reply({ content: [{ type: 'tool_use', id: 'toolu_1', name: 'zoek_zaak', input: { zaak: 'Z-1' } }] });
    const final = await anthropic.messages
      .stream({ model: CLAUDE_MODEL, max_tokens: 100, tools: [{ name: 'zoek_zaak', input_schema: { type: 'object' } }], messages: [{ role: 'user', content: 'Zoek zaak Z-1' }] })
      .finalMessage();
    expect(final.content[0]).toMatchObject({ type: 'tool_use', name: 'zoek_zaak', input: { zaak: 'Z-1' } });
    expect(final.stop_reason).toBe('tool_use');
  });

  it('gets errors in Anthropic’s shape: bad key, bad request, upstream error', async () => {
    const wrong = new Anthropic({ baseURL: gw.url, apiKey: 'pw_wrongwrongwrongwrongwrong', maxRetries: 0 });
    await expect(wrong.messages.create({ model: CLAUDE_MODEL, max_tokens: 10, messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ status: 401, error: { type: 'error', error: { type: 'authentication_error' } } });
    // @ts-expect-error max_tokens is required by the wire format
    await expect(anthropic.messages.create({ model: CLAUDE_MODEL, messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ status: 400, error: { error: { type: 'invalid_request_error' } } });
    anthropicUpstream.reply({ error: { status: 429, type: 'rate_limit_error', message: 'Te veel verzoeken' }, headers: { 'retry-after': '3' } });
    await expect(anthropic.messages.create({ model: CLAUDE_MODEL, max_tokens: 10, messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ status: 429, error: { error: { type: 'rate_limit_error' } } });
  });

  it('counts tokens (an estimate)', async () => {
    const count = await anthropic.messages.countTokens({ model: CLAUDE_MODEL, messages: [{ role: 'user', content: 'Hoe vraag ik een paspoort aan?' }] });
    expect(count.input_tokens).toBeGreaterThan(0);
  });
});

describe('OpenAI client', () => {
  it('→ Anthropic upstream: text and tool calls, streaming and not', async () => {
    anthropicUpstream.reply({ content: [{ type: 'text', text: 'Goedemiddag mevrouw [PERSOON_1].' }] });
    const completion = await gw.openai.chat.completions.create({ model: CLAUDE_MODEL, messages: [{ role: 'system', content: 'Wees beleefd.' }, { role: 'user', content: letter }] });
    expect(completion.choices[0]!.message.content).toBe('Goedemiddag mevrouw Fatima el Amrani.');
    expect(completion.choices[0]!.finish_reason).toBe('stop');
    const sent = anthropicUpstream.requests.at(-1)!.body;
    expect(JSON.stringify(sent)).not.toContain('Amrani');

    anthropicUpstream.reply({ content: [{ type: 'tool_use', id: 'toolu_9', name: 'zoek_zaak', input: { naam: '[PERSOON_1]' } }] });
    const stream = gw.openai.chat.completions.stream({
      model: CLAUDE_MODEL, messages: [{ role: 'user', content: letter }],
      tools: [{ type: 'function', function: { name: 'zoek_zaak', parameters: { type: 'object' } } }],
    });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]!.finish_reason).toBe('tool_calls');
    expect(JSON.parse(final.choices[0]!.message.tool_calls![0]!.function.arguments)).toEqual({ naam: 'Fatima el Amrani' });
  });
});
