/**
 * Personal data through the whole gateway: official SDK → gateway (policy + PII) → recording fake upstream.
 * The upstream must never see a detected value; the client must get back exactly the original values.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, defaultRecognizers, type Analyzer, type CachedAnalyzer, type Recognizer } from '../../src/pii/index.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fixtures/fake-openai.js';
import { cli } from '../helpers/cli.js';
import { FAKE_ENV, startGateway, tempDir, upstreamConfig, type TestGateway } from '../helpers/gateway.js';
import { SHIPPED_POLICY_DIR, apiError, collect, expectNoneUpstream, rawPost, upstreamText, useCase, writePolicyDir } from './helpers.js';

const LETTER = `Geachte heer Jansen,

Namens mijn cliënt, de heer Pieter de Vries (geboren op 12 maart 1984), wonend aan de Kerkstraat 12, 3512 AB Utrecht, schrijf ik u over zijn aanvraag. Zijn IBAN is NL91ABNA0417164300, telefoon 06-12345678, e-mail pieter.devries@example.nl. Het gaat ook om de auto met kenteken 12-ABC-3.

Met vriendelijke groet,
Mevrouw Fatima el Amrani`;

/** Every personal value in LETTER. None may reach the upstream. */
const LETTER_VALUES = [
  'Jansen', 'Pieter de Vries', 'Pieter', 'de Vries', '12 maart 1984', 'Kerkstraat 12', 'Kerkstraat', '3512 AB', 'NL91ABNA0417164300',
  '06-12345678', '0612345678', 'pieter.devries@example.nl', 'devries', '12-ABC-3', 'Fatima el Amrani', 'Fatima', 'Amrani',
];

const BSN = '111222333';

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

const ask = (content: string) => ({ model: 'gpt-test', messages: [{ role: 'user' as const, content }] });

describe('a Dutch letter full of personal data', () => {
  it('non-streaming: the upstream sees only placeholders, the client gets the original values back', async () => {
    const from = upstream.requests.length;
    const completion = await gw.openai.chat.completions.create(ask(LETTER));
    expect(completion.choices[0]!.message.content).toBe(`Antwoord op: ${LETTER}`);

    expect(upstream.requests.length).toBe(from + 1);
    expectNoneUpstream(upstream, LETTER_VALUES, from);
    const sent = upstream.requests[from]!.body.messages[0].content as string;
    for (const ph of ['[PERSOON_1]', '[PERSOON_2]', '[PERSOON_3]', '[GEBOORTEDATUM_1]', '[ADRES_1]', '[POSTCODE_1]', '[IBAN_1]', '[TELEFOON_1]', '[EMAIL_1]', '[KENTEKEN_1]']) {
      expect(sent).toContain(ph);
    }
    // The text around the values is untouched.
    expect(sent).toContain('Namens mijn cliënt, de heer [PERSOON_2]');
    expect(sent).toContain('Utrecht');
  });

  it('streaming in 8-character pieces (placeholders split across chunks): the client gets exactly the original text', async () => {
    const from = upstream.requests.length;
    const stream = await gw.openai.chat.completions.create({ ...ask(LETTER), stream: true });
    const { content, chunks } = await collect(stream);
    expect(content).toBe(`Antwoord op: ${LETTER}`);
    expect(chunks.length).toBeGreaterThan(10); // really streamed, not one block
    expectNoneUpstream(upstream, LETTER_VALUES, from);
    // No chunk carries a placeholder or part of one that the client would see.
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).not.toMatch(/\[[A-Z_]+_\d+\]/);
  });

  it('streaming with explicit pieces splitting "[PERS" | "OON_1]" and "[IB" | "AN_1]"', async () => {
    upstream.script({ kind: 'text', pieces: ['Beste [PERS', 'OON_1], uw IBAN [IB', 'AN_1', '] is genoteerd.'] });
    const stream = await gw.openai.chat.completions.create({
      ...ask('Schrijf aan mevrouw Fatima el Amrani dat IBAN NL91ABNA0417164300 is genoteerd.'), stream: true,
    });
    const { content } = await collect(stream);
    expect(content).toBe('Beste Fatima el Amrani, uw IBAN NL91ABNA0417164300 is genoteerd.');
    expect(JSON.stringify(upstream.requests.at(-1)!.body)).not.toContain('Fatima');
  });

  it('a placeholder at the very end of the stream is still restored', async () => {
    upstream.script({ kind: 'text', pieces: ['Groet aan ', '[PERSOON', '_1]'] });
    const stream = await gw.openai.chat.completions.create({ ...ask('Groet mevrouw Fatima el Amrani.'), stream: true });
    expect((await collect(stream)).content).toBe('Groet aan Fatima el Amrani');
  });

  it('text that only looks like a placeholder start is passed on unchanged', async () => {
    upstream.script({ kind: 'text', pieces: ['Zie [bijlage', ' 1] en [PERSOON_9]'] });
    const stream = await gw.openai.chat.completions.create({ ...ask('Groet mevrouw Fatima el Amrani.'), stream: true });
    expect((await collect(stream)).content).toBe('Zie [bijlage 1] en [PERSOON_9]');
  });
});

describe('tools', () => {
  const tools = [{
    type: 'function' as const,
    function: { name: 'zoek_persoon', description: 'Zoek een persoon in het zaaksysteem', parameters: { type: 'object', properties: { naam: { type: 'string' } } } },
  }];

  it('tool-call arguments and tool results with personal data are pseudonymised upstream', async () => {
    const from = upstream.requests.length;
    await gw.openai.chat.completions.create({
      model: 'gpt-test',
      tools,
      messages: [
        { role: 'user', content: 'Zoek mevrouw Fatima el Amrani op.' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'zoek_persoon', arguments: '{"naam":"Fatima el Amrani"}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: '{"adres":"Kerkstraat 12","telefoon":"06-12345678","iban":"NL91ABNA0417164300"}' },
        { role: 'user', content: 'Vat samen wat je gevonden hebt.' },
      ],
    });
    expectNoneUpstream(upstream, ['Fatima', 'Amrani', 'Kerkstraat 12', '06-12345678', 'NL91ABNA0417164300'], from);
    const sent = upstream.requests[from]!.body.messages;
    expect(JSON.parse(sent[1].tool_calls[0].function.arguments)).toEqual({ naam: '[PERSOON_1]' });
    expect(JSON.parse(sent[2].content)).toEqual({ adres: '[ADRES_1]', telefoon: '[TELEFOON_1]', iban: '[IBAN_1]' });
    expect(sent[0].content).toBe('Zoek mevrouw [PERSOON_1] op.');
  });

  it('a tool call coming back with a placeholder in its arguments is restored (non-streaming)', async () => {
    upstream.script({ kind: 'tool', name: 'zoek_persoon', arguments: '{"naam":"[PERSOON_1]","iban":"[IBAN_1]"}' });
    const completion = await gw.openai.chat.completions.create({
      model: 'gpt-test', tools, messages: [{ role: 'user', content: 'Zoek mevrouw Fatima el Amrani op, IBAN NL91ABNA0417164300.' }],
    });
    const call = completion.choices[0]!.message.tool_calls![0]!;
    expect(call.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ naam: 'Fatima el Amrani', iban: 'NL91ABNA0417164300' });
    expect(completion.choices[0]!.finish_reason).toBe('tool_calls');
  });

  it('a tool call streamed with a placeholder split across chunks is restored, JSON-safe', async () => {
    // The fake splits the arguments in half: '{"naam":"[PERSO' | 'ON_1]"}'.
    upstream.script({ kind: 'tool', name: 'zoek_persoon', arguments: '{"naam":"[PERSOON_1]"}' });
    const stream = await gw.openai.chat.completions.create({
      model: 'gpt-test', tools, stream: true, messages: [{ role: 'user', content: 'Zoek de heer "Pieter de Vries" op.' }],
    });
    const { toolArgs } = await collect(stream);
    expect(JSON.parse(toolArgs[0]!)).toEqual({ naam: 'Pieter de Vries' });
  });
});

describe('other request fields the provider reads', () => {
  it('predicted-output content (prediction.content) is pseudonymised like the messages', async () => {
    const from = upstream.requests.length;
    const completion = await gw.openai.chat.completions.create({
      ...ask('Herschrijf deze brief in eenvoudige taal.'),
      prediction: { type: 'content', content: 'Beste mevrouw Fatima el Amrani, uw IBAN NL91ABNA0417164300 is genoteerd.' },
    });
    expect(completion.choices[0]!.message.content).toBe('Antwoord op: Herschrijf deze brief in eenvoudige taal.');
    expectNoneUpstream(upstream, ['Fatima', 'Amrani', 'NL91ABNA0417164300'], from);
  });
});

describe('multi-turn consistency', () => {
  it('the same name in system, an earlier user turn and an earlier assistant turn gets the same placeholder', async () => {
    const from = upstream.requests.length;
    const completion = await gw.openai.chat.completions.create({
      model: 'gpt-test',
      messages: [
        { role: 'system', content: 'Je helpt bij het dossier van mevrouw Fatima el Amrani.' },
        { role: 'user', content: 'Wanneer heeft Fatima el Amrani gebeld?' },
        { role: 'assistant', content: 'Fatima el Amrani belde op dinsdag over haar aanvraag.' },
        { role: 'user', content: 'Schrijf een korte notitie voor Fatima el Amrani en voor de heer Pieter de Vries.' },
      ],
    });
    expectNoneUpstream(upstream, ['Fatima', 'Amrani', 'Pieter de Vries'], from);
    const sent = upstream.requests[from]!.body.messages.map((m: { content: string }) => m.content);
    expect(sent[0]).toBe('Je helpt bij het dossier van mevrouw [PERSOON_1].');
    expect(sent[1]).toBe('Wanneer heeft [PERSOON_1] gebeld?');
    expect(sent[2]).toBe('[PERSOON_1] belde op dinsdag over haar aanvraag.');
    expect(sent[3]).toBe('Schrijf een korte notitie voor [PERSOON_1] en voor de heer [PERSOON_2].');
    expect(completion.choices[0]!.message.content).toBe('Antwoord op: Schrijf een korte notitie voor Fatima el Amrani en voor de heer Pieter de Vries.');
  });
  it('turn after turn, the earlier messages are analysed once (the analysis cache) and keep their placeholders', async () => {
    const analyzer = gw.ctx.gateway.analyzer as CachedAnalyzer;
    const history: { role: 'user' | 'assistant'; content: string }[] = [{ role: 'user', content: LETTER }];
    const from = upstream.requests.length;
    const first = await gw.openai.chat.completions.create({ model: 'gpt-test', messages: history });
    history.push({ role: 'assistant', content: first.choices[0]!.message.content! }, { role: 'user', content: 'Maak er een korte samenvatting van.' });
    const before = analyzer.stats();
    await gw.openai.chat.completions.create({ model: 'gpt-test', messages: history });
    const after = analyzer.stats();
    // the letter comes from the cache; the answer quoting it is new text (analysed, then remembered), and the
    // short question is analysed without the cache (below its minimum length)
    expect(after.hits - before.hits).toBe(1);
    expect(after.misses - before.misses).toBe(1);
    expectNoneUpstream(upstream, LETTER_VALUES, from);
    const [turn1, turn2] = [upstream.requests[from]!.body.messages, upstream.requests[from + 1]!.body.messages];
    expect(turn2[0].content).toBe(turn1[0].content);
    expect(turn2[1].content).toBe(`Antwoord op: ${turn1[0].content}`);
  });
});

describe('BSN: refused, nothing sent, nothing stored', () => {
  it.each([
    ['plain', `Vat samen: de aanvrager met BSN ${BSN} vraagt om bijzondere bijstand.`],
    ['with dots', 'Vat samen: de aanvrager met BSN 1112.22.333 vraagt om bijzondere bijstand.'],
    ['with zero-width spaces', 'Vat samen: burgerservicenummer 111\u200B222\u200B333 van de aanvrager.'],
  ])('%s: 403 in the OpenAI error shape, no BSN in the error, the upstream or the record', async (_name, prompt) => {
    const from = upstream.requests.length;
    const res = await rawPost(gw, gw.key, '/v1/chat/completions', ask(prompt));
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: { message: expect.any(String), type: 'policy_violation', code: 'policy_blocked', param: 'bsn-en-identiteitsdocumenten' } });
    expect(res.body.error.message).toContain('bsn-en-identiteitsdocumenten');
    expect(JSON.stringify(res.body)).not.toMatch(/111.?222.?333|1112\.22/);
    expect(upstream.requests.length).toBe(from);

    const id = res.headers.get('x-poortwachter-interaction-id')!;
    const row = gw.ctx.interactions.get(id)!;
    expect(row).toMatchObject({ outcome: 'blocked', status: 403, useCase: 'algemeen', provider: null });
    expect(JSON.stringify(row)).not.toMatch(/111.?222.?333|1112\.22/);
    expect(JSON.parse(row.piiReceipt!)).toMatchObject({ BSN: { count: 1, operator: 'block' } });
  });

  it('a foreign personal number (a Polish PESEL) is refused the same way, under the same rule', async () => {
    const from = upstream.requests.length;
    const res = await rawPost(gw, gw.key, '/v1/chat/completions', ask('Schrijf een brief aan Marek; zijn PESEL is 44051401359.'));
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ type: 'policy_violation', code: 'policy_blocked', param: 'bsn-en-identiteitsdocumenten' });
    expect(res.body.error.message).toContain('buitenlands persoonsnummer');
    expect(JSON.stringify(res.body)).not.toContain('44051401359');
    expect(upstream.requests.length).toBe(from);
    const row = gw.ctx.interactions.get(res.headers.get('x-poortwachter-interaction-id')!)!;
    expect(JSON.stringify(row)).not.toContain('44051401359');
    expect(JSON.parse(row.piiReceipt!)).toMatchObject({ BUITENLANDS_PERSOONSNUMMER: { count: 1, operator: 'block' } });
  });

  it('the SDK sees the refusal as a 403 with code policy_blocked, also when streaming', async () => {
    const from = upstream.requests.length;
    const err = await apiError(() => gw.openai.chat.completions.create({ ...ask(`BSN ${BSN}, schrijf een brief.`), stream: true }));
    expect(err.status).toBe(403);
    expect(err.code).toBe('policy_blocked');
    expect(err.message).not.toContain(BSN);
    expect(upstream.requests.length).toBe(from);
  });
});

describe('the interaction record', () => {
  it('stores only pseudonymised messages and a receipt of counts and operators; no raw value anywhere in the row', async () => {
    const completion = await gw.openai.chat.completions.create(ask(LETTER));
    const row = gw.ctx.interactions.get(completion.id)!;
    const text = JSON.stringify(row);
    for (const v of LETTER_VALUES) expect(text, v).not.toContain(v);
    const messages = JSON.parse(row.requestMessages!);
    expect(messages[0].content).toContain('[PERSOON_2]');
    expect(messages[0].content).toContain('[IBAN_1]');
    expect(JSON.parse(row.piiReceipt!)).toEqual({
      PERSOON: { count: 3, operator: 'pseudonymise' },
      GEBOORTEDATUM: { count: 1, operator: 'pseudonymise' },
      ADRES: { count: 1, operator: 'pseudonymise' },
      POSTCODE: { count: 1, operator: 'pseudonymise' },
      IBAN: { count: 1, operator: 'pseudonymise' },
      TELEFOON: { count: 1, operator: 'pseudonymise' },
      EMAIL: { count: 1, operator: 'pseudonymise' },
      KENTEKEN: { count: 1, operator: 'pseudonymise' },
    });
  });

  it('a streamed interaction is recorded the same way', async () => {
    const { id } = await collect(await gw.openai.chat.completions.create({ ...ask(LETTER), stream: true }));
    const row = gw.ctx.interactions.get(id)!;
    expect(row.outcome).toBe('ok');
    const text = JSON.stringify(row);
    for (const v of LETTER_VALUES) expect(text, v).not.toContain(v);
  });
});

describe('must-keep text', () => {
  it('amounts, article references, case numbers, 14 020 and Postbus addresses reach the upstream unchanged', async () => {
    const plain = 'Het bedrag van € 4.312,50 is vastgesteld op grond van artikel 6:7 Awb in zaak Z-2025-004512. Bel 14 020 of schrijf naar Postbus 9105.';
    const from = upstream.requests.length;
    const completion = await gw.openai.chat.completions.create(ask(plain));
    expect(upstream.requests[from]!.body.messages[0].content).toBe(plain);
    expect(completion.choices[0]!.message.content).toBe(`Antwoord op: ${plain}`);
    expect(JSON.parse(gw.ctx.interactions.get(completion.id)!.piiReceipt!)).toEqual({});
  });
});

describe('preview', () => {
  it('POST /v1/pii/preview returns the spans and the text as it would be sent, without echoing values', async () => {
    const from = upstream.requests.length;
    const res = await rawPost(gw, gw.key, '/v1/pii/preview', { text: LETTER });
    expect(res.status).toBe(200);
    expect(res.body.use_case).toBe('algemeen');
    const types = res.body.spans.map((s: { type: string }) => s.type);
    expect(types).toEqual(expect.arrayContaining(['PERSOON', 'GEBOORTEDATUM', 'ADRES', 'POSTCODE', 'IBAN', 'TELEFOON', 'EMAIL', 'KENTEKEN']));
    for (const s of res.body.spans) {
      expect(s).toMatchObject({ start: expect.any(Number), end: expect.any(Number), operator: 'pseudonymise' });
      expect(s.end).toBeGreaterThan(s.start);
    }
    // The spans point at the values in the caller's own text.
    const iban = res.body.spans.find((s: { type: string }) => s.type === 'IBAN');
    expect(LETTER.slice(iban.start, iban.end)).toBe('NL91ABNA0417164300');
    expect(res.body.text).toContain('Zijn IBAN is [IBAN_1]');
    expect(res.body.blocked).toEqual([]);
    expect(res.body.receipt.PERSOON).toEqual({ count: 3, operator: 'pseudonymise' });
    for (const v of LETTER_VALUES) expect(JSON.stringify(res.body), v).not.toContain(v);
    expect(upstream.requests.length).toBe(from); // a preview calls no provider
  });

  it('a BSN shows as blocked in the preview', async () => {
    const res = await rawPost(gw, gw.key, '/v1/pii/preview', { text: `BSN ${BSN}` });
    expect(res.status).toBe(200);
    expect(res.body.blocked).toEqual(['BSN']);
    expect(JSON.stringify(res.body)).not.toContain(BSN);
  });

  it('`cli pii "..."` prints the types and the protected text, not the raw values', () => {
    const env = { DATABASE_URL: join(tempDir(), 'cli.db'), POORTWACHTER_POLICY_DIR: SHIPPED_POLICY_DIR };
    const text = 'Mevrouw Fatima el Amrani, IBAN NL91ABNA0417164300, telefoon 06-12345678, BSN 111222333.';
    const result = cli(['pii', text], env);
    expect(result.code, result.stderr).toBe(0);
    for (const type of ['PERSOON', 'IBAN', 'TELEFOON', 'BSN']) expect(result.stdout).toContain(type);
    expect(result.stdout).toContain('[PERSOON_1], IBAN [IBAN_1], telefoon [TELEFOON_1], BSN [BSN_1].');
    expect(result.stdout).toMatch(/GEWEIGERD \/ REFUSED: BSN/);
    for (const v of ['Fatima', 'Amrani', 'NL91ABNA0417164300', '06-12345678', BSN]) expect(result.stdout + result.stderr, v).not.toContain(v);
  });
});

describe('fail closed', () => {
  const throwing: Recognizer = {
    name: 'kapotte-herkenner',
    type: 'PERSOON',
    find(text) {
      throw new Error(`cannot handle ${text}`); // a careless message quoting the text
    },
  };

  it('a throwing recognizer refuses the request (503 pii_check_failed), nothing is sent, recorded as error', async () => {
    const original: Analyzer = gw.ctx.gateway.analyzer;
    gw.ctx.gateway.analyzer = createAnalyzer({ recognizers: [...defaultRecognizers, throwing] });
    try {
      const from = upstream.requests.length;
      const res = await rawPost(gw, gw.key, '/v1/chat/completions', ask('Schrijf aan mevrouw Fatima el Amrani.'));
      expect(res.status).toBe(503);
      expect(res.body.error).toMatchObject({ code: 'pii_check_failed', type: 'api_error' });
      expect(JSON.stringify(res.body)).not.toContain('Fatima');
      expect(upstream.requests.length).toBe(from);
      const row = gw.ctx.interactions.get(res.headers.get('x-poortwachter-interaction-id')!)!;
      expect(row).toMatchObject({ outcome: 'error', status: 503, errorCode: 'pii_check_failed', provider: null });
      expect(JSON.stringify(row)).not.toContain('Fatima');

      // The SDK, streaming: the same refusal, still nothing sent.
      const err = await apiError(() => gw.openai.chat.completions.create({ ...ask('Schrijf aan mevrouw Fatima el Amrani.'), stream: true }));
      expect(err.status).toBe(503);
      expect(err.code).toBe('pii_check_failed');
      expect(upstream.requests.length).toBe(from);

      // The preview fails closed too.
      const preview = await rawPost(gw, gw.key, '/v1/pii/preview', { text: 'Mevrouw Fatima el Amrani' });
      expect(preview.status).toBe(503);
      expect(preview.body.error.code).toBe('pii_check_failed');
      expect(JSON.stringify(preview.body)).not.toContain('Fatima');
    } finally {
      gw.ctx.gateway.analyzer = original;
    }
  });

  it('exceeding the analysis time budget refuses as well', async () => {
    const original = gw.ctx.gateway.analyzer;
    const slow: Recognizer = {
      name: 'trage-herkenner',
      type: 'PERSOON',
      find() {
        const until = performance.now() + 30;
        while (performance.now() < until) { /* spin */ }
      },
    };
    gw.ctx.gateway.analyzer = createAnalyzer({ recognizers: [slow, ...defaultRecognizers], timeBudgetMs: 5 });
    try {
      const from = upstream.requests.length;
      const err = await apiError(() => gw.openai.chat.completions.create(ask('Schrijf aan mevrouw Fatima el Amrani.')));
      expect(err.status).toBe(503);
      expect(err.code).toBe('pii_check_failed');
      expect(upstream.requests.length).toBe(from);
    } finally {
      gw.ctx.gateway.analyzer = original;
    }
  });
});

describe('operators from the use case: redact, mask, block', () => {
  let gw2: TestGateway;
  let up2: FakeOpenAI;
  beforeAll(async () => {
    up2 = await startFakeOpenAI();
    const dir = writePolicyDir({
      'beleid.yaml': `defaults:
  use_case: redigeren
  pii:
    BSN: block
    default: pseudonymise
use_cases:
${useCase('redigeren', `    pii:
      PERSOON: redact
      IBAN: mask
      TELEFOON: block
`)}`,
    });
    gw2 = await startGateway({ config: upstreamConfig(up2.url), env: { ...FAKE_ENV, POORTWACHTER_POLICY_DIR: dir } });
  });
  afterAll(async () => {
    await gw2.shutdown();
    await up2.close();
  });

  it('redact sends the type label and mask sends a mask; neither is restored in the answer', async () => {
    const completion = await gw2.openai.chat.completions.create(ask('Schrijf aan mevrouw Fatima el Amrani over IBAN NL91ABNA0417164300 en e-mail fatima@example.nl.'));
    const sent = up2.requests.at(-1)!.body.messages[0].content as string;
    expect(sent).toBe('Schrijf aan mevrouw [PERSOON] over IBAN ***************300 en e-mail [EMAIL_1].');
    expectNoneUpstream(up2, ['Fatima', 'Amrani', 'NL91ABNA0417164300', 'fatima@example.nl']);
    // Not restorable: the client reads the label and the mask; the pseudonymised e-mail comes back.
    expect(completion.choices[0]!.message.content).toBe('Antwoord op: Schrijf aan mevrouw [PERSOON] over IBAN ***************300 en e-mail fatima@example.nl.');
    expect(JSON.parse(gw2.ctx.interactions.get(completion.id)!.piiReceipt!)).toEqual({
      PERSOON: { count: 1, operator: 'redact' }, IBAN: { count: 1, operator: 'mask' }, EMAIL: { count: 1, operator: 'pseudonymise' },
    });
  });

  it('the preview shows the use case operators', async () => {
    const res = await rawPost(gw2, gw2.key, '/v1/pii/preview', { text: 'Mevrouw Fatima el Amrani, IBAN NL91ABNA0417164300' });
    expect(res.body.spans.map((s: { operator: string }) => s.operator)).toEqual(['redact', 'mask']);
    expect(res.body.text).toBe('Mevrouw [PERSOON], IBAN ***************300');
  });

  it('block refuses the request (403 pii_blocked) with the type named, nothing sent', async () => {
    const from = up2.requests.length;
    const err = await apiError(() => gw2.openai.chat.completions.create(ask('Bel de aanvrager op 06-12345678 en vraag naar het formulier.')));
    expect(err.status).toBe(403);
    expect(err.code).toBe('pii_blocked');
    expect(err.message).toContain('TELEFOON');
    expect(err.message).not.toContain('06-12345678');
    expect(up2.requests.length).toBe(from);
  });

  it('a raw upstream dump never holds a blocked, redacted or masked value', () => {
    expect(upstreamText(up2)).not.toMatch(/Fatima|06-12345678|NL91ABNA0417164300/);
  });
});
