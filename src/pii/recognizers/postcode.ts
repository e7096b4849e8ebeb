/** Dutch postcode (1234 AB / 1234AB), optionally with a house number right after it. */
import type { Recognizer } from '../types.js';
import { ALNUM, HAS_DIGIT } from './shared.js';

const UNIT_LIKE = new Set(['EN', 'OF', 'IN', 'OP', 'EU', 'KM', 'KG', 'MB', 'GB', 'KB', 'CM', 'MM', 'ML', 'PM', 'AM', 'TV', 'HD', 'NL', 'BV', 'NV', 'CO', 'MW', 'KW', 'UUR', 'AD', 'BC', 'VS', 'TM']);

export const postcodeRecognizer: Recognizer = {
  name: 'nl_postcode',
  type: 'POSTCODE',
  prefilter: HAS_DIGIT,
  patterns: [
    {
      name: 'postcode',
      regex: new RegExp(
        `[1-9](?<![${ALNUM}\\-.,][1-9])\\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![${ALNUM}])(?: (?:nr\\.? |huisnummer )?\\d{1,5}(?:-?[a-zA-Z](?![${ALNUM}])|-\\d{1,3})?(?![${ALNUM}]|[.,:]\\d))?`,
        'g',
      ),
      score: 0.6,
    },
  ],
  validate: (v) => (UNIT_LIKE.has(v.replace(/^\d{4} ?/, '').slice(0, 2)) ? 0.3 : true),
  // residence words too: "ik woon …, 2593 BV Den Haag" gives a postcode that reads like a unit ("BV") its due
  context: ['postcode', 'adres', 'woonadres', 'postadres', 'woonplaats', 'address', 'zip', 'woon', 'woont', 'wonen', 'wonende', 'woonachtig'],
  contextBoost: 0.3,
  negativeContext: ['postbus', 'antwoordnummer'],
};
