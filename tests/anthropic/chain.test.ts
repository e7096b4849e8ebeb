/**
 * The whole Anthropic translation chain without the gateway around it: the official SDK as client →
 * a tiny HTTP door (anthropicToCanonical, provider, canonicalToAnthropic / stream writer) → the
 * Anthropic provider → the fake Anthropic upstream. Routes, policy and PII are not involved here.
 */
import Anthropic from '@anthropic-ai/sdk';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicErrorBody, anthropicErrorStatus } from '../../src/formats/anthropic/errors.js';
import { anthropicToCanonical } from '../../src/formats/anthropic/request.js';
import { canonicalToAnthropic } from '../../src/formats/anthropic/response.js';
import { createAnthropicStreamWriter } from '../../src/formats/anthropic/stream.js';
import { GatewayError } from '../../src/gateway/errors.js';
import { createAnthropicProvider } from '../../src/providers/anthropic/index.js';
import { type FakeAnthropic, startFakeAnthropic } from '../fixtures/fake-anthropic.js';

let fake: FakeAnthropic;
let door: Server;
let client: Anthropic;

beforeAll(async () => {
  fake = await startFakeAnthropic();
  const provider = createAnthropicProvider({
    name: 'claude',
    apiKey: 'upstream-key',
    baseURL: fake.url,
    models: [],
    attributes: { region: 'eu', trainsOnData: false, retentionDays: 0, zeroDataRetention: true, selfHosted: false },
  });
  door = createServer(async (req, res) => {
    let raw = '';
    for await (const c of req) raw += c;
    const signal = new AbortController().signal;
    let started = false;
    try {
      const body = JSON.parse(raw);
      const canonical = anthropicToCanonical(body);
      if (!canonical.stream) {
        const resp = await provider.complete(canonical, { signal });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(canonicalToAnthropic(resp, body.model)));
        return;
      }
      const w = createAnthropicStreamWriter('ia_chain', body.model);
      try {
        for await (const c of provider.stream(canonical, { signal })) {
          if (!started) res.writeHead(200, { 'content-type': 'text/event-stream' });
          started = true;
          res.write(w.chunk(c));
        }
        res.end(w.end());
      } catch (e) {
        if (!started) throw e;
        res.end(w.error(e as GatewayError));
      }
    } catch (e) {
      const err = e instanceof GatewayError ? e : new GatewayError({ status: 500, type: 'api_error', message: 'internal' });
      res.writeHead(anthropicErrorStatus(err), { 'content-type': 'application/json' }).end(JSON.stringify(anthropicErrorBody(err)));
    }
  });
  await new Promise<void>((r) => door.listen(0, '127.0.0.1', r));
  client = new Anthropic({ apiKey: 'app-key', baseURL: `http://127.0.0.1:${(door.address() as AddressInfo).port}`, maxRetries: 0 });
});
afterAll(async () => {
  await new Promise<void>((r) => door.close(() => r()));
  await fake.close();
});

const tools: Anthropic.Tool[] = [{ name: 'afvalkalender', description: 'Ophaaldagen', input_schema: { type: 'object', properties: { postcode: { type: 'string' } } } }];

describe('Anthropic SDK → translation → Anthropic provider → fake upstream', () => {
  it('non-streaming tool use round trip', async () => {
    fake.reply({ content: [{ type: 'tool_use', id: 'toolu_k', name: 'afvalkalender', input: { postcode: '3511AB' } }] });
    const msg = await client.messages.create({
      model: 'claude-opus-5',
      max_tokens: 200,
      system: 'Je bent de gemeente-assistent.',
      tools,
      messages: [{ role: 'user', content: 'Wanneer wordt het afval opgehaald?' }],
    });
    expect(msg.stop_reason).toBe('tool_use');
    expect(msg.content).toMatchObject([{ type: 'tool_use', id: 'toolu_k', name: 'afvalkalender', input: { postcode: '3511AB' } }]);
    expect(fake.requests.at(-1)!.body).toMatchObject({ system: 'Je bent de gemeente-assistent.', tools, max_tokens: 200 });
  });

  it('streaming with a tool result, read with messages.stream().finalMessage()', async () => {
    fake.reply({ content: [{ type: 'text', text: 'Het afval wordt dinsdag opgehaald.' }], usage: { input_tokens: 40, output_tokens: 9 } });
    const msg = await client.messages
      .stream({
        model: 'claude-opus-5',
        max_tokens: 200,
        tools,
        messages: [
          { role: 'user', content: 'Wanneer wordt het afval opgehaald?' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_k', name: 'afvalkalender', input: { postcode: '3511AB' } }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_k', content: 'dinsdag' }] },
        ],
      })
      .finalMessage();
    expect(msg).toMatchObject({ id: 'ia_chain', content: [{ type: 'text', text: 'Het afval wordt dinsdag opgehaald.' }], stop_reason: 'end_turn', usage: { input_tokens: 40, output_tokens: 9 } });
    expect(fake.requests.at(-1)!.body.messages.at(-1)).toEqual({ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_k', content: 'dinsdag' }] });
  });

  it('an upstream error reaches the client with its status and Anthropic type', async () => {
    fake.reply({ error: { status: 529, type: 'overloaded_error', message: 'Overloaded' } });
    const err = await client.messages.create({ model: 'claude-opus-5', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }).catch((e) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(err.status).toBe(529);
    expect(err.type).toBe('overloaded_error');
  });

  it('an upstream stream cut mid-way ends in an error event the SDK throws', async () => {
    fake.reply({ content: [{ type: 'text', text: 'Dit antwoord wordt halverwege afgebroken.' }], cutAfterEvents: 6 });
    const err = await client.messages.stream({ model: 'claude-opus-5', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }).finalMessage().catch((e) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(err.type).toBe('api_error');
  });

  it('an invalid body gets a 400 invalid_request_error naming the field', async () => {
    const err = await client.messages.create({ model: 'claude-opus-5', max_tokens: 10, messages: [{ role: 'user', content: [{ type: 'text' } as never] }] }).catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.type).toBe('invalid_request_error');
    expect(err.apiMessage).toContain('messages.0.content.0.text');
  });
});
