/**
 * Staff and participants known by their initials: a case file or a meeting report defines the short form next to
 * the name ("Casusregisseur: Anouk van Leeuwen (AvL)", "Marloes Verbeek (MV, voorzitter)", "HdB – Hester de Boer, voorzitter")
 * and then uses it alone
 * ("03-09-2024 AvL – Aanmelding …", "JK meldt dat …"). A short form is taken only where it is defined that way and
 * spells the name's initials; every other place the text writes it is then a name too. Kept for the call only.
 */
import type { Found } from '../types.js';

/** Short forms defined in the text being read (at most MAX_ALIASES). */
const aliases: string[] = [];
const MAX_ALIASES = 64;

export function forgetAliases(): void {
  aliases.length = 0;
}

/** "AvL", "HdB", "JK": two to four letters, opening with a capital, two capitals or more. */
const SHORT_FORM = /^[A-Z][A-Za-z]{1,3}$/;
const capitals = (s: string) => s.replace(/[^A-Z]/g, '').length;

/** The initials of a name's words, particles and hyphenated parts included ("Anouk van Leeuwen" → "avl"). */
function initialsOf(name: string): string {
  return name
    .split(/[ \-]+/)
    .filter((w) => /^[\p{L}]/u.test(w))
    .map((w) => w[0].toLowerCase())
    .join('');
}

/** Notes a short form defined right after the name text[start, end) in brackets, or right before it with a dash. */
export function noteAlias(text: string, start: number, end: number): void {
  if (aliases.length >= MAX_ALIASES) return;
  let form: string | null = null;
  // "Anouk van Leeuwen (AvL)"
  if (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40) {
    // the short form, alone or first in the brackets ("(MV, gebiedsregisseur)")
    let close = end + 2;
    while (close < text.length && close - end - 2 <= 4 && text.charCodeAt(close) !== 41 && text.charCodeAt(close) !== 44) close++;
    if (close - end - 2 <= 4 && (text.charCodeAt(close) === 41 || text.charCodeAt(close) === 44)) form = text.slice(end + 2, close);
  }
  // "HdB – Hester de Boer" at the start of a line: the name is the line's up to a comma or bracket, whether it
  // was reported whole or in parts
  else if (text.charCodeAt(start - 1) === 32 && isDash(text.charCodeAt(start - 2))) {
    const m = /(?:^|\n)([A-Z][A-Za-z]{1,3}) (?:–|-|:) $/.exec(text.slice(Math.max(0, start - 9), start));
    if (m !== null) {
      form = m[1];
      end = nameEnd(text, start);
    }
  }
  if (form === null || !SHORT_FORM.test(form) || capitals(form) < 2) return;
  const name = text.slice(start, end);
  const lower = form.toLowerCase();
  const all = initialsOf(name);
  // the initials of every word, or of the words without particles ("HB" for Hester de Boer)
  const main = initialsOf(name.split(' ').filter((w) => /^\p{Lu}/u.test(w)).join(' '));
  if ((lower === all || lower === main) && !aliases.includes(form)) aliases.push(form);
}

const isDash = (c: number) => c === 0x2013 || c === 45 || c === 58;
/** The end of a name written at `start` on a list line: a comma, bracket or the line's end (at most 48 characters on). */
function nameEnd(text: string, start: number): number {
  let e = start;
  while (e < text.length && e - start < 48 && !/[,(\n;|]/.test(text[e])) e++;
  while (e > start && text.charCodeAt(e - 1) === 32) e--;
  return e;
}
const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;

/** Reports every whole-word place of a defined short form. */
export function findAliases(text: string, found: Found): void {
  for (const form of aliases) {
    for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + form.length)) {
      if (isWordCode(text.charCodeAt(i - 1)) || isWordCode(text.charCodeAt(i + form.length))) continue;
      found.add(i, i + form.length, 0.8);
    }
  }
}
