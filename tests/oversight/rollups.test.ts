import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/store/database.js';
import { createInteractionStore } from '../../src/store/interactions.js';
import { createAggregates } from '../../src/oversight/aggregates.js';
import { purge } from '../../src/oversight/retention.js';
import { createRollups } from '../../src/store/rollups.js';
import { ask, client, setup, type Setup } from './helpers.js';

let s: Setup;
beforeAll(async () => {
  s = await setup();
});
afterAll(() => s.close());

const dump = () => {
  s.gw.ctx.interactions.settleRollups();
  const db = s.gw.ctx.db.$client;
  return ['rollup_daily', 'rollup_latency', 'rollup_pii', 'rollup_people'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3, 4, 5, 6, 7`).all());
};

describe('rollups after a hard stop', () => {
  it('a process that stopped before writing its queued rollups is caught up at the next start', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rollups-')), 'r.db');
    const first = openDatabase(path);
    const store = createInteractionStore(first);
    for (let i = 0; i < 3; i++) store.record(row(`r-${i}`));
    first.$client.close(); // as a SIGKILL would: the queued batch never ran
    const second = openDatabase(path);
    createInteractionStore(second); // catches up at start
    expect(second.$client.prepare("SELECT sum(interactions) FROM rollup_daily WHERE day < 'M'").pluck().get()).toBe(3);
    expect(second.$client.prepare('SELECT seq FROM rollup_state').pluck().get()).toBe(3);
    closeDatabase(second);
  });
});

function row(id: string) {
  const now = new Date().toISOString();
  return {
    id, startedAt: now, endedAt: now, door: 'openai', keyId: 'k', app: 'a', department: 'd', useCase: null, policyVersion: null,
    modelRequested: 'm', modelUsed: 'm', provider: null, stream: false, status: 200, outcome: 'ok', errorCode: null, latencyMs: 1, upstreamMs: null,
    overheadMs: 1, promptTokens: 1, completionTokens: 1, totalTokens: 2, decision: null, review: false, piiReceipt: null, route: null,
    requestMessages: '[]', answer: 'a', userPseudonym: null,
  };
}

describe('daily rollups behind the dashboards', () => {
  it('added just after each record, equal a rebuild from the records, and give the same figures as the records', async () => {
    const a = client(s.gw, { department: 'A' });
    const b = client(s.gw, { department: 'B', app: 'chatbot' });
    for (let i = 0; i < 6; i++) await ask(a.openai, `Brief aan Jan de Vries nummer ${i}`, {}, i % 2 ? 'algemeen' : 'ok-or');
    for (let i = 0; i < 3; i++) await ask(b.openai, `Vraag ${i}`, {}, 'wmo');
    await ask(b.openai, 'Moet de aanvraag worden toegekend of afgewezen?').catch(() => undefined);
    const incremental = dump();
    createRollups(s.gw.ctx.db.$client).rebuildAll();
    expect(dump()).toEqual(incremental);

    const aggregates = createAggregates(s.gw.ctx.db.$client, () => s.gw.ctx.gateway.policy.current());
    const q = { filter: { from: new Date(Date.now() - 86_400_000).toISOString() }, bucket: 'month' as const, groupBy: 'use_case' as const, minGroupSize: 1 };
    const fromRollups = aggregates.usage(q);
    // A rule filter that matches nothing forces the records path; compare per use case with the records' own sums.
    const raw = s.gw.ctx.db.$client.prepare("SELECT use_case AS \"group\", count(*) AS interactions, sum(total_tokens) AS total_tokens, sum(outcome = 'blocked') AS blocked FROM interactions GROUP BY use_case ORDER BY use_case").all();
    expect((fromRollups as any).data.map((r: any) => ({ group: r.group, interactions: r.interactions, total_tokens: r.total_tokens, blocked: r.blocked }))).toEqual(raw);
  });

  it('follow a purge: deleted records leave the rollups', async () => {
    const c = client(s.gw);
    await ask(c.openai, 'Oude vraag', {}, 'geheim');
    s.gw.ctx.interactions.settleRollups();
    const before = s.gw.ctx.db.$client.prepare("SELECT sum(interactions) FROM rollup_daily WHERE use_case = 'geheim' AND day < 'M'").pluck().get() as number;
    expect(before).toBeGreaterThan(0);
    purge(s.gw.ctx.db, s.gw.ctx.events, s.gw.ctx.gateway.policy.current(), { trigger: 'cli', actor: 'test', now: new Date(Date.now() + 31 * 86_400_000) });
    expect(s.gw.ctx.db.$client.prepare("SELECT count(*) FROM rollup_daily WHERE use_case = 'geheim'").pluck().get()).toBe(0);
    expect(s.gw.ctx.db.$client.prepare("SELECT count(*) FROM rollup_people WHERE use_case = 'geheim'").pluck().get()).toBe(0);
    const remaining = s.gw.ctx.db.$client.prepare("SELECT count(*) FROM interactions WHERE use_case <> 'geheim'").pluck().get();
    expect(s.gw.ctx.db.$client.prepare("SELECT sum(interactions) FROM rollup_daily WHERE use_case <> 'geheim' AND day < 'M'").pluck().get()).toBe(remaining);
    expect(s.gw.ctx.db.$client.prepare("SELECT sum(interactions) FROM rollup_daily WHERE use_case <> 'geheim' AND day >= 'M'").pluck().get()).toBe(remaining);
  });
});
