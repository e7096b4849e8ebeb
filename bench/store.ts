/**
 * Store benchmark (SQLite, WAL, synchronous=NORMAL):
 *  - record write throughput: interactions appended to the hash chain one transaction each, as the gateway does;
 *  - dashboard aggregates over BENCH_ROWS (default 1,000,000) seeded interactions spread over a year:
 *    each aggregate for the last 30 days by day and for the whole year by month, median of 5 runs;
 *  - an interactions page with filters, a streamed-export page, and a full chain verification.
 *
 *   npx tsx bench/store.ts                 (BENCH_ROWS=200000 for a quicker run)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAggregates, type AggregateQuery } from '../src/oversight/aggregates.js';
import { createMeter } from '../src/oversight/cost.js';
import { whereSql } from '../src/oversight/filters.js';
import { verifyChains } from '../src/oversight/verify.js';
import { loadPolicy } from '../src/policy/index.js';
import { configFileSchema } from '../src/config/schema.js';
import { closeDatabase, openDatabase } from '../src/store/database.js';
import { createInteractionStore, type RecordInput } from '../src/store/interactions.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const WRITES = Number(process.env.BENCH_WRITES ?? 20_000);
const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'poortwachter-bench-store-'));
const policy = loadPolicy(join(import.meta.dirname, '../policies/examples'));
const oversight = configFileSchema.parse({ oversight: { prices: { default: { input: 0.15, output: 0.6 } }, energy: { grid_g_co2e_per_kwh: 300, grid_source: 'bench' } } }).oversight;

// A deterministic pseudo-random sequence, so runs are comparable.
let state = 42;
const rand = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

const useCases = [...policy.useCases.keys()];
const departments = Array.from({ length: 30 }, (_, i) => `Afdeling ${i + 1}`);
const models = ['gpt-4o-mini', 'gpt-4o', 'mistral-large', 'claude-sonnet', 'llama-3-70b'];
const rules = policy.rules.map((r) => r.id);
const piiTypes = ['PERSOON', 'EMAIL', 'TELEFOON', 'ADRES', 'POSTCODE', 'IBAN'];
/**
 * As a municipality looks: 400 app keys, each of one app (40) in one department, acting under one to three
 * use cases with one or two models; 2,000 staff users, each behind one key. Usage is spread over the year.
 */
const keys = Array.from({ length: 400 }, (_, k) => ({
  id: `key-${k}`, app: `app-${k % 40}`, department: departments[k % 30]!,
  useCases: Array.from({ length: 1 + (k % 3) }, (_, j) => useCases[(k + j * 3) % useCases.length]!),
  models: [models[k % 5]!, models[(k + 1) % 5]!],
}));

function row(i: number, startedAt: Date): RecordInput {
  const user = Math.floor(rand() * 2000);
  const key = keys[user % 400]!;
  const outcomeDraw = rand();
  const outcome = outcomeDraw < 0.9 ? 'ok' : outcomeDraw < 0.95 ? 'blocked' : outcomeDraw < 0.98 ? 'error' : 'cancelled';
  const prompt = 50 + Math.floor(rand() * 2000);
  const completion = outcome === 'ok' ? 20 + Math.floor(rand() * 800) : 0;
  const latency = Math.exp(5 + rand() * 2.5);
  const receipt: Record<string, { count: number; operator: string }> = {};
  if (rand() < 0.3) for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) receipt[pick(piiTypes)] = { count: 1 + Math.floor(rand() * 3), operator: 'pseudonymise' };
  const blockedRule = outcome === 'blocked' ? pick(rules) : undefined;
  const at = startedAt.toISOString();
  const model = rand() < 0.8 ? key.models[0]! : key.models[1]!;
  return {
    id: `chatcmpl-bench${i}`, startedAt: at, endedAt: new Date(startedAt.getTime() + latency).toISOString(), door: 'openai', keyId: key.id,
    app: key.app, department: key.department, useCase: pick(key.useCases), policyVersion: policy.version, modelRequested: model, modelUsed: model,
    provider: 'azure-eu', stream: rand() < 0.5, status: outcome === 'ok' ? 200 : 403, outcome, errorCode: null, latencyMs: latency, upstreamMs: latency * 0.95,
    overheadMs: latency * 0.05, promptTokens: prompt, completionTokens: completion, totalTokens: prompt + completion,
    decision: JSON.stringify({ action: blockedRule ? 'block' : 'allow', rules: blockedRule ? [{ id: blockedRule, action: 'block', source: 'bench' }] : [], notices: [] }),
    review: false, piiReceipt: JSON.stringify(receipt), route: null, requestMessages: null, answer: null,
    userPseudonym: rand() < 0.9 ? `pw-user${user}` : null,
  };
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(fn: () => unknown, runs = 5): number {
  fn(); // warm the statement cache and the page cache
  const times = Array.from({ length: runs }, () => {
    const t = process.hrtime.bigint();
    fn();
    return ms(t);
  });
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

// 1. Write throughput: one IMMEDIATE transaction per record, as on the request path.
{
  const db = openDatabase(join(dir, 'writes.db'));
  const store = createInteractionStore(db, { meter: createMeter(oversight), regionOf: () => 'eu', contentStorageOf: () => 'pseudonymised' });
  const now = Date.now();
  const rows = Array.from({ length: WRITES }, (_, i) => ({ ...row(i, new Date(now)), requestMessages: JSON.stringify([{ role: 'user', content: 'Schrijf een korte brief aan [PERSOON_1] over de aanvraag.' }]), answer: 'Beste [PERSOON_1], ...' }));
  const t = process.hrtime.bigint();
  for (const r of rows) store.record(r);
  const elapsed = ms(t);
  console.log(`record (hash chain, one transaction each): ${WRITES} in ${elapsed.toFixed(0)} ms → ${Math.round(WRITES / (elapsed / 1000))} records/s, ${((elapsed * 1000) / WRITES).toFixed(1)} µs each`);
  closeDatabase(db);
}

// 2. Seed ROWS interactions over the last 365 days (batched in transactions; the chain is built as usual).
const db = openDatabase(join(dir, 'aggregates.db'));
const sqlite = db.$client;
{
  const store = createInteractionStore(db, { meter: createMeter(oversight), regionOf: () => 'eu' });
  const end = Date.now();
  const t = process.hrtime.bigint();
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) store.record(row(i, new Date(end - 365 * DAY + (i / ROWS) * 365 * DAY)));
  });
  for (let i = 0; i < ROWS; i += 20_000) batch.immediate(i, Math.min(ROWS, i + 20_000));
  store.settleRollups(); // the rollups of records are added in batches just after them
  // Feedback on 5% of interactions.
  const fb = sqlite.prepare("INSERT INTO feedback (id, interaction_id, giver, key_id, helpful, reasons, created_at, updated_at) VALUES (?, ?, ?, 'k', ?, ?, ?, ?)");
  const reasons = ['onjuist', 'onvolledig', 'niet relevant', 'onveilig of ongepast', 'vooringenomen', 'anders'];
  sqlite.transaction(() => {
    for (let i = 0; i < ROWS; i += 20) {
      const helpful = rand() < 0.7;
      const at = new Date(end - 365 * DAY + (i / ROWS) * 365 * DAY).toISOString();
      fb.run(`fb${i}`, `chatcmpl-bench${i}`, `pw-user${i % 2000}`, helpful ? 1 : 0, JSON.stringify(helpful ? [] : [pick(reasons)]), at, at);
    }
  })();
  sqlite.exec('ANALYZE');
  const count = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  console.log(`seeded ${ROWS} interactions (+${ROWS / 20} feedback) in ${(ms(t) / 1000).toFixed(1)} s; rollup rows: daily ${count('rollup_daily')}, latency ${count('rollup_latency')}, pii ${count('rollup_pii')}, people ${count('rollup_people')}`);
}

// 3. Aggregates.
const aggregates = createAggregates(sqlite, () => policy);
const now = Date.now();
const ranges = [
  { name: 'last 30 days, by day', filter: { from: new Date(now - 30 * DAY).toISOString() }, bucket: 'day' as const },
  { name: 'whole year, by month', filter: { from: new Date(now - 366 * DAY).toISOString() }, bucket: 'month' as const },
];
const kinds = [
  ['usage', undefined], ['usage', 'department'], ['usage', 'use_case'], ['latency', undefined], ['latency', 'app'], ['feedback', undefined], ['blocks', undefined], ['pii', undefined],
] as const;
const results: { range: string; aggregate: string; ms: number }[] = [];
for (const range of ranges) {
  for (const [kind, groupBy] of kinds) {
    const q: AggregateQuery = { filter: range.filter, bucket: range.bucket, groupBy, minGroupSize: 5 };
    const t = median(() => aggregates[kind](q));
    results.push({ range: range.name, aggregate: `${kind}${groupBy ? ` by ${groupBy}` : ''}`, ms: Math.round(t * 10) / 10 });
  }
}
console.table(results);

// 4. Interactions page, export page, chain verification.
{
  const { sql, params } = whereSql({ use_case: useCases[0], outcome: 'blocked', from: new Date(now - 90 * DAY).toISOString() });
  const page = sqlite.prepare(`SELECT * FROM interactions i WHERE ${sql} ORDER BY i.seq DESC LIMIT 50`);
  console.log(`interactions page (use case + outcome + 90 days, 50 rows): ${median(() => page.all(params)).toFixed(1)} ms`);
  const exportPage = sqlite.prepare('SELECT * FROM interactions i WHERE 1 AND i.seq < @before ORDER BY i.seq DESC LIMIT 1000');
  console.log(`export page (1000 rows): ${median(() => exportPage.all({ before: ROWS / 2 })).toFixed(1)} ms`);
  const t = process.hrtime.bigint();
  const report = verifyChains(sqlite);
  console.log(`audit verify over ${report.interactions.records} records: ${(ms(t) / 1000).toFixed(1)} s, ok=${report.ok}`);
}
closeDatabase(db);
