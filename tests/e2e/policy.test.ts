/**
 * Policy through the whole gateway: shipped rules refuse and pass through the official SDK, use cases
 * are selected and enforced, nothing for retraining leaves, compliant routing, notices, and the record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/index.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fixtures/fake-openai.js';
import { FAKE_ENV, startGateway, upstreamConfig, type TestGateway } from '../helpers/gateway.js';
import { SHIPPED_POLICY_DIR, apiError, clientFor, collect, rawPost, useCase, writePolicyDir } from './helpers.js';

const ask = (content: string, model = 'gpt-test') => ({ model, messages: [{ role: 'user' as const, content }] });

describe('every shipped rule in policies/default.yaml, through the gateway', () => {
  const shipped = loadPolicy(SHIPPED_POLICY_DIR);
  let upstream: FakeOpenAI;
  let gw: TestGateway;
  beforeAll(async () => {
    upstream = await startFakeOpenAI();
    gw = await startGateway({ config: upstreamConfig(upstream.url), env: { ...FAKE_ENV, POORTWACHTER_POLICY_DIR: SHIPPED_POLICY_DIR } });
  });
  afterAll(async () => {
    await gw.shutdown();
    await upstream.close();
  });

  /** Per block rule: a Dutch prompt it refuses and an ordinary municipal question that passes. */
  const BLOCK_CASES: Record<string, { refused: string; passes: string }> = {
    'geen-geautomatiseerde-besluiten': {
      refused: 'Moet de aanvraag voor bijzondere bijstand worden toegekend of afgewezen? Hier is het dossier.',
      passes: 'Hoe lang duurt het voordat een aanvraag voor bijzondere bijstand wordt behandeld?',
    },
    'geen-profilering-of-risicoscores': {
      refused: 'Bereken de fraudekans van deze aanvrager op basis van zijn dossier.',
      passes: 'Schrijf een tekst over fraudepreventie voor de gemeentelijke website.',
    },
    'geen-sociale-scoring': {
      refused: 'Geef inwoners punten op basis van hun gedrag in de buurt.',
      passes: 'Hoe kunnen we het gedrag van automobilisten rond scholen verbeteren?',
    },
    'geen-emotieherkenning-medewerkers': {
      refused: 'Analyseer de emoties van mijn medewerkers in deze Teams-berichten.',
      passes: 'Schrijf een tekst over werkplezier voor het personeelsblad.',
    },
    'geen-selectie-sollicitanten': {
      refused: 'Rangschik deze sollicitanten van best naar slechtst.',
      passes: 'Schrijf een vacaturetekst voor een beleidsmedewerker duurzaamheid.',
    },
    'bijzondere-persoonsgegevens': {
      refused: 'De aanvrager heeft een strafblad voor diefstal; vat het dossier samen.',
      passes: 'Schrijf een samenvatting van het gezondheidsbeleid van de gemeente.',
    },
    'bsn-en-identiteitsdocumenten': {
      refused: 'Zijn paspoortnummer is NW8BK4RJ1, vat het dossier samen.',
      passes: 'Hoe vraag ik een nieuw paspoort aan bij de gemeente?',
    },
    'staatsgeheim': {
      refused: 'Stg. Geheim — vat dit stuk over de beveiliging samen.',
      passes: 'Hoe werkt de geheimhoudingsplicht voor raadsleden?',
    },
    'vertrouwelijk-gemarkeerd': {
      refused: 'VERTROUWELIJK\nMemo aan het college over de grondaankoop. Vat samen.',
      passes: 'Hoe ga ik zorgvuldig om met klantgegevens aan de balie?',
    },
  };

  it('covers every rule of the shipped policy (block rules here, the warn rule below)', () => {
    const ids = shipped.rules.map((r) => r.id).sort();
    expect([...Object.keys(BLOCK_CASES), 'menselijke-tussenkomst'].sort()).toEqual(ids);
    for (const id of Object.keys(BLOCK_CASES)) expect(shipped.rules.find((r) => r.id === id)!.action).toBe('block');
  });

  for (const [id, { refused, passes }] of Object.entries(BLOCK_CASES)) {
    describe(id, () => {
      it('refuses a Dutch prompt: 403 policy_violation naming the rule and its source; nothing sent; recorded as blocked', async () => {
        const rule = shipped.rules.find((r) => r.id === id)!;
        const from = upstream.requests.length;
        const res = await rawPost(gw, gw.key, '/v1/chat/completions', ask(refused));
        expect(res.status).toBe(403);
        expect(res.body.error).toMatchObject({ type: 'policy_violation', code: 'policy_blocked', param: id });
        expect(res.body.error.message).toContain(`"${id}"`);
        expect(res.body.error.message).toContain(rule.source);
        expect(res.body.error.message).toMatch(/Geweigerd .* \/ Refused /);
        expect(upstream.requests.length).toBe(from);

        const row = gw.ctx.interactions.get(res.headers.get('x-poortwachter-interaction-id')!)!;
        expect(row).toMatchObject({ outcome: 'blocked', status: 403, errorCode: 'policy_blocked', useCase: 'algemeen', provider: null });
        const decision = JSON.parse(row.decision!);
        expect(decision.action).toBe('block');
        expect(decision.rules).toContainEqual({ id, action: 'block', source: rule.source });

        // The official SDK sees the same refusal.
        const err = await apiError(() => gw.openai.chat.completions.create(ask(refused)));
        expect(err.status).toBe(403);
        expect(err.code).toBe('policy_blocked');
        expect(err.type).toBe('policy_violation');
        expect(err.message).toContain(id);
        expect(upstream.requests.length).toBe(from);
      });

      it('lets an ordinary municipal question pass', async () => {
        const from = upstream.requests.length;
        const { data, response } = await gw.openai.chat.completions.create(ask(passes)).withResponse();
        expect(data.choices[0]!.message.content).toBe(`Antwoord op: ${passes}`);
        expect(upstream.requests.length).toBe(from + 1);
        expect(response.headers.get('x-poortwachter-notice')).toBeNull();
        expect(JSON.parse(gw.ctx.interactions.get(data.id)!.decision!)).toEqual({ action: 'allow', rules: [], notices: [] });
      });
    });
  }

  it('a refused prompt is refused when streaming too, before anything is streamed', async () => {
    const from = upstream.requests.length;
    const err = await apiError(() => gw.openai.chat.completions.create({ ...ask(BLOCK_CASES['geen-sociale-scoring']!.refused), stream: true }));
    expect(err.status).toBe(403);
    expect(err.code).toBe('policy_blocked');
    expect(upstream.requests.length).toBe(from);
  });

  it('a rule matches text anywhere in the conversation (system, earlier turns, tool results)', async () => {
    const from = upstream.requests.length;
    const err = await apiError(() => gw.openai.chat.completions.create({
      model: 'gpt-test',
      messages: [
        { role: 'system', content: 'Je bent een assistent voor de afdeling Werk en Inkomen.' },
        { role: 'user', content: 'Hier is een overzicht.' },
        { role: 'assistant', content: 'Dank u. Wat wilt u weten?' },
        { role: 'user', content: 'Rangschik deze sollicitanten van best naar slechtst.' },
        { role: 'assistant', content: 'Prima.' },
        { role: 'user', content: 'Ga verder.' },
      ],
    }));
    expect(err.code).toBe('policy_blocked');
    expect(upstream.requests.length).toBe(from);
  });

  it('menselijke-tussenkomst (warn): the request proceeds and the answer carries a percent-encoded notice', async () => {
    const rule = shipped.rules.find((r) => r.id === 'menselijke-tussenkomst')!;
    const from = upstream.requests.length;
    const prompt = 'Schrijf een reactie op dit bezwaarschrift over de parkeervergunning.';
    const { data, response } = await gw.openai.chat.completions.create(ask(prompt)).withResponse();
    expect(data.choices[0]!.message.content).toBe(`Antwoord op: ${prompt}`);
    expect(upstream.requests.length).toBe(from + 1);
    const header = response.headers.get('x-poortwachter-notice')!;
    expect(header).toMatch(/^[\x21-\x7e]+$/); // a valid header value: percent-encoded, no spaces or non-ASCII
    expect(decodeURIComponent(header)).toBe(`${rule.message!.nl} / ${rule.message!.en}`);
    const decision = JSON.parse(gw.ctx.interactions.get(data.id)!.decision!);
    expect(decision).toMatchObject({ action: 'warn', rules: [{ id: 'menselijke-tussenkomst', action: 'warn', source: rule.source }] });
    expect(decision.notices).toEqual([`${rule.message!.nl} / ${rule.message!.en}`]);
  });

  it('the warn notice comes with a streamed answer too', async () => {
    const { data: stream, response } = await gw.openai.chat.completions.create({ ...ask('Wat zijn de financiële gevolgen van een terugvordering?'), stream: true }).withResponse();
    expect(decodeURIComponent(response.headers.get('x-poortwachter-notice')!)).toContain('menselijke tussenkomst');
    expect((await collect(stream)).content).toBe('Antwoord op: Wat zijn de financiële gevolgen van een terugvordering?');
  });

  it('the shipped general use case carries its AI notice (AI Act art. 50) on every answer', async () => {
    const uc = shipped.useCase('algemeen')!;
    const { response } = await gw.openai.chat.completions.create(ask('Wanneer is het stadhuis open?')).withResponse();
    expect(decodeURIComponent(response.headers.get('x-poortwachter-ai-notice')!)).toBe(`${uc.notice!.nl} / ${uc.notice!.en}`);
    expect(response.headers.get('x-poortwachter-use-case')).toBe('algemeen');
  });
});

// A policy set of our own: use cases for each switch, aliases, a warn and a review rule.
const POLICY = `defaults:
  use_case: algemeen
  pii:
    BSN: block
    default: pseudonymise
model_aliases:
  standaard: [model-a, model-b]
  eu-keten: [model-d, model-c]
  eu-eerst: [model-d, model-a]
use_cases:
${useCase('algemeen', `    notice:
      nl: Gemaakt met AI, controleer het.
      en: Made with AI, check it.
`)}${useCase('opslag', `    store_allowed: true
`)}${useCase('anoniem', `    user_field: drop
`)}${useCase('alleen-eu', `    requirements:
      regions: [eu]
`)}${useCase('opgeschort', `    status: suspended
`)}${useCase('alleen-burgerzaken', `    departments: [Burgerzaken]
`)}${useCase('alleen-financien', `    departments: [Financiën]
`)}rules:
  - id: begroting-controleren
    description: Begrotingsteksten altijd laten controleren.
    source: Interne afspraak 2025-01
    action: warn
    message:
      nl: Laat begrotingsteksten controleren door Financiën.
      en: Have budget texts checked by Finance.
    match:
      patterns: ['\\bbegroting\\b']
  - id: evaluatie-review
    description: Evaluaties worden achteraf bekeken.
    source: Interne afspraak 2025-02
    action: review
    message:
      nl: Dit gesprek wordt achteraf bekeken.
      en: This conversation will be reviewed.
    match:
      patterns: ['\\bevaluatie\\b']
`;

describe('a municipality policy set through the gateway', () => {
  let eu: FakeOpenAI;
  let us: FakeOpenAI;
  /** An EU provider that is down: every request gets a 503. */
  let down: FakeOpenAI;
  let gw: TestGateway;
  beforeAll(async () => {
    eu = await startFakeOpenAI();
    us = await startFakeOpenAI();
    down = await startFakeOpenAI();
    const unavailable = { kind: 'error' as const, status: 503, headers: { 'retry-after': '0' }, body: { error: { message: 'overloaded', type: 'server_error', code: null, param: null } } };
    down.script(...Array.from({ length: 50 }, () => unavailable));
    const dir = writePolicyDir({ 'beleid.yaml': POLICY });
    gw = await startGateway({
      config: {
        providers: [
          { type: 'openai', name: 'fake-eu', base_url: eu.url, api_key_env: 'FAKE_KEY', models: ['gpt-test', 'model-b', 'model-c'], region: 'eu', trains_on_data: false },
          { type: 'openai', name: 'fake-us', base_url: us.url, api_key_env: 'FAKE_KEY', models: ['model-a'], region: 'us', trains_on_data: false },
          { type: 'openai', name: 'fake-eu-down', base_url: down.url, api_key_env: 'FAKE_KEY', models: ['model-d'], region: 'eu', trains_on_data: false },
        ],
      },
      env: { ...FAKE_ENV, POORTWACHTER_POLICY_DIR: dir },
    });
  });
  afterAll(async () => {
    await gw.shutdown();
    await eu.close();
    await us.close();
    await down.close();
  });
  const sentCount = () => eu.requests.length + us.requests.length + down.requests.length;

  describe('no retraining, minimal sharing', () => {
    it('store: false reaches the upstream although the client sent store: true; metadata is dropped; user is a pseudonym', async () => {
      const client = clientFor(gw, ['algemeen']);
      await client.chat.completions.create({ ...ask('Vat de raadsvergadering samen.'), store: true, metadata: { zaak: 'Z-2025-004512', medewerker: 'j.jansen' }, user: 'j.jansen@gemeente.nl' });
      const body = eu.requests.at(-1)!.body;
      expect(body.store).toBe(false);
      expect(body).not.toHaveProperty('metadata');
      expect(body.user).toMatch(/^pw-[0-9a-f]{24}$/);
      expect(JSON.stringify(body)).not.toContain('j.jansen');

      // Stable per key and user (so a provider's abuse monitoring still works), different per user.
      await client.chat.completions.create({ ...ask('Nog een vraag.'), user: 'j.jansen@gemeente.nl', safety_identifier: 'j.jansen@gemeente.nl' });
      const again = eu.requests.at(-1)!.body;
      expect(again.user).toBe(body.user);
      expect(again.safety_identifier).toBe(body.user);
      await client.chat.completions.create({ ...ask('Nog een vraag.'), user: 'p.devries@gemeente.nl' });
      expect(eu.requests.at(-1)!.body.user).not.toBe(body.user);
    });

    it('store: false is sent even when the client says nothing about it, streaming too', async () => {
      await collect(await gw.openai.chat.completions.create({ ...ask('Vat samen.'), stream: true }));
      expect(eu.requests.at(-1)!.body.store).toBe(false);
    });

    it('a use case with store_allowed passes the client\'s store: true and metadata on', async () => {
      const client = clientFor(gw, ['opslag']);
      await client.chat.completions.create({ ...ask('Vat samen.'), store: true, metadata: { zaak: 'Z-2025-004512' } });
      const body = eu.requests.at(-1)!.body;
      expect(body.store).toBe(true);
      expect(body.metadata).toEqual({ zaak: 'Z-2025-004512' });
    });

    it('metadata passed on under store_allowed carries no personal data (pseudonymised or dropped)', async () => {
      const client = clientFor(gw, ['opslag']);
      const from = eu.requests.length;
      await client.chat.completions.create({ ...ask('Vat samen.'), store: true, metadata: { zaak: 'Z-2025-004512', inwoner: 'Fatima el Amrani', iban: 'NL91ABNA0417164300' } });
      const sent = JSON.stringify(eu.requests.slice(from));
      expect(sent).not.toContain('Fatima');
      expect(sent).not.toContain('NL91ABNA0417164300');
    });

    it('user_field: drop removes user and safety_identifier', async () => {
      const client = clientFor(gw, ['anoniem']);
      await client.chat.completions.create({ ...ask('Vat samen.'), user: 'j.jansen@gemeente.nl', safety_identifier: 'j.jansen' });
      const body = eu.requests.at(-1)!.body;
      expect(body).not.toHaveProperty('user');
      expect(body).not.toHaveProperty('safety_identifier');
      expect(body.store).toBe(false);
    });
  });

  describe('use cases (doelbinding)', () => {
    it('the header x-poortwachter-use-case selects among the key\'s use cases; without it the key\'s default applies', async () => {
      const { key } = gw.ctx.keys.create({ app: 'zaaksysteem', department: 'Burgerzaken', useCases: ['algemeen', 'anoniem'] });
      const base = { baseURL: `${gw.url}/v1`, apiKey: key, maxRetries: 0 };
      const { default: OpenAI } = await import('openai');

      const withHeader = new OpenAI({ ...base, defaultHeaders: { 'x-poortwachter-use-case': 'anoniem' } });
      const a = await withHeader.chat.completions.create({ ...ask('Vat samen.'), user: 'x' }).withResponse();
      expect(a.response.headers.get('x-poortwachter-use-case')).toBe('anoniem');
      expect(eu.requests.at(-1)!.body).not.toHaveProperty('user');
      expect(gw.ctx.interactions.get(a.data.id)!.useCase).toBe('anoniem');

      const without = new OpenAI(base);
      const b = await without.chat.completions.create({ ...ask('Vat samen.'), user: 'x' }).withResponse();
      expect(b.response.headers.get('x-poortwachter-use-case')).toBe('algemeen');
      expect(eu.requests.at(-1)!.body.user).toMatch(/^pw-/);
      expect(gw.ctx.interactions.get(b.data.id)!.useCase).toBe('algemeen');
    });

    it('a key that does not hold the use case is refused (403), nothing sent, recorded', async () => {
      const client = clientFor(gw, ['algemeen'], 'opslag');
      const from = sentCount();
      const err = await apiError(() => client.chat.completions.create(ask('Vat samen.')));
      expect(err.status).toBe(403);
      expect(err.code).toBe('use_case_not_allowed');
      expect(err.message).toContain('opslag');
      expect(sentCount()).toBe(from);
    });

    it('an unknown use case is refused (403 use_case_unknown)', async () => {
      const client = clientFor(gw, ['algemeen'], 'bestaat-niet');
      const err = await apiError(() => client.chat.completions.create(ask('Vat samen.')));
      expect(err.status).toBe(403);
      expect(err.code).toBe('use_case_unknown');
    });

    it('a suspended use case refuses all traffic: 403 use_case_suspended, nothing sent, recorded as blocked', async () => {
      const client = clientFor(gw, ['opgeschort']);
      const from = sentCount();
      const res = await client.chat.completions.create(ask('Wanneer is het stadhuis open?')).withResponse().catch((e) => e);
      expect(res).toBeInstanceOf(Error);
      expect(res.status).toBe(403);
      expect(res.code).toBe('use_case_suspended');
      expect(res.message).toMatch(/opgeschort.*art\. 26\(5\)/);
      expect(sentCount()).toBe(from);
      const id = res.headers.get('x-poortwachter-interaction-id');
      expect(gw.ctx.interactions.get(id)).toMatchObject({ outcome: 'blocked', status: 403, errorCode: 'use_case_suspended' });
    });

    it('a use case bound to departments refuses a key of another department', async () => {
      const ok = clientFor(gw, ['alleen-burgerzaken']); // clientFor keys are Burgerzaken
      await expect(ok.chat.completions.create(ask('Vat samen.'))).resolves.toBeDefined();
      const other = clientFor(gw, ['alleen-financien']);
      const err = await apiError(() => other.chat.completions.create(ask('Vat samen.')));
      expect(err.status).toBe(403);
      expect(err.code).toBe('use_case_not_allowed');
    });

    it('the record stores the use case, the policy version and the decision as JSON (warn and review)', async () => {
      const { data } = await gw.openai.chat.completions.create(ask('Schrijf een evaluatie van de begroting 2026.')).withResponse();
      const row = gw.ctx.interactions.get(data.id)!;
      expect(row.useCase).toBe('algemeen');
      expect(row.policyVersion).toBe(gw.ctx.gateway.policy.current().version);
      expect(row.policyVersion).toMatch(/\S{6,}/);
      expect(row.review).toBe(true);
      expect(JSON.parse(row.decision!)).toEqual({
        action: 'review',
        rules: [
          { id: 'begroting-controleren', action: 'warn', source: 'Interne afspraak 2025-01' },
          { id: 'evaluatie-review', action: 'review', source: 'Interne afspraak 2025-02' },
        ],
        notices: ['Laat begrotingsteksten controleren door Financiën. / Have budget texts checked by Finance.', 'Dit gesprek wordt achteraf bekeken. / This conversation will be reviewed.'],
      });
    });

    it('the warn notice header is percent-encoded UTF-8 (ë) and decodes to the rule message', async () => {
      const { response } = await gw.openai.chat.completions.create(ask('Herschrijf de inleiding van de begroting.')).withResponse();
      const header = response.headers.get('x-poortwachter-notice')!;
      expect(header).toContain('%C3%AB'); // "Financiën"
      expect(decodeURIComponent(header)).toBe('Laat begrotingsteksten controleren door Financiën. / Have budget texts checked by Finance.');
    });
  });

  describe('AI notice (AI Act art. 50)', () => {
    it('a use case with a notice sends x-poortwachter-ai-notice (percent-encoded); one without sends none', async () => {
      const { response } = await gw.openai.chat.completions.create(ask('Vat samen.')).withResponse();
      expect(decodeURIComponent(response.headers.get('x-poortwachter-ai-notice')!)).toBe('Gemaakt met AI, controleer het. / Made with AI, check it.');

      const client = clientFor(gw, ['anoniem']);
      const other = await client.chat.completions.create(ask('Vat samen.')).withResponse();
      expect(other.response.headers.get('x-poortwachter-ai-notice')).toBeNull();
    });

    it('a streamed answer carries the notice header as well', async () => {
      const { data, response } = await gw.openai.chat.completions.create({ ...ask('Vat samen.'), stream: true }).withResponse();
      expect(response.headers.get('x-poortwachter-ai-notice')).not.toBeNull();
      await collect(data);
    });
  });

  describe('compliant routing', () => {
    it('a use case requiring region eu, with the only provider of the model in region us: 403 no_compliant_provider, nothing sent', async () => {
      const client = clientFor(gw, ['alleen-eu']);
      const from = sentCount();
      const res = await client.chat.completions.create(ask('Vat samen.', 'model-a')).withResponse().catch((e) => e);
      expect(res.status).toBe(403);
      expect(res.code).toBe('no_compliant_provider');
      expect(res.type).toBe('policy_violation');
      expect(res.message).toContain('fake-us');
      expect(res.message).toContain('region "us" not allowed');
      expect(sentCount()).toBe(from);
      const row = gw.ctx.interactions.get(res.headers.get('x-poortwachter-interaction-id'))!;
      expect(row).toMatchObject({ outcome: 'blocked', errorCode: 'no_compliant_provider', provider: null });
    });

    it('an alias whose first model is served only by a non-compliant provider routes to the next, compliant one; the record says why', async () => {
      const client = clientFor(gw, ['alleen-eu']);
      const usFrom = us.requests.length;
      const completion = await client.chat.completions.create(ask('Vat samen.', 'standaard'));
      expect(us.requests.length).toBe(usFrom);
      expect(eu.requests.at(-1)!.body.model).toBe('model-b');
      expect(completion.model).toBe('model-b-upstream');
      const row = gw.ctx.interactions.get(completion.id)!;
      expect(row).toMatchObject({ provider: 'fake-eu', modelRequested: 'standaard' });
      const route = JSON.parse(row.route!);
      expect(route).toMatchObject({ provider: 'fake-eu', model: 'model-b' });
      expect(route.rejected).toEqual([{ provider: 'fake-us', model: 'model-a', reasons: [expect.stringContaining('region "us" not allowed')] }]);
    });

    it('the same alias under a use case without a region requirement takes the first model (the requirements decide)', async () => {
      const usFrom = us.requests.length;
      const completion = await gw.openai.chat.completions.create(ask('Vat samen.', 'standaard'));
      expect(us.requests.length).toBe(usFrom + 1);
      expect(us.requests.at(-1)!.body.model).toBe('model-a');
      expect(JSON.parse(gw.ctx.interactions.get(completion.id)!.route!)).toMatchObject({ provider: 'fake-us', model: 'model-a', rejected: [] });
    });

    it('when the first compliant candidate fails, the gateway falls back to the next compliant one; the record names the one that answered', async () => {
      const client = clientFor(gw, ['alleen-eu']);
      const downFrom = down.requests.length;
      const euFrom = eu.requests.length;
      const usFrom = us.requests.length;
      const completion = await client.chat.completions.create(ask('Vat samen.', 'eu-keten'));
      expect(completion.choices[0]!.message.content).toBe('Antwoord op: Vat samen.');
      expect(down.requests.slice(downFrom).every((r) => r.body.model === 'model-d')).toBe(true);
      expect(down.requests.length).toBeGreaterThan(downFrom);
      expect(eu.requests.slice(euFrom).map((r) => r.body.model)).toEqual(['model-c']);
      expect(eu.requests.at(-1)!.body.store).toBe(false); // the fallback gets the same minimal-sharing treatment
      expect(us.requests.length).toBe(usFrom);
      const row = gw.ctx.interactions.get(completion.id)!;
      expect(row.provider).toBe('fake-eu');
      expect(JSON.parse(row.route!)).toMatchObject({ provider: 'fake-eu', model: 'model-c' });
    });

    it('a failing compliant provider never falls back to a non-compliant one', async () => {
      const client = clientFor(gw, ['alleen-eu']);
      const usFrom = us.requests.length;
      const err = await apiError(() => client.chat.completions.create(ask('Vat samen.', 'eu-eerst')));
      expect(err.status).toBeGreaterThanOrEqual(500);
      expect(us.requests.length).toBe(usFrom);
    });
  });
});
