/** IBAN of every country (ibantools: country length, BBAN shape, mod 97), grouped in fours or not. */
import { getCountrySpecifications, isValidIBAN } from 'ibantools';
import type { Found, Recognizer } from '../types.js';
import { ALNUM, HAS_DIGIT } from './shared.js';

const CANDIDATE = new RegExp(`[A-Z]{2}${''}(?<![${ALNUM}][A-Z]{2})\\d{2}(?: ?[A-Za-z0-9]{4}){2,8}(?: ?[A-Za-z0-9]{1,3})?(?![${ALNUM}])`, 'g');

const LENGTHS = new Map<string, number>();
for (const [code, spec] of Object.entries(getCountrySpecifications())) if (spec.chars) LENGTHS.set(code, spec.chars);

function findIbans(text: string, found: Found): void {
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const raw = m[0];
    const len = LENGTHS.get(raw.slice(0, 2));
    if (!len) continue;
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
    if (end === -1 || (end < raw.length && raw[end] !== ' ')) continue;
    if (isValidIBAN(raw.slice(0, end).replace(/ /g, '').toUpperCase())) found.add(m.index, m.index + end, 0.95);
  }
}

export const ibanRecognizer: Recognizer = {
  name: 'iban',
  type: 'IBAN',
  prefilter: HAS_DIGIT,
  find: findIbans,
};
