/**
 * Dutch postcode (1234 AB / 1234AB), optionally with a house number right after it; a CSV field too (",8092 CZ,").
 * A number that goes on as a date is none ("7603 AK⇥14-02-1941" in a table).
 */
import type { Found, Recognizer } from '../types.js';
import { writtenInLowerCase } from './lower-case-text.js';
import { ALNUM, HAS_DIGIT } from './shared.js';

/** Letter pairs that read as units or words after a number ("12 KB", "1000 CM", "2000 BC", "sinds 2022 MS"). */
const UNIT_LIKE = new Set(['EN', 'OF', 'IN', 'OP', 'EU', 'KM', 'KG', 'MB', 'GB', 'KB', 'CM', 'MM', 'ML', 'PM', 'AM', 'TV', 'HD', 'NL', 'BV', 'NV', 'CO', 'MW', 'KW', 'AD', 'BC', 'VS', 'TM', 'MS']);

const POSTCODE = new RegExp(
  `[1-9](?<![${ALNUM}\\-.][1-9])\\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![${ALNUM}])(?: (?:nr\\.? |huisnummer )?\\d{1,5}(?:-?[a-zA-Z](?![${ALNUM}])|-\\d{1,3})?(?![${ALNUM}]|[.,:\\-]\\d))?`,
  'g',
);
/** A place's name right after: ", Almere", " Eindhoven" (a capital, then at least two lowercase letters). */
const PLACE_AFTER = /,? {1,2}[A-Z][a-zà-ÿ]{2}/y;

/** A house number right before: "Brinkgreverweg 112, 7413 AD", "Geestersingel 14A (1815 AD)". */
const NUMBER_BEFORE = /[0-9][A-Za-z]?(?:, |\n| \()$/;

/**
 * A postcode whose letters read as a unit ("1316 KB") is a postcode when a place follows it ("1316 KB
 * Almere"), a house number comes right before it, or a context word is near; otherwise it scores below the bar.
 */
function findPostcodes(text: string, found: Found): void {
  POSTCODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSTCODE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const letters = text.charCodeAt(start + 4) === 32 ? start + 5 : start + 4;
    let score = 0.6;
    if (UNIT_LIKE.has(text.slice(letters, letters + 2))) {
      PLACE_AFTER.lastIndex = end;
      score = PLACE_AFTER.test(text) || NUMBER_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ? 0.6 : 0.3;
    }
    found.add(start, end, score);
  }
  if (writtenInLowerCase(text)) findLowerCasePostcodes(text, found);
}

/**
 * In a text written in lower case (lower-case-text.ts), postcodes in lower case too ("oranjelaan 6, 7411 ax",
 * "2513gn"), unless their letters are a Dutch word or a unit ("2024 en", "1000 km").
 */
const LOWER_POSTCODE = new RegExp(`[1-9](?<![${ALNUM}\\-.][1-9])\\d{3} ?([a-z]{2})(?![${ALNUM}])`, 'g');
const LOWER_NOT_LETTERS = new Set(
  'en of in op te de ik je we ze zo nu al na om is ok eu km kg mb gb kb cm mm ml pm am tv hd nl bv nv co mw kw ad bc vs tm ms sa sd ss st pp uu ca'.split(' '),
);
function findLowerCasePostcodes(text: string, found: Found): void {
  LOWER_POSTCODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOWER_POSTCODE.exec(text)) !== null) if (!LOWER_NOT_LETTERS.has(m[1])) found.add(m.index, m.index + m[0].length, 0.6);
}

export const postcodeRecognizer: Recognizer = {
  name: 'nl_postcode',
  type: 'POSTCODE',
  prefilter: HAS_DIGIT,
  find: findPostcodes,
  // residence words too: "ik woon …, 2593 BV Den Haag" gives a postcode that reads like a unit ("BV") its due
  context: ['postcode', 'adres', 'woonadres', 'postadres', 'woonplaats', 'address', 'zip', 'woon', 'woont', 'wonen', 'wonende', 'woonachtig'],
  contextBoost: 0.3,
  negativeContext: ['postbus', 'antwoordnummer'],
};
