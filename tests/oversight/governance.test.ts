import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonymousId } from '../../src/gateway/upstream-request.js';
import { verifyChains } from '../../src/oversight/verify.js';
import { cli } from '../helpers/cli.js';
import { FAKE_ENV } from '../helpers/gateway.js';
import { ask, call, client, recordFor, setup, type Setup } from './helpers.js';

let s: Setup;
beforeAll(async () => {
  s = await setup();
});
afterAll(() => s.close());

const gov = () => s.governanceKey;

describe('governance API access', () => {
  it('needs a key with the governance role: none 401, an app key 403', async () => {
    const c = client(s.gw);
    expect((await call(s.gw, 'GET', '/v1/governance/interactions', null)).status).toBe(401);
    const app = await call(s.gw, 'GET', '/v1/governance/interactions', c.key);
    expect(app.status).toBe(403);
    expect(app.body.error).toMatchObject({ type: 'permission_error', code: 'governance_role_required' });
    expect((await call(s.gw, 'GET', '/v1/governance/aggregates/usage', c.key)).status).toBe(403);
    expect((await call(s.gw, 'GET', '/v1/governance/interactions', gov())).status).toBe(200);
  });
});

describe('what is kept', () => {
  it('per interaction: times, app, department, use case, model, provider and region, tokens, latencies, decision, receipt, outcome, cost and energy', async () => {
    const c = client(s.gw, { department: 'Sociaal Domein' });
    const answer = await ask(c.openai, 'Schrijf een brief aan Jan de Vries');
    const row = (await call(s.gw, 'GET', `/v1/governance/interactions/${answer.id}`, gov())).body;
    expect(row).toMatchObject({
      id: answer.id, app: 'zaaksysteem', department: 'Sociaal Domein', use_case: 'algemeen', model_requested: 'gpt-test', model_used: 'gpt-test-upstream',
      provider: 'fake', provider_region: 'eu', outcome: 'ok', prompt_tokens: 11, completion_tokens: 7, total_tokens: 18, has_content: true,
      decision: { action: 'allow' }, pii_receipt: { PERSOON: { count: 1, operator: 'pseudonymise' } }, feedback: [], incidents: [],
    });
    expect(row.cost_eur).toBeCloseTo((11 * 1 + 7 * 2) / 1e6, 10);
    expect(row.energy_kwh).toBeCloseTo((11 * 0.00025 + 7 * 0.0006) / 1000, 12);
    expect(row.co2e_grams).toBeCloseTo(row.energy_kwh * 300, 9);
    expect(row).not.toHaveProperty('request_messages');
  });

  it('content is stored pseudonymised (prompt and answer) or, for content_storage none, not at all', async () => {
    const c = client(s.gw);
    const kept = await ask(c.openai, 'Schrijf een brief aan Jan de Vries');
    const row = s.gw.ctx.interactions.get(kept.id)!;
    expect(row.requestMessages).toContain('[PERSOON_1]');
    expect(row.requestMessages).not.toContain('Jan de Vries');
    expect(row.answer).toBe('Antwoord op: Schrijf een brief aan [PERSOON_1]');
    const none = await ask(c.openai, 'Schrijf een brief aan Jan de Vries', {}, 'geheim');
    expect(s.gw.ctx.interactions.get(none.id)).toMatchObject({ requestMessages: null, answer: null });
  });
});

describe('interactions, content reads and export', () => {
  it('filters by use case, department, outcome and rule, and pages with a cursor', async () => {
    const c = client(s.gw, { department: 'Filterafdeling' });
    for (let i = 0; i < 5; i++) await ask(c.openai, `Vraag ${i}`);
    await ask(c.openai, 'Beslis of deze aanvraag moet worden toegekend of afgewezen').catch(() => undefined);
    const page1 = (await call(s.gw, 'GET', '/v1/governance/interactions?department=Filterafdeling&limit=2', gov())).body;
    expect(page1.data).toHaveLength(2);
    expect(page1.has_more).toBe(true);
    const page2 = (await call(s.gw, 'GET', `/v1/governance/interactions?department=Filterafdeling&limit=10&cursor=${page1.next_cursor}`, gov())).body;
    expect(page2.data).toHaveLength(4);
    expect(page2.data[0].seq).toBeLessThan(page1.data[1].seq);
    const blocked = (await call(s.gw, 'GET', '/v1/governance/interactions?department=Filterafdeling&outcome=blocked', gov())).body;
    expect(blocked.data).toHaveLength(1);
    const rule = blocked.data[0].decision.rules[0].id;
    const byRule = (await call(s.gw, 'GET', `/v1/governance/interactions?rule=${rule}&department=Filterafdeling`, gov())).body;
    expect(byRule.data.map((r: any) => r.id)).toEqual([blocked.data[0].id]);
    expect((await call(s.gw, 'GET', '/v1/governance/interactions?use_case=geheim&department=Filterafdeling', gov())).body.data).toHaveLength(0);
    expect((await call(s.gw, 'GET', '/v1/governance/interactions?from=gisteren', gov())).status).toBe(400);
  });

  it('reading content needs a stated reason, and the read is recorded (who, when, which, why)', async () => {
    const c = client(s.gw);
    const answer = await ask(c.openai, 'Vat het dossier samen');
    const noReason = await call(s.gw, 'GET', `/v1/governance/interactions/${answer.id}/content`, gov());
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.param).toBe('reason');
    const read = await call(s.gw, 'GET', `/v1/governance/interactions/${answer.id}/content?reason=${encodeURIComponent('Klacht 2026-14 onderzoeken')}`, gov());
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: answer.id, messages: [{ role: 'user', content: 'Vat het dossier samen' }], answer: 'Antwoord op: Vat het dossier samen' });
    const events = (await call(s.gw, 'GET', `/v1/governance/events?kind=content_read&subject=${answer.id}`, gov())).body.data;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'content_read', subject: answer.id, details: { reason: 'Klacht 2026-14 onderzoeken' } });
    expect(events[0].actor).toBe(s.gw.ctx.keys.verify(gov())!.id);
    expect(events[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('exports CSV and JSON Lines (metadata, no content), and records the export', async () => {
    const c = client(s.gw, { department: 'Exportafdeling' });
    const answers = [await ask(c.openai, 'Een, twee'), await ask(c.openai, 'Drie')];
    const csv = await call(s.gw, 'GET', '/v1/governance/export?format=csv&department=Exportafdeling', gov());
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^seq,id,started_at,/);
    expect(lines).toHaveLength(3);
    expect(csv.text).not.toContain('Een, twee');
    const jsonl = await call(s.gw, 'GET', '/v1/governance/export?format=jsonl&department=Exportafdeling', gov());
    const records = jsonl.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.id).sort()).toEqual(answers.map((a) => a.id).sort());
    expect(records[0].decision).toMatchObject({ action: 'allow' });
    expect(s.gw.ctx.events.list({ kind: 'export' }).length).toBeGreaterThanOrEqual(2);
  });
});

describe('aggregates and small-group suppression', () => {
  it('counts, tokens, cost, energy, latency p50/p95, feedback ratio and reasons, blocks per rule, PII per use case', async () => {
    const c = client(s.gw, { department: 'Aggregaten' });
    const a = await ask(c.openai, 'Brief aan Jan de Vries', {}, 'ok-or');
    await ask(c.openai, 'Nog een brief', {}, 'ok-or');
    await call(s.gw, 'POST', '/v1/feedback', c.key, { interaction_id: a.id, rating: 'not_helpful', reasons: ['onjuist'] });
    const q = '?use_case=ok-or&bucket=month';
    const usage = (await call(s.gw, 'GET', `/v1/governance/aggregates/usage${q}`, gov())).body;
    expect(usage.data).toEqual([expect.objectContaining({ interactions: 2, ok: 2, prompt_tokens: 22, completion_tokens: 14, total_tokens: 36 })]);
    expect(usage.data[0].cost_eur).toBeCloseTo(2 * 25 / 1e6, 10);
    expect(usage.data[0].energy_kwh).toBeGreaterThan(0);
    expect(usage.energy_source).toContain('Epoch AI');
    const latency = (await call(s.gw, 'GET', `/v1/governance/aggregates/latency${q}`, gov())).body;
    expect(latency.data[0]).toMatchObject({ count: 2, p50_ms: expect.any(Number), p95_ms: expect.any(Number) });
    const fb = (await call(s.gw, 'GET', `/v1/governance/aggregates/feedback${q}`, gov())).body;
    expect(fb.data[0]).toMatchObject({ feedback: 1, helpful: 0, helpful_ratio: 0, reasons: { onjuist: 1 } });
    const pii = (await call(s.gw, 'GET', `/v1/governance/aggregates/pii${q}`, gov())).body;
    expect(pii.data).toEqual([expect.objectContaining({ use_case: 'ok-or', type: 'PERSOON', found: 1 })]);
    await ask(c.openai, 'Beslis of deze aanvraag moet worden toegekend of afgewezen').catch(() => undefined);
    const blocks = (await call(s.gw, 'GET', '/v1/governance/aggregates/blocks?department=Aggregaten&bucket=week', gov())).body;
    // One person in this department and not agreed: suppressed as a whole.
    expect(blocks).toMatchObject({ suppressed: true });
    const all = (await call(s.gw, 'GET', '/v1/governance/aggregates/blocks?bucket=week', gov())).body;
    expect(all.data.some((r: any) => r.rule === 'geen-besluiten' && r.blocked >= 1)).toBe(true);
  });

  it('breakdowns by department with fewer than min_group_size people are suppressed, unless the works council agreed', async () => {
    const many = Array.from({ length: 5 }, () => client(s.gw, { department: 'Grote Afdeling', app: 'groot' }));
    const few = [client(s.gw, { department: 'Kleine Afdeling', app: 'klein' })];
    for (const c of [...many, ...few]) await ask(c.openai, 'Vraag', {}, 'algemeen');
    const body = (await call(s.gw, 'GET', '/v1/governance/aggregates/usage?group_by=department&bucket=month&use_case=algemeen', gov())).body;
    const big = body.data.find((r: any) => r.group === 'Grote Afdeling');
    const small = body.data.find((r: any) => r.group === 'Kleine Afdeling');
    expect(big).toMatchObject({ interactions: 5 });
    expect(small).toMatchObject({ suppressed: true });
    expect(small).not.toHaveProperty('interactions');
    expect(JSON.stringify(body)).not.toContain('"people"');
    // Filtering to the small department does not get around it.
    expect((await call(s.gw, 'GET', '/v1/governance/aggregates/usage?department=Kleine%20Afdeling', gov())).body).toMatchObject({ suppressed: true });
    // The same small group under a use case whose works council agreed is shown.
    await ask(few[0]!.openai, 'Vraag', {}, 'ok-or');
    const agreed = (await call(s.gw, 'GET', '/v1/governance/aggregates/usage?group_by=department&bucket=month&use_case=ok-or', gov())).body;
    expect(agreed.data.find((r: any) => r.group === 'Kleine Afdeling')).toMatchObject({ interactions: 1 });
    const byApp = (await call(s.gw, 'GET', '/v1/governance/aggregates/latency?group_by=app&bucket=month&use_case=algemeen', gov())).body;
    expect(byApp.data.find((r: any) => r.group === 'klein')).toMatchObject({ suppressed: true });
    expect(byApp.data.find((r: any) => r.group === 'groot')).toMatchObject({ count: 5 });
  });
});

describe('data-subject requests', () => {
  it('finds, exports and erases the content of one user\'s records (API and CLI); the chain stays valid', async () => {
    const c = client(s.gw);
    const pseudonym = pseudonymousId(c.keyId, 'inwoner-42');
    const ids = [recordFor(s.gw, c.keyId, pseudonym, 'Mijn vraag één'), recordFor(s.gw, c.keyId, pseudonym, 'Mijn vraag twee')];
    const otherId = recordFor(s.gw, c.keyId, pseudonymousId(c.keyId, 'inwoner-43'), 'Iemand anders');
    await call(s.gw, 'POST', '/v1/feedback', c.key, { interaction_id: ids[0], rating: 'helpful', comment: 'Prima', user: 'inwoner-42' });

    const found = (await call(s.gw, 'GET', `/v1/governance/subjects/records?user=inwoner-42&key_id=${c.keyId}`, gov())).body;
    expect(found.pseudonym).toBe(pseudonym);
    expect(found.interactions.map((i: any) => i.id).sort()).toEqual([...ids].sort());
    expect(found.feedback).toHaveLength(1);
    const exported = await call(s.gw, 'GET', `/v1/governance/subjects/export?pseudonym=${pseudonym}`, gov());
    const lines = exported.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.kind === 'interaction')).toHaveLength(2);
    expect(lines.find((l) => l.kind === 'interaction').request_messages).toContain('Mijn vraag');

    const erased = (await call(s.gw, 'POST', '/v1/governance/subjects/erase', gov(), { pseudonym, reason: 'AVG art. 17 verzoek 2026-07' })).body;
    expect(erased).toMatchObject({ contentErased: 2, feedbackCommentsErased: 1, heldBack: 0 });
    for (const id of ids) expect(s.gw.ctx.interactions.get(id)).toMatchObject({ requestMessages: null, answer: null, contentErasedReason: 'data_subject_request' });
    expect(s.gw.ctx.interactions.get(otherId)!.requestMessages).not.toBeNull();
    const events = s.gw.ctx.events.list({ kind: 'content_erased', subject: pseudonym });
    expect(JSON.parse(events[0]!.details)).toMatchObject({ reason: 'AVG art. 17 verzoek 2026-07', content_erased: 2 });
    expect(verifyChains(s.gw.ctx.db.$client)).toMatchObject({ ok: true });

    const env = { DATABASE_URL: `${s.gw.dir}/gateway.db`, POORTWACHTER_CONFIG: `${s.gw.dir}/poortwachter.yaml`, ...FAKE_ENV };
    const cliFind = cli(['dsr', 'find', '--user', 'inwoner-42', '--key', c.keyId], env);
    expect(cliFind.code).toBe(0);
    expect(cliFind.stdout).toContain(ids[0]);
    expect(cliFind.stdout).toContain('inhoud gewist');
    expect(cli(['dsr', 'export', '--pseudonym', pseudonym], env).stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(cli(['dsr', 'erase', '--pseudonym', pseudonym], env).code).toBe(2); // reason required
    const third = recordFor(s.gw, c.keyId, pseudonym, 'Nog een vraag');
    const cliErase = cli(['dsr', 'erase', '--pseudonym', pseudonym, '--reason', 'verzoek 2026-08'], env);
    expect(cliErase.code).toBe(0);
    expect(s.gw.ctx.interactions.get(third)!.requestMessages).toBeNull();
    expect(cli(['audit', 'verify'], env).code).toBe(0);
  }, 60_000);

  it('a legal hold keeps the content of a data subject\'s record', async () => {
    const c = client(s.gw);
    const pseudonym = pseudonymousId(c.keyId, 'inwoner-50');
    const held = recordFor(s.gw, c.keyId, pseudonym, 'Bewaren');
    await call(s.gw, 'POST', '/v1/governance/holds', gov(), { scope: 'interaction', target: held, reason: 'Lopende rechtszaak' });
    const erased = (await call(s.gw, 'POST', '/v1/governance/subjects/erase', gov(), { pseudonym, reason: 'verzoek' })).body;
    expect(erased).toMatchObject({ contentErased: 0, heldBack: 1 });
    expect(s.gw.ctx.interactions.get(held)!.requestMessages).not.toBeNull();
  });
});
