/**
 * IBAN of every country (ibantools: country length, BBAN shape, mod 97), grouped in fours or not. A country's own
 * check digits inside the BBAN (Portugal, Poland, Belgium …) are not required: an IBAN that passes mod 97 but not
 * them is made up or mistyped twice, and still looks like someone's account to whoever reads it (fail closed).
 */
import { ValidationErrorsIBAN, getCountrySpecifications, validateIBAN } from 'ibantools';
import { mod97Step } from '../checksums.js';
import type { Found, Recognizer } from '../types.js';
import { LOWER_CASE_UP_TO } from './lower-case-text.js';
import { ALNUM, HAS_DIGIT } from './shared.js';

const CANDIDATE = new RegExp(`[A-Z]{2}${''}(?<![${ALNUM}][A-Z]{2})\\d{2}(?: ?[A-Za-z0-9]{4}){2,8}(?: ?[A-Za-z0-9]{1,3})?(?![${ALNUM}])`, 'g');

const LENGTHS = new Map<string, number>();
for (const [code, spec] of Object.entries(getCountrySpecifications())) if (spec.chars) LENGTHS.set(code, spec.chars);

/** ibantools checks at most this many candidates of one text (about 2 µs each); later ones need the checksum only. */
const MAX_FULL_CHECKS = 512;

function checksumOk(raw: string, end: number): boolean {
  let rem = 0;
  let seen = 0; // alphanumerics so far
  for (let pass = 0; pass < 2; pass++) {
    seen = 0;
    for (let i = 0; i < end; i++) {
      const c = raw.charCodeAt(i);
      if (c === 32) continue;
      const first4 = seen++ < 4;
      if (first4 === (pass === 1)) rem = mod97Step(rem, c);
    }
  }
  return rem === 1;
}

/** ibantools' checks, but for the national check digits. */
function validShape(iban: string): boolean {
  const r = validateIBAN(iban);
  return r.valid || r.errorCodes.every((e) => e === ValidationErrorsIBAN.WrongAccountBankBranchChecksum);
}

/** Where a group after the first can open an IBAN in `raw` (a space, two capitals, two digits), else its length. */
function nextOpening(raw: string): number {
  for (let k = raw.indexOf(' ', 4); k !== -1; k = raw.indexOf(' ', k + 1)) {
    const a = raw.charCodeAt(k + 1);
    const b = raw.charCodeAt(k + 2);
    const c = raw.charCodeAt(k + 3);
    const d = raw.charCodeAt(k + 4);
    if (a >= 65 && a <= 90 && b >= 65 && b <= 90 && c >= 48 && c <= 57 && d >= 48 && d <= 57) return k + 1;
  }
  return raw.length;
}

/**
 * IBANs in lower case, as chats write them ("nl72snsb0373936093"): the hit is the first check digit, with the
 * country's letters in a look-behind, so the scan stops at digits only. Looked for in texts up to
 * LOWER_CASE_UP_TO long (a message, a note or a prompt): on a long text the scan would cost as much as a recognizer.
 */
const LOWER_CANDIDATE = new RegExp(`[0-9](?<=(?<![${ALNUM}])[a-z]{2}[0-9])[0-9](?: ?[A-Za-z0-9]{4}){2,8}(?: ?[A-Za-z0-9]{1,3})?(?![${ALNUM}])`, 'g');

/**
 * Reads one candidate `raw` found at `start`: cut at its country's length, checked, added. Returns where the scan
 * goes on: after the IBAN found, else at the next group that can open one (the greedy match may have taken the
 * next IBAN too: "BE0962068665⇥BE68539007547034" in a table; a match is at most 45 characters).
 */
function readCandidate(raw: string, start: number, found: Found, checks: { full: number }): number {
  const next = start + nextOpening(raw);
  const country = raw.slice(0, 2).toUpperCase();
  const len = LENGTHS.get(country);
  if (!len) return next;
  // the greedy match may have taken a following word ("… 7034 voor"): cut at the country's length,
  // which must fall at a group boundary
  let alnum = 0;
  let end = -1;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== ' ' && ++alnum === len) {
      end = i + 1;
      break;
    }
  }
  if (end === -1 || (end < raw.length && raw[end] !== ' ')) return next;
  // a failed checksum fails ibantools too; past MAX_FULL_CHECKS a passed one is enough (over-, never under-redacted)
  if (!checksumOk(raw, end)) return next;
  if (checks.full++ >= MAX_FULL_CHECKS || validShape(raw.slice(0, end).replace(/ /g, '').toUpperCase())) {
    found.add(start, start + end, 0.95);
    return start + end;
  }
  return next;
}

function findIbans(text: string, found: Found): void {
  const checks = { full: 0 };
  let m: RegExpExecArray | null;
  CANDIDATE.lastIndex = 0;
  while ((m = CANDIDATE.exec(text)) !== null) CANDIDATE.lastIndex = readCandidate(m[0], m.index, found, checks);
  if (text.length > LOWER_CASE_UP_TO) return;
  LOWER_CANDIDATE.lastIndex = 0;
  while ((m = LOWER_CANDIDATE.exec(text)) !== null) {
    const start = m.index - 2;
    LOWER_CANDIDATE.lastIndex = readCandidate(text.slice(start, m.index + m[0].length), start, found, checks);
  }
}

export const ibanRecognizer: Recognizer = {
  name: 'iban',
  type: 'IBAN',
  prefilter: HAS_DIGIT,
  find: findIbans,
};
