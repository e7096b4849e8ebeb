/** Faults at an Anthropic upstream, seen by Anthropic SDK clients: overload, first-byte timeout, cut stream. */
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../fixtures/fake-anthropic.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fixtures/fake-openai.js';
import { startGateway, type TestGateway } from '../helpers/gateway.js';

let claude: FakeAnthropic;
let fallback: FakeOpenAI;
let gw: TestGateway;
let client: Anthropic;
const MODEL = 'claude-opus-5';

beforeAll(async () => {
  claude = await startFakeAnthropic();
  fallback = await startFakeOpenAI();
  const common = { models: [MODEL], region: 'eu', trains_on_data: false, retries: 1, retry_max_delay_ms: 20, first_byte_timeout_ms: 300, timeout_ms: 2000 };
  gw = await startGateway({
    config: {
      providers: [
        { type: 'anthropic', name: 'claude', base_url: claude.url, api_key_env: 'K', ...common },
        { type: 'openai', name: 'eu-fallback', base_url: fallback.url, api_key_env: 'K', ...common },
      ],
    },
    env: { K: 'sk' },
  });
  client = new Anthropic({ baseURL: gw.url, apiKey: gw.key, maxRetries: 0 });
});
afterAll(async () => {
  await gw.shutdown();
  await claude.close();
  await fallback.close();
});

const ask = { model: MODEL, max_tokens: 50, messages: [{ role: 'user' as const, content: 'Hallo' }] };

describe('Anthropic upstream faults', () => {
  it('an overloaded (529) upstream is retried, then the fallback answers', async () => {
    const before = claude.requests.length;
    claude.reply({ error: { status: 529, type: 'overloaded_error', message: 'Overloaded' } });
    claude.reply({ error: { status: 529, type: 'overloaded_error', message: 'Overloaded' } });
    const message = await client.messages.create(ask);
    expect(claude.requests.length - before).toBe(2);
    expect(message.content[0]).toMatchObject({ type: 'text', text: 'Antwoord op: Hallo' });
    expect(gw.ctx.interactions.get(message.id)).toMatchObject({ provider: 'eu-fallback', outcome: 'ok' });
  });

  it('a first-byte timeout falls back at once', async () => {
    claude.reply({ hang: true });
    const started = Date.now();
    const message = await client.messages.create(ask);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(JSON.parse(gw.ctx.interactions.get(message.id)!.route!).attempts[0]).toMatchObject({ provider: 'claude', result: 'upstream_timeout' });
  });

  it('a stream cut after the first events ends in an Anthropic error event and is recorded, never retried', async () => {
    const before = claude.requests.length;
    claude.reply({ content: [{ type: 'text', text: 'Een lang antwoord dat wordt afgebroken' }], cutAfterEvents: 3 });
    const stream = client.messages.stream(ask);
    await expect(stream.finalMessage()).rejects.toThrow();
    expect(claude.requests.length - before).toBe(1);
    const row = gw.ctx.db.$client.prepare("select outcome, door, status from interactions where door = 'anthropic' order by rowid desc limit 1").get();
    expect(row).toEqual({ outcome: 'error', door: 'anthropic', status: 200 });
  });
});
