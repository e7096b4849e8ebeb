/**
 * The one text normalisation rules are matched against: NFKC (full-width and ligature forms fold to
 * plain letters), zero-width and soft-hyphen characters removed, diacritics removed (so "financiële"
 * matches a pattern written "financiele"), whitespace collapsed to single spaces. `lower` is the
 * lowercased form that case-insensitive patterns run on; `cased` keeps case for markings such as
 * "VERTROUWELIJK" that only mean something in capitals.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const COMBINING = /[\u0300-\u036f]/g;
const WHITESPACE = /\s+/g;

export interface NormalisedText {
  lower: string;
  cased: string;
}

export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').normalize('NFC');
}

export function normaliseText(text: string): NormalisedText {
  const cased = foldDiacritics(text.normalize('NFKC').replace(INVISIBLE, '')).replace(WHITESPACE, ' ').trim();
  return { cased, lower: cased.toLowerCase() };
}
