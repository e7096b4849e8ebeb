import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../fixtures/fake-openai.js';
import { FAKE_ENV, startGateway, upstreamConfig, type TestGateway } from '../helpers/gateway.js';

let upstream: FakeOpenAI;
let gw: TestGateway;

beforeAll(async () => {
  upstream = await startFakeOpenAI();
  gw = await startGateway({
    // No retries here: these tests are about how each failure is reported (resilience.test.ts retries).
    config: { ...upstreamConfig(upstream.url, { timeout_ms: 500, retries: 0 }), server: { max_body_bytes: 2048 } },
    env: FAKE_ENV,
  });
});
afterAll(async () => {
  await gw.shutdown();
  await upstream.close();
});

const ask = { model: 'gpt-test', messages: [{ role: 'user' as const, content: 'Hallo' }] };

/** Raw HTTP, for what an SDK would refuse to send. */
async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${gw.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${gw.key}`, 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as any, id: response.headers.get('x-poortwachter-interaction-id')! };
}

async function sdkError(promise: Promise<unknown>): Promise<InstanceType<typeof OpenAI.APIError>> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OpenAI.APIError);
    return error as InstanceType<typeof OpenAI.APIError>;
  }
  throw new Error('expected an error');
}

const recordOf = (error: InstanceType<typeof OpenAI.APIError>) => gw.ctx.interactions.get(error.headers!.get('x-poortwachter-interaction-id')!)!;

describe('authentication', () => {
  it('refuses a missing key with 401 in OpenAI shape, and records it', async () => {
    const response = await fetch(`${gw.url}/v1/chat/completions`, { method: 'POST', body: JSON.stringify(ask) });
    const body = (await response.json()) as any;
    expect(response.status).toBe(401);
    expect(body.error).toMatchObject({ type: 'authentication_error', code: 'missing_api_key', param: null });
    expect(gw.ctx.interactions.get(response.headers.get('x-poortwachter-interaction-id')!)).toMatchObject({ status: 401, outcome: 'rejected', app: null });
  });

  it('refuses a wrong key and a revoked key', async () => {
    const wrong = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: 'pw_thisisnotarealkeyatallreally', maxRetries: 0 });
    expect((await sdkError(wrong.chat.completions.create(ask))).status).toBe(401);

    const { key, record } = gw.ctx.keys.create({ app: 'tijdelijk' });
    const client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: key, maxRetries: 0 });
    await client.chat.completions.create(ask);
    gw.ctx.keys.revoke(record.id);
    const error = await sdkError(client.chat.completions.create(ask));
    expect(error.status).toBe(401);
    expect(error.code).toBe('invalid_api_key');
    expect((await sdkError(client.models.list())).status).toBe(401);
  });
});

describe('bad input', () => {
  it('invalid JSON → 400 invalid_json, recorded', async () => {
    const r = await post('{"model": "gpt-test", messages: [');
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_json' });
    expect(gw.ctx.interactions.get(r.id)).toMatchObject({ status: 400, outcome: 'rejected', errorCode: 'invalid_json', app: 'test-app' });
  });

  it('wrong field types → 400 naming the param', async () => {
    const r = await post(JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'x' }], temperature: 'warm' }));
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ type: 'invalid_request_error', param: 'temperature' });
    const roles = await post(JSON.stringify({ model: 'gpt-test', messages: [{ role: 'burger', content: 'x' }] }));
    expect(roles.body.error.param).toBe('messages[0].role');
    const missing = await post(JSON.stringify({ messages: [{ role: 'user', content: 'x' }] }));
    expect(missing.body.error).toMatchObject({ param: 'model', code: 'missing_required_parameter' });
    expect(upstream.requests.some((q) => q.body?.temperature === 'warm')).toBe(false);
  });

  it('unknown model → 404 model_not_found', async () => {
    const error = await sdkError(gw.openai.chat.completions.create({ ...ask, model: 'gpt-onbekend' }));
    expect(error.status).toBe(404);
    expect(error.code).toBe('model_not_found');
    expect(recordOf(error)).toMatchObject({ status: 404, outcome: 'rejected', modelRequested: 'gpt-onbekend' });
  });

  it('body over the size limit → 413, never forwarded', async () => {
    const before = upstream.requests.length;
    const r = await post(JSON.stringify({ ...ask, messages: [{ role: 'user', content: 'x'.repeat(5000) }] }));
    expect(r.status).toBe(413);
    expect(r.body.error.type).toBe('request_too_large');
    // Also without a content-length header (chunked upload).
    const chunked = await fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST', duplex: 'half', headers: { authorization: `Bearer ${gw.key}` },
      body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('x'.repeat(5000))); c.close(); } }),
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(upstream.requests.length).toBe(before);
  });
});

describe('upstream faults', () => {
  it('passes a 400 from the upstream on faithfully', async () => {
    upstream.script({ kind: 'error', status: 400, body: { error: { message: "Invalid value for 'top_logprobs'.", type: 'invalid_request_error', code: 'invalid_value', param: 'top_logprobs' } } });
    const error = await sdkError(gw.openai.chat.completions.create(ask));
    expect(error.status).toBe(400);
    expect(error.error).toEqual({ message: "Invalid value for 'top_logprobs'.", type: 'invalid_request_error', code: 'invalid_value', param: 'top_logprobs' });
    expect(recordOf(error)).toMatchObject({ status: 400, outcome: 'rejected', provider: 'fake' });
  });

  it('passes 429 with Retry-After on', async () => {
    upstream.script({ kind: 'error', status: 429, headers: { 'retry-after': '7' }, body: { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded', param: null } } });
    const error = await sdkError(gw.openai.chat.completions.create(ask));
    expect(error.status).toBe(429);
    expect(error.headers!.get('retry-after')).toBe('7');
  });

  it('maps an upstream 500 to 502 upstream_error, recorded as error', async () => {
    upstream.script({ kind: 'error', status: 500, body: { error: { message: 'internal', type: 'server_error', code: null, param: null } } });
    const error = await sdkError(gw.openai.chat.completions.create(ask));
    expect(error.status).toBe(502);
    expect(error.type).toBe('upstream_error');
    expect(recordOf(error)).toMatchObject({ status: 502, outcome: 'error' });
  });

  it('does not pass the upstream refusing our own credentials on as the client’s 401', async () => {
    upstream.script({ kind: 'error', status: 401, body: { error: { message: 'Incorrect API key provided: sk-upstr***', type: 'invalid_request_error', code: 'invalid_api_key', param: null } } });
    const error = await sdkError(gw.openai.chat.completions.create(ask));
    expect(error.status).toBe(502);
    expect(error.message).not.toContain('sk-upstr');
  });

  it('times out an upstream that never answers → 504, and the process keeps serving', async () => {
    upstream.script({ kind: 'hang' });
    const error = await sdkError(gw.openai.chat.completions.create(ask));
    expect(error.status).toBe(504);
    expect(error.code).toBe('upstream_timeout');
    expect(recordOf(error)).toMatchObject({ status: 504, outcome: 'error' });
    expect((await gw.openai.chat.completions.create(ask)).choices[0]!.message.content).toBe('Antwoord op: Hallo');
  });

  it('a connection reset before the first byte → 502 upstream_unreachable', async () => {
    upstream.script({ kind: 'reset', afterPieces: 0 });
    const error = await sdkError(gw.openai.chat.completions.create(ask));
    expect(error.status).toBe(502);
    expect(error.code).toBe('upstream_unreachable');
    expect(recordOf(error)).toMatchObject({ status: 502, outcome: 'error' });
  });

  it('a stream cut in the middle ends with an error event the SDK raises, and is recorded', async () => {
    upstream.script({ kind: 'reset', afterPieces: 2 });
    const stream = await gw.openai.chat.completions.create({ ...ask, stream: true });
    const pieces: string[] = [];
    let id = '';
    const error = await sdkError((async () => {
      for await (const chunk of stream) {
        id = chunk.id;
        pieces.push(chunk.choices[0]?.delta.content ?? '');
      }
    })());
    expect(error.message).toMatch(/onderbroken|interrupted|verbrak|closed/);
    expect(pieces.join('')).toBe('Antwoord op: Hallo'.slice(0, 16)); // two 8-character pieces arrived
    expect(gw.ctx.interactions.get(id)).toMatchObject({ stream: true, outcome: 'error', status: 200 });
  });
});
