import { describe, expect, it } from 'vitest';
import { DEFAULT_OPERATORS, Pseudonymiser, createAnalyzer, normalise, preview } from '../../src/pii/index.js';

const analyzer = createAnalyzer();

describe('normalisation', () => {
  it('catches a BSN with zero-width spaces and replaces it in the original', () => {
    const zw = '\u200B';
    const text = `BSN: 1${zw}1${zw}1${zw}2${zw}2${zw}2${zw}3${zw}3${zw}3, graag.`;
    const spans = analyzer.analyze(text);
    expect(spans.map((s) => s.type)).toEqual(['BSN']);
    expect(text.slice(spans[0].start, spans[0].end).replace(/\u200B/g, '')).toBe('111222333');
    const p = new Pseudonymiser(analyzer, { default: 'pseudonymise' });
    expect(p.protect(text)).toBe('BSN: [BSN_1], graag.');
  });
  it('handles full-width digits, non-breaking spaces and Unicode dashes', () => {
    const text = 'bel ０６‑１２３４５６７８ of\u00A006\u00A012345678';
    const spans = analyzer.analyze(text);
    expect(spans.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['TELEFOON', '０６‑１２３４５６７８'],
      ['TELEFOON', '06\u00A012345678'],
    ]);
  });
  it('maps offsets back across removed and expanded characters', () => {
    const n = normalise('a\u200Bb ﬁ c');
    expect(n.text).toBe('ab fi c');
    expect(n.toOriginal(0, 2)).toEqual([0, 3]);
    expect(n.toOriginal(3, 5)).toEqual([4, 5]);
    expect(n.toOriginal(6, 7)).toEqual([6, 7]);
  });
  it('maps a span that ends right before a replaced character without taking the character along', () => {
    const text = 'tel 0612345678\u00A0of 0687654321\u2011x';
    expect(analyzer.analyze(text).map((s) => text.slice(s.start, s.end))).toEqual(['0612345678', '0687654321']);
    expect(new Pseudonymiser(analyzer).protect(text)).toBe('tel [TELEFOON_1]\u00A0of [TELEFOON_2]\u2011x');
    const n = normalise('ab ﬁﬁﬁ c');
    expect(n.text).toBe('ab fififi c');
    expect(n.toOriginal(0, 3)).toEqual([0, 3]); // "ab " ends before the first ligature
    expect(n.toOriginal(3, 5)).toEqual([3, 4]); // "fi": the first ligature
    expect(n.toOriginal(4, 7)).toEqual([3, 5]); // from inside the first to the end of the second
    expect(n.toOriginal(4, 8)).toEqual([3, 6]); // from inside the first to inside the third: all three
    expect(n.toOriginal(9, 11)).toEqual([6, 8]);
  });
  it('maps one-for-one replacements (full-width digits, odd spaces, dashes) to themselves', () => {
    const original = 'x\uFF11\uFF12\u00A0\u2013y\u3000z';
    const n = normalise(original);
    expect(n.text).toBe('x12 -y z');
    for (let s = 0; s <= n.text.length; s++) for (let e = s; e <= n.text.length; e++) expect(n.toOriginal(s, e)).toEqual([s, e]);
  });
  it('keeps a view with the tabs where the text has spaces, at the same offsets, across edits and long texts', () => {
    const row = 'Naam\tBSN\t\uFF10\uFF16-ﬁ\u200B\n' + 'x'.repeat(70) + '\t'.repeat(3) + '\n';
    const original = row.repeat(60); // longer than the builder's scratch, with slices and buffered pieces
    const n = normalise(original);
    expect(n.text).not.toContain('\t');
    expect(n.tabbed).not.toBeNull();
    const view = n.tabbed as string;
    expect(view.length).toBe(n.text.length);
    expect(view.replace(/\t/g, ' ')).toBe(n.text);
    const at = [...view.matchAll(/\t/g)].map((m) => m.index);
    expect(at).toHaveLength(5 * 60);
    for (const t of at) expect(original.slice(...n.toOriginal(t, t + 1))).toBe('\t');
    expect(normalise('één\ttab').tabbed).toBeNull(); // one tab makes no table
    expect(normalise('geen tabs\u00A0hier').tabbed).toBeNull();
  });
  it('maps every span to original text that normalises to at least that span', () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pieces = ['a', 'B', ' ', '1', '\t', '\u200B', '\u00AD', '\u00A0', '\uFF10', 'ﬁ', 'ﬃ', '\u2013', 'e\u0301', 'Zoe\u0308', '\u{1D400}', '\u2460', '\u3000', '\u00BD'];
    for (let k = 0; k < 200; k++) {
      let original = '';
      while (original.length < 3 + rnd() * 30) original += pieces[Math.floor(rnd() * pieces.length)];
      const n = normalise(original);
      const tabs = original.split('\t').length - 1;
      expect(n.tabbed === null ? tabs < 2 : n.tabbed.replace(/\t/g, ' ') === n.text && n.tabbed.split('\t').length - 1 === tabs).toBe(true);
      for (let s = 0; s <= n.text.length; s++) {
        for (let e = s + 1; e <= n.text.length; e++) {
          const [os, oe] = n.toOriginal(s, e);
          expect(normalise(original.slice(os, oe)).text, `${JSON.stringify(original)} [${s}, ${e})`).toContain(n.text.slice(s, e));
        }
      }
    }
  });
  it('composes decomposed accents so names are still found', () => {
    const text = 'Mijn naam is Zoe\u0308 Yilmaz.';
    const p = new Pseudonymiser(analyzer);
    expect(p.protect(text)).toBe('Mijn naam is [PERSOON_1].');
    expect(p.restore('[PERSOON_1]')).toBe('Zoe\u0308 Yilmaz');
  });
});

describe('operators', () => {
  const text = 'Mevrouw Fatima el Amrani, BSN 111222333, IBAN NL91ABNA0417164300, tel 06-12345678.';
  it('pseudonymises by default and blocks BSN', () => {
    const p = new Pseudonymiser(analyzer, DEFAULT_OPERATORS);
    expect(p.protect(text)).toBe('Mevrouw [PERSOON_1], BSN [BSN_1], IBAN [IBAN_1], tel [TELEFOON_1].');
    expect(p.blocked).toEqual(['BSN']);
  });
  it('redact, mask and allow', () => {
    const p = new Pseudonymiser(analyzer, { default: 'redact', IBAN: 'mask', TELEFOON: 'allow', BSN: 'redact' });
    expect(p.protect(text)).toBe('Mevrouw [PERSOON], BSN [BSN], IBAN ***************300, tel 06-12345678.');
    expect(p.blocked).toEqual([]);
    // redacted values cannot be restored
    expect(p.restore('[PERSOON]')).toBe('[PERSOON]');
    expect(p.receipt()).toEqual({
      PERSOON: { count: 1, operator: 'redact' },
      BSN: { count: 1, operator: 'redact' },
      IBAN: { count: 1, operator: 'mask' },
      TELEFOON: { count: 1, operator: 'allow' },
    });
  });
  it('receipt holds counts and operators, never values', () => {
    const p = new Pseudonymiser(analyzer);
    p.protect(text);
    const json = JSON.stringify(p.receipt());
    for (const v of ['Fatima', 'Amrani', '111222333', 'NL91', '0417164300', '12345678']) expect(json).not.toContain(v);
  });
});

describe('consistency across messages', () => {
  it('same value → same placeholder, numbered by first appearance, across texts and spellings', () => {
    const p = new Pseudonymiser(analyzer, { default: 'pseudonymise' });
    const a = p.protect('Cliënt Jan Jansen, BSN 111222333, belde met Piet Kramer.');
    const b = p.protect('Later belde Piet Kramer opnieuw over BSN 111 222 333; daarna Jan Jansen.');
    expect(a).toBe('Cliënt [PERSOON_1], BSN [BSN_1], belde met [PERSOON_2].');
    expect(b).toBe('Later belde [PERSOON_2] opnieuw over BSN [BSN_1]; daarna [PERSOON_1].');
    expect(p.restore(b)).toBe('Later belde Piet Kramer opnieuw over BSN 111222333; daarna Jan Jansen.');
  });
  it('leaves unknown placeholders alone', () => {
    const p = new Pseudonymiser(analyzer);
    p.protect('Beste Kevin,');
    expect(p.restore('[PERSOON_1] en [PERSOON_7]')).toBe('Kevin en [PERSOON_7]');
  });
});

describe('preview', () => {
  it('returns spans on the original text, the text as sent, blocked types and the receipt', () => {
    const r = preview('Beste Kevin, mijn BSN is 111222333.', analyzer);
    expect(r.text).toBe('Beste [PERSOON_1], mijn BSN is [BSN_1].');
    expect(r.spans.map((s) => [s.type, s.start, s.end])).toEqual([
      ['PERSOON', 6, 11],
      ['BSN', 25, 34],
    ]);
    expect(r.blocked).toEqual(['BSN']);
    expect(r.receipt).toEqual({ PERSOON: { count: 1, operator: 'pseudonymise' }, BSN: { count: 1, operator: 'block' } });
  });
});
