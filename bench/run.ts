/**
 * Overhead benchmark: the same load straight to a fake upstream and through the gateway, in one run.
 * Upstream and gateway each run as their own process; autocannon drives them from this one.
 * Reports requests/s and p50/p99 latency for both, and the gateway's added latency and throughput ratio.
 *
 *   npm run bench                  (defaults: 10 s per run, concurrency 16)
 *   BENCH_SECONDS=5 BENCH_CONNECTIONS=16 npm run bench
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const ROOT = resolve(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill()));

function start(args: string[], env: Record<string, string>, pattern: RegExp): Promise<string> {
  const child = spawn(TSX, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolveUrl, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = out.match(pattern);
      if (m) resolveUrl(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}: ${out}`)));
  });
}

async function run(name: string, url: string, body: object, headers: Record<string, string>) {
  const request = { method: 'POST' as const, path: '/v1/chat/completions', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
  await autocannon({ url, connections, duration: 2, requests: [request] }); // warm-up (JIT, connections)
  const r = await autocannon({ url, connections, duration: seconds, requests: [request] });
  if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

const dir = mkdtempSync(join(tmpdir(), 'poortwachter-bench-'));
const upstream = await start(['bench/upstream.ts'], {}, /(http:\/\/\S+)/);
const env = { DATABASE_URL: join(dir, 'bench.db'), PORT: '0', OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: `${upstream}/v1`, POORTWACHTER_CONFIG: '' };
const key = await new Promise<string>((ok) => {
  const c = spawn(TSX, ['src/main.ts', 'keys', 'create', '--app', 'bench'], { cwd: ROOT, env: { ...process.env, ...env } });
  let out = '';
  c.stdout.on('data', (d: Buffer) => (out += d));
  c.on('exit', () => ok(out.trim().split('\n').at(-1)!));
});
const gateway = await start(['src/main.ts', 'serve'], env, /listens on (http:\/\/\S+)/);

const ask = { model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'Je bent een behulpzame medewerker van de gemeente.' }, { role: 'user', content: 'Hoe vraag ik een nieuw paspoort aan?' }] };
const auth = { authorization: `Bearer ${key}` };
const results = [];
for (const [label, body] of [['json', ask], ['stream', { ...ask, stream: true }]] as const) {
  const direct = await run(`direct ${label}`, upstream, body, auth);
  const through = await run(`gateway ${label}`, gateway, body, auth);
  results.push(direct, through, {
    name: `overhead ${label}`,
    rps: `${((through.rps / direct.rps) * 100).toFixed(0)}% of direct`,
    p50: `+${(through.p50 - direct.p50).toFixed(2)} ms`,
    p99: `+${(through.p99 - direct.p99).toFixed(2)} ms`,
  });
}
console.log(`\nconcurrency ${connections}, ${seconds} s per run, node ${process.version}`);
console.table(results);
process.exit(0);
