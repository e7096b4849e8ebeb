import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/pii/index.js';
import { evaluate, loadCorpus } from '../../scripts/eval-pii.js';

// the same targets on the corpus the engine was tuned on and on the held-out set written after it
describe.each(['corpus', 'holdout'] as const)('evaluation: %s', (name) => {
  const r = evaluate(createAnalyzer(), loadCorpus(name));
  it('checksum-validated types: 100% recall', () => {
    for (const t of ['BSN', 'RSIN', 'IBAN', 'BTW_ID', 'BETAALKAART'] as const) expect(r.perType[t]?.recall ?? 1, t).toBe(1);
  });
  it('names and addresses: at least 95% recall', () => {
    expect(r.perType.PERSOON!.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.perType.ADRES!.recall).toBeGreaterThanOrEqual(0.95);
  });
  it('must-keep text: at most 2% altered', () => {
    expect(r.mustKeep.share).toBeLessThanOrEqual(0.02);
  });
});
