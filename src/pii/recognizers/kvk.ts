/** KvK number: 8 digits, only with context (no public checksum). */
import type { Recognizer } from '../types.js';
import { FIRST_DIGIT, NUM_AFTER, HAS_DIGIT } from './shared.js';

export const kvkRecognizer: Recognizer = {
  name: 'nl_kvk',
  type: 'KVK',
  prefilter: HAS_DIGIT,
  // not the end of a longer group of numbers ("+31 6 2290 4417" after a KvK number on the line above)
  // (in pairs too, as people type it: "74 12 05 83"; not a part of a phone number in pairs, "06 - 41 92 07 55")
  patterns: [{ name: 'kvk_8_digits', regex: new RegExp(`${FIRST_DIGIT}(?<![0-9][ .]\\d)(?:\\d{3}[ .]?\\d{4}|(?<!-[ ]\\d)\\d \\d{2} \\d{2} \\d{2}(?! ?\\d))${NUM_AFTER}`, 'g'), score: 0.2, minDigits: 8 }],
  validate: (v) => /^(?:\d{4}[ .]?\d{4}|\d{2} \d{2} \d{2} \d{2})$/.test(v),
  context: ['kvk', 'kvk-nummer', 'kvknummer', 'kvk nummer', 'kamer van koophandel', 'handelsregister', 'inschrijvingsnummer', 'chamber of commerce', 'coc'],
  contextBoost: 0.65,
  contextRequired: true,
};
