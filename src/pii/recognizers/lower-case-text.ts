/**
 * Texts written in lower case, as hurried notes and messages are ("tel 10:20 mw. van den akker-bos belt … adres:
 * oranjelaan 6, 7411 ax"): most of their lines and sentences open with a lower-case letter. In such a text a
 * capital says nothing, so the finders that need one read lower-case words too (names, postcodes).
 */

/** Texts up to this long are looked at (a note, a prompt, a message; not a report of many pages). */
const UP_TO = 64 * 1024;
/** Openings read at most (the first ones of a text decide). */
const MAX_OPENINGS = 64;

const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLetter = (c: number) => isLower(c) || isUpper(c);

/** The first letter of a line or sentence from `p` on: past spaces, bullets, digits, times and punctuation (at most 24 characters). */
function openingLetter(text: string, p: number): number {
  for (let i = p; i < text.length && i < p + 24; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return -1;
    if (isLetter(c)) return c;
  }
  return -1;
}

/** Do at least three of the text's line and sentence openings, and no fewer than half, start in lower case? */
export function writtenInLowerCase(text: string): boolean {
  if (text.length > UP_TO) return false;
  let lower = 0;
  let upper = 0;
  const count = (c: number) => {
    if (isLower(c)) lower++;
    else if (isUpper(c)) upper++;
  };
  count(openingLetter(text, 0));
  for (let i = 0, n = 0; i < text.length && n < MAX_OPENINGS; i++) {
    const c = text.charCodeAt(i);
    // a line, or a sentence after ". ", "! ", "? "
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32)) {
      count(openingLetter(text, i + 1));
      n++;
    }
  }
  return lower >= 3 && lower >= upper;
}
