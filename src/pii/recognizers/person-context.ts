/**
 * What around a word says it is (part of) a name, read in place for the person finder: the gap between two names
 * ("Jan en Piet"), a name going on from the one found last, an age or a nickname in brackets, a house number
 * after it, a colon or a sentence's end before it, a place of several words opening at it.
 */
import { NAMING_TRIGGERS, PLACE_PHRASES_BY_FIRST_WORD, RELATION_TRIGGERS, commonWords } from './person-lexicon.js';
import { last } from './person-report.js';
import { isLowerCode } from './person-tokens.js';
import { LO, MAX_WORD_LENGTH, UP, infoOf } from './person-words.js';
import { LIST_MARKER, STREET_SUFFIXES, endsWithAny, isUpperCode } from './shared.js';

/** Words that join two names: "Jan en Piet", "Jan of Piet", "Jan & Piet". */
const JOIN_WORDS = ['en', 'of', 'and', '&', 'und', 'et'];
/**
 * text[from, to) joins two names: ", ", or a join word between single spaces, with or without a comma
 * before it (", en "). Read in place: the gap between two names is tested at every name of a list.
 */
export function joinedBy(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  let p = from;
  if (text.charCodeAt(p) === 44) p++;
  if (text.charCodeAt(p) !== 32) return false;
  if (to - p === 1) return p > from; // ", "
  if (text.charCodeAt(to - 1) !== 32) return false;
  const n = to - p - 2;
  for (const w of JOIN_WORDS) if (w.length === n && text.startsWith(w, p + 1)) return true;
  return false;
}
/** text[from, to) holds only whitespace, '.', ',' and ':' (the original /^[\s.,:]*$/ on a slice). */
export function onlySeparators(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 46 || c === 44 || c === 58 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(text[i])) return false;
  }
  return true;
}
/**
 * Does the word at `at`, ending at `wordEnd`, go on from the name found last? Joined to it ("Jan en Piet",
 * "Jan, Piet"), unless a house number follows the word ("Sharon Pinas, Oranjerie 14" is a name and a street);
 * or right after it in brackets ("Petronella (Nel) Hogenbirk": the last name stands between " (" and ") ").
 */
export function joinedToLastName(text: string, at: number, wordEnd: number): boolean {
  const { start, end } = last;
  if (end < 0 || at - end > 6) return false;
  if (joinedBy(text, end, at)) {
    const c = text.charCodeAt(wordEnd + 1);
    return text.charCodeAt(wordEnd) !== 32 || c < 48 || c > 57;
  }
  return at === end + 2 && text.charCodeAt(end) === 41 && text.charCodeAt(end + 1) === 32 && start >= 2 && text.charCodeAt(start - 1) === 40 && text.charCodeAt(start - 2) === 32;
}
/** " en " and a listed first name after a word ending at `end`: "Jaylen en Amara". */
export function joinedToFirstNameAfter(text: string, end: number): boolean {
  if (!text.startsWith(' en ', end)) return false;
  NEXT_WORD.lastIndex = end + 4;
  const m = NEXT_WORD.exec(text);
  if (m === null || m[0].length > MAX_WORD_LENGTH) return false;
  const c = infoOf(m[0]).listed;
  return c === 'F' || c === 'FS';
}
/** A house number after a word ending at `end`: " 12", " 4a". */
export function houseNumberAt(text: string, end: number): boolean {
  const c = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 32 && c >= 48 && c <= 57;
}
/** A word (lowercase `lower`) ending at `end` on a street's suffix, with a house number after it: a street. */
export function streetBeforeNumber(text: string, end: number, lower: string): boolean {
  return houseNumberAt(text, end) && endsWithAny(lower, STREET_SUFFIXES, 3);
}
/**
 * An age or a date of birth in brackets after a word: " (11)", " (6 jaar)", " (geb. 02-09-2019)"; or the age after
 * a comma inside the word's brackets: "(Dilnoza, 15)".
 */
const YEARS = '(?:[1-9]|1[0-9])(?: jaar| jr\\.?)?';
const AGE = new RegExp(` \\((?:${YEARS}\\)|(?:geb\\.?|geboren|\\*) ?\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4})`, 'y');
const AGE_IN_BRACKETS = new RegExp(`, ${YEARS}\\)`, 'y');
/** Only a date of birth (`datesOnly`), or an age after the name found last with its age: "Jayden (11) en Djoy (6)". */
const AGE_BEFORE = new RegExp(`^ \\(${YEARS}\\),? (?:en |& )?$`);
export function ageAfter(text: string, start: number, end: number, datesOnly = false): boolean {
  if (datesOnly && start - last.end <= 16 && AGE_BEFORE.test(text.slice(last.end, start))) datesOnly = false;
  const c = text.charCodeAt(end);
  if (c === 32 && text.charCodeAt(end + 1) === 40) {
    AGE.lastIndex = end;
    return AGE.test(text) && !(datesOnly && text.charCodeAt(end + 2) <= 57);
  }
  if (c !== 44 || datesOnly || text.charCodeAt(start - 1) !== 40) return false;
  AGE_IN_BRACKETS.lastIndex = end;
  return AGE_IN_BRACKETS.test(text);
}
/**
 * A list item that opens with the word at text[start, end) and gives an age or a date of birth right after it: a
 * child in a list of them ("- Helen (12), brugklas", "- Adam, geb. 02-09-2013", "- Helen, 9 jaar"), named with a
 * word that is also an everyday word or a place.
 */
const LIST_ITEM_BEFORE = new RegExp(`(?:^|\\n)${LIST_MARKER}$`);
const BIRTH_AFTER_COMMA = /, (?:(?:geb\.?|geboren) ?\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|(?:[1-9]|1[0-9]) (?:jaar|jr)(?![A-Za-z]))/y;
export function listedWithAge(text: string, start: number, end: number): boolean {
  // the age after it first: a character or two decide for nearly every word
  const c = text.charCodeAt(end);
  if (c === 44) {
    BIRTH_AFTER_COMMA.lastIndex = end;
    if (!BIRTH_AFTER_COMMA.test(text)) return false;
  } else if (c !== 32 || text.charCodeAt(end + 1) !== 40 || !ageAfter(text, start, end)) return false;
  return LIST_ITEM_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
/** A listed first name in brackets at text[at + 1]: " (Gert-Jan)", " (Annemarie)". */
const BRACKETED_WORD = new RegExp(`\\(([${UP}][${LO}]+(?:-[${UP}][${LO}]+)?)\\)`, 'y');
export function firstNameInBrackets(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  BRACKETED_WORD.lastIndex = at + 1;
  const m = BRACKETED_WORD.exec(text);
  if (m === null || m[1].length > MAX_WORD_LENGTH) return false;
  const c = infoOf(m[1]).cls;
  return c === 'F' || c === 'FS';
}
/** A word in brackets right after the name found last, with the name going on after it: "Hendrika (Riek) Scholten". */
export function bracketedAfterName(text: string, start: number, end: number): boolean {
  return (
    last.end === start - 2 && text.charCodeAt(start - 2) === 32 && text.charCodeAt(start - 1) === 40 && text.charCodeAt(end) === 41 &&
    text.charCodeAt(end + 1) === 32 && (isUpperCode(text.charCodeAt(end + 2)) || isLowerCode(text.charCodeAt(end + 2)))
  );
}
/**
 * A surname going on after the name it goes by, in brackets, found last: "Geertruida (Truus) van der Molen".
 * Where the surname's particles begin (pos when there are none), or -1.
 */
const AFTER_BRACKETED = /\) (?:(?:van|de|der|den|ter|ten|het|in|op|'t|’t) ){0,3}$/y;
export function afterBracketedName(text: string, pos: number): number {
  if (last.end < 0 || pos - last.end > 16 || text.charCodeAt(last.start - 1) !== 40 || text.charCodeAt(last.end) !== 41) return -1;
  AFTER_BRACKETED.lastIndex = last.end;
  return AFTER_BRACKETED.test(text.slice(0, pos)) ? last.end + 2 : -1;
}
/** English words that open sentences and are also listed names ("He" a surname, "An" and "Can" first names). */
export const ENGLISH_OPENERS: ReadonlySet<string> = new Set(['he', 'an', 'can', 'may', 'will', 'so', 'my', 'we', 'do', 'be', 'am', 'as', 'at', 'by', 'on', 'no', 'us']);
const LOWER_WORD_AFTER = new RegExp(`[a-z][${LO}]*`, 'y');
/**
 * Is the word ending at `end` an English word opening a sentence ("He also asked", "An occupational therapist")?
 * Only when the word after it is lowercase and no Dutch word: "An belde" is a name.
 */
export function englishOpenerAt(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  LOWER_WORD_AFTER.lastIndex = end + 1;
  const m = LOWER_WORD_AFTER.exec(text);
  return m !== null && (ENGLISH_AFTER_OPENER.has(m[0]) || !commonWords.has(m[0]));
}
/** English words after an opener that Dutch subtitles use too, so the common-word test alone would let pass. */
const ENGLISH_AFTER_OPENER: ReadonlySet<string> = new Set(['you', 'i', 'we', 'he', 'she', 'it', 'they', 'also', 'the', 'a', 'not', 'please', 'your', 'my', 'our', 'this', 'that', 'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could']);
/** An opening quote: ' ‘ " “. */
export function isQuoteCode(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 34 || c === 0x201c;
}
/** A word that gives a name right before the quote at pos - 1: "noemen ze 'Mo'", "bijnaam: 'Bolle'". */
const NAMING_BEFORE_QUOTE = new RegExp(`(?:${[...NAMING_TRIGGERS, 'noemt men hem', 'noemt men haar'].join('|')})[: ]+.$`, 'i');
export function quotedAfterNaming(text: string, pos: number): boolean {
  return NAMING_BEFORE_QUOTE.test(text.slice(Math.max(0, pos - 20), pos));
}
/**
 * A relation right before "van" makes it a preposition ("dochter van Johannes", "zoon van Ahmad en Farida Noori"),
 * and right before a trigger's name makes it a person's ("mijn vrouw Xiaoling"): the relations that are triggers,
 * and those too general to be one ("vrouw", "kind", "ouders").
 */
const RELATION_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...RELATION_TRIGGERS, 'zonen', 'dochters', 'kind', 'kinderen', 'ouders', 'vrouw', 'man', 'zuster', 'weduwe', 'weduwnaar'].join('|')}) $`,
  'iu',
);
export function relationBefore(text: string, at: number): boolean {
  return RELATION_BEFORE.test(text.slice(Math.max(0, at - 16), at));
}
/** A numbered list's item marker right before pos: "\n2. |Richenel Martis", "1) |". */
const LIST_NUMBER_BEFORE = /(?:^|\n)[ \t]*\d{1,2}[.)] +$/;
export function afterListNumber(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i > 0 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i - 1);
  if ((c !== 46 && c !== 41) || d < 48 || d > 57) return false; // "." or ")" after a digit
  return LIST_NUMBER_BEFORE.test(text.slice(Math.max(0, pos - 8), pos));
}
/** The word after a space. */
export const NEXT_WORD = new RegExp(`[${UP}][${LO}]+`, 'y');

/** Does a colon come right before pos, spaces aside ("Aanvrager: |Fatuma")? */
export function afterColon(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  return text.charCodeAt(i) === 58;
}
export function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '"' || text[i] === '(' || text[i] === '\'' || text[i] === '‘' || text[i] === '“')) i--;
  if (i < 0) return true;
  const c = text[i];
  return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';' || c === '-' || c === '•' || c === '*' || c === '>';
}

/** The end of the place of several words that opens at pos with `word` ("Den Helder"), or -1. */
export function placePhraseEnd(text: string, pos: number, word: string): number {
  const phrases = PLACE_PHRASES_BY_FIRST_WORD.get(word)?.get(text.charCodeAt(pos + word.length + 1));
  if (phrases === undefined) return -1;
  for (const p of phrases) {
    if (!text.startsWith(p, pos)) continue;
    const c = text.charCodeAt(pos + p.length);
    if (!isLowerCode(c) && !isUpperCode(c)) return pos + p.length;
  }
  return -1;
}

