/**
 * Nothing lost: the real server under load from the OpenAI SDK is killed with SIGKILL; after a restart
 * every response a client had received in full has its record, and the chain verifies.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { closeRuntime, openRuntime } from '../../src/runtime.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fixtures/fake-openai.js';
import { cli, serveProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/gateway.js';

let upstream: FakeOpenAI;
beforeAll(async () => {
  upstream = await startFakeOpenAI();
});
afterAll(() => upstream.close());

/** A streamed completion through fetch: complete only when the gateway sent [DONE]. */
async function streamed(url: string, key: string, n: number): Promise<string | undefined> {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: `Gestreamde vraag ${n} over de Wmo` }] }),
  });
  const text = await res.text();
  return text.includes('data: [DONE]') ? (res.headers.get('x-poortwachter-interaction-id') ?? undefined) : undefined;
}

describe('SIGKILL under load', () => {
  it('every response the clients received has a record after restart, and audit verify passes', async () => {
    const dir = tempDir();
    const env = { DATABASE_URL: join(dir, 'kill.db'), PORT: '0', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: upstream.url, POORTWACHTER_POLICY_DIR: join(import.meta.dirname, '../../policies') };
    const setupCtx = openRuntime(loadConfig(env), env);
    const key = setupCtx.keys.create({ app: 'load' }).key;
    closeRuntime(setupCtx);

    const server = serveProcess(env);
    const url = await server.url;
    const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: key, maxRetries: 0 });
    const received: string[] = [];
    let failures = 0;
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          if (i % 3 === 2) {
            const id = await streamed(url, key, i);
            if (id) received.push(id);
          } else {
            const answer = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Vraag ${w}-${i} over parkeervergunningen` }] });
            received.push(answer.id);
          }
        } catch {
          failures++; // the kill: requests in flight fail
          if (stop) return;
        }
      }
    };
    const workers = Array.from({ length: 16 }, (_, w) => worker(w));
    while (received.length < 300) await new Promise((r) => setTimeout(r, 10));
    server.child.kill('SIGKILL');
    await server.exited;
    stop = true;
    await Promise.all(workers);
    expect(received.length).toBeGreaterThanOrEqual(300);

    // Restart on the same database: it opens, and keeps appending to the same chain.
    const again = serveProcess(env);
    try {
      const url2 = await again.url;
      const after = await new OpenAI({ baseURL: `${url2}/v1`, apiKey: key, maxRetries: 0 }).chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Na de herstart' }] });
      const db = new Database(env.DATABASE_URL, { readonly: true });
      const recorded = new Set(db.prepare('SELECT id FROM interactions').pluck().all() as string[]);
      db.close();
      const missing = received.filter((id) => !recorded.has(id));
      expect(missing).toEqual([]);
      expect(recorded.has(after.id)).toBe(true);
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
    const verify = cli(['audit', 'verify'], env);
    expect(verify.stdout).toContain('OK');
    expect(verify.code).toBe(0);
  }, 60_000);
});
