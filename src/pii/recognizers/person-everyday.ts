/**
 * Everyday words (and places) that are names where what stands around them says so: a surname after a title, a
 * bracketed name or quotes after a word that gives a name ("mevrouw Schaap", "noemen ze 'Mo'"), and a first name
 * between a relation or a title and a surname ("moeder Comfort Asante-Mensah").
 */
import { afterBracketedName, isQuoteCode, listedWithAge, quotedAfterNaming, relationBefore } from './person-context.js';
import { FUNCTION_WORDS } from './person-lexicon.js';
import { classOf } from './person-named.js';
import { type TOKENS, type Tok, isLowerCode, tokenAt } from './person-tokens.js';
import { afterSurnameTitle, afterTitleAndParticles } from './person-triggers.js';
import { isUpperCode } from './shared.js';

/**
 * Where the name begins when the everyday word (or place or shop named after someone) at pos (lowercase `lower`) is
 * a surname, or -1: right after a title ("mevrouw Schaap", "dhr. Post", "mevrouw Hoogeveen"), after the name someone goes by ("Geertruida (Truus) van der Molen"), after a
 * title and particles ("mevrouw van 't Hek"), or quoted after a word that gives a name ("noemen ze 'Mo'").
 */
export function everydayWordNamed(text: string, pos: number, word: string, lower: string): number {
  const functionWord = FUNCTION_WORDS.has(lower);
  let from = functionWord ? -1 : afterBracketedName(text, pos);
  if (from < 0 && word.length >= 3 && isLowerCode(text.charCodeAt(pos - 2))) from = afterTitleAndParticles(text, pos);
  if (from < 0 && isQuoteCode(text.charCodeAt(pos - 1)) && quotedAfterNaming(text, pos)) from = pos;
  if (from < 0 && word.length >= 4 && !functionWord && afterSurnameTitle(text, pos)) from = pos;
  if (from < 0 && !functionWord && listedWithAge(text, pos, pos + word.length)) from = pos;
  return from;
}

/** The word token right after a space at `end`, when it is capitalised; else null. */
export function wordAfter(text: string, end: number, cache: typeof TOKENS): Tok | null {
  if (text.charCodeAt(end) !== 32 || !isUpperCode(text.charCodeAt(end + 1))) return null;
  const next = tokenAt(text, end + 1, cache);
  return next !== null && next.kind === 'word' ? next : null;
}

/**
 * Where the surname after an everyday word at [pos, end) ends, when a relation or a title that takes a surname comes
 * before it and a listed or unknown surname (not an everyday word or place) after it: "moeder Comfort Asante-Mensah",
 * "mevrouw Vrede Boateng". Else -1.
 */
export function surnameAfterEverydayFirstName(text: string, pos: number, end: number, cache: typeof TOKENS): number {
  const next = wordAfter(text, end, cache);
  if (next === null || (!relationBefore(text, pos) && !afterSurnameTitle(text, pos))) return -1;
  const c = classOf(next);
  return c === 'S' || c === 'FS' || c === 'U' ? next.end : -1;
}
