/**
 * Policy reload under load: requests in flight (a held stream and several held JSON requests) finish
 * normally under the policy they started with; new requests see the new policy; a broken file on reload
 * keeps the policy that was in force.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../fixtures/fake-openai.js';
import { FAKE_ENV, startGateway, upstreamConfig, type TestGateway } from '../helpers/gateway.js';
import { apiError, useCase, waitFor, writePolicyDir } from './helpers.js';

const policyText = (status: 'active' | 'suspended') => `defaults:
  use_case: werk
use_cases:
${useCase('werk', `    status: ${status}
`)}`;

let upstream: FakeOpenAI;
let gw: TestGateway;
let dir: string;

beforeAll(async () => {
  upstream = await startFakeOpenAI();
  dir = writePolicyDir({ 'beleid.yaml': policyText('active') });
  gw = await startGateway({ config: upstreamConfig(upstream.url), env: { ...FAKE_ENV, POORTWACHTER_POLICY_DIR: dir } });
});
afterAll(async () => {
  await gw.shutdown();
  await upstream.close();
});

const ask = (content: string) => ({ model: 'gpt-test', messages: [{ role: 'user' as const, content }] });

describe('reload under load', () => {
  it('in-flight requests complete, new ones see the suspension, a broken file keeps the policy in force', async () => {
    const oldVersion = gw.ctx.gateway.policy.current().version;
    let releaseStream!: () => void;
    let releaseJson!: () => void;
    const streamHold = new Promise<void>((r) => (releaseStream = r));
    const jsonHold = new Promise<void>((r) => (releaseJson = r));

    // A stream that has started and is held before its end.
    const from = upstream.requests.length;
    upstream.script({ kind: 'text', pieces: ['Eerste deel, ', 'tweede deel.'], hold: streamHold });
    const stream = await gw.openai.chat.completions.create({ ...ask('Vertel over de raadsvergadering'), stream: true });
    const iterator = stream[Symbol.asyncIterator]();
    let streamed = '';
    while (streamed !== 'Eerste deel, tweede deel.') streamed += (await iterator.next()).value.choices[0]?.delta.content ?? '';

    // Several JSON requests held at the upstream.
    upstream.script(...[1, 2, 3].map(() => ({ kind: 'text' as const, before: jsonHold })));
    const inFlight = [1, 2, 3].map((n) => gw.openai.chat.completions.create(ask(`Vraag ${n}`)));
    await waitFor(() => upstream.requests.length === from + 4);

    // Suspend the use case and reload while all of that is in flight.
    writeFileSync(join(dir, 'beleid.yaml'), policyText('suspended'));
    const reloaded = gw.ctx.gateway.policy.reload();
    expect(reloaded).toMatchObject({ ok: true, changed: true });
    const newVersion = gw.ctx.gateway.policy.current().version;
    expect(newVersion).not.toBe(oldVersion);

    // New requests see the new policy at once, JSON and streaming.
    const refused = await apiError(() => gw.openai.chat.completions.create(ask('Nieuwe vraag')));
    expect(refused.status).toBe(403);
    expect(refused.code).toBe('use_case_suspended');
    const refusedStream = await apiError(() => gw.openai.chat.completions.create({ ...ask('Nieuwe vraag'), stream: true }));
    expect(refusedStream.code).toBe('use_case_suspended');
    expect(upstream.requests.length).toBe(from + 4);

    // The requests in flight finish normally.
    releaseJson();
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.choices[0]!.message.content)).toEqual(['Antwoord op: Vraag 1', 'Antwoord op: Vraag 2', 'Antwoord op: Vraag 3']);
    releaseStream();
    let streamId = '';
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
      streamId = r.value.id;
      streamed += r.value.choices[0]?.delta.content ?? '';
    }
    expect(streamed).toBe('Eerste deel, tweede deel.');

    // They are recorded as ok, under the policy version they started with.
    for (const id of [...answers.map((a) => a.id), streamId]) {
      expect(gw.ctx.interactions.get(id)).toMatchObject({ outcome: 'ok', status: 200, useCase: 'werk', policyVersion: oldVersion });
    }
    const refusedRow = gw.ctx.interactions.get(refused.headers!.get('x-poortwachter-interaction-id')!)!;
    expect(refusedRow).toMatchObject({ outcome: 'blocked', policyVersion: newVersion, errorCode: 'use_case_suspended' });

    // A broken policy file: the reload fails with a message naming the file; the policy in force stays.
    writeFileSync(join(dir, 'beleid.yaml'), `${policyText('active')}    risk_class: verboden\nrules: [ {`);
    const broken = gw.ctx.gateway.policy.reload();
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toContain('beleid.yaml');
    expect(gw.ctx.gateway.policy.current().version).toBe(newVersion);
    expect((await apiError(() => gw.openai.chat.completions.create(ask('Nog een vraag')))).code).toBe('use_case_suspended');

    // A schema error (valid YAML) is refused the same way.
    writeFileSync(join(dir, 'beleid.yaml'), policyText('active').replace('risk_class: limited', 'risk_class: onaanvaardbaar'));
    const invalid = gw.ctx.gateway.policy.reload();
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.error).toMatch(/beleid\.yaml[\s\S]*risk_class/);
    expect(gw.ctx.gateway.policy.current().version).toBe(newVersion);

    // Put right again: traffic flows.
    writeFileSync(join(dir, 'beleid.yaml'), policyText('active'));
    expect(gw.ctx.gateway.policy.reload()).toMatchObject({ ok: true, changed: true });
    const ok = await gw.openai.chat.completions.create(ask('Weer open?'));
    expect(ok.choices[0]!.message.content).toBe('Antwoord op: Weer open?');
    expect(gw.ctx.interactions.get(ok.id)!.policyVersion).toBe(oldVersion); // same files, same version
  });

  it('reload under concurrent traffic never yields an error other than the suspension', async () => {
    const requests: Promise<string>[] = [];
    for (let i = 0; i < 30; i++) {
      requests.push(
        gw.openai.chat.completions.create(ask(`Vraag ${i}`)).then(
          (r) => (r.choices[0]!.message.content === `Antwoord op: Vraag ${i}` ? 'ok' : 'wrong answer'),
          (e) => (e.code === 'use_case_suspended' ? 'suspended' : `error ${e.status} ${e.code}`),
        ),
      );
      if (i === 10) {
        writeFileSync(join(dir, 'beleid.yaml'), policyText('suspended'));
        gw.ctx.gateway.policy.reload();
      }
      if (i === 20) {
        writeFileSync(join(dir, 'beleid.yaml'), policyText('active'));
        gw.ctx.gateway.policy.reload();
      }
    }
    const results = await Promise.all(requests);
    expect(results.filter((r) => r !== 'ok' && r !== 'suspended')).toEqual([]);
    expect(results).toContain('ok');
  });
});

describe('reload through the governance API', () => {
  it('a governance key reloads; an app key may not; a broken file is refused and the policy in force stays', async () => {
    const governance = gw.ctx.keys.create({ app: 'cio-office', role: 'governance' }).key;
    const reload = (key: string) => fetch(`${gw.url}/v1/governance/policy/reload`, { method: 'POST', headers: { authorization: `Bearer ${key}` } });

    expect((await reload(gw.key)).status).toBe(403);

    writeFileSync(join(dir, 'beleid.yaml'), policyText('active'));
    const ok = await reload(governance);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { version: string };
    expect(body.version).toBe(gw.ctx.gateway.policy.current().version);
    expect((await gw.openai.chat.completions.create(ask('Hallo'))).choices[0]!.message.content).toBe('Antwoord op: Hallo');

    writeFileSync(join(dir, 'beleid.yaml'), 'use_cases: [ {');
    const broken = await reload(governance);
    expect(broken.status).toBe(422);
    expect(((await broken.json()) as { error: { message: string } }).error.message).toMatch(/beleid\.yaml/);
    expect(gw.ctx.gateway.policy.current().version).toBe(body.version);
    writeFileSync(join(dir, 'beleid.yaml'), policyText('active'));
  });
});
