/**
 * Dutch postcode (1234 AB / 1234AB), optionally with a house number right after it; a CSV field too (",8092 CZ,").
 * A number that goes on as a date is none ("7603 AK⇥14-02-1941" in a table).
 */
import { tableView } from '../tables.js';
import type { Found, Recognizer } from '../types.js';
import { writtenInLowerCase } from './lower-case-text.js';
import { ALNUM, HAS_DIGIT } from './shared.js';

/** Letter pairs that read as units or words after a number ("12 KB", "1000 CM", "2000 BC", "sinds 2022 MS"). */
const UNIT_LIKE = new Set(['EN', 'OF', 'IN', 'OP', 'EU', 'KM', 'KG', 'MB', 'GB', 'KB', 'CM', 'MM', 'ML', 'PM', 'AM', 'TV', 'HD', 'NL', 'BV', 'NV', 'CO', 'MW', 'KW', 'AD', 'BC', 'VS', 'TM', 'MS']);

const POSTCODE = new RegExp(
  `[1-9](?<![${ALNUM}\\-.][1-9])\\d{3}[ \\t]?(?:(?!SA|SD|SS)[A-Z]{2}|[a-z]{2})(?![${ALNUM}])(?: (?:nr\\.? |huisnummer )?\\d{1,5}(?:-?[a-zA-Z](?![${ALNUM}])|-\\d{1,3})?(?![${ALNUM}]|[.,:\\-]\\d|-[A-Za-z]))?`,
  'g',
);
/** A place's name right after: ", Almere", " Eindhoven", "  ROTTERDAM" (as on an envelope). */
const PLACE_AFTER = /,? {1,2}[A-Z](?:[a-zà-ÿ]{2}|[A-Z]{3,}(?![a-z]))/y;

/**
 * A house number right before: "Brinkgreverweg 112, 7413 AD", "Geestersingel 14A (1815 AD)", "kastanjelaan 3-b 5616 lk",
 * "Prins Hendrikkade 9 bis\n3071 KB", "Asserstraat 77;9401 KM", a table's cell before ("| Kogge 40 | 8231 KW |").
 */
const NUMBER_BEFORE = /[0-9](?:[ \-]?[A-Za-z]{1,3})?(?:[,;|]? | \| ?|[;\n\t|]| \()$/;
const numberBefore = (text: string, start: number) => NUMBER_BEFORE.test(text.slice(Math.max(0, start - 8), start));

/**
 * Postcodes in lower case ("oranjelaan 6, 7411 ax", "2513gn") unless their letters are a Dutch word or a unit
 * ("2024 en", "1000 km").
 */
const LOWER_NOT_LETTERS = new Set(
  'en of in op te de ik je we ze zo nu al na om is ok eu km kg mb gb kb cm mm ml pm am tv hd nl bv nv co mw kw ad bc vs tm ms sa sd ss st pp uu ca'.split(' '),
);
/**
 * Where a line or a chat message opens: the text's or a line's start, or a label's or sender's ": ", "] " or "> "
 * ("[Bezoeker] 2011dm", "Karin Bosman: 1621 hs"), as a resident answers the question for a postcode.
 */
const OPENS_MESSAGE = /(?:^|\n|[:\]>]) ?$/;
const opensMessage = (text: string, start: number) => OPENS_MESSAGE.test(text.slice(Math.max(0, start - 2), start));

/**
 * A postcode whose letters read as a unit ("1316 KB") is a postcode when a place follows it ("1316 KB
 * Almere"), a house number comes right before it, or a context word is near; otherwise it scores below the bar.
 * So is one in lower case ("2522cl 63"), with a house number right before or after it, opening a line or a chat
 * message, or a context word near, unless the whole text is written in lower case (lower-case-text.ts), where it
 * needs none of these.
 */
function findPostcodes(text: string, found: Found): void {
  // matched in the text with its tabs: a house number is not read from the next cell ("1784 MC<tab>0223 683 190"),
  // though a tab between the digits and the letters is still a postcode's space
  const view = tableView(text);
  POSTCODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSTCODE.exec(view)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const letters = text.charCodeAt(start + 4) === 32 ? start + 5 : start + 4;
    const pair = text.slice(letters, letters + 2);
    let score = 0.6;
    if (text.charCodeAt(letters) >= 97) {
      if (LOWER_NOT_LETTERS.has(pair)) continue;
      if (end - letters === 2 && !writtenInLowerCase(text) && !numberBefore(text, start) && !opensMessage(text, start)) score = 0.3;
    } else if (UNIT_LIKE.has(pair)) {
      PLACE_AFTER.lastIndex = end;
      score = PLACE_AFTER.test(text) || numberBefore(text, start) ? 0.6 : 0.3;
    }
    found.add(start, end, score);
  }
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
