/** RSIN (fiscal number of legal entities): same shape and 11-proef as a BSN, told apart by context. */
import { HAS_DIGIT } from './shared.js';
import type { Recognizer } from '../types.js';
import { NINE_DIGITS, validNineDigits } from './bsn.js';

export const rsinRecognizer: Recognizer = {
  name: 'nl_rsin',
  type: 'RSIN',
  prefilter: HAS_DIGIT,
  patterns: [{ name: 'rsin_9_digits', regex: NINE_DIGITS, score: 0.2, minDigits: 9 }],
  validate: validNineDigits,
  context: ['rsin', 'fiscaal nummer', 'fiscaalnummer', 'rechtspersonen en samenwerkingsverbanden informatienummer', 'legal entity number'],
  contextBoost: 0.7,
  // a sentence names the number as an RSIN further back than most labels ("Het RSIN van de stichting die … is …"):
  // read as a BSN it would be refused
  contextBefore: 96,
  contextRequired: true,
};
