/**
 * Why the OpenAI-compatible provider speaks HTTP with undici instead of the official SDK:
 * the same non-streaming call, at concurrency 16, against the bench upstream, in one run.
 *   npx tsx bench/transport.ts
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import OpenAI from 'openai';
import { createOpenAIProvider } from '../src/providers/openai/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const child = spawn(process.execPath, ['--import', 'tsx', 'bench/upstream.ts'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
process.on('exit', () => child.kill('SIGKILL'));
const url = await new Promise<string>((ok) => child.stdout.once('data', (d: Buffer) => ok(d.toString().trim())));

const body = { model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content: 'Hoe vraag ik een paspoort aan?' }] };
const signal = new AbortController().signal;
const sdk = new OpenAI({ apiKey: 'sk-bench', baseURL: `${url}/v1`, maxRetries: 0 });
const provider = createOpenAIProvider({ name: 'bench', apiKey: 'sk-bench', baseURL: `${url}/v1`, models: [], timeoutMs: 30_000,
  attributes: { region: 'local', trainsOnData: false, retentionDays: 0, zeroDataRetention: true, selfHosted: true } });

async function rate(fn: () => Promise<unknown>, n = 4000, concurrency = 16): Promise<number> {
  for (let i = 0; i < 500; i++) await fn();
  let left = n;
  const t = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => { while (left-- > 0) await fn(); }));
  return (n / (performance.now() - t)) * 1000;
}

const rows: Record<string, { 'calls/s': number; 'µs per call': number }> = {};
for (let round = 1; round <= 3; round++) {
  for (const [name, fn] of [
    ['openai SDK', () => sdk.chat.completions.create(body)],
    ['undici provider', () => provider.complete(body, { signal })],
  ] as const) {
    const r = await rate(fn);
    const best = rows[name];
    if (!best || r > best['calls/s']) rows[name] = { 'calls/s': Math.round(r), 'µs per call': Math.round(1e6 / r) };
  }
}
console.table(rows);
console.log(`undici provider / openai SDK throughput: ${(rows['undici provider']!['calls/s'] / rows['openai SDK']!['calls/s']).toFixed(1)}x (best of 3 rounds each, same run)`);
process.exit(0);
