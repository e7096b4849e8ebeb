import { describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/eval-pii.js';

describe('evaluation corpus', () => {
  const r = evaluate();
  it('checksum-validated types: 100% recall', () => {
    for (const t of ['BSN', 'RSIN', 'IBAN', 'BTW_ID', 'BETAALKAART'] as const) expect(r.perType[t]?.recall, t).toBe(1);
  });
  it('names and addresses: at least 95% recall', () => {
    expect(r.perType.PERSOON!.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.perType.ADRES!.recall).toBeGreaterThanOrEqual(0.95);
  });
  it('must-keep text: at most 2% altered', () => {
    expect(r.mustKeep.share).toBeLessThanOrEqual(0.02);
  });
});
