/**
 * The README's quick start as a newcomer meets it: no config, no upstream key. The banner says where it
 * listens, where the data is, which providers it found and how to get a key; the dry-run provider shows
 * exactly what would have left the building (pseudonymised), and nothing leaves.
 */
import { join } from 'node:path';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { cli, serveProcess } from './helpers/cli.js';
import { tempDir } from './helpers/gateway.js';

describe('quick start on the embedded default', () => {
  it('starts with SQLite, the shipped policy and the dry-run provider, and answers a first request', async () => {
    const dir = tempDir();
    // A clean environment: no provider keys, no config file.
    const env = { DATABASE_URL: join(dir, 'data', 'poortwachter.db'), PORT: '0', OPENAI_API_KEY: '', ANTHROPIC_API_KEY: '', POORTWACHTER_CONFIG: '' };
    const key = cli(['keys', 'create', '--app', 'eerste-app'], env).lastLine;
    const server = serveProcess(env);
    try {
      const url = await server.url;
      const banner = server.output();
      expect(banner).toContain(`listens on ${url}`);
      expect(banner).toContain(join(dir, 'data', 'poortwachter.db'));
      expect(banner).toMatch(/dry-run/);
      expect(banner).toContain('keys create --app');

      const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: key, maxRetries: 0 });
      const answer = await client.chat.completions.create({
        model: 'dry-run',
        messages: [{ role: 'user', content: 'Schrijf een brief aan mevrouw Jansen, IBAN NL91ABNA0417164300.' }],
      });
      const text = answer.choices[0]!.message.content!;
      expect(text).toContain('[Poortwachter dry-run]');
      // What would have been sent: placeholders, not the values...
      expect(text).toContain('mevrouw [PERSOON_1], IBAN [IBAN_1]');
      expect(text).not.toContain('NL91ABNA0417164300');
      // ...and the no-retraining flag that goes with every call.
      expect(text).toContain('"store": false');
      expect((await client.models.list()).data.map((m) => m.id)).toContain('dry-run');
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
