import { describe, expect, it } from 'vitest';
import { ContextLookup, ContextWords, contextMatcher, hasContextWord } from '../../src/pii/context.js';
import { defaultRecognizers } from '../../src/pii/index.js';

const lists = defaultRecognizers.flatMap((r) => [r.context, r.negativeContext]).filter((l): l is readonly string[] => !!l && l.length > 0);

describe('context words', () => {
  it('the compiled matcher answers exactly as the general lowercase search, on every shipped word list', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pieces = ['tel', 'Tel.', 'TELEFOON', 'bsn', 'BSN:', 'kenteken', 'auto', 'automaat', 'geboren', 'paspoort', 'id', 'ID-kaart', '€', 'euro', 'eur', 'factuur', 'zaak', 'rsin', 'ip', 'IP-adres', 'licence plate', 'date of birth', 'nummer', 'x', '1', '-', '.', ':', ' ', ' ', '\n', 'é', 'İ', 'cliënt', 'ß'];
    for (let k = 0; k < 600; k++) {
      let text = '';
      while (text.length < 10 + rnd() * 120) text += pieces[Math.floor(rnd() * pieces.length)];
      const from = Math.floor(rnd() * text.length) - 5;
      const to = from + Math.floor(rnd() * 60);
      for (const words of lists) {
        expect(contextMatcher(words)(text, from, to), `${JSON.stringify(text)} [${from}, ${to}) ${words.join('|')}`).toBe(hasContextWord(text, from, to, words));
      }
    }
  });

  it('finds whole words only, in any case', () => {
    const m = contextMatcher(['tel', 'kenteken', 'licence plate']);
    expect(m('Bel Tel: 06', 0, 11)).toBe(true);
    expect(m('hotel 06', 0, 8)).toBe(false);
    expect(m('telefoon', 0, 8)).toBe(false);
    expect(m('his LICENCE PLATE is', 0, 20)).toBe(true);
    expect(m('Kentekenplaat', 0, 13)).toBe(false);
  });

  it('a lookup over a long text answers every check exactly as the matcher, where checks are dense and sparse', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pieces = ['111222333, ', 'bsn ', 'BSN:', 'sofi', 'SOFİ ', 'sofinummer', 'rsin', 'fiscaal nummer', '€', 'eur', 'euro', 'zaak', 'zaaknummer', 'K', 'İ', 'é', 'x', ' ', '\n', 'woord '.repeat(40), 'kvk', 'ordernummer', 'tel', 'ip'];
    for (let round = 0; round < 6; round++) {
      let text = '';
      while (text.length < 30_000) text += pieces[Math.floor(rnd() * pieces.length)];
      for (const words of lists) {
        const compiled = new ContextWords(words);
        const lookup = new ContextLookup(compiled, text);
        // checks in text order, as the analyzer makes them: dense stretches (every few characters) and sparse ones
        let at = 0;
        while (at < text.length) {
          const from = at - Math.floor(rnd() * 50);
          const to = at + Math.floor(rnd() * 30);
          expect(lookup.has(from, to), `${words.join('|')} [${from}, ${to})`).toBe(compiled.test(text, from, to));
          const dense = Math.floor(at / 5000) % 2 === 0;
          at += 1 + Math.floor(rnd() * (dense ? 12 : 600));
        }
      }
    }
  });
});
