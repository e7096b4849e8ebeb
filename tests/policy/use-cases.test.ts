/** Doelbinding: resolving the use case of a request, and the PII operators that follow. */
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/gateway/errors.js';
import { loadPolicy } from '../../src/policy/index.js';
import { DEFAULT_DIR, EXAMPLES_DIR, policyDir, useCaseYaml } from './helpers.js';

const examples = loadPolicy(EXAMPLES_DIR);

function refusal(fn: () => unknown): GatewayError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayError);
    return error as GatewayError;
  }
  throw new Error('expected a refusal');
}

describe('resolveUseCase', () => {
  const key = { useCases: ['brieven-herschrijven', 'samenvatten-beleid', 'websitechat-inwoners', 'kcc-antwoordsuggesties'], defaultUseCase: 'samenvatten-beleid', department: 'Communicatie' };

  it('takes the requested use case (header) when the key holds it', () => {
    expect(examples.resolveUseCase('brieven-herschrijven', key).id).toBe('brieven-herschrijven');
  });

  it('falls back to the key default, then the only use case, then the policy default', () => {
    expect(examples.resolveUseCase(undefined, key).id).toBe('samenvatten-beleid');
    expect(examples.resolveUseCase('', key).id).toBe('samenvatten-beleid');
    expect(examples.resolveUseCase(undefined, { useCases: ['brieven-herschrijven'] }).id).toBe('brieven-herschrijven');
    expect(examples.resolveUseCase(undefined, { useCases: [] }).id).toBe('algemeen');
  });

  it('a key without use cases may only use the policy default', () => {
    expect(examples.resolveUseCase('algemeen', { useCases: [] }).id).toBe('algemeen');
    const e = refusal(() => examples.resolveUseCase('brieven-herschrijven', { useCases: [] }));
    expect(e).toMatchObject({ status: 403, type: 'permission_error', code: 'use_case_not_allowed' });
  });

  it('refuses a use case the key does not hold (nl + en)', () => {
    const e = refusal(() => examples.resolveUseCase('algemeen', key));
    expect(e).toMatchObject({ status: 403, type: 'permission_error', code: 'use_case_not_allowed' });
    expect(e.message).toMatch(/Deze sleutel mag use case "algemeen" niet gebruiken \(doelbinding\).* \/ This key may not use use case "algemeen"/);
  });

  it('refuses an unknown use case', () => {
    const e = refusal(() => examples.resolveUseCase('bestaat-niet', key));
    expect(e).toMatchObject({ status: 403, code: 'use_case_unknown' });
    expect(e.message).toMatch(/Onbekende use case "bestaat-niet".* \/ Unknown use case/);
  });

  it('refuses a suspended use case citing AI Act art. 26(5)', () => {
    const e = refusal(() => examples.resolveUseCase('websitechat-inwoners', key));
    expect(e).toMatchObject({ status: 403, type: 'permission_error', code: 'use_case_suspended' });
    expect(e.message).toMatch(/opgeschort.*AI-verordening art\. 26\(5\).* \/ .*suspended.*AI Act art\. 26\(5\)/);
  });

  it('refuses when the key\'s department is not among the use case\'s departments', () => {
    const e = refusal(() => examples.resolveUseCase('kcc-antwoordsuggesties', key));
    expect(e).toMatchObject({ status: 403, code: 'use_case_not_allowed' });
    expect(e.message).toMatch(/alleen voor afdeling\(en\) KCC; deze sleutel hoort bij afdeling "Communicatie"/);
    const noDept = refusal(() => examples.resolveUseCase('kcc-antwoordsuggesties', { useCases: ['kcc-antwoordsuggesties'] }));
    expect(noDept.message).toMatch(/geen afdeling/);
    // Department names compare case-insensitively.
    expect(examples.resolveUseCase(undefined, { useCases: ['kcc-antwoordsuggesties'], department: 'kcc' }).id).toBe('kcc-antwoordsuggesties');
  });

  it('a policy without a default refuses requests without a use case', () => {
    const p = loadPolicy(policyDir({ 'a.yaml': `use_cases:\n${useCaseYaml('a')}${useCaseYaml('b')}` }));
    expect(refusal(() => p.resolveUseCase(undefined, { useCases: [] })).code).toBe('use_case_required');
    expect(refusal(() => p.resolveUseCase(undefined, { useCases: ['a', 'b'] })).code).toBe('use_case_required');
    expect(p.resolveUseCase('b', { useCases: ['a', 'b'] }).id).toBe('b');
  });

  it('the shipped baseline works for a key with nothing configured', () => {
    const base = loadPolicy(DEFAULT_DIR);
    expect(base.resolveUseCase(undefined, { useCases: [], department: null }).id).toBe('algemeen');
  });
});

describe('operatorsFor', () => {
  it('merges the policy defaults with the use case\'s own operators', () => {
    expect(examples.operatorsFor(examples.useCase('algemeen')!)).toEqual({ BSN: 'block', ID_DOCUMENT: 'block', BUITENLANDS_PERSOONSNUMMER: 'block', BETAALKAART: 'block', default: 'redact' });
    expect(examples.operatorsFor(examples.useCase('wmo-verslaglegging')!)).toEqual({
      BSN: 'block', ID_DOCUMENT: 'block', BUITENLANDS_PERSOONSNUMMER: 'block', BETAALKAART: 'block', PERSOON: 'pseudonymise', GEBOORTEDATUM: 'pseudonymise', default: 'pseudonymise',
    });
  });
});
