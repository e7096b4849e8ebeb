/**
 * Names in a pasted table: the cells under a column named "Naam", "Achternaam", "Cliënt", "Standhouder" … are
 * names, whether the lists know them or not ("| Mindaugas Kazlauskas | 07-09-1998 |"). The tables are tables.ts's,
 * found once per call (prose seldom holds '|' or ';').
 */
import { type Cell, cellsUnder } from '../tables.js';
import type { Found } from '../types.js';
import { classify, key } from './person-lexicon.js';
import { isOrganisationWord } from './person-organisations.js';
import { report } from './person-report.js';
import { isUpperCode } from './shared.js';

/** A column of names: its header, trimmed ("Naam", "Naam cliënt", "Naam (BRP)", "Voornaam", "Bewoner", "Name", "Consulent"). */
const NAME_COLUMN =
  /^(?:(?:volledige )?(?:naam|voornaam|voornamen|achternaam|roepnaam|geboortenaam)(?: [\p{L}.]+| \([\p{L}. ]+\))?|name|full name|first name|last name|surname|cliënt|client|cliënte|aanvrager|bewoner|deelnemer|standhouder|melder|huurder|contactpersoon|medewerker|leerling|kind|ouders?|verzorger|ouder\/verzorger|persoon|consulent|regisseur|behandelaar|casemanager|klantmanager|begeleider|mentor)$/iu;
/** What a cell holding a name looks like: a capital first, then letters, spaces, hyphens, apostrophes, dots, commas. */
const NAME_CELL = /^[\p{Lu}][\p{L}\p{M} .,'’-]{1,63}$/u;
/** Name columns read per table (a header of nothing but "Naam;Naam;…" costs no more than this many). */
const MAX_NAME_COLUMNS = 4;

/** Reports the names in the name columns of the text's tables, and hands each of their words to `named`. */
export function findTableNames(text: string, found: Found, named: (word: string) => void): void {
  for (const cell of cellsUnder(text, NAME_COLUMN, MAX_NAME_COLUMNS)) reportCell(text, found, cell, named);
}

function reportCell(text: string, found: Found, cell: Cell, named: (word: string) => void): void {
  const start = cell.start;
  let end = cell.end;
  while (end > start && (text.charCodeAt(end - 1) === 44 || text.charCodeAt(end - 1) === 32)) end--;
  const value = text.slice(start, end);
  // a column's name again is a label, not a name: a table of labels and values read as a header and rows
  // ("| Achternaam | VAN DEN BERGH |" over "| Voornamen | Charlotte |")
  if (!isUpperCode(text.charCodeAt(start)) || !NAME_CELL.test(value) || NAME_COLUMN.test(value)) return;
  const words = value.split(/[ ,]+/).map(key);
  if (words.some(isOrganisationWord)) return;
  // a single everyday word or place ("Onbekend", "Utrecht") is no name
  if (words.length === 1 && (classify(words[0]) === 'C' || classify(words[0]) === 'X')) return;
  // as sure as a name after a title: the column says it is one (and a couple's cell is one value)
  report(text, found, start, end, 0.9);
  for (const w of value.split(/[ ,]+/)) if (w.length > 1 && isUpperCode(w.charCodeAt(0)) && !w.endsWith('.')) named(w);
}
