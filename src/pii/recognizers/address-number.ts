/**
 * What follows a house number in an address (address.ts): a floor or unit ("201 bovenwoning", "47-bov", "407A-02",
 * "40 unit 12") and a second number after a house-number word ("Boulevard 1945 nr 87").
 */
import { ALNUM, HOUSE_NUMBER } from './shared.js';

/** House-number words between a street and its number: "Kerkstraat nr. 12", "Dorpsweg nummer 3". */
export const NR_WORDS = new Set(['nr', 'nr.', 'nummer', 'huisnummer', 'huisnr', 'huisnr.']);
/** The same words after a first number: "Boulevard 1945 nr 87" (the first number belongs to the street name). */
const NR_AFTER = / (?:[Nn]r\.?|[Nn]ummer|[Hh]uisnummer|[Hh]uisnr\.?) ?(?=\d)/y;
/**
 * A floor or unit after a number and its addition: "201 bovenwoning", "47-bov", "407A-02" (a flat's number after
 * the letter), "40 unit 12", "8 app. 3".
 */
const ADDITION_AFTER = new RegExp(
  `(?:-(?:\\d{1,3}|bov|ben|boven|beneden)(?![-/.]\\d)| (?:bovenwoning|benedenwoning|bovenhuis|benedenhuis|(?:unit|app\\.?|appartement) ?\\d{1,4}))(?![${ALNUM}])`,
  'y',
);
/** Extends an address over " nr 87" / " nummer 87" right after its number, or over a floor or unit (ADDITION_AFTER). */
export function withTrailingNumber(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if (c === 45 || c === 32) {
    ADDITION_AFTER.lastIndex = end;
    if (ADDITION_AFTER.test(text)) return ADDITION_AFTER.lastIndex;
  }
  if (c !== 32) return end;
  NR_AFTER.lastIndex = end;
  if (!NR_AFTER.test(text)) return end;
  HOUSE_NUMBER.lastIndex = NR_AFTER.lastIndex;
  const n = HOUSE_NUMBER.exec(text);
  return n ? HOUSE_NUMBER.lastIndex : end;
}
