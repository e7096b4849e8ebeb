import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportingDeadline } from '../../src/oversight/deadlines.js';
import { ask, call, client, setup, type Setup } from './helpers.js';

let s: Setup;
beforeAll(async () => {
  s = await setup();
});
afterAll(() => s.close());

const DAY = 86_400_000;

describe('incident reports (meldingen)', () => {
  it('an app reports an incident about its own interaction; description pseudonymised; status nieuw', async () => {
    const c = client(s.gw);
    const answer = await ask(c.openai, 'Schrijf een bericht');
    const res = await call(s.gw, 'POST', '/v1/incidents', c.key, {
      interaction_ids: [answer.id], category: 'persoonsgegevens', severity: 'hoog', description: 'Het antwoord noemde Jan de Vries uit de Dorpsstraat 12 in Utrecht',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ object: 'incident', status: 'nieuw', category: 'persoonsgegevens', severity: 'hoog', interaction_ids: [answer.id], use_cases: ['algemeen'], reporting_deadline: null });
    expect(res.body.description).not.toContain('Jan de Vries');
    expect(res.body.history).toEqual([expect.objectContaining({ from: null, to: 'nieuw', by: c.keyId })]);
    const other = client(s.gw, { app: 'ander' });
    expect((await call(s.gw, 'POST', '/v1/incidents', other.key, { interaction_ids: [answer.id], category: 'anders', severity: 'laag', description: 'x' })).status).toBe(403);
    expect((await call(s.gw, 'POST', '/v1/incidents', c.key, { interaction_ids: ['chatcmpl-nope'], category: 'anders', severity: 'laag', description: 'x' })).status).toBe(404);
  });

  it('computes the art. 73 deadline for serious incidents: 15 days, 2 for widespread infringement or critical infrastructure, 10 for death', async () => {
    const c = client(s.gw);
    const answer = await ask(c.openai, 'Advies');
    const awareAt = '2026-03-02T09:00:00.000Z';
    const report = (serious_kind: string) => call(s.gw, 'POST', '/v1/incidents', c.key, { interaction_ids: [answer.id], category: 'onveilig_of_schadelijk', severity: 'ernstig', serious_kind, description: 'Ernstig', aware_at: awareAt });
    const expectDays = async (kind: string, days: number) => {
      const res = await report(kind);
      expect(res.status).toBe(201);
      expect(res.body.reporting_deadline).toMatchObject({ days, deadline: new Date(Date.parse(awareAt) + days * DAY).toISOString() });
    };
    await expectDays('grondrechten', 15);
    await expectDays('ernstige_schade_gezondheid', 15);
    await expectDays('wijdverbreide_inbreuk', 2);
    await expectDays('kritieke_infrastructuur', 2);
    await expectDays('overlijden', 10);
    expect(reportingDeadline('hoog', null, awareAt)).toBeNull();
    const missingKind = await call(s.gw, 'POST', '/v1/incidents', c.key, { interaction_ids: [answer.id], category: 'anders', severity: 'ernstig', description: 'x' });
    expect(missingKind.status).toBe(400);
    expect(missingKind.body.error.param).toBe('serious_kind');
  });

  it('governance moves it nieuw → in_behandeling → afgehandeld with who and when; other moves are refused; reclassifying moves the deadline', async () => {
    const c = client(s.gw);
    const answer = await ask(c.openai, 'Vraag');
    const created = (await call(s.gw, 'POST', '/v1/incidents', c.key, { interaction_ids: [answer.id], category: 'onjuist_antwoord', severity: 'middel', description: 'Fout antwoord' })).body;
    const gov = s.governanceKey;
    expect((await call(s.gw, 'PATCH', `/v1/governance/incidents/${created.id}`, c.key, { status: 'in_behandeling' })).status).toBe(403);
    const working = await call(s.gw, 'PATCH', `/v1/governance/incidents/${created.id}`, gov, { status: 'in_behandeling', note: 'FG kijkt ernaar' });
    expect(working.status).toBe(200);
    expect(working.body.status).toBe('in_behandeling');
    const serious = await call(s.gw, 'PATCH', `/v1/governance/incidents/${created.id}`, gov, { severity: 'ernstig', serious_kind: 'overlijden' });
    expect(serious.body.reporting_deadline.days).toBe(10);
    const done = await call(s.gw, 'PATCH', `/v1/governance/incidents/${created.id}`, gov, { status: 'afgehandeld' });
    expect(done.body.history.map((h: any) => [h.from, h.to])).toEqual([[null, 'nieuw'], ['nieuw', 'in_behandeling'], ['in_behandeling', 'afgehandeld']]);
    expect(done.body.history[1]).toMatchObject({ note: 'FG kijkt ernaar', by: expect.any(String), at: expect.stringMatching(/^\d{4}-/) });
    const back = await call(s.gw, 'PATCH', `/v1/governance/incidents/${created.id}`, gov, { status: 'nieuw' });
    expect(back.status).toBe(400);
    const listed = await call(s.gw, 'GET', '/v1/governance/incidents?status=afgehandeld', gov);
    expect(listed.body.data.map((i: any) => i.id)).toContain(created.id);
    expect(s.gw.ctx.events.list({ kind: 'incident_status', subject: created.id })).toHaveLength(2);
  });

  it('a governance call suspends the use case from the incident: new requests are refused until it is resumed', async () => {
    const c = client(s.gw);
    const answer = await ask(c.openai, 'Verslag', {}, 'wmo');
    const incident = (await call(s.gw, 'POST', '/v1/incidents', c.key, { interaction_ids: [answer.id], category: 'discriminatie_of_vooringenomenheid', severity: 'hoog', description: 'Vooringenomen verslag' })).body;
    expect(incident.use_cases).toEqual(['wmo']);
    const suspended = await call(s.gw, 'POST', `/v1/governance/incidents/${incident.id}/suspend`, s.governanceKey, { reason: 'Vooringenomenheid onderzoeken' });
    expect(suspended.status).toBe(201);
    expect(suspended.body.data[0]).toMatchObject({ use_case: 'wmo', incident_id: incident.id, lifted_at: null });

    const refused = await ask(c.openai, 'Nog een verslag', {}, 'wmo').catch((e) => e);
    expect(refused.status).toBe(403);
    expect(refused.code).toBe('use_case_suspended');
    // Other use cases go on.
    expect((await ask(c.openai, 'Algemene vraag', {}, 'algemeen')).choices[0]!.message.content).toContain('Algemene vraag');

    const resumed = await call(s.gw, 'POST', '/v1/governance/use-cases/wmo/resume', s.governanceKey, { reason: 'Opgelost' });
    expect(resumed.body).toEqual({ use_case: 'wmo', lifted: 1 });
    expect((await ask(c.openai, 'Weer een verslag', {}, 'wmo')).id).toMatch(/^chatcmpl-/);
    const kinds = s.gw.ctx.events.list({ subject: 'wmo' }).map((e) => e.kind);
    expect(kinds).toEqual(['use_case_resumed', 'use_case_suspended']);
  });

  it('a suspension made by another process (the database) takes effect for new requests too', async () => {
    const c = client(s.gw);
    const Database = (await import('better-sqlite3')).default;
    const other = new Database(`${s.gw.dir}/gateway.db`);
    other.prepare("INSERT INTO suspensions (id, use_case, suspended_at, suspended_by, reason) VALUES ('x1', 'ok-or', ?, 'cli', 'test')").run(new Date().toISOString());
    const refused = await ask(c.openai, 'Vraag', {}, 'ok-or').catch((e) => e);
    expect(refused.code).toBe('use_case_suspended');
    other.prepare("UPDATE suspensions SET lifted_at = ? WHERE id = 'x1'").run(new Date().toISOString());
    other.close();
    expect((await ask(c.openai, 'Vraag', {}, 'ok-or')).id).toMatch(/^chatcmpl-/);
  });
});
