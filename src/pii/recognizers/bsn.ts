/** BSN (burgerservicenummer): 9 digits passing the 11-proef, plain or grouped with dots, dashes or spaces. */
import type { Recognizer } from '../types.js';
import { FIRST_DIGIT, NUM_AFTER, HAS_DIGIT } from './shared.js';

/** 9 digits, plain or in the usual groupings (3-3-3, 4-2-3, 2-3-2-2, 3-2-2-2) with one kind of separator. */
export const NINE_DIGITS = new RegExp(
  `${FIRST_DIGIT}(?:\\d{8}|\\d{2}([ .\\-])\\d{3}\\1\\d{3}|\\d{3}([ .\\-])\\d{2}\\2\\d{3}|\\d([ .\\-])\\d{3}\\3\\d{2}\\3\\d{2}|\\d{2}([ .\\-])\\d{2}\\4\\d{2}\\4\\d{2})${NUM_AFTER}`,
  'g',
);

/**
 * Eight or nine digits, in groups of two or more joined by one kind of separator when grouped, passing the
 * 11-proef: what consistentGroups + digitsOf + elfProef answer, read in place without building a string (a
 * text of tens of thousands of numbers spent most of its time in those strings).
 */
export function validNineDigits(value: string): boolean {
  let digits = 0;
  let sep = -1;
  let group = 0;
  let nonZero = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      group++;
      if (c !== 48) nonZero = true;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      group++; // a letter belongs to a group but is no digit (the pattern never matches one)
    } else {
      if ((sep !== -1 && c !== sep) || group < 2) return false;
      sep = c;
      group = 0;
    }
  }
  if ((sep !== -1 && group < 2) || digits < 8 || digits > 9 || !nonZero) return false;
  // weights 9…2 and -1 for the last digit, as if padded to nine digits with a leading zero
  let sum = 0;
  let k = 9 - digits;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    sum += ++k === 9 ? -(c - 48) : (10 - k) * (c - 48);
  }
  return sum % 11 === 0;
}

export const bsnRecognizer: Recognizer = {
  name: 'nl_bsn',
  type: 'BSN',
  prefilter: HAS_DIGIT,
  patterns: [{ name: 'bsn_9_digits', regex: NINE_DIGITS, score: 0.6, minDigits: 9 }],
  validate: validNineDigits,
  context: ['bsn', 'burgerservicenummer', 'burgerservice nummer', 'sofinummer', 'sofi-nummer', 'sofi', 'persoonsnummer', 'citizen service number', 'social security number', 'ssn'],
  contextBoost: 0.35,
  negativeContext: ['rsin', 'fiscaal nummer', 'fiscaalnummer', '€', 'eur', 'euro', 'bedrag', 'factuurnummer', 'factuur', 'ordernummer', 'zaaknummer', 'zaak', 'kenmerk', 'dossiernummer', 'klantnummer', 'referentie', 'referentienummer', 'polisnummer', 'relatienummer', 'kvk', 'invoice', 'order'],
};
