import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../fixtures/fake-openai.js';
import { FAKE_ENV, startGateway, upstreamConfig, type TestGateway } from '../helpers/gateway.js';

let upstream: FakeOpenAI;
let gw: TestGateway;

beforeAll(async () => {
  upstream = await startFakeOpenAI();
  const config = upstreamConfig(upstream.url, { retries: 0 });
  config.providers[0]!.models.push('text-embedding-3-small');
  gw = await startGateway({ config, env: FAKE_ENV });
});
afterAll(async () => {
  await gw.shutdown();
  await upstream.close();
});

describe('POST /v1/embeddings with the official SDK', () => {
  it('pseudonymises every input before it leaves, and records the interaction', async () => {
    const { data, response } = await gw.openai.embeddings
      .create({ model: 'text-embedding-3-small', input: ['Brief aan mevrouw Jansen, Dorpsstraat 12, 1234 AB Ons Dorp', 'Parkeervergunning aanvragen'], user: 'medewerker-42' })
      .withResponse();
    expect(data.data).toHaveLength(2);
    expect(data.data[1]!.embedding).toEqual([27, 1, 0.5]);
    const sent = upstream.requests.at(-1)!;
    expect(sent.path).toBe('/v1/embeddings');
    expect(JSON.stringify(sent.body)).not.toMatch(/Jansen|Dorpsstraat|1234 AB/);
    expect(sent.body.input[0]).toContain('[PERSOON_1]');
    expect(sent.body.input[1]).toBe('Parkeervergunning aanvragen');
    expect(sent.body.user).toMatch(/^pw-[0-9a-f]{24}$/);
    expect(sent.body.store).toBeUndefined();
    const row = gw.ctx.interactions.get(response.headers.get('x-poortwachter-interaction-id')!)!;
    expect(row).toMatchObject({ outcome: 'ok', provider: 'fake', modelRequested: 'text-embedding-3-small', promptTokens: 6 });
    expect(row.requestMessages).not.toContain('Jansen');
  });

  it('applies policy: a BSN is refused and nothing is sent', async () => {
    const before = upstream.requests.length;
    await expect(gw.openai.embeddings.create({ model: 'text-embedding-3-small', input: 'BSN 111222333' })).rejects.toMatchObject({ status: 403 });
    expect(upstream.requests.length).toBe(before);
  });

  it('refuses token-id input, which cannot be checked for personal data', async () => {
    await expect(gw.openai.embeddings.create({ model: 'text-embedding-3-small', input: [1, 2, 3] })).rejects.toMatchObject({ status: 400, code: 'token_input_not_supported' });
  });
});
