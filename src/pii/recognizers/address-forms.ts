/**
 * Addresses the street finder (address.ts) cannot anchor on a capital or a strong suffix: the cells of a pasted
 * table's address column ("| Brink 31 |", "Adres;…"), and streets in a text written in lower case (lower-case-text.ts:
 * "lingedijk 41", "oude haven 9", "de esch 4").
 */
import { cellsUnder } from '../tables.js';
import type { Found } from '../types.js';
import { writtenInLowerCase } from './lower-case-text.js';
import { BARE_STREET_WORDS, HOUSE_NUMBER, STREET_ADJECTIVES, STREET_SUFFIXES, YEAR, endsWithAny } from './shared.js';

/**
 * A column of addresses: its header, trimmed ("Adres", "Woonadres", "Ophaaladres", "Adres (nieuw)", "Adres
 * gastgezin", "Straat en huisnummer").
 */
const ADDRESS_COLUMN = /^(?:\p{L}*adres(?: \([\p{L}. ]+\)| \p{Ll}+)?|straat(?: (?:en|\+) huisnummer)?|address)$/iu;
/** A street and a house number filling a cell: letters, spaces, dots, apostrophes and hyphens, then the number. */
const STREET_AND_NUMBER = /^[\p{L}][\p{L}\p{M} .'’-]{1,48} \d{1,5}[\p{L}\d -]{0,8}$/u;

export function findTableAddresses(text: string, found: Found): void {
  for (const { start, end } of cellsUnder(text, ADDRESS_COLUMN, 4)) {
    // up to a comma: "Brink 31, Wolvega" is the street and number, then the place
    let to = start;
    while (to < end && text.charCodeAt(to) !== 44) to++;
    if (STREET_AND_NUMBER.test(text.slice(start, to))) found.add(start, to, 0.9);
  }
}

/** Words that open a street's name in lower case: "oude haven", "de esch", "it heechhout". */
const STREET_OPENERS = new Set(['de', 'het', "'t", 'it', 'van', ...STREET_ADJECTIVES]);
/** A word in lower case and a number after it. */
const LOWER_WORD_NUMBER = /(?<![\p{L}\d.@/-])([a-zà-ÿ]{3,}) (?=[1-9])/gu;

export function findLowerCaseAddresses(text: string, found: Found): void {
  if (!writtenInLowerCase(text)) return;
  LOWER_WORD_NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOWER_WORD_NUMBER.exec(text)) !== null) {
    const word = m[1];
    if (!BARE_STREET_WORDS.has(word) && !endsWithAny(word, STREET_SUFFIXES, 3)) continue;
    HOUSE_NUMBER.lastIndex = m.index + m[0].length;
    const n = HOUSE_NUMBER.exec(text);
    // a year after a word on "-ring" or "-veld" is no house number ("mantelzorgwaardering 2025")
    if (n === null || YEAR.test(n[1])) continue;
    // one opening word before it ("oude haven 9"), read back over a space
    let start = m.index;
    const before = /([a-z']+) $/.exec(text.slice(Math.max(0, start - 8), start));
    if (before !== null && STREET_OPENERS.has(before[1])) start -= before[0].length;
    found.add(start, HOUSE_NUMBER.lastIndex, 0.85);
    LOWER_WORD_NUMBER.lastIndex = HOUSE_NUMBER.lastIndex;
  }
  LOWER_WORD_NUMBER.lastIndex = 0;
}
