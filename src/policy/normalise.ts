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
/** Any non-ASCII character: without one, NFKC/NFD/NFC change nothing and nothing is invisible or combining. */
const NON_ASCII = /[^\x00-\x7f]/;
/**
 * Replaces exactly what WHITESPACE does, minus the no-op of a single space by a space: a run of two or
 * more whitespace characters, or one whitespace character other than a space.
 */
const WHITESPACE_CHANGE = /\s\s+|[^\S ]/g;

export interface NormalisedText {
  lower: string;
  cased: string;
}

export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').normalize('NFC');
}

export function normaliseText(text: string): NormalisedText {
  // ASCII text (most prompts) skips the three Unicode normalisations, which cost ~15 µs per kB.
  const folded = NON_ASCII.test(text) ? foldDiacritics(text.normalize('NFKC').replace(INVISIBLE, '')) : text;
  const cased = folded.replace(WHITESPACE_CHANGE, ' ').trim();
  return { cased, lower: cased.toLowerCase() };
}

/** The reference normalisation (no shortcuts); tests check normaliseText against it. */
export function normaliseTextReference(text: string): NormalisedText {
  const cased = foldDiacritics(text.normalize('NFKC').replace(INVISIBLE, '')).replace(WHITESPACE, ' ').trim();
  return { cased, lower: cased.toLowerCase() };
}
