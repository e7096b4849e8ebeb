/**
 * "Surname, First names" read as one name: in a name field ("Naam: Vos, Martijn"), and wherever the first names
 * end the name, in a mail header, a register line, a table's cell, quotes or a column aligned with spaces ("Van:
 * Bakker, Ilse <…>", "| Rahimi, Hamid |", "Lewandowski, D.", "\"Shevchuk, Kateryna\""), the name someone goes by in
 * brackets after them included ("Jansen, Cornelis (Kees)"); not in a list ("Jan, Piet", "Femke Bos, Ayaan …", "Jansen, Pietersen"). report() asks at every
 * name followed by a comma, so it is read by char code up to the first letter.
 */
import { tableView } from '../tables.js';
import { LO, MAX_WORD_LENGTH, UP, infoOf, isLoClassCode, isUpClassCode } from './person-words.js';

/** A name field: "Naam:", "naam cliënt:", "Achternaam, voornaam:" before the name on its line. */
const NAME_FIELD = /naam[^:\n]{0,20}:[ \t]*$/i;
/** Does the text being read hold a name field at all? Found once per call, at the first name before a comma. */
const NAME_FIELD_ANYWHERE = /naam[^:\n]{0,20}:/i;
const nameField = { text: '', has: false };
function inNameField(text: string): boolean {
  if (nameField.text !== text) {
    nameField.text = text;
    nameField.has = NAME_FIELD_ANYWHERE.test(text);
  }
  return nameField.has;
}
/**
 * The end of "Surname, First name" when the surname ends at `end`; else `end`. The first names (one to three
 * listed as first names and not as surnames, or initials) end their line, or stand before an e-mail
 * address, a bracket, or a table's next cell ("Bakker, Ilse <ilse.bakker@…>", "| Rahimi, Hamid |",
 * "Lewandowski, D.\n"); the name before the comma holds no word listed only as a first name ("Jan, Piet" and "Femke Bos, Ayaan" are lists). In a name field any
 * name before the comma will do ("Naam: Vos, Martijn").
 */
export function withFirstNameAfterComma(text: string, start: number, end: number): number {
  const after = firstNamesEnd(text, start, end);
  return after > 0 && (!holdsFirstName(text, start, end) || afterNameField(text, start)) ? after : end;
}
/** " (Kees)": the name someone goes by, in brackets after the first names ("Jansen, Cornelis (Kees)"). */
const NICKNAME = new RegExp(` \\([${UP}][${LO}]+(?:-[${UP}][${LO}]+)?\\)`, 'y');
function withNickname(text: string, end: number): number {
  if (text.charCodeAt(end + 1) !== 40) return end;
  NICKNAME.lastIndex = end;
  return NICKNAME.test(text) ? NICKNAME.lastIndex : end;
}
/** Does the name at `start` fill a name field ("Naam: |Vos, Martijn")? */
function afterNameField(text: string, start: number): boolean {
  // the label is short and on the name's line (NAME_FIELD reads no newline): the 40 characters before will do,
  // where a search back to the line's start would make a long line of such names quadratic
  return inNameField(text) && NAME_FIELD.test(text.slice(Math.max(0, start - 40), start));
}
/**
 * Are there first names after a comma at `end` that end a name (as withFirstNameAfterComma reads them)? Then the
 * word before the comma is a surname written first: "Alhassan, Mohammad", "Bakker, Maartje (moeder)".
 */
export function firstNamesAfterComma(text: string, start: number, end: number): boolean {
  return text.charCodeAt(end) === 44 && firstNamesEnd(text, start, end) > 0;
}
/**
 * The end of the first names after the comma at `end` (the name before it begins at `start`) when they end a
 * name, else -1. A first name that is a surname too counts only before a table's next cell or an e-mail address
 * ("| Rahimi, Hamid |"), or in a name field; elsewhere at a line's end "Jansen, Pietersen" lists two people.
 */
function firstNamesEnd(text: string, start: number, end: number): number {
  // read by char code up to the first letter (a list of names, "Jan, Piet, …", asks at every name)
  if (text.charCodeAt(end + 1) !== 32 || !isUpClassCode(text.charCodeAt(end + 2))) return -1;
  const names = givenNamesEnd(text, end + 2, start);
  if (names < 0) return -1;
  const after = withNickname(text, names);
  const c = closing(tableView(text), after);
  if (c === 0) return -1;
  return !given.surnameToo || c === CELL || afterNameField(text, start) ? after : -1;
}
/** What givenNamesEnd read last: whether one of its first names is listed as a surname too. */
const given = { surnameToo: false };
/**
 * Initials ("D.", "K.J.") or one to three listed first names, from `from`: their end, or -1. Names listed as
 * surnames too set given.surnameToo ("Whitfield, Daniel Robert"; the caller then wants a cell's end after them:
 * "Kremer, Gerda Meijering" in prose lists two people). In a name field (the name begins at `start`) any name will
 * do, in a list or not: "Naam: Chen, Xiaoling", "Naam: Yıldız, Mehmet Ali".
 */
function givenNamesEnd(text: string, from: number, start: number): number {
  given.surnameToo = false;
  let p = from;
  while (isUpClassCode(text.charCodeAt(p)) && text.charCodeAt(p + 1) === 46) p += 2;
  if (p > from) return isLoClassCode(text.charCodeAt(p)) || isUpClassCode(text.charCodeAt(p)) ? -1 : p;
  let end = -1;
  // in a name field every capitalised word up to the line's end is a given name ("Naam: Yıldız, Mehmet Ali"); asked
  // only for a word the lists do not take as one
  let field: boolean | undefined;
  for (let n = 0; n < 3; n++) {
    // a capital, lowercase letters, and hyphenated parts ("Mei-Ling", "Jean-Pierre")
    let q = p + 1;
    for (;;) {
      while (isLoClassCode(text.charCodeAt(q))) q++;
      if (text.charCodeAt(q) !== 45 || !isUpClassCode(text.charCodeAt(q + 1)) || !isLoClassCode(text.charCodeAt(q + 2))) break;
      q += 2;
    }
    if (q - p < 2 || q - p > MAX_WORD_LENGTH || isUpClassCode(text.charCodeAt(q))) break;
    // listed as a first name (a double one by its first part, "Mei-Ling"); after the first, not as a surname:
    // "Kremer, Gerda Meijering" lists two people
    let dash = p + 1;
    while (dash < q && text.charCodeAt(dash) !== 45) dash++;
    const cls = infoOf(text.slice(p, dash)).listed;
    if (cls !== 'F' && cls !== 'A' && cls !== 'FS' && !(cls !== 'C' && cls !== 'X' && (field ??= afterNameField(text, start)))) {
      if (n === 0) return -1;
      break;
    }
    if (cls === 'FS') given.surnameToo = true;
    end = q;
    if (text.charCodeAt(q) !== 32 || !isUpClassCode(text.charCodeAt(q + 1))) break;
    p = q + 1;
  }
  return end;
}
const LINE = 1;
const CELL = 2;
/**
 * What ends a name at `at` (read in the view with tabs): CELL for a table's next cell (also one aligned with
 * spaces), a closing quote or an e-mail address after it, LINE for the line's or text's end or a bracket, 0 for
 * anything else.
 */
function closing(view: string, at: number): number {
  const c = view.charCodeAt(at);
  if (c === 9 || c === 124 || c === 59 || c === 34 || c === 0x201d) return CELL;
  if (at >= view.length || c === 10 || c === 13) return LINE;
  if (c !== 32) return 0;
  const d = view.charCodeAt(at + 1);
  return d === 60 || d === 0x2039 || d === 124 || d === 9 || d === 32 ? CELL : d === 40 ? LINE : 0;
}
/** Does the name [start, end) hold a word listed only as a first name (a whole name, "Femke Bos, Ayaan …")? */
function holdsFirstName(text: string, start: number, end: number): boolean {
  for (let s = start; s < end; ) {
    let e = text.indexOf(' ', s);
    if (e === -1 || e > end) e = end;
    if (e - s <= MAX_WORD_LENGTH && infoOf(text.slice(s, e)).listed === 'F') return true;
    s = e + 1;
  }
  return false;
}
/** Ends a call: no text of a request outlives it. */
export function forgetNameField(): void {
  nameField.text = '';
}
