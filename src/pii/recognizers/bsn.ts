/** BSN (burgerservicenummer): 9 digits passing the 11-proef, plain or grouped with dots, dashes or spaces. */
import type { Recognizer } from '../types.js';
import { FIRST_DIGIT, NUM_AFTER, HAS_DIGIT, groupedDigitCount } from './shared.js';

/** 9 digits, plain or in the usual groupings (3-3-3, 4-2-3, 2-3-2-2, 3-2-2-2) with one kind of separator. */
export const NINE_DIGITS = new RegExp(
  `${FIRST_DIGIT}(?:\\d{8}|\\d{2}([ .\\-])\\d{3}\\1\\d{3}|\\d{3}([ .\\-])\\d{2}\\2\\d{3}|\\d([ .\\-])\\d{3}\\3\\d{2}\\3\\d{2}|\\d{2}([ .\\-])\\d{2}\\4\\d{2}\\4\\d{2})${NUM_AFTER}`,
  'g',
);

/**
 * Eight or nine digits, in groups of two or more joined by one kind of separator when grouped, passing the
 * 11-proef (weights 9…2 and -1 for the last digit, as if padded to nine digits with a leading zero), not all
 * zeros. Read in place (groupedDigitCount).
 */
export function validNineDigits(value: string): boolean {
  const digits = groupedDigitCount(value, 2);
  if (digits < 8 || digits > 9) return false;
  let sum = 0;
  let nonZero = false;
  let k = 9 - digits;
  for (let i = 0; i < value.length; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    if (d !== 0) nonZero = true;
    sum += ++k === 9 ? -d : (10 - k) * d;
  }
  return nonZero && sum % 11 === 0;
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
