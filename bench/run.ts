/**
 * Overhead benchmark: the same requests straight to a fake upstream and through the gateway, in one run.
 * Upstream and gateway each run as their own process.
 *  - added latency: sequential requests (concurrency 1), timed to the microsecond, p50/p99 both ways;
 *  - throughput: autocannon at concurrency 16 (BENCH_CONNECTIONS), requests/s both ways;
 *  - the gateway's own account: the median of its x-poortwachter-overhead-ms header.
 *
 *   npm run bench                  (defaults: 10 s per run, concurrency 16)
 *   BENCH_SECONDS=5 BENCH_CONNECTIONS=16 npm run bench
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { request } from 'undici';

const ROOT = resolve(import.meta.dirname, '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

function start(args: string[], env: Record<string, string>, pattern: RegExp): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
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

async function throughput(name: string, url: string, path: string, body: object, headers: Record<string, string>): Promise<number> {
  const req = { method: 'POST' as const, path, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
  await autocannon({ url, connections, duration: 2, requests: [req] }); // warm-up (JIT, connections)
  const r = await autocannon({ url, connections, duration: seconds, requests: [req] });
  if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return r.requests.average;
}

const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 3000);

/** Sequential requests: latency without queueing, so the difference is what the gateway adds. */
async function latency(url: string, path: string, body: object, headers: Record<string, string>) {
  const times: number[] = [];
  const reported: number[] = [];
  const payload = JSON.stringify(body);
  for (let i = 0; i < SEQUENTIAL + 300; i++) {
    const t = performance.now();
    const r = await request(url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload });
    await r.body.text();
    if (r.statusCode !== 200) throw new Error(`status ${r.statusCode}`);
    if (i < 300) continue; // warm-up
    times.push(performance.now() - t);
    const own = r.headers['x-poortwachter-overhead-ms'];
    if (typeof own === 'string') reported.push(Number(own));
  }
  return { p50: pct(times, 0.5), p99: pct(times, 0.99), own: reported.length ? pct(reported, 0.5) : undefined };
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const dir = mkdtempSync(join(tmpdir(), 'poortwachter-bench-'));
const upstream = await start(['bench/upstream.ts'], {}, /(http:\/\/\S+)/);
const env = { DATABASE_URL: join(dir, 'bench.db'), PORT: '0', OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: `${upstream}/v1`, POORTWACHTER_CONFIG: '' };
const key = await new Promise<string>((ok) => {
  const c = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'keys', 'create', '--app', 'bench'], { cwd: ROOT, env: { ...process.env, ...env } });
  let out = '';
  c.stdout.on('data', (d: Buffer) => (out += d));
  c.on('exit', () => ok(out.trim().split('\n').at(-1)!));
});
const gateway = await start(['src/main.ts', 'serve'], env, /listens on (http:\/\/\S+)/);

const ask = { model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'Je bent een behulpzame medewerker van de gemeente.' }, { role: 'user', content: 'Hoe vraag ik een nieuw paspoort aan?' }] };
const auth = { authorization: `Bearer ${key}` };
const ms = (v: number) => `${v.toFixed(3)} ms`;
const rows: Record<string, Record<string, string | number>> = {};
const CHAT = '/v1/chat/completions';
const claudeAsk = { model: ask.model, max_tokens: 200, system: ask.messages[0]!.content, messages: [ask.messages[1]!] };
// Each case: through the gateway, against the same upstream call made directly (OpenAI format).
const cases = [
  { label: 'openai door, json', path: CHAT, body: ask, direct: ask },
  { label: 'openai door, stream', path: CHAT, body: { ...ask, stream: true }, direct: { ...ask, stream: true } },
  { label: 'anthropic door, json', path: '/v1/messages', body: claudeAsk, direct: ask },
  { label: 'anthropic door, stream', path: '/v1/messages', body: { ...claudeAsk, stream: true }, direct: { ...ask, stream: true } },
];
for (const { label, path, body, direct: directBody } of cases) {
  const direct = await latency(upstream, CHAT, directBody, auth);
  const through = await latency(gateway, path, body, auth);
  const directRps = await throughput(`direct ${label}`, upstream, CHAT, directBody, auth);
  const gatewayRps = await throughput(`gateway ${label}`, gateway, path, body, auth);
  rows[label] = {
    'direct p50': ms(direct.p50), 'gateway p50': ms(through.p50), 'added p50': ms(through.p50 - direct.p50),
    'added p99': ms(through.p99 - direct.p99), 'own overhead p50 (header)': through.own === undefined ? '-' : ms(through.own),
    [`direct req/s (c${connections})`]: Math.round(directRps), [`gateway req/s (c${connections})`]: Math.round(gatewayRps),
    'gateway/direct req/s': `${((gatewayRps / directRps) * 100).toFixed(1)}%`,
  };
}
console.log(`\n${SEQUENTIAL} sequential requests for latency; ${seconds} s at concurrency ${connections} for throughput; node ${process.version}`);
console.table(rows);
process.exit(0);
