/** Dutch VAT number (btw-id): NL + 9 digits + B + 2 digits; old scheme 11-proef, new scheme mod 97. */
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

export const btwRecognizer: Recognizer = {
  name: 'nl_btw_id',
  type: 'BTW_ID',
  prefilter: HAS_DIGIT,
  patterns: [
    {
      name: 'btw_nl',
      regex: new RegExp(`[Nn][Ll](?<![${ALNUM}][Nn][Ll]) ?(?:\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}) ?\\.?[Bb] ?\\d{2}(?![${ALNUM}])`, 'g'),
      score: 0.95,
      // nine digits (grouped 4.2.3 at most), "NL" and a space before them: run in the long-number windows
      minDigits: 9,
    },
  ],
  validate: validBtw,
};
