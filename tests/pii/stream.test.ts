import { describe, expect, it } from 'vitest';
import { Pseudonymiser, createAnalyzer } from '../../src/pii/index.js';
import { holdFrom, isPlaceholderPrefix } from '../../src/pii/stream-restorer.js';

const analyzer = createAnalyzer();
function setup() {
  const p = new Pseudonymiser(analyzer, { default: 'pseudonymise' });
  p.protect('Beste Fatima el Amrani, uw IBAN is NL91ABNA0417164300 en uw buurman heet Piet Kramer.');
  return p;
}
const answer = 'Geachte [PERSOON_1], wij storten het op [IBAN_1]. Groet aan [PERSOON_2] [niet] [PERSOON_9] [PERS';
const restored = 'Geachte Fatima el Amrani, wij storten het op NL91ABNA0417164300. Groet aan Piet Kramer [niet] [PERSOON_9] [PERS';

describe('stream restore', () => {
  it('restores placeholders split at every possible position (two fragments)', () => {
    const p = setup();
    for (let i = 0; i <= answer.length; i++) {
      const r = p.streamRestorer();
      const out = r.push(answer.slice(0, i)) + r.push(answer.slice(i)) + r.flush();
      expect(out, `split at ${i}`).toBe(restored);
    }
  });
  it('restores with every pair of split positions (three fragments)', () => {
    const p = setup();
    const text = answer.slice(0, 60);
    const want = p.restore(text);
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) {
        const r = p.streamRestorer();
        expect(r.push(text.slice(0, i)) + r.push(text.slice(i, j)) + r.push(text.slice(j)) + r.flush()).toBe(want);
      }
    }
  });
  it('restores character by character', () => {
    const p = setup();
    const r = p.streamRestorer();
    let out = '';
    for (const ch of answer) out += r.push(ch);
    expect(out + r.flush()).toBe(restored);
  });
  it('holds back only a possible placeholder prefix, never more', () => {
    const p = setup();
    const r = p.streamRestorer();
    expect(r.push('Geachte ')).toBe('Geachte ');
    expect(r.push('[PERS')).toBe('');
    expect(r.push('OON_1')).toBe('');
    expect(r.push('], hoe gaat het?')).toBe('Fatima el Amrani, hoe gaat het?');
    expect(r.push('Een [link](x) en [')).toBe('Een [link](x) en ');
    expect(r.push('noot]')).toBe('[noot]');
    expect(r.push(' [IBAN_12')).toBe(' ');
    expect(r.push('x')).toBe('[IBAN_12x');
    expect(r.flush()).toBe('');
  });
  it('prefix rule: what may be held', () => {
    for (const s of ['[', '[P', '[PERSOON', '[PERSOON_', '[PERSOON_12', '[BTW_', '[BTW_ID_3', '[IP_ADRES_1']) expect(isPlaceholderPrefix(s), s).toBe(true);
    for (const s of ['[x', '[PERSOON_1]', '[PERSOONX', '[PERSOON_a', '[ PERSOON', '[PERSOON_1234567']) expect(isPlaceholderPrefix(s), s).toBe(false);
    const long = 'a'.repeat(1000);
    expect(holdFrom(long)).toBe(1000);
    expect(holdFrom(`${long}[PERSOON_`)).toBe(1000);
    expect(holdFrom(`${long}[PERSOON_1]`)).toBe(1011);
  });
  it('JSON mode escapes restored values for tool-call arguments', () => {
    const p = new Pseudonymiser(analyzer);
    p.protect('Mijn naam is Chloë "Coco" Dubois.');
    const r = p.streamRestorer({ json: true });
    const out = r.push('{"naam":"[PERS') + r.push('OON_1]"}') + r.flush();
    expect(JSON.parse(out)).toEqual({ naam: p.restore('[PERSOON_1]') });
  });
});
