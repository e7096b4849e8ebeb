/** BSN (burgerservicenummer): 9 digits passing the 11-proef, plain or grouped with dots, dashes or spaces. */
import { elfProef } from '../checksums.js';
import type { Recognizer } from '../types.js';
import { FIRST_DIGIT, NUM_AFTER, consistentGroups, digitsOf, HAS_DIGIT } from './shared.js';

/** 9 digits, plain or in the usual groupings (3-3-3, 4-2-3, 2-3-2-2, 3-2-2-2) with one kind of separator. */
export const NINE_DIGITS = new RegExp(
  `${FIRST_DIGIT}(?:\\d{8}|\\d{2}([ .\\-])\\d{3}\\1\\d{3}|\\d{3}([ .\\-])\\d{2}\\2\\d{3}|\\d([ .\\-])\\d{3}\\3\\d{2}\\3\\d{2}|\\d{2}([ .\\-])\\d{2}\\4\\d{2}\\4\\d{2})${NUM_AFTER}`,
  'g',
);

/** Nine digits, nothing else: the common case, which needs no group check and no clean-up. */
const plainNine = (value: string) => value.length === 9 && /^\d{9}$/.test(value);

export const validNineDigits = (value: string) => (plainNine(value) ? elfProef(value) : consistentGroups(value) && elfProef(digitsOf(value)));

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
