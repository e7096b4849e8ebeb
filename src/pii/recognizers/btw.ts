/**
 * VAT numbers (btw-id): Dutch, NL + 9 digits + B + 2 digits (old scheme 11-proef, new scheme mod 97); and Belgian,
 * the enterprise number BE + 10 digits opening with 0 or 1 (often grouped 0885.253.672), whose last two digits are
 * 97 minus the first eight mod 97 — the border municipalities' residents and traders.
 */
import { elfProef, mod97 } from '../checksums.js';
import type { Recognizer } from '../types.js';
import { ALNUM, HAS_DIGIT } from './shared.js';

export function validBtw(value: string): boolean {
  const compact = value.replace(/[\s.]/g, '').toUpperCase();
  const m = /^NL(\d{9})B(\d{2})$/.exec(compact);
  if (!m) return false;
  if (elfProef(m[1]) && m[2] !== '00') return true;
  return mod97(compact) === 1;
}

/** A Belgian enterprise or VAT number: ten digits (dots or spaces between groups allowed), mod 97 check. */
export function validBelgianVat(value: string): boolean {
  const digits = value.replace(/^BE/i, '').replace(/[\s.]/g, '');
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

export const btwRecognizer: Recognizer = {
  name: 'nl_btw_id',
  type: 'BTW_ID',
  prefilter: HAS_DIGIT,
  patterns: [
    {
      name: 'btw_nl',
      regex: new RegExp(`[Nn][Ll](?<![${ALNUM}][Nn][Ll]) ?(?:\\d{9}|\\d{4}([. ])\\d{2}\\1\\d{3}|\\d{3}([. ])\\d{3}\\2\\d{3}|\\d{4} \\d{4} \\d) ?\\.?[Bb] ?\\d{2}(?![${ALNUM}])`, 'g'),
      score: 0.95,
      // nine digits, plain or grouped with one kind of separator ("NL8984.12.359B01", "NL 898 412 359 B01", "NL 8984 1235 9
      // B01"), "NL" and a space before them: run in the long-number windows
      minDigits: 9,
    },
  ],
  validate: validBtw,
};

export const belgianVatRecognizer: Recognizer = {
  name: 'be_vat',
  type: 'BTW_ID',
  prefilter: HAS_DIGIT,
  patterns: [
    {
      name: 'btw_be',
      // "BE 0885.253.672", "BE0885253672": "BE" and a space before the ten digits, in the long-number windows
      regex: new RegExp(`[Bb][Ee](?<![${ALNUM}][Bb][Ee]) ?[01]\\d{3}(?:\\.\\d{3}\\.\\d{3}|\\d{6}| \\d{3} \\d{3})(?![${ALNUM}]|[.,]\\d)`, 'g'),
      score: 0.95,
      minDigits: 10,
    },
  ],
  validate: validBelgianVat,
};
