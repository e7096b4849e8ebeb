/** Payment card numbers: 13–19 digits, consistent grouping, Luhn checksum. */
import { luhn } from '../checksums.js';
import type { Recognizer } from '../types.js';
import { ALNUM, consistentGroups, digitsOf, HAS_DIGIT } from './shared.js';

export const paymentCardRecognizer: Recognizer = {
  name: 'payment_card',
  type: 'BETAALKAART',
  prefilter: HAS_DIGIT,
  patterns: [
    { name: 'card_number', regex: new RegExp(`[2-6](?<![${ALNUM}_.,\\-][2-6])\\d{3}(?:[ \\-]?\\d){9,15}(?![0-9]|[.,\\-][0-9])`, 'g'), score: 0.7, minDigits: 13 },
  ],
  validate: (v) => {
    const d = digitsOf(v);
    return d.length >= 13 && d.length <= 19 && consistentGroups(v, 3) && luhn(d);
  },
  context: ['creditcard', 'credit card', 'betaalpas', 'pinpas', 'bankpas', 'kaartnummer', 'card', 'visa', 'mastercard', 'maestro', 'amex', 'american express'],
  contextBoost: 0.25,
};
