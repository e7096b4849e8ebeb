import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonymousId } from '../../src/gateway/upstream-request.js';
import { ask, call, client, setup, type Setup } from './helpers.js';

let s: Setup;
beforeAll(async () => {
  s = await setup();
});
afterAll(() => s.close());

const BSN = '111222333';

describe('POST /v1/feedback', () => {
  it('accepts a rating with reasons from the fixed list; a later feedback replaces the earlier one', async () => {
    const c = client(s.gw);
    const answer = await ask(c.openai, 'Hoe vraag ik een paspoort aan?');
    const first = await call(s.gw, 'POST', '/v1/feedback', c.key, { interaction_id: answer.id, rating: 'not_helpful', reasons: ['onjuist', 'onvolledig'] });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ object: 'feedback', interaction_id: answer.id, rating: 'not_helpful', reasons: ['onjuist', 'onvolledig'], replaced: false });
    const second = await call(s.gw, 'POST', '/v1/feedback', c.key, { interaction_id: answer.id, helpful: true });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: first.body.id, rating: 'helpful', reasons: [], replaced: true });
    const rows = s.gw.ctx.db.$client.prepare('SELECT helpful, reasons FROM feedback WHERE interaction_id = ?').all(answer.id);
    expect(rows).toEqual([{ helpful: 1, reasons: '[]' }]);
    expect(s.gw.ctx.events.list({ kind: 'feedback', subject: answer.id })).toHaveLength(2);
  });

  it('pseudonymises the comment; a type the use case blocks (BSN) is redacted, not refused; nothing raw is stored', async () => {
    const c = client(s.gw);
    const answer = await ask(c.openai, 'Wat zijn de openingstijden?');
    const res = await call(s.gw, 'POST', '/v1/feedback', c.key, {
      interaction_id: answer.id, rating: 'not_helpful', reasons: ['anders'], comment: `Mevrouw Fatima el Amrani (BSN ${BSN}) kreeg een verkeerd antwoord, mail fatima@example.nl`,
    });
    expect(res.status).toBe(201);
    expect(res.body.comment).not.toContain('Fatima');
    expect(res.body.comment).not.toContain(BSN);
    expect(res.body.comment).not.toContain('fatima@example.nl');
    expect(res.body.comment).toMatch(/\[EMAIL_1\]/);
    const stored = JSON.stringify(s.gw.ctx.db.$client.prepare('SELECT * FROM feedback WHERE interaction_id = ?').all(answer.id));
    for (const raw of ['Fatima', BSN, 'fatima@example.nl']) expect(stored).not.toContain(raw);
    expect(JSON.stringify(s.gw.ctx.events.list({ kind: 'feedback', subject: answer.id }))).not.toContain('Fatima');
  });

  it('only the caller who made the interaction may give feedback: another key 403, unknown id 404, in OpenAI error shape', async () => {
    const owner = client(s.gw);
    const other = client(s.gw, { app: 'website-chatbot' });
    const answer = await ask(owner.openai, 'Hallo');
    const wrongKey = await call(s.gw, 'POST', '/v1/feedback', other.key, { interaction_id: answer.id, rating: 'helpful' });
    expect(wrongKey.status).toBe(403);
    expect(wrongKey.body.error).toMatchObject({ type: 'permission_error', code: 'not_your_interaction' });
    const unknown = await call(s.gw, 'POST', '/v1/feedback', owner.key, { interaction_id: 'chatcmpl-doesnotexist', rating: 'helpful' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('interaction_not_found');
    expect((await call(s.gw, 'POST', '/v1/feedback', null, { interaction_id: answer.id, rating: 'helpful' })).status).toBe(401);
  });

  it('when the app named a user, only that user may give feedback; one feedback per user', async () => {
    const c = client(s.gw);
    const answer = await ask(c.openai, 'Vat dit samen', { user: 'medewerker-17' });
    const pseudonym = pseudonymousId(c.keyId, 'medewerker-17');
    expect((await call(s.gw, 'POST', '/v1/feedback', c.key, { interaction_id: answer.id, rating: 'helpful' })).status).toBe(403);
    expect((await call(s.gw, 'POST', '/v1/feedback', c.key, { interaction_id: answer.id, rating: 'helpful', user: 'medewerker-18' })).status).toBe(403);
    const ok = await call(s.gw, 'POST', '/v1/feedback', c.key, { interaction_id: answer.id, rating: 'helpful', user: 'medewerker-17' });
    expect(ok.status).toBe(201);
    const giver = s.gw.ctx.db.$client.prepare('SELECT giver FROM feedback WHERE interaction_id = ?').pluck().get(answer.id);
    expect(giver).toBe(pseudonym);
  });

  it('the pipeline records the pseudonym of the user the app named (never the raw id)', async () => {
    const c = client(s.gw);
    const answer = await ask(c.openai, 'Hallo', { user: 'medewerker-99' });
    const row = s.gw.ctx.db.$client.prepare('SELECT * FROM interactions WHERE id = ?').get(answer.id) as Record<string, unknown>;
    expect(row.user_pseudonym).toBe(pseudonymousId(c.keyId, 'medewerker-99'));
    expect(JSON.stringify(row)).not.toContain('medewerker-99');
  });

  it('refuses reasons outside the list and a missing rating with 400', async () => {
    const c = client(s.gw);
    const answer = await ask(c.openai, 'Hallo');
    const bad = await call(s.gw, 'POST', '/v1/feedback', c.key, { interaction_id: answer.id, rating: 'helpful', reasons: ['saai'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ type: 'invalid_request_error', param: 'reasons.0' });
    expect((await call(s.gw, 'POST', '/v1/feedback', c.key, { interaction_id: answer.id })).status).toBe(400);
  });
});
