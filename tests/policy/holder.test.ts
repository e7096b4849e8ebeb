/** Reload: atomic swap, a failed reload keeps the old policy, in-flight holders keep theirs. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPolicyHolder, PolicyError } from '../../src/policy/index.js';
import { MINIMAL, policyDir, useCaseYaml } from './helpers.js';

describe('createPolicyHolder', () => {
  it('an invalid policy at start throws (the gateway does not start)', () => {
    expect(() => createPolicyHolder(policyDir({ 'a.yaml': 'use_cases: 3' }))).toThrow(PolicyError);
  });

  it('reload swaps to the new policy; a request that took the old one keeps it', () => {
    const dir = policyDir({ 'a.yaml': MINIMAL });
    const holder = createPolicyHolder(dir);
    const inFlight = holder.current();
    writeFileSync(join(dir, 'a.yaml'), `${MINIMAL}${useCaseYaml('nieuw')}`);
    const result = holder.reload();
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(holder.current()).not.toBe(inFlight);
    expect(holder.current().useCase('nieuw')).toBeDefined();
    expect(inFlight.useCase('nieuw')).toBeUndefined();
    expect(inFlight.resolveUseCase(undefined, { useCases: [] }).id).toBe('basis');
    expect(holder.reload()).toMatchObject({ ok: true, changed: false });
  });

  it('a failed reload keeps the old policy and reports why', () => {
    const dir = policyDir({ 'a.yaml': MINIMAL });
    const holder = createPolicyHolder(dir);
    const before = holder.current();
    writeFileSync(join(dir, 'a.yaml'), MINIMAL.replace('risk_class: limited', 'risk_class: prohibited'));
    const result = holder.reload();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/a\.yaml: use_cases\[0\]\.risk_class.*AI-verordening art\. 5/);
    expect(holder.current()).toBe(before);
  });

  it('many readers during repeated reloads always see a whole policy', () => {
    const dir = policyDir({ 'a.yaml': MINIMAL });
    const holder = createPolicyHolder(dir);
    for (let i = 0; i < 20; i++) {
      const extra = i % 2 === 0 ? useCaseYaml(`uc-${i}`) : '  - kapot';
      writeFileSync(join(dir, 'a.yaml'), `${MINIMAL}${extra}\n`);
      holder.reload();
      const p = holder.current();
      expect(p.useCase('basis')).toBeDefined();
      expect(p.defaults.useCase).toBe('basis');
      expect(Object.isFrozen(p)).toBe(true);
    }
  });
});
