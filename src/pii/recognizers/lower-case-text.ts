/**
 * Texts written in lower case, as hurried notes and messages are ("tel 10:20 mw. van den akker-bos belt … adres:
 * oranjelaan 6, 7411 ax"): most of their lines and sentences open with a lower-case letter. In such a text a
 * capital says nothing, so the finders that need one read lower-case words too (names, postcodes).
 */

/**
 * Texts up to this long are looked at (a note, a prompt, a message; not a report of many pages): here, and by the
 * finders that read lower-case writing (names, IBANs and plates in lower case), whose extra scans a long text skips.
 */
export const LOWER_CASE_UP_TO = 64 * 1024;
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

/**
 * Do at least three of the text's line and sentence openings, and no fewer than half, start in lower case? Line
 * and sentence ends are found with indexOf (native scans); the answer is kept for the text being analysed until
 * forgetLowerCase() (the analyzer calls it when a call ends).
 */
export function writtenInLowerCase(text: string): boolean {
  if (text.length > LOWER_CASE_UP_TO) return false;
  if (text === lastText) return lastAnswer;
  // lower-case openings minus capitalised ones, and the lower-case ones alone (no closure: this runs per call)
  let lower = isLower(openingLetter(text, 0)) ? 1 : 0;
  let balance = lower - (isUpper(openingLetter(text, 0)) ? 1 : 0);
  for (let i = text.indexOf('\n'), n = 0; i !== -1 && n < MAX_OPENINGS; i = text.indexOf('\n', i + 1), n++) {
    const c = openingLetter(text, i + 1);
    if (isLower(c)) (lower++, balance++);
    else if (isUpper(c)) balance--;
  }
  for (let i = text.indexOf('. '), n = 0; i !== -1 && n < MAX_OPENINGS; i = text.indexOf('. ', i + 2), n++) {
    const c = openingLetter(text, i + 2);
    if (isLower(c)) (lower++, balance++);
    else if (isUpper(c)) balance--;
  }
  lastText = text;
  lastAnswer = lower >= 3 && balance >= 0;
  return lastAnswer;
}

let lastText: string | null = null;
let lastAnswer = false;
/** Drops the text the answer was kept for. */
export function forgetLowerCase(): void {
  lastText = null;
}
