/**
 * The one place the person finder reports a name: what it checks there (an organisation's name, a place after a
 * postcode, a letter alone) and where the name it reports begins and ends (initials joined to initials before
 * it, "Surname, First name" in a name field, a first name that is also a language or month before it). It keeps
 * the name found last for the finder to read. Everything here runs at every name, so it is read by char code.
 */
import type { Found } from '../types.js';
import { tableView } from '../tables.js';
import { noteAlias } from './person-aliases.js';
import { forgetNameField, withFirstNameAfterComma } from './person-surname-first.js';
import { inOrganisationName } from './person-organisations.js';
import { isLowerCode } from './person-tokens.js';
import { MAX_WORD_LENGTH, infoOf } from './person-words.js';
import { MONTH_WORDS, isDigitCode, isUpperCode } from './shared.js';
import { venueBefore } from './address-context.js';

/** Where the name found last in the text being read starts and ends (-1: none yet; beginReporting() resets it). */
export const last = { start: -1, end: -1 };
/**
 * Reports a name and keeps it as the one found last; right after a word naming an organisation the "name" is
 * the organisation's, and nothing is reported.
 */
export function report(text: string, found: Found, start: number, end: number, score: number): void {
  // a letter alone names no one ("Hello, I'm …"); initials keep their dot; a word after a postcode is a place
  if (end - start < 2 || afterPostcode(tableView(text), start) || inOrganisationName(text, start, end) || monthAfterDay(text, start, end)) return;
  // a street with a house number after the town hall or a public counter is theirs: "stadskantoor (Grote Kerkhof 1)"
  if (text.charCodeAt(end) === 32 && isDigitCode(text.charCodeAt(end + 1)) && venueBefore(text, start)) return;
  // "H. en M. Stolk": initials joined to initials that open the name belong to it
  if (text.charCodeAt(start + 1) === 46 || text.charCodeAt(start + 2) === 46) start = initialsJoinedBefore(text, start);
  // "Naam: Vos, Martijn", "Van: Bakker, Ilse <…>": surname, comma, first name is one name (the anchors inside it
  // are passed over: the finder goes on after the name found last)
  if (text.charCodeAt(end) === 44) end = withFirstNameAfterComma(text, start, end);
  // "Frans van Kemenade", "dochter Mei Chen": a first name that is also a language or a month, right before
  if (text.charCodeAt(start - 1) === 32) start = withWordFirstNameBefore(text, start);
  // "G.J. (Gert-Jan) Kloosterboer", "Wilhelmina (Mien) Kooiman": initials or a first name, and the name someone is
  // called by in brackets, before the surname are one name with it,
  // as sure as the surest of its parts (the initials and the bracketed name were reported on their own before it)
  if (text.charCodeAt(start - 2) === 41) {
    const from = initialsAndBracketedNameBefore(text, start);
    if (from < start) (start = from), (score = Math.max(score, SIGNED_NAME_SCORE));
  }
  found.add(start, end, score);
  noteAlias(text, start, end);
  last.start = start;
  last.end = end;
}
/**
 * First names that are also a language or a month: the anchor passes them over, a name after them takes them.
 * Compared in place, capitalised: this runs at every name reported.
 */
export const FIRST_NAMES_ALSO_WORDS: readonly string[] = ['Frans', 'Mei', 'April', 'June', 'May', 'August'];
/** …by their last letter, each its own (a name after any other word is let be after one array read). */
const ALSO_WORDS_BY_LAST: (string | undefined)[] = new Array(128).fill(undefined);
for (const w of FIRST_NAMES_ALSO_WORDS) ALSO_WORDS_BY_LAST[w.charCodeAt(w.length - 1)] = w;
function withWordFirstNameBefore(text: string, start: number): number {
  const c = text.charCodeAt(start - 2); // the last letter of the word before
  const w = c < 128 ? ALSO_WORDS_BY_LAST[c] : undefined;
  if (w === undefined) return start;
  const s = start - 1 - w.length;
  if (s < 0 || !text.startsWith(w, s) || isLowerCode(text.charCodeAt(s - 1)) || isUpperCode(text.charCodeAt(s - 1))) return start;
  // a month after a day is a date ("1 Mei Jansen")
  const d = text.charCodeAt(s - 2);
  return text.charCodeAt(s - 1) === 32 && d >= 48 && d <= 57 ? start : s;
}
/** The score of initials, a first name in brackets and a surname: the finder's score for a name after a title. */
const SIGNED_NAME_SCORE = 0.9;
/**
 * Where initials or a first name, and a first name in brackets, before the name at `start` begin ("|G.J. (Gert-Jan)
 * Kloosterboer", "|Wilhelmina (Mien) Kooiman"), else `start`: one word in the brackets, opening with a capital; before
 * them capitals with dots or a listed first name, not glued to a word.
 */
function initialsAndBracketedNameBefore(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 32) return start;
  let open = start - 3;
  while (open > 0 && start - open <= MAX_BRACKETED && text.charCodeAt(open) !== 40) {
    const c = text.charCodeAt(open);
    if (c === 32 || c === 10 || c === 41) return start;
    open--;
  }
  if (text.charCodeAt(open) !== 40 || text.charCodeAt(open - 1) !== 32 || !isUpperCode(text.charCodeAt(open + 1))) return start;
  const s = initialsEndingAt(text, open - 1);
  return s >= 0 ? s : firstNameEndingAt(text, open - 1, start);
}
/**
 * Where the listed first names ending at `end` begin, one space apart ("|Wilhelmina (Mien) Kooiman", "|Johannes Petrus
 * (Jan) van der Heijden"), else `otherwise`.
 */
function firstNameEndingAt(text: string, end: number, otherwise: number): number {
  let from = otherwise;
  for (let e = end; ; e = from - 1) {
    // a word of letters and hyphens ("Wei-Ming"), capitalised, not glued to one before it
    let s = e;
    while (s > 0 && e - s < MAX_WORD_LENGTH && (isLowerCode(text.charCodeAt(s - 1)) || isUpperCode(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 45)) s--;
    if (s === e || !isUpperCode(text.charCodeAt(s)) || text.charCodeAt(s - 1) === 46) return from;
    const info = infoOf(text.slice(s, e));
    const cls = info.listed ?? (info.hyphen ? info.cls : undefined);
    if (cls !== 'F' && cls !== 'FS') return from;
    from = s;
    if (text.charCodeAt(s - 1) !== 32) return from;
  }
}
/** The longest first name in brackets read back over, with its brackets. */
const MAX_BRACKETED = 34;
/** Where initials joined by " en " or " & " to the initials at `start` begin ("H. en |M. Stolk"), else `start`. */
function initialsJoinedBefore(text: string, start: number): number {
  const joiner = text.startsWith(' en ', start - 4) ? 4 : text.startsWith(' & ', start - 3) ? 3 : 0;
  if (joiner === 0) return start;
  const s = initialsEndingAt(text, start - joiner);
  return s < 0 ? start : s;
}
/** Where initials ending at `end` begin ("X." pairs, capital and dot, read back), not glued to a word before them; or -1. */
function initialsEndingAt(text: string, end: number): number {
  let s = end;
  while (s >= 2 && text.charCodeAt(s - 1) === 46 && isUpperCode(text.charCodeAt(s - 2))) s -= 2;
  return s < end && !isLowerCode(text.charCodeAt(s - 1)) && !isUpperCode(text.charCodeAt(s - 1)) ? s : -1;
}
/**
 * A postcode right before the word at `start` ("2161 EH |Lisse"): the word is the place; not in the next cell of a
 * tab-separated table (read in its view with tabs). By char code.
 */
function afterPostcode(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  const a = text.charCodeAt(start - 2);
  const b = text.charCodeAt(start - 3);
  if (a < 65 || a > 90 || b < 65 || b > 90) return false;
  let d = start - 4;
  if (text.charCodeAt(d) === 32) d--;
  for (let k = 0; k < 4; k++, d--) {
    const c = text.charCodeAt(d);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
/** A month right after a day's number ("on 28 May", "3 Juni"): a date, not a name. By char code until a digit is seen. */
function monthAfterDay(text: string, start: number, end: number): boolean {
  const d = text.charCodeAt(start - 2);
  if (text.charCodeAt(start - 1) !== 32 || d < 48 || d > 57) return false;
  return MONTH_WORDS.has(text.slice(start, end).toLowerCase());
}
/** Starts a call: no name found yet. */
export function beginReporting(): void {
  last.start = last.end = -1;
}
/** Ends a call: no text of a request outlives it. */
export function endReporting(): void {
  forgetNameField();
}
