/**
 * Resilience through the real gateway: retries, Retry-After, fallback to a second compliant provider,
 * the circuit breaker, timeouts, client aborts reaching the upstream, and what is recorded for each.
 */
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../fixtures/fake-openai.js';
import { startGateway, type TestGateway } from '../helpers/gateway.js';

let primary: FakeOpenAI;
let secondary: FakeOpenAI;
let gw: TestGateway;

const provider = (name: string, url: string, extra: object = {}) => ({
  type: 'openai', name, base_url: url, api_key_env: 'FAKE_KEY', models: ['gpt-test'], region: 'eu', trains_on_data: false,
  retries: 2, retry_max_delay_ms: 50, breaker_failures: 3, breaker_cooldown_ms: 400, first_byte_timeout_ms: 300, timeout_ms: 2000, ...extra,
});

beforeAll(async () => {
  primary = await startFakeOpenAI();
  secondary = await startFakeOpenAI();
  gw = await startGateway({ config: { providers: [provider('primary', primary.url), provider('secondary', secondary.url)] }, env: { FAKE_KEY: 'sk' } });
});
afterAll(async () => {
  await gw.shutdown();
  await primary.close();
  await secondary.close();
});
afterEach(() => {
  primary.requests.length = 0;
  secondary.requests.length = 0;
  // Each test starts with closed breakers (a fallback test opens the primary's).
  for (const name of ['primary', 'secondary']) gw.ctx.gateway.resilience.breakerFor(name).success();
});

const ask = { model: 'gpt-test', messages: [{ role: 'user' as const, content: 'Hallo' }] };
const serverError = { kind: 'error' as const, status: 500, body: { error: { message: 'boom', type: 'server_error', code: null, param: null } } };
const routeOf = (id: string) => JSON.parse(gw.ctx.interactions.get(id)!.route!);

describe('retries', () => {
  it('retries a 500 at the same provider and answers; the record lists the attempts', async () => {
    primary.script(serverError);
    const completion = await gw.openai.chat.completions.create(ask);
    expect(completion.choices[0]!.message.content).toBe('Antwoord op: Hallo');
    expect(primary.requests).toHaveLength(2);
    expect(secondary.requests).toHaveLength(0);
    expect(routeOf(completion.id)).toMatchObject({ provider: 'primary', attempts: [{ provider: 'primary', result: 'upstream_error' }, { provider: 'primary', result: 'ok' }] });
  });

  it('honours Retry-After on 429', async () => {
    primary.script({ kind: 'error', status: 429, headers: { 'retry-after': '1' }, body: { error: { message: 'slow down', type: 'requests', code: 'rate_limit_exceeded', param: null } } });
    const started = Date.now();
    await gw.openai.chat.completions.create(ask);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(primary.requests).toHaveLength(2);
  });

  it('does not retry the client’s own error (400)', async () => {
    primary.script({ kind: 'error', status: 400, body: { error: { message: 'bad', type: 'invalid_request_error', code: null, param: 'messages' } } });
    await expect(gw.openai.chat.completions.create(ask)).rejects.toMatchObject({ status: 400 });
    expect(primary.requests).toHaveLength(1);
    expect(secondary.requests).toHaveLength(0);
  });
});

describe('fallback', () => {
  it('falls back to the next compliant provider when retries are spent; the record names who answered', async () => {
    primary.script(serverError, serverError, serverError);
    const completion = await gw.openai.chat.completions.create(ask);
    expect(primary.requests).toHaveLength(3);
    expect(secondary.requests).toHaveLength(1);
    const row = gw.ctx.interactions.get(completion.id)!;
    expect(row.provider).toBe('secondary');
    expect(JSON.parse(row.route!).attempts.map((a: { provider: string; result: string }) => `${a.provider}:${a.result}`)).toEqual([
      'primary:upstream_error', 'primary:upstream_error', 'primary:upstream_error', 'secondary:ok',
    ]);
  });

  it('a first-byte timeout moves on to the fallback at once (no retry of the slow one)', async () => {
    primary.script({ kind: 'hang' });
    const completion = await gw.openai.chat.completions.create({ ...ask, stream: false });
    expect(primary.requests).toHaveLength(1);
    expect(routeOf(completion.id).attempts[0]).toMatchObject({ provider: 'primary', result: 'upstream_timeout' });
    expect(gw.ctx.interactions.get(completion.id)!.provider).toBe('secondary');
  });

  it('streams: a failure before the first chunk falls back; the client sees one clean stream', async () => {
    primary.script(serverError, serverError, serverError);
    const stream = await gw.openai.chat.completions.create({ ...ask, stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe('Antwoord op: Hallo');
    expect(secondary.requests).toHaveLength(1);
  });

  it('never retries after the first byte: a stream cut mid-way ends in an error event, not a second answer', async () => {
    primary.script({ kind: 'reset', afterPieces: 1 });
    const stream = await gw.openai.chat.completions.create({ ...ask, stream: true });
    await expect((async () => { for await (const _ of stream); })()).rejects.toThrow();
    expect(primary.requests).toHaveLength(1);
    expect(secondary.requests).toHaveLength(0);
  });
});

describe('circuit breaker', () => {
  it('opens after repeated failures, skips the provider, and probes again after the cool-down', async () => {
    const breaker = gw.ctx.gateway.resilience.breakerFor('primary');
    breaker.success();
    primary.script(serverError, serverError, serverError);
    await gw.openai.chat.completions.create(ask); // 3 failures at primary → open; answered by secondary
    expect(breaker.state).toBe('open');
    const ready = await (await fetch(`${gw.url}/readyz`)).json();
    expect(ready.providers).toContainEqual({ name: 'primary', kind: 'openai', circuit: 'open' });

    primary.requests.length = 0;
    const skipped = await gw.openai.chat.completions.create(ask);
    expect(primary.requests).toHaveLength(0);
    expect(routeOf(skipped.id).attempts[0]).toMatchObject({ provider: 'primary', result: 'circuit_open' });

    await new Promise((r) => setTimeout(r, 450));
    expect(breaker.state).toBe('half-open');
    await gw.openai.chat.completions.create(ask); // the probe succeeds
    expect(primary.requests).toHaveLength(1);
    expect(breaker.state).toBe('closed');
  });
});

describe('client aborts', () => {
  it('a client that gives up on a non-streaming call aborts the upstream call at once; recorded as cancelled', async () => {
    let release!: () => void;
    primary.script({ kind: 'text', before: new Promise<void>((r) => (release = r)) });
    const controller = new AbortController();
    const pending = gw.openai.chat.completions.create(ask, { signal: controller.signal });
    await waitFor(() => primary.requests.length === 1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    await waitFor(() => primary.requests[0]!.closedEarly);
    release();
    const row = latestRecord();
    expect(row).toMatchObject({ outcome: 'cancelled', status: 499 });
  });

  it('a client that leaves mid-stream aborts the upstream stream; recorded as cancelled', async () => {
    let release!: () => void;
    primary.script({ kind: 'text', pieces: ['een ', 'twee ', 'drie'], hold: new Promise<void>((r) => (release = r)) });
    const stream = await gw.openai.chat.completions.create({ ...ask, stream: true });
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta.content === 'een ') break; // leaves: the SDK aborts the request
    }
    await waitFor(() => primary.requests[0]!.closedEarly);
    release();
    await waitFor(() => latestRecord().outcome === 'cancelled');
    expect(latestRecord()).toMatchObject({ outcome: 'cancelled', stream: 1, door: 'openai' });
  });

  it('the Anthropic SDK leaving mid-stream aborts the upstream too', async () => {
    let release!: () => void;
    primary.script({ kind: 'text', pieces: ['een ', 'twee ', 'drie'], hold: new Promise<void>((r) => (release = r)) });
    const anthropic = new Anthropic({ baseURL: gw.url, apiKey: gw.key, maxRetries: 0 });
    const stream = anthropic.messages.stream({ model: 'gpt-test', max_tokens: 50, messages: [{ role: 'user', content: 'Hallo' }] });
    const ended = stream.done().catch((error: Error) => error); // the SDK rejects done() on abort
    await new Promise<void>((resolve) => stream.on('text', () => resolve()));
    stream.abort();
    expect(await ended).toBeInstanceOf(Error);
    await waitFor(() => primary.requests[0]!.closedEarly);
    release();
    await waitFor(() => latestRecord().outcome === 'cancelled');
    expect(latestRecord()).toMatchObject({ door: 'anthropic', outcome: 'cancelled' });
  });
});

function latestRecord() {
  return gw.ctx.db.$client.prepare('select * from interactions order by started_at desc, rowid desc limit 1').get() as Record<string, unknown> & { outcome: string; id: string };
}

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
