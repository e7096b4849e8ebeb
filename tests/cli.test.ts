import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from './fixtures/fake-openai.js';
import { cli, serveProcess } from './helpers/cli.js';
import { tempDir } from './helpers/gateway.js';
import Database from 'better-sqlite3';

let upstream: FakeOpenAI;
beforeAll(async () => {
  upstream = await startFakeOpenAI();
});
afterAll(() => upstream.close());

describe('keys through the CLI, used against the served gateway', () => {
  it('creates (key alone on the last line), lists (prefix only), and revokes', async () => {
    const env = { DATABASE_URL: join(tempDir(), 'cli.db'), PORT: '0', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: upstream.url };
    const created = cli(['keys', 'create', '--app', 'zaaksysteem', '--department', 'Sociaal Domein'], env);
    expect(created.code).toBe(0);
    const key = created.lastLine;
    expect(key).toMatch(/^pw_[A-Za-z0-9_-]{32}$/);

    const listed = cli(['keys', 'list'], env);
    expect(listed.stdout).toContain('app=zaaksysteem');
    expect(listed.stdout).toContain('department=Sociaal Domein');
    expect(listed.stdout).toContain(key.slice(0, 11));
    expect(listed.stdout).not.toContain(key);
    // Only a hash is in the database.
    const db = new Database(env.DATABASE_URL, { readonly: true });
    expect(JSON.stringify(db.prepare('select * from app_keys').all())).not.toContain(key);
    db.close();

    const server = serveProcess(env);
    try {
      const client = new OpenAI({ baseURL: `${await server.url}/v1`, apiKey: key, maxRetries: 0 });
      // With only OPENAI_API_KEY/OPENAI_BASE_URL set, the asked-for model goes to that provider.
      const answer = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hallo' }] });
      expect(answer.choices[0]!.message.content).toBe('Antwoord op: Hallo');
      expect(upstream.requests.at(-1)!.body.model).toBe('gpt-4o-mini');

      const revoked = cli(['keys', 'revoke', key.slice(0, 11)], env);
      expect(revoked.code).toBe(0);
      await expect(client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hallo' }] })).rejects.toMatchObject({ status: 401 });
      expect(cli(['keys', 'list'], env).stdout).toContain('INGETROKKEN/REVOKED');
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('refuses bad usage with a message and exit code 2', () => {
    const env = { DATABASE_URL: join(tempDir(), 'cli.db') };
    const result = cli(['keys', 'create'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--app');
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting, finishes the stream in flight, records it, and exits 0', async () => {
    const dir = tempDir();
    const env = { DATABASE_URL: join(dir, 'g.db'), PORT: '0', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: upstream.url };
    const key = cli(['keys', 'create', '--app', 'shutdown-test'], env).lastLine;
    const server = serveProcess(env);
    const url = await server.url;
    upstream.script({ kind: 'text', pieces: ['een ', 'langzaam ', 'antwoord'], delayMs: 150 });
    const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: key, maxRetries: 0 });
    const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'Hallo' }] });
    server.child.kill('SIGTERM');
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe('een langzaam antwoord');
    expect(await server.exited).toBe(0);
    // New connections are refused after shutdown.
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    const db = new Database(env.DATABASE_URL, { readonly: true });
    const rows = db.prepare('select outcome, stream from interactions').all();
    db.close();
    expect(rows).toEqual([{ outcome: 'ok', stream: 1 }]);
  });
});
