/** Compliant routing: requirement filter, alias fallback order, model restriction, refusal with reasons. */
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/gateway/errors.js';
import type { Provider } from '../../src/gateway/types.js';
import { checkRequirements, loadPolicy } from '../../src/policy/index.js';
import { DEFAULT_DIR, EXAMPLES_DIR, provider } from './helpers.js';

const examples = loadPolicy(EXAMPLES_DIR);
const uc = (id: string) => examples.useCase(id)!;

const openaiEu = provider('openai-eu', { region: 'eu', retentionDays: 30, zeroDataRetention: false, contract: 'DPA-2025-1' }, ['gpt-4o-mini']);
const mistral = provider('mistral', { region: 'eu', retentionDays: 0, zeroDataRetention: true, contract: 'DPA-2025-2' }, ['mistral-small']);
const openaiUs = provider('openai-us', { region: 'us', trainsOnData: true, retentionDays: 30, zeroDataRetention: false }, ['gpt-4o-mini']);
const vllm = provider('vllm-local', { region: 'local', selfHosted: true, retentionDays: 0, zeroDataRetention: true }, ['llama-3.1-8b-instruct']);
const all: Provider[] = [openaiEu, mistral, openaiUs, vllm];
const firstServing = (providers: Provider[]) => (model: string) => providers.find((p) => p.models.includes(model));

function refusal(fn: () => unknown): GatewayError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayError);
    return error as GatewayError;
  }
  throw new Error('expected a refusal');
}

describe('route', () => {
  it('an alias expands to its ordered fallback chain of compliant providers', () => {
    const r = examples.route(uc('brieven-herschrijven'), 'standaard', all, firstServing(all));
    expect(r.models).toEqual(['gpt-4o-mini', 'mistral-small']);
    expect(r.candidates.map((c) => `${c.model}@${c.provider.name}`)).toEqual(['gpt-4o-mini@openai-eu', 'mistral-small@mistral']);
    expect(r.rejected).toEqual([{ provider: 'openai-us', model: 'gpt-4o-mini', reasons: [
      'regio "us" niet toegestaan (toegestaan: eu, nl) / region "us" not allowed (allowed: eu, nl)',
      'traint op aangeleverde gegevens / trains on submitted data',
      'geen contract/verwerkersovereenkomst vastgelegd / no contract/DPA on record',
    ] }]);
  });

  it('a non-compliant primary provider is skipped, never used', () => {
    const usFirst: Provider[] = [openaiUs, openaiEu, mistral];
    const r = examples.route(uc('brieven-herschrijven'), 'gpt-4o-mini', usFirst, firstServing(usFirst));
    expect(r.candidates.map((c) => c.provider.name)).toEqual(['openai-eu']);
    expect(r.rejected.map((x) => x.provider)).toEqual(['openai-us']);
  });

  it('stricter requirements narrow the chain (zero data retention for the KCC)', () => {
    const r = examples.route(uc('kcc-antwoordsuggesties'), 'standaard', all, firstServing(all));
    expect(r.candidates.map((c) => `${c.model}@${c.provider.name}`)).toEqual(['mistral-small@mistral']);
    expect(r.rejected.find((x) => x.provider === 'openai-eu')!.reasons).toEqual([
      'bewaart 30 dagen, maximaal 0 toegestaan / retains 30 days, at most 0 allowed',
      'geen zero data retention / no zero data retention',
    ]);
  });

  it('special-category data only goes to a self-hosted provider', () => {
    const r = examples.route(uc('wmo-verslaglegging'), 'lokaal', all, firstServing(all));
    expect(r.candidates.map((c) => c.provider.name)).toEqual(['vllm-local']);
    const cloudOnly = [openaiEu, mistral, provider('llama-cloud', { region: 'nl' }, ['llama-3.1-8b-instruct'])];
    const e = refusal(() => examples.route(uc('wmo-verslaglegging'), 'lokaal', cloudOnly, firstServing(cloudOnly)));
    expect(e).toMatchObject({ status: 403, code: 'no_compliant_provider' });
    expect(e.message).toMatch(/Geen provider voldoet aan de eisen van use case "wmo-verslaglegging"; het verzoek is nergens heen gestuurd/);
    expect(e.message).toMatch(/llama-cloud \(llama-3\.1-8b-instruct\): niet zelf gehost/);
  });

  it('refuses with every provider\'s reasons when none complies', () => {
    const e = refusal(() => examples.route(uc('brieven-herschrijven'), 'gpt-4o-mini', [openaiUs], firstServing([openaiUs])));
    expect(e).toMatchObject({ status: 403, type: 'policy_violation', code: 'no_compliant_provider' });
    expect(e.message).toContain('openai-us (gpt-4o-mini): regio "us" niet toegestaan');
    expect(e.message).toContain('traint op aangeleverde gegevens');
  });

  it('a model nobody serves is unknown (404 model_not_found), as for any model without a provider', () => {
    const e = refusal(() => examples.route(uc('brieven-herschrijven'), 'standaard', [], () => undefined));
    expect(e).toMatchObject({ status: 404, type: 'not_found_error', code: 'model_not_found', param: 'model' });
  });

  it('a use case\'s models restrict what may be asked for', () => {
    const e = refusal(() => examples.route(uc('brieven-herschrijven'), 'gpt-4o', all, firstServing(all)));
    expect(e).toMatchObject({ status: 403, type: 'permission_error', code: 'model_not_allowed', param: 'model' });
    expect(e.message).toMatch(/Model "gpt-4o" is niet toegestaan voor use case "brieven-herschrijven" \(toegestaan: standaard\)/);
    // A model inside an allowed alias may be asked for by name.
    expect(examples.route(uc('brieven-herschrijven'), 'mistral-small', all, firstServing(all)).models).toEqual(['mistral-small']);
    // Another use case's alias is not allowed here.
    expect(refusal(() => examples.route(uc('brieven-herschrijven'), 'lokaal', all, firstServing(all))).code).toBe('model_not_allowed');
  });

  it('no model given: the use case\'s own models in order', () => {
    expect(examples.route(uc('samenvatten-beleid'), '', all, firstServing(all)).models).toEqual(['gpt-4o-mini', 'mistral-small', 'llama-3.1-8b-instruct']);
    const base = loadPolicy(DEFAULT_DIR);
    expect(refusal(() => base.route(base.useCase('algemeen')!, '', all, firstServing(all))).code).toBe('model_required');
  });

  it('the baseline works with the dry-run provider and env-configured providers', () => {
    const base = loadPolicy(DEFAULT_DIR);
    const dryRun = provider('dry-run', { region: 'local', selfHosted: true, retentionDays: 0, trainsOnData: false });
    const envOpenai = provider('openai', { region: 'unknown', trainsOnData: false, retentionDays: 30, zeroDataRetention: false });
    for (const p of [dryRun, envOpenai]) {
      const r = base.route(base.useCase('algemeen')!, 'gpt-4o-mini', [p], () => p);
      expect(r.candidates.map((c) => c.provider.name)).toEqual([p.name]);
    }
    const trains = provider('trains', { trainsOnData: true });
    expect(refusal(() => base.route(base.useCase('algemeen')!, 'x', [trains], () => trains)).code).toBe('no_compliant_provider');
  });
});

describe('checkRequirements', () => {
  const none = { noTraining: false, zeroDataRetention: false, selfHosted: false, contractRequired: false };
  const attrs = { region: 'EU', trainsOnData: false, retentionDays: 30, zeroDataRetention: false, selfHosted: false };
  it('regions compare case-insensitively; zero data retention counts as 0 days', () => {
    expect(checkRequirements({ ...none, regions: ['eu'] }, attrs)).toEqual([]);
    expect(checkRequirements({ ...none, maxRetentionDays: 7 }, { ...attrs, zeroDataRetention: true })).toEqual([]);
    expect(checkRequirements({ ...none, maxRetentionDays: 7 }, attrs)).toHaveLength(1);
    expect(checkRequirements({ ...none, contractRequired: true }, { ...attrs, contract: 'DPA-1' })).toEqual([]);
  });
});
