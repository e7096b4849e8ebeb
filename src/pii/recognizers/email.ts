/**
 * E-mail addresses. Anchored on '@' (rare in text, found with indexOf), expanded left over local-part
 * characters and checked with a sticky pattern to the right: linear time whatever the input.
 */
import type { Found, Recognizer } from '../types.js';

/** A local-part character, [A-Za-z0-9\u00C0-\u00FF._%+-], by char code. */
function isLocal(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xff) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}
const DOMAIN = /@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,6}\.[A-Za-z]{2,24}(?![A-Za-z0-9\-]|\.[A-Za-z0-9])/y;

function findEmails(text: string, found: Found): void {
  let at = text.indexOf('@');
  let floor = 0; // never expand left past the previous '@' or match
  while (at !== -1) {
    let s = at;
    while (s > floor && at - s < 64 && isLocal(text.charCodeAt(s - 1))) s--;
    while (s < at && text[s] === '.') s++;
    DOMAIN.lastIndex = at;
    const m = s < at ? DOMAIN.exec(text) : null;
    if (m && !(s > 0 && isLocal(text.charCodeAt(s - 1)))) {
      found.add(s, at + m[0].length, 0.95);
      floor = at + m[0].length;
    } else floor = at + 1;
    at = text.indexOf('@', Math.max(at + 1, floor));
  }
}

export const emailRecognizer: Recognizer = {
  name: 'email',
  type: 'EMAIL',
  find: findEmails,
  validate: (v) => !v.includes('..') && !v.includes('.@'),
};
