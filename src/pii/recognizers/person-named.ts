/**
 * The words of the names found so far in the text being read: found again, they are names ("Beste Siti, … Siti"),
 * and those that are listed names may be found again in lower case (findNamedInLowerCase). Only for the call:
 * findPersons forgets them at its start and end.
 */
import type { Cls } from './person-lexicon.js';
import type { Tok } from './person-tokens.js';
import { infoOf } from './person-words.js';

let named: Set<string> | null = null;
/** At most this many words are kept. */
const NAMED_MAX = 256;
/**
 * The names among them that may be written again in lower case: listed as names, no everyday word, three letters
 * or more, plain lower-case letters. Kept as they are remembered, so a call with none costs nothing at the end.
 */
export const lowerCaseNames: string[] = [];
const PLAIN_LOWER = /^[a-z\u00DF-\u00FF]{3,}$/;

export function forgetNames(): void {
  named = null;
  lowerCaseNames.length = 0;
}
export function remember(t: Tok): void {
  if (t.kind === 'word') rememberLower(t.lower, t.cls, false);
}
/** remember() for a word of a name found outside the finder's chains (a table's name column). */
export function rememberWord(word: string): void {
  const info = infoOf(word);
  rememberLower(info.lower, info.cls, false);
}
/**
 * remember() for a word of a name a field or a title gives ("Naam: yonas tesfamariam", "mw el idrissi"): the field says
 * it is a name, so a word the lists do not hold may be found again in lower case too ("groet yonas"); particles,
 * initials, everyday words and places are not remembered.
 */
export function rememberFieldWord(word: string): void {
  if (word.length < 3 || word.endsWith('.')) return;
  const info = infoOf(word);
  if (info.particle || info.cls === 'C' || info.cls === 'X' || info.cls === 'A') return;
  rememberLower(info.lower, info.cls, true);
}
function rememberLower(lower: string, cls: Cls, field: boolean): void {
  if (lower.length < 2) return;
  if (named === null) named = new Set();
  if (named.size < NAMED_MAX && !named.has(lower)) {
    named.add(lower);
    if ((cls === 'F' || cls === 'S' || cls === 'FS' || (field && cls === 'U')) && PLAIN_LOWER.test(lower)) lowerCaseNames.push(lower);
  }
}
export function isNamed(lower: string): boolean {
  return named !== null && named.has(lower);
}
/** A token's class, where a word named earlier in the text may be a first name or a surname ("FS"). */
export function classOf(t: Tok): Cls {
  return t.kind === 'word' && t.cls !== 'F' && t.cls !== 'FS' && t.cls !== 'S' && isNamed(t.lower) ? 'FS' : t.cls;
}
