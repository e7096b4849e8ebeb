/** Starts the real gateway in-process on an ephemeral port with its own SQLite file and config. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { stringify } from 'yaml';
import { loadConfig } from '../../src/config/index.js';
import type { AppContext } from '../../src/routes/context.js';
import { openRuntime } from '../../src/runtime.js';
import { startServer } from '../../src/server.js';

export interface TestGateway {
  url: string;
  key: string;
  ctx: AppContext;
  dir: string;
  openai: OpenAI;
  shutdown(): Promise<void>;
}

export interface GatewayOptions {
  /** The config file's contents (YAML as an object); omitted: no file. */
  config?: Record<string, unknown>;
  env?: Record<string, string>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'poortwachter-test-'));
}

export async function startGateway(options: GatewayOptions = {}): Promise<TestGateway> {
  const dir = tempDir();
  const env: Record<string, string> = { DATABASE_URL: join(dir, 'gateway.db'), PORT: '0', HOST: '127.0.0.1', ...options.env };
  if (options.config) {
    const file = join(dir, 'poortwachter.yaml');
    writeFileSync(file, stringify(options.config));
    env.POORTWACHTER_CONFIG = file;
  }
  const ctx = openRuntime(loadConfig(env), env);
  const server = await startServer(ctx);
  const key = ctx.keys.create({ app: 'test-app', department: 'Burgerzaken' }).key;
  return {
    url: server.url,
    key,
    ctx,
    dir,
    openai: new OpenAI({ baseURL: `${server.url}/v1`, apiKey: key, maxRetries: 0 }),
    shutdown: server.shutdown,
  };
}

/** A config with one OpenAI-type provider pointing at a fake upstream. */
export function upstreamConfig(url: string, extra: Record<string, unknown> = {}) {
  return {
    providers: [{ type: 'openai', name: 'fake', base_url: url, api_key_env: 'FAKE_KEY', models: ['gpt-test', 'gpt-other'], region: 'eu', trains_on_data: false, ...extra }],
  };
}

export const FAKE_ENV = { FAKE_KEY: 'sk-upstream-secret' };
