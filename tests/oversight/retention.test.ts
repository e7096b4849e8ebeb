import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHoldStore } from '../../src/oversight/holds.js';
import { purge } from '../../src/oversight/retention.js';
import { verifyChains } from '../../src/oversight/verify.js';
import type { AppContext } from '../../src/routes/context.js';
import { createIncidentStore } from '../../src/store/incidents.js';
import { cli } from '../helpers/cli.js';
import { FAKE_ENV } from '../helpers/gateway.js';
import { setup, type Setup } from './helpers.js';

let s: Setup;
let ctx: AppContext;
beforeAll(async () => {
  s = await setup();
  ctx = s.gw.ctx;
});
afterAll(() => s.close());

const DAY = 86_400_000;
let n = 0;
/** Records an interaction that started `daysAgo` days before `now`. */
function old(useCase: string | null, daysAgo: number, now: Date) {
  const id = `chatcmpl-old${n++}`;
  const at = new Date(now.getTime() - daysAgo * DAY).toISOString();
  ctx.interactions.record({
    id, startedAt: at, endedAt: at, door: 'openai', keyId: 'k', app: 'a', department: 'd', useCase, policyVersion: 'v', modelRequested: 'gpt-test',
    modelUsed: 'gpt-test', provider: 'fake', stream: false, status: 200, outcome: 'ok', errorCode: null, latencyMs: 10, upstreamMs: 8, overheadMs: 2,
    promptTokens: 5, completionTokens: 5, totalTokens: 10, decision: null, review: false, piiReceipt: '{}', route: null,
    requestMessages: JSON.stringify([{ role: 'user', content: 'Schrijf een brief aan [PERSOON_1]' }]), answer: 'Beste [PERSOON_1], ...', userPseudonym: null,
  });
  return id;
}
const row = (id: string) => ctx.interactions.get(id);
const run = (now: Date) => purge(ctx.db, ctx.events, ctx.gateway.policy.current(), { trigger: 'cli', actor: 'test', now });

describe('retention per use case', () => {
  it('erases content after content_days and deletes metadata after metadata_days; the chain still verifies', () => {
    const now = new Date(Date.now() + 1000 * DAY); // beyond everything recorded by other tests
    const fresh = old('algemeen', 10, now); // within both terms
    const contentDue = old('algemeen', 40, now); // content (30 d) due, metadata (365 d) not
    const gone = old('algemeen', 400, now); // metadata due
    const wmoKept = old('wmo', 100, now); // high-risk: metadata kept 183 days, content 7
    const wmoGone = old('wmo', 200, now);
    const between = old('algemeen', 5, now);

    const result = run(now);
    expect(result.metadataDeleted).toBeGreaterThanOrEqual(2);
    expect(row(fresh)!.requestMessages).not.toBeNull();
    expect(row(contentDue)).toMatchObject({ requestMessages: null, answer: null, contentErasedReason: 'retention' });
    expect(row(contentDue)!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row(gone)).toBeUndefined();
    expect(row(wmoKept)).toMatchObject({ requestMessages: null, contentErasedReason: 'retention' });
    expect(row(wmoGone)).toBeUndefined();
    expect(row(between)).toBeDefined();

    // Deleted records leave tombstones in the chain; the purge is recorded and seals them.
    const tombstones = ctx.db.$client.prepare('SELECT count(*) AS n FROM interaction_tombstones WHERE purge_id = ?').get(result.id) as { n: number };
    expect(tombstones.n).toBe(result.metadataDeleted);
    const event = ctx.events.list({ kind: 'purge', subject: result.id })[0]!;
    expect(JSON.parse(event.details)).toMatchObject({ metadata_deleted: result.metadataDeleted, content_erased: result.contentErased, trigger: 'cli' });
    expect(ctx.db.$client.prepare('SELECT trigger, metadata_deleted FROM purges WHERE id = ?').get(result.id)).toEqual({ trigger: 'cli', metadata_deleted: result.metadataDeleted });
    expect(verifyChains(ctx.db.$client)).toMatchObject({ ok: true });
  });

  it('a legal hold on a use case or on one interaction, or an open incident, stops deletion; releasing it lets the purge go on', () => {
    const now = new Date(Date.now() + 2000 * DAY);
    const holds = createHoldStore(ctx.db, ctx.events);
    const heldUseCase = old('geheim', 100, now);
    const heldOne = old('algemeen', 500, now);
    const linked = old('algemeen', 500, now);
    const free = old('algemeen', 500, now);
    const ucHold = holds.place({ scope: 'use_case', target: 'geheim', reason: 'Bezwaarprocedure', by: 'test' });
    const oneHold = holds.place({ scope: 'interaction', target: heldOne, reason: 'WOO-verzoek', by: 'test' });
    const incident = createIncidentStore(ctx.db, ctx.events).create({
      reporterKeyId: 'k', reporterUser: null, category: 'onjuist_antwoord', severity: 'laag', seriousKind: null, description: 'x', descriptionReceipt: null, interactionIds: [linked], useCases: ['algemeen'],
    });

    const first = run(now);
    expect(row(heldUseCase)).toBeDefined();
    expect(row(heldOne)).toBeDefined();
    expect(row(heldOne)!.requestMessages).not.toBeNull(); // content is held too
    expect(row(linked)).toBeDefined();
    expect(row(free)).toBeUndefined();
    expect(first.heldBack).toBeGreaterThanOrEqual(3);

    holds.release(ucHold.id, 'test');
    holds.release(oneHold.id, 'test');
    createIncidentStore(ctx.db, ctx.events).transition(incident.id, 'afgehandeld', 'test', 'opgelost');
    run(now);
    expect(row(heldUseCase)).toBeUndefined();
    expect(row(heldOne)).toBeUndefined();
    expect(row(linked)).toBeUndefined();
    expect(verifyChains(ctx.db.$client).ok).toBe(true);
    const kinds = ctx.events.list({ limit: 1000 }).map((e) => e.kind);
    expect(kinds).toContain('hold_placed');
    expect(kinds).toContain('hold_released');
  });

  it('a tombstone removed or forged afterwards is detected', () => {
    const now = new Date(Date.now() + 3000 * DAY);
    old('algemeen', 400, now);
    old('algemeen', 400, now);
    run(now);
    old('algemeen', 0, new Date()); // a living record after the tombstones
    ctx.db.$client.pragma('wal_checkpoint(FULL)');
    const path = `${s.gw.dir}/tomb-${Date.now()}.db`;
    ctx.db.$client.exec(`VACUUM INTO '${path}'`);
    const db = new Database(path);
    const last = db.prepare('SELECT seq, purge_id FROM interaction_tombstones ORDER BY seq DESC LIMIT 1').get() as { seq: number; purge_id: string };
    // Forge: turn a living record into a "tombstone" of that purge.
    const victim = db.prepare('SELECT seq, prev_hash, hash FROM interactions ORDER BY seq DESC LIMIT 1').get() as { seq: number; prev_hash: string; hash: string };
    db.prepare('DELETE FROM interactions WHERE seq = ?').run(victim.seq);
    db.prepare('INSERT INTO interaction_tombstones VALUES (?, ?, ?, ?)').run(victim.seq, victim.prev_hash, victim.hash, last.purge_id);
    expect(verifyChains(db).problem).toMatchObject({ kind: 'tombstone' });
    db.close();
  });

  it('`purge` on the CLI applies the terms and records the purge; --dry-run changes nothing', () => {
    const env = { DATABASE_URL: `${s.gw.dir}/gateway.db`, POORTWACHTER_CONFIG: `${s.gw.dir}/poortwachter.yaml`, ...FAKE_ENV };
    const dry = cli(['purge', '--dry-run', '--json'], env);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true });
    const real = cli(['purge'], env);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/Purge [0-9a-f-]{36} vastgelegd/);
    const hold = cli(['hold', 'place', '--use-case', 'wmo', '--reason', 'Onderzoek'], env);
    expect(hold.code).toBe(0);
    expect(cli(['hold', 'list'], env).stdout).toContain('use_case=wmo');
    expect(cli(['hold', 'release', hold.lastLine], env).code).toBe(0);
    expect(cli(['audit', 'verify'], env).code).toBe(0);
  }, 60_000);
});

describe('the purge schedule', () => {
  it('runs the purge on its interval (unref\'d timer), recorded with trigger "schedule"', async () => {
    const { startPurgeSchedule } = await import('../../src/oversight/schedule.js');
    const lines: string[] = [];
    const stop = startPurgeSchedule({ ...ctx, config: { ...ctx.config, oversight: { ...ctx.config.oversight, purge_interval_minutes: 0.001 } } }, (l) => lines.push(l));
    try {
      const until = Date.now() + 5000;
      while (!ctx.db.$client.prepare("SELECT 1 FROM purges WHERE trigger = 'schedule'").get() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    } finally {
      stop();
    }
    expect(ctx.db.$client.prepare("SELECT count(*) FROM purges WHERE trigger = 'schedule'").pluck().get()).toBeGreaterThan(0);
    expect(verifyChains(ctx.db.$client).ok).toBe(true);
  });
});
