/**
 * The administrator's side, as separate processes: `policy explain` calls no provider, `keys create
 * --use-case` refuses unknown use cases, and a key bound to a use case works against the served gateway;
 * SIGHUP reloads the policy of a running gateway.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../fixtures/fake-openai.js';
import { cli, serveProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/gateway.js';
import { SHIPPED_POLICY_DIR, useCase, waitFor, writePolicyDir } from './helpers.js';


let upstream: FakeOpenAI;
beforeAll(async () => {
  upstream = await startFakeOpenAI();
});
afterAll(() => upstream.close());

describe('policy explain', () => {
  it('shows the rule, the personal data (as placeholders) and the provider, and calls no provider', () => {
    const env = { DATABASE_URL: join(tempDir(), 'cli.db'), POORTWACHTER_POLICY_DIR: SHIPPED_POLICY_DIR, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: upstream.url };
    const from = upstream.requests.length;
    const result = cli(['policy', 'explain', '--use-case', 'algemeen', '--model', 'dry-run', 'Bereken de fraudekans van mevrouw Fatima el Amrani, IBAN NL91ABNA0417164300.'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('geen-profilering-of-risicoscores');
    expect(result.stdout).toContain('AI-verordening art. 5(1)(c)');
    expect(result.stdout).toMatch(/GEWEIGERD \/ refused/);
    expect(result.stdout).toContain('[PERSOON_1]');
    expect(result.stdout).not.toContain('Fatima');
    expect(result.stdout).not.toContain('NL91ABNA0417164300');
    expect(result.stdout).toContain('geen provider aangeroepen');

    // With a real model name and a configured upstream: still nothing is sent.
    const allowed = cli(['policy', 'explain', '--use-case', 'algemeen', '--model', 'gpt-4o-mini', 'Schrijf een uitnodiging voor de bewonersavond.'], env);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toContain('gpt-4o-mini');
    expect(upstream.requests.length).toBe(from);
  });

  it('an unknown use case is an error, not a guess', () => {
    const env = { DATABASE_URL: join(tempDir(), 'cli.db'), POORTWACHTER_POLICY_DIR: SHIPPED_POLICY_DIR };
    const result = cli(['policy', 'explain', '--use-case', 'bestaat-niet', 'tekst'], env);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('bestaat-niet');
  });
});

describe('keys bound to use cases, against the served gateway', () => {
  it('keys create --use-case rejects unknown use cases and binds known ones; SIGHUP reloads the policy', async () => {
    const dir = writePolicyDir({
      'beleid.yaml': `defaults:
  use_case: algemeen
use_cases:
${useCase('algemeen')}${useCase('brieven', `    user_field: drop
`)}`,
    });
    const env = { DATABASE_URL: join(tempDir(), 'cli.db'), PORT: '0', POORTWACHTER_POLICY_DIR: dir, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: upstream.url };

    const unknown = cli(['keys', 'create', '--app', 'zaaksysteem', '--use-case', 'bestaat-niet'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('bestaat-niet');
    expect(unknown.stdout).not.toMatch(/pw_/);

    const created = cli(['keys', 'create', '--app', 'zaaksysteem', '--department', 'Burgerzaken', '--use-case', 'brieven'], env);
    expect(created.code, created.stderr).toBe(0);
    const key = created.lastLine;
    expect(key).toMatch(/^pw_/);
    expect(created.stdout).toContain('brieven');

    const server = serveProcess(env);
    try {
      const client = new OpenAI({ baseURL: `${await server.url}/v1`, apiKey: key, maxRetries: 0 });
      const { response } = await client.chat.completions.create({ model: 'gpt-4o-mini', user: 'j.jansen', messages: [{ role: 'user', content: 'Hallo' }] }).withResponse();
      expect(response.headers.get('x-poortwachter-use-case')).toBe('brieven');
      expect(upstream.requests.at(-1)!.body).not.toHaveProperty('user');
      expect(upstream.requests.at(-1)!.body.store).toBe(false);

      // The key does not hold "algemeen".
      const other = new OpenAI({ baseURL: `${await server.url}/v1`, apiKey: key, maxRetries: 0, defaultHeaders: { 'x-poortwachter-use-case': 'algemeen' } });
      await expect(other.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hallo' }] })).rejects.toMatchObject({ status: 403, code: 'use_case_not_allowed' });

      // Suspend through the file, SIGHUP, and the running gateway refuses.
      writeFileSync(join(dir, 'beleid.yaml'), `defaults:
  use_case: algemeen
use_cases:
${useCase('algemeen')}${useCase('brieven', `    status: suspended
`)}`);
      // `npm start` runs node with tsx as a loader, so the started process is the gateway itself.
      const gateway = server.child.pid!;
      process.kill(gateway, 'SIGHUP');
      await waitFor(() => /beleid herladen/.test(server.output()), 10_000);
      await expect(client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hallo' }] })).rejects.toMatchObject({ status: 403, code: 'use_case_suspended' });

      // A broken file on SIGHUP: the gateway says so and keeps the policy in force.
      writeFileSync(join(dir, 'beleid.yaml'), 'use_cases: [ {');
      process.kill(gateway, 'SIGHUP');
      await waitFor(() => /NIET herladen/.test(server.output()), 10_000).catch((e) => {
        throw new Error(`${e.message}; gateway output:\n${server.output()}`);
      });
      await expect(client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hallo' }] })).rejects.toMatchObject({ status: 403, code: 'use_case_suspended' });
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 30_000);

  it('`policy reload` finds the running gateway through its pid file and reloads it; the gateway keeps running', async () => {
    const dir = writePolicyDir({ 'beleid.yaml': `defaults:\n  use_case: algemeen\nuse_cases:\n${useCase('algemeen')}` });
    const env = { DATABASE_URL: join(tempDir(), 'cli.db'), PORT: '0', POORTWACHTER_POLICY_DIR: dir, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: upstream.url };
    const server = serveProcess(env);
    const url = await server.url;
    try {
      writeFileSync(join(dir, 'beleid.yaml'), `defaults:\n  use_case: algemeen\nuse_cases:\n${useCase('algemeen', '    status: suspended\n')}`);
      const reload = cli(['policy', 'reload'], env);
      expect(reload.code, reload.stderr).toBe(0);
      await waitFor(() => /beleid herladen/.test(server.output()), 10_000);
      expect({ exitCode: server.child.exitCode, signal: server.child.signalCode }).toEqual({ exitCode: null, signal: null });
      expect(await fetch(`${url}/v1/models`).then((r) => r.status)).toBe(401); // up, and asks for a key

      // A broken file is refused by the CLI before the gateway is even asked.
      writeFileSync(join(dir, 'beleid.yaml'), 'use_cases: [ {');
      const refused = cli(['policy', 'reload'], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/beleid\.yaml/);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 30_000);
});
