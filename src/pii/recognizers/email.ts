/**
 * E-mail addresses. Anchored on '@' (rare in text, found with indexOf), expanded left over local-part
 * characters and checked with a sticky pattern to the right: linear time whatever the input.
 */
import type { Candidate, Recognizer } from '../types.js';

const LOCAL = /[A-Za-z0-9\u00C0-\u00FF._%+\-]/;
const DOMAIN = /@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,6}\.[A-Za-z]{2,24}(?![A-Za-z0-9\-]|\.[A-Za-z0-9])/y;

function* findEmails(text: string): Generator<Candidate> {
  let at = text.indexOf('@');
  let floor = 0; // never expand left past the previous '@' or match
  while (at !== -1) {
    let s = at;
    while (s > floor && at - s < 64 && LOCAL.test(text[s - 1])) s--;
    while (s < at && text[s] === '.') s++;
    DOMAIN.lastIndex = at;
    const m = s < at ? DOMAIN.exec(text) : null;
    if (m && !(s > 0 && LOCAL.test(text[s - 1]))) {
      yield { start: s, end: at + m[0].length, score: 0.95 };
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
