import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/pii/index.js';
import { writtenInLowerCase } from '../../src/pii/recognizers/lower-case-text.js';

const analyzer = createAnalyzer();
const found = (text: string) => analyzer.analyze(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

const NOTE = `tel 10:20 mw. van den akker-bos belt ivm afwijzing wmo. boos. zegt dat collega pieter niet luisterde.
- adres: oranjelaan 6, 7411 ax
- dochter (joke) regelt meeste, werkt sinds jan bij de gemeente
- kleinzoon ahmed el idrissi helpt ook
nb mw hoort slecht, maak er een nette samenvatting van`;

describe('texts written in lower case', () => {
  it('are told from texts that open their lines and sentences with capitals', () => {
    expect(writtenInLowerCase(NOTE)).toBe(true);
    expect(writtenInLowerCase('Geachte heer Jansen,\nHierbij stuur ik de stukken. Met vriendelijke groet.\nPiet')).toBe(false);
  });
  it('have their first names, names after a title, and postcodes found in lower case', () => {
    expect(found(NOTE)).toEqual([
      'PERSOON:van den akker-bos',
      'PERSOON:pieter',
      'ADRES:oranjelaan 6',
      'POSTCODE:7411 ax',
      'PERSOON:joke',
      'PERSOON:ahmed el idrissi',
    ]);
  });
  it('keep everyday words, months and units that the name lists hold out', () => {
    expect(found('notitie. gesprek gehad.\n- werkt sinds jan op kantoor\n- sinds 2024 en nog steeds\n- graag een nette samenvatting\n- can you check')).toEqual([]);
  });
  it('have their streets, plates and full names found in lower case too', () => {
    const note = 'notitie huisbezoek. nw adres: lingedijk 41, oude haven 9 was het\n- auto vp-772-h voor de deur\n- mw. tatiana moraru en zus ans de graaf\n- mantelzorgwaardering 2025 aangevraagd';
    expect(found(note)).toEqual([
      'ADRES:lingedijk 41',
      'ADRES:oude haven 9',
      'KENTEKEN:vp-772-h',
      'PERSOON:tatiana moraru',
      'PERSOON:ans de graaf',
    ]);
  });
});
