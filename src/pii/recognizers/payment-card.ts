/** Payment card numbers: 13–19 digits, consistent grouping, Luhn checksum. */
import type { Recognizer } from '../types.js';
import { ALNUM, HAS_DIGIT, groupedDigitCount } from './shared.js';

/** 13–19 digits in groups of three or more joined by one kind of separator, passing Luhn. Read in place. */
export function validCard(v: string): boolean {
  const digits = groupedDigitCount(v, 3);
  if (digits < 13 || digits > 19) return false;
  let sum = 0;
  let nth = 0; // digits read so far, from the right
  for (let i = v.length - 1; i >= 0; i--) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    sum += nth++ % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
  }
  return sum % 10 === 0;
}

export const paymentCardRecognizer: Recognizer = {
  name: 'payment_card',
  type: 'BETAALKAART',
  prefilter: HAS_DIGIT,
  patterns: [
    // a comma glues only decimals: "84,70" is no card's start, a CSV cell is ("H. Boukema,4978 3912 4505 7651,09/27")
    { name: 'card_number', regex: new RegExp(`[2-6](?<![${ALNUM}_.\\-][2-6]|[0-9],[2-6])\\d{3}(?:[ \\-]?\\d){9,15}(?![0-9]|[.\\-][0-9]|,\\d{1,2}(?![0-9/]))`, 'g'), score: 0.7, minDigits: 13 },
  ],
  validate: validCard,
  context: ['creditcard', 'credit card', 'betaalpas', 'pinpas', 'bankpas', 'kaartnummer', 'card', 'visa', 'mastercard', 'maestro', 'amex', 'american express'],
  contextBoost: 0.25,
};
