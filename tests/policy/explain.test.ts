/** `explain` and the `policy` CLI command: what would happen and why, without calling a provider. */
import { describe, expect, it } from 'vitest';
import { policyCommand } from '../../src/cli/policy.js';
import { createAnalyzer, preview } from '../../src/pii/index.js';
import { explain, formatExplanation, loadPolicy, type PiiPreview } from '../../src/policy/index.js';
import { DEFAULT_DIR, EXAMPLES_DIR, MINIMAL, policyDir, provider } from './helpers.js';

// The real PII engine, through its public API.
const analyzer = createAnalyzer();
const piiPreview: PiiPreview = (text, operators) => preview(text, analyzer, operators);

const openaiEu = provider('openai-eu', { region: 'eu', retentionDays: 30, zeroDataRetention: false, contract: 'DPA-1' }, ['gpt-4o-mini']);
const mistral = provider('mistral', { region: 'eu', contract: 'DPA-2' }, ['mistral-small']);
const openaiUs = provider('openai-us', { region: 'us', trainsOnData: true }, ['gpt-4o-mini']);
const providers = [openaiUs, openaiEu, mistral];
const forModel = (m: string) => providers.find((p) => p.models.includes(m));

const examples = loadPolicy(EXAMPLES_DIR);
const base = loadPolicy(DEFAULT_DIR);

describe('explain', () => {
  it('an ordinary prompt: allowed, PII found with operators, provider chosen and fallback', () => {
    const e = explain(examples, {
      useCaseId: 'brieven-herschrijven', model: 'standaard', providers, forModel, piiPreview,
      text: 'Herschrijf in B1: mail van jan.jansen@example.nl over de afvalinzameling.',
    });
    expect(e.outcome).toBe('allow');
    expect(e.refusals).toEqual([]);
    expect(e.useCase).toMatchObject({ id: 'brieven-herschrijven', riskClass: 'limited', status: 'active' });
    expect(e.pii).toMatchObject({ checked: true, found: [{ type: 'EMAIL', count: 1, operator: 'pseudonymise' }], blocked: [] });
    expect(e.pii.preview).toContain('[EMAIL_1]');
    expect(e.routing.candidates).toEqual([{ model: 'gpt-4o-mini', provider: 'openai-eu' }, { model: 'mistral-small', provider: 'mistral' }]);
    expect(e.routing.rejected.map((r) => r.provider)).toEqual(['openai-us']);
    const text = formatExplanation(e);
    expect(text).toMatch(/^Use case: brieven-herschrijven — Brieven herschrijven naar B1-taalniveau/);
    expect(text).toContain('EMAIL ×1 → pseudonymise');
    expect(text).toContain('gekozen/chosen: model gpt-4o-mini via openai-eu');
    expect(text).toContain('terugval/fallback: model mistral-small via mistral');
    expect(text).toContain('afgewezen/rejected: openai-us (gpt-4o-mini): regio "us" niet toegestaan');
    expect(text).toContain('Uitkomst / outcome: TOEGESTAAN / allowed');
    expect(text).toContain('AI-melding/AI notice (AI-verordening art. 50)');
    expect(text).toContain('Er is geen provider aangeroepen / no provider was called.');
    expect(text).not.toContain('jan.jansen@example.nl');
  });

  it('a blocked prompt: rules matched with source and reasons, BSN blocked by operator and rule', () => {
    const e = explain(base, {
      useCaseId: 'algemeen', model: 'gpt-4o-mini', providers, forModel, piiPreview,
      text: 'Mevrouw Jansen (BSN 111222333): moet de aanvraag worden toegekend of afgewezen?',
    });
    expect(e.outcome).toBe('block');
    expect(e.decision.matched.map((m) => m.id)).toEqual(['geen-geautomatiseerde-besluiten', 'bsn-en-identiteitsdocumenten']);
    expect(e.pii.found).toEqual(expect.arrayContaining([{ type: 'BSN', count: 1, operator: 'block' }, { type: 'PERSOON', count: 1, operator: 'pseudonymise' }]));
    expect(e.pii.blocked).toEqual(['BSN']);
    const text = formatExplanation(e);
    expect(text).toContain('[block] geen-geautomatiseerde-besluiten (AVG art. 22)');
    expect(text).toMatch(/waarom\/why: patroon\/pattern \//);
    expect(text).toContain('waarom/why: persoonsgegevens/personal data: BSN');
    expect(text).toContain('Uitkomst / outcome: GEWEIGERD / refused');
    expect(text).not.toContain('111222333');
    expect(text).not.toContain('Jansen');
  });

  it('warn notices and a routing refusal are shown', () => {
    const e = explain(examples, { useCaseId: 'wmo-verslaglegging', model: 'lokaal', providers, forModel, text: 'Schrijf een reactie op het bezwaarschrift.' });
    expect(e.decision.action).toBe('warn');
    // No provider in this set serves the "lokaal" chain at all: the model is unknown here.
    expect(e.routing.error?.code).toBe('model_not_found');
    expect(e.outcome).toBe('block');
    const text = formatExplanation(e);
    expect(text).toContain('niet gecontroleerd: geen PII-detectie beschikbaar');
    expect(text).toContain('melding/notice: Dit gaat over juridische of financiele gevolgen');
    expect(text).toMatch(/geweigerd\/refused \(model_not_found\)/);
  });

  it('a suspended use case is explained as refused', () => {
    const e = explain(examples, { useCaseId: 'websitechat-inwoners', model: 'standaard', providers, forModel, text: 'Wanneer is het stadhuis open?' });
    expect(e.outcome).toBe('block');
    expect(e.refusals[0]).toMatch(/opgeschort \(AI-verordening art\. 26\(5\)\)/);
    expect(formatExplanation(e)).toContain('OPGESCHORT/suspended');
  });

  it('an unknown use case throws use_case_unknown', () => {
    expect(() => explain(examples, { useCaseId: 'nee', text: 'x', providers, forModel })).toThrow(/Onbekende use case "nee"/);
  });

  it('never calls a provider (their methods throw)', () => {
    expect(() => explain(examples, { useCaseId: 'samenvatten-beleid', text: 'Vat samen', providers, forModel })).not.toThrow();
  });
});

function run(args: string[], policyDirPath = DEFAULT_DIR) {
  const out: string[] = [];
  const err: string[] = [];
  const code = policyCommand(args, { policyDir: policyDirPath, providers, forModel, piiPreview, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('policy CLI command', () => {
  it('check: each file OK and a summary', () => {
    const r = run(['check']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  OK  default.yaml');
    expect(r.out).toMatch(/1 use case\(s\):\n  algemeen — .*standaard\/default/);
    expect(r.out).toContain('[block] geen-geautomatiseerde-besluiten (AVG art. 22)');
    const ex = run(['check', '--dir', EXAMPLES_DIR]);
    expect(ex.code).toBe(0);
    expect(ex.out).toContain('6 use case(s):');
    expect(ex.out).toContain('standaard → gpt-4o-mini, mistral-small');
  });

  it('check: exit 1 with the PolicyError message, files marked', () => {
    const dir = policyDir({ 'a.yaml': MINIMAL, 'b.yaml': 'use_cases:\n  - id: x\n    risk_class: unacceptable\n' });
    const r = run(['check', '--dir', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('  OK  a.yaml');
    expect(r.out).toContain('  FOUT/ERROR  b.yaml');
    expect(r.err).toMatch(/b\.yaml: use_cases\[0\]\.risk_class \(use case "x"\): .*AI-verordening art\. 5/);
    expect(r.err).toMatch(/b\.yaml: use_cases\[0\]\.purpose .*ontbreekt/);
  });

  it('check: warnings are printed', () => {
    const dir = policyDir({ 'a.yaml': MINIMAL.replace('[openbaar, intern]', '[persoonsgegevens]') });
    const r = run(['check', '--dir', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 waarschuwing\(en\)\/warning\(s\):\n  ! a\.yaml: requirements\.no_training \(use case "basis"\)/);
  });

  it('explain: prints the explanation', () => {
    const r = run(['explain', '--use-case', 'algemeen', '--model', 'gpt-4o-mini', 'Bereken de fraudekans van deze aanvrager']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[block] geen-profilering-of-risicoscores');
    expect(r.out).toContain('GEWEIGERD / refused');
    const dflt = run(['explain', '--dir', EXAMPLES_DIR, '--model', 'standaard', 'Vat', 'dit', 'samen']);
    expect(dflt.code).toBe(0);
    expect(dflt.out).toMatch(/^Use case: algemeen/);
  });

  it('explain and unknown commands: usage and errors', () => {
    expect(run(['explain', '--use-case', 'algemeen']).code).toBe(2);
    expect(run(['bogus']).code).toBe(2);
    expect(run(['check', '--onbekend']).code).toBe(2);
    const unknown = run(['explain', '--use-case', 'nee', 'tekst']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/Onbekende use case "nee"/);
    expect(run(['explain', '--dir', '/nonexistent/x', 'tekst']).code).toBe(1);
  });
});
