/** Shared parts of the end-to-end tests: policy sets in temp dirs, SDK clients per use case, upstream checks. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import OpenAI from 'openai';
import { expect } from 'vitest';
import type { FakeOpenAI } from '../fixtures/fake-openai.js';
import type { TestGateway } from '../helpers/gateway.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHIPPED_POLICY_DIR = join(ROOT, 'policies');

/** Writes `files` (name → YAML text) into a fresh temp dir and returns it. */
export function writePolicyDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'poortwachter-e2e-policy-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A use case as a YAML list item (indent 2); `extra` lines are indented 4. */
export function useCase(id: string, extra = ''): string {
  return `  - id: ${id}
    name: Test ${id}
    purpose: Testdoel voor ${id}
    owner: Team E2E
    risk_class: limited
    data_classes: [openbaar, intern, persoonsgegevens]
${extra}`;
}

/** An official SDK client on the gateway with its own key bound to `useCases` (first = default). */
export function clientFor(gw: TestGateway, useCases: string[], headerUseCase?: string): OpenAI {
  const { key } = gw.ctx.keys.create({ app: 'e2e-app', department: 'Burgerzaken', useCases });
  return new OpenAI({
    baseURL: `${gw.url}/v1`,
    apiKey: key,
    maxRetries: 0,
    defaultHeaders: headerUseCase ? { 'x-poortwachter-use-case': headerUseCase } : undefined,
  });
}

/** The SDK client for an existing key, acting under `useCase` via the header. */
export function clientWithHeader(gw: TestGateway, key: string, useCase: string): OpenAI {
  return new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: key, maxRetries: 0, defaultHeaders: { 'x-poortwachter-use-case': useCase } });
}

/** Everything the upstream has received since `from` (an index into requests), as one string. */
export function upstreamText(upstream: FakeOpenAI, from = 0): string {
  return JSON.stringify(upstream.requests.slice(from));
}

/** Asserts that none of `values` appears in any request the upstream received since `from`. */
export function expectNoneUpstream(upstream: FakeOpenAI, values: readonly string[], from = 0): void {
  const sent = upstreamText(upstream, from);
  for (const v of values) expect(sent, `upstream received "${v}"`).not.toContain(v);
}

/** Calls `fn`, expecting the SDK to throw an APIError; returns it. */
export async function apiError(fn: () => Promise<unknown>): Promise<InstanceType<typeof OpenAI.APIError>> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(OpenAI.APIError);
    return error as InstanceType<typeof OpenAI.APIError>;
  }
  throw new Error('expected the gateway to refuse the request, but it answered');
}

/** Reads the raw HTTP error body as well (the OpenAI error shape), with fetch rather than the SDK. */
export async function rawPost(gw: TestGateway, key: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${gw.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting for condition');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Collects a streamed completion's content and id through the SDK. */
export async function collect(stream: AsyncIterable<OpenAI.Chat.ChatCompletionChunk>) {
  let content = '';
  let id = '';
  const toolArgs: string[] = [];
  const chunks: OpenAI.Chat.ChatCompletionChunk[] = [];
  for await (const chunk of stream) {
    chunks.push(chunk);
    id = chunk.id;
    for (const choice of chunk.choices) {
      content += choice.delta.content ?? '';
      for (const tc of choice.delta.tool_calls ?? []) toolArgs[tc.index] = (toolArgs[tc.index] ?? '') + (tc.function?.arguments ?? '');
    }
  }
  return { content, id, toolArgs, chunks };
}
