import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChains } from '../../src/oversight/verify.js';
import { cli } from '../helpers/cli.js';
import { ask, client, setup, type Setup } from './helpers.js';

let s: Setup;
beforeAll(async () => {
  s = await setup();
});
afterAll(() => s.close());

/** A fresh gateway database with `n` interactions recorded through the SDK; returns its path and ids. */
async function recorded(n: number) {
  const { openai } = client(s.gw);
  const ids: string[] = [];
  // Concurrent: requests completing at the same moment must still form one chain.
  const answers = await Promise.all(Array.from({ length: n }, (_, i) => ask(openai, `Vraag ${i}: hoe vraag ik een paspoort aan?`)));
  for (const a of answers) ids.push(a.id);
  return ids;
}

function copyDb(): string {
  const path = join(s.gw.dir, `copy-${Math.random().toString(36).slice(2)}.db`);
  s.gw.ctx.db.$client.pragma('wal_checkpoint(FULL)');
  s.gw.ctx.db.$client.exec(`VACUUM INTO '${path}'`);
  return path;
}

function tamper(sql: string, ...params: unknown[]) {
  const path = copyDb();
  const db = new Database(path);
  db.prepare(sql).run(...params);
  const report = verifyChains(db);
  db.close();
  return { path, report };
}

const seqOf = (id: string) => s.gw.ctx.interactions.get(id)!.seq!;

describe('the interaction hash chain', () => {
  it('links every record, also when 40 requests complete at once, and verifies (CLI exit 0)', async () => {
    const ids = await recorded(40);
    const rows = s.gw.ctx.db.$client.prepare('SELECT seq, prev_hash, hash FROM interactions ORDER BY seq').all() as { seq: number; prev_hash: string; hash: string }[];
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(new Set(ids.map(seqOf)).size).toBe(40);
    expect(verifyChains(s.gw.ctx.db.$client).ok).toBe(true);
    const run = cli(['audit', 'verify'], { DATABASE_URL: copyDb() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('OK');
  });

  it('a changed field is detected and the record named (CLI exit 1)', async () => {
    const [, victim] = await recorded(3);
    const { path, report } = tamper('UPDATE interactions SET outcome = ? WHERE id = ?', 'blocked', victim);
    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ chain: 'interactions', kind: 'changed', id: victim });
    const run = cli(['audit', 'verify'], { DATABASE_URL: path });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(victim);
  });

  it('changed tokens, cost or timestamps are detected too', async () => {
    const [victim] = await recorded(1);
    for (const change of ['total_tokens = total_tokens + 1', 'cost_eur = 0', "started_at = '2020-01-01T00:00:00.000Z'", "user_pseudonym = 'pw-other'"]) {
      expect(tamper(`UPDATE interactions SET ${change} WHERE id = ?`, victim).report.problem).toMatchObject({ kind: 'changed', id: victim });
    }
  });

  it('a removed record is detected and located by position', async () => {
    const ids = await recorded(3);
    const victim = seqOf(ids[1]!);
    const { report } = tamper('DELETE FROM interactions WHERE seq = ?', victim);
    expect(report.problem).toMatchObject({ kind: 'removed', seq: victim + 1 });
    expect(report.problem!.message).toContain(`seq ${victim}`);
  });

  it('removing the newest record is detected against the chain head', async () => {
    await recorded(2);
    const last = s.gw.ctx.interactions.head().seq;
    const { report } = tamper('DELETE FROM interactions WHERE seq = ?', last);
    expect(report.problem).toMatchObject({ kind: 'removed', seq: last });
  });

  it('reordered records are detected', async () => {
    const ids = await recorded(3);
    const [a, b] = [seqOf(ids[0]!), seqOf(ids[1]!)].sort((x, y) => x - y);
    const path = copyDb();
    const db = new Database(path);
    // Swap the positions of two records (via a free seq, the column is unique).
    db.prepare('UPDATE interactions SET seq = -1 WHERE seq = ?').run(a);
    db.prepare('UPDATE interactions SET seq = ? WHERE seq = ?').run(a, b);
    db.prepare('UPDATE interactions SET seq = ? WHERE seq = -1').run(b);
    const report = verifyChains(db);
    db.close();
    expect(report.problem).toMatchObject({ kind: 'reordered', seq: a });
  });

  it('changed content is detected through content_hash', async () => {
    const [victim] = await recorded(1);
    const { report } = tamper("UPDATE interactions SET answer = 'iets anders' WHERE id = ?", victim);
    expect(report.problem).toMatchObject({ kind: 'content_changed', id: victim });
    // Content nulled without a recorded erasure is not an erasure.
    expect(tamper('UPDATE interactions SET request_messages = NULL, answer = NULL WHERE id = ?', victim).report.problem).toMatchObject({ kind: 'content_changed', id: victim });
  });

  it('a record inserted outside the chain is detected', async () => {
    const [template] = await recorded(1);
    const { report } = tamper(`INSERT INTO interactions (id, started_at, ended_at, door, stream, status, outcome, latency_ms, overhead_ms)
      SELECT 'chatcmpl-fake', started_at, ended_at, door, stream, status, outcome, latency_ms, overhead_ms FROM interactions WHERE id = ?`, template);
    expect(report.problem).toMatchObject({ kind: 'added', id: 'chatcmpl-fake' });
  });

  it('an audit event that was changed is detected', async () => {
    s.gw.ctx.events.append({ kind: 'hold_placed', actor: 'test', subject: 'algemeen', details: { reason: 'x' } });
    const seq = s.gw.ctx.events.head().seq;
    const { report } = tamper("UPDATE audit_events SET actor = 'iemand-anders' WHERE seq = ?", seq);
    expect(report.problem).toMatchObject({ chain: 'audit_events', kind: 'changed', seq });
  });
});

describe('two writer processes', () => {
  it('never fork the chain: each append reads the head inside an IMMEDIATE transaction', async () => {
    const { spawn } = await import('node:child_process');
    const { resolve } = await import('node:path');
    const path = join(s.gw.dir, 'two-writers.db');
    const tsx = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
    const run = (tag: string) => new Promise<number | null>((done) => spawn(tsx, [resolve(import.meta.dirname, 'fixtures/append.ts'), path, '3000', tag], { stdio: 'inherit' }).once('exit', done));
    // Create the schema first so both start on a migrated database.
    expect(await run('init')).toBe(0);
    expect(await Promise.all([run('a'), run('b')])).toEqual([0, 0]);
    const db = new Database(path, { readonly: true });
    const report = verifyChains(db);
    const count = db.prepare('SELECT count(*) AS n FROM interactions').get() as { n: number };
    db.close();
    expect(report.ok).toBe(true);
    expect(count.n).toBe(9000);
    expect(report.interactions.head!.seq).toBe(9000);
    expect(report.events.head!.seq).toBe(9000);
  });
});
