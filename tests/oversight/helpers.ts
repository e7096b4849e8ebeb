/** Shared parts of the oversight tests: a policy set in a temp dir, a gateway on a fake upstream, HTTP calls. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { startFakeOpenAI, type FakeOpenAI } from '../fixtures/fake-openai.js';
import { FAKE_ENV, startGateway, upstreamConfig, type TestGateway } from '../helpers/gateway.js';

/** Use cases: algemeen (default, pseudonymised content), geheim (no content), wmo (high-risk), ok-or (works council agreed). */
export const POLICY = `
defaults:
  use_case: algemeen
  pii: { BSN: block, default: pseudonymise }
use_cases:
  - id: algemeen
    name: Algemeen
    purpose: Algemene schrijftaken
    owner: CIO-office
    risk_class: limited
    data_classes: [openbaar, intern, persoonsgegevens]
    retention: { content_days: 30, metadata_days: 365 }
    content_storage: pseudonymised
  - id: geheim
    name: Zonder inhoud
    purpose: Gebruik waarbij geen inhoud wordt bewaard
    owner: CIO-office
    risk_class: limited
    data_classes: [openbaar, intern]
    retention: { content_days: 0, metadata_days: 30 }
    content_storage: none
  - id: wmo
    name: Wmo-verslagen
    purpose: Verslagen van keukentafelgesprekken
    owner: Sociaal Domein
    risk_class: high-risk
    data_classes: [openbaar, intern, persoonsgegevens]
    retention: { content_days: 7, metadata_days: 183 }
    content_storage: pseudonymised
  - id: ok-or
    name: Met instemming OR
    purpose: Gebruik waarvoor de ondernemingsraad instemde
    owner: HR
    risk_class: minimal
    data_classes: [openbaar, intern]
    works_council_agreed: true
    content_storage: pseudonymised
    retention: { content_days: 30, metadata_days: 365 }
rules:
  - id: geen-besluiten
    description: Geen geautomatiseerde besluiten
    source: AVG art. 22
    action: block
    message: { nl: Dat besluit neemt een medewerker., en: A staff member takes that decision. }
    match:
      patterns: ['toegekend of afgewezen']
`;

export function policyDir(yaml = POLICY): string {
  const dir = mkdtempSync(join(tmpdir(), 'poortwachter-oversight-policy-'));
  writeFileSync(join(dir, 'policy.yaml'), yaml);
  return dir;
}

export interface Setup {
  upstream: FakeOpenAI;
  gw: TestGateway;
  governanceKey: string;
  close(): Promise<void>;
}

export async function setup(oversight: Record<string, unknown> = {}): Promise<Setup> {
  const upstream = await startFakeOpenAI();
  const gw = await startGateway({
    config: { ...upstreamConfig(upstream.url), policy_dir: policyDir(), oversight: { prices: { 'gpt-test-upstream': { input: 1, output: 2 } }, energy: { grid_g_co2e_per_kwh: 300, grid_source: 'test' }, purge_interval_minutes: 0, ...oversight } },
    env: FAKE_ENV,
  });
  const governanceKey = gw.ctx.keys.create({ app: 'cio-office', role: 'governance' }).key;
  return { upstream, gw, governanceKey, close: async () => (await gw.shutdown(), await upstream.close()) };
}

/** An SDK client on its own app key, bound to use cases (first = default). */
export function client(gw: TestGateway, opts: { app?: string; department?: string; useCases?: string[] } = {}) {
  const { key, record } = gw.ctx.keys.create({ app: opts.app ?? 'zaaksysteem', department: opts.department ?? 'Burgerzaken', useCases: opts.useCases ?? ['algemeen', 'geheim', 'wmo', 'ok-or'] });
  return { key, keyId: record.id, openai: new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: key, maxRetries: 0 }) };
}

export async function ask(openai: OpenAI, content: string, extra: Record<string, unknown> = {}, useCase?: string) {
  return openai.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content }], ...extra } as never, useCase ? { headers: { 'x-poortwachter-use-case': useCase } } : undefined) as Promise<OpenAI.Chat.ChatCompletion>;
}

/** Records an interaction the way the pipeline does (through the chain), for a given user pseudonym. */
export function recordFor(gw: TestGateway, keyId: string, userPseudonym: string | null, content: string): string {
  const id = `chatcmpl-rec${Math.random().toString(16).slice(2)}`;
  const now = new Date().toISOString();
  gw.ctx.interactions.record({
    id, startedAt: now, endedAt: now, door: 'openai', keyId, app: 'zaaksysteem', department: 'Burgerzaken', useCase: 'algemeen', policyVersion: 'v',
    modelRequested: 'gpt-test', modelUsed: 'gpt-test-upstream', provider: 'fake', stream: false, status: 200, outcome: 'ok', errorCode: null,
    latencyMs: 5, upstreamMs: 4, overheadMs: 1, promptTokens: 3, completionTokens: 3, totalTokens: 6, decision: null, review: false, piiReceipt: '{}',
    route: null, requestMessages: JSON.stringify([{ role: 'user', content }]), answer: `Antwoord op: ${content}`, userPseudonym,
  });
  return id;
}

export async function call(gw: TestGateway, method: string, path: string, key: string | null, body?: unknown) {
  const send = () => fetch(`${gw.url}${path}`, {
    method,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  // A pooled keep-alive connection the server closed while a slow CLI call ran: the request never arrived; send again.
  const res = await send().catch((error) => (error?.cause?.code === 'ECONNRESET' ? send() : Promise.reject(error)));
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: json };
}
