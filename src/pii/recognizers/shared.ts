/**
 * Character classes for patterns. Latin letters only (ASCII, Latin-1, Latin Extended-A: enough for Dutch,
 * Turkish, Polish, French, … names) and no 'u' flag: Unicode property classes are several times slower in V8.
 */
export const LETTERS = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F';
export const ALNUM = `0-9${LETTERS}`;
/**
 * Boundaries shared by number patterns: not glued to letters, digits or number punctuation. A comma glues only
 * decimals ("4.312,50"): before a long number, or before a column of more than two digits, it separates the
 * columns of a CSV row ("Jansen,111222333,0612345678").
 */
export const DECIMALS = ',\\d{1,2}(?![0-9])';
/** What opens a list item: its indent, a bullet or a number ("- ", "• ", "1. ", "2) ") and the space after it. */
export const LIST_MARKER = '[ \\t]*(?:[-*•]|\\d{1,2}[.)])[ \\t]+';
/**
 * "A digit not glued to what precedes it", written with the digit FIRST: a pattern that starts with a
 * character class lets V8 skip quickly to candidate positions; one that starts with a look-behind is tried
 * at every position.
 */
export const FIRST_DIGIT = `\\d(?<![${ALNUM}_@/.+\\-]\\d)`;
export const NUM_AFTER = `(?![${ALNUM}_@]|[./\\-]\\d|${DECIMALS})`;

/**
 * Case of every UTF-16 code unit beyond ASCII, by case mapping, found on first use: 1 upper-case, 2 not, 0
 * not yet known. (Mapping a character costs a string; punctuation such as '’' and '–' is asked about at
 * every word it follows.)
 */
const UPPER = new Uint8Array(0x10000);
/** Upper-case letter (by char code)? ASCII by range; beyond it by case mapping, remembered. */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  let u = UPPER[c];
  if (u === 0) {
    const ch = String.fromCharCode(c);
    UPPER[c] = u = ch !== ch.toLowerCase() ? 1 : 2;
  }
  return u === 1;
}
/** Upper-case letter? */
export const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && isUpperCode(ch.charCodeAt(0));

/**
 * Prefilters shared by recognizers (the analyzer tests each RegExp object once per text): recognizers
 * whose every match contains a digit are skipped for texts without one.
 */
export const HAS_DIGIT = /[0-9]/;
/** A Latin letter (ASCII, Latin-1, Latin Extended-A and -B), by char code. */
export const isLatinLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/**
 * The digits of a grouped number ("123.456.782", "4111 1111 1111 1111"), read in place: their count when the
 * separators (anything but letters and digits) are one kind of character and every group between them is at
 * least `minGroup` characters long, otherwise -1. Validators of long numbers test the grouping with this and
 * then compute their checksum over the digits, building no strings: on text full of numbers those strings
 * were most of the time.
 */
export function groupedDigitCount(value: string, minGroup: number): number {
  let digits = 0;
  let sep = -1;
  let group = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      group++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      group++; // part of a group, but no digit
    } else {
      if ((sep !== -1 && c !== sep) || group < minGroup) return -1;
      sep = c;
      group = 0;
    }
  }
  return sep !== -1 && group < minGroup ? -1 : digits;
}

/** Adjectives that open a street's name, written in lower case too: "kleine houtstraat 48", "oude haven 9". */
export const STREET_ADJECTIVES: readonly string[] = ['oude', 'nieuwe', 'lange', 'korte', 'hoge', 'lage', 'grote', 'kleine'];
/** Street words that are a street's name with a word before them ("Laan van Meerdervoort", "Oude Haven"). */
export const BARE_STREET_WORDS: ReadonlySet<string> = new Set(['laan', 'plein', 'weg', 'kade', 'singel', 'dreef', 'hof', 'park', 'markt', 'ring', 'straat', 'gracht', 'dijk', 'wal', 'steeg', 'pad', 'burgwal', 'haven', 'boulevard', 'straße', 'strasse']);
/** A four-digit year, which after a street-shaped word is seldom a house number ("Wmo 2015", "mantelzorgwaardering 2025"). */
export const YEAR = /^(?:1[89]|20)\d\d$/;
/** The rest of a postcode after its first digit: a separator before it is no decimal comma ("Beukenlaan 2,8092 CZ" in CSV). */
const POSTCODE_REST = '\\d{3} ?[A-Z]{2}(?![A-Za-z0-9])';
/** A house number and its addition, read at a position (sticky); shared by the street finders. */
// a house number never opens with 0 ("Jurjen Hofstede 06 37 46 05 18" is a name and a phone number), nor a date in figures
// ("G.J. Bakker 27-03-1959" holds no house number 27-03); additions: "12A", "12-II", "12 hs", "12 b" (a lowercase letter alone, not "12 a.s."), "64-B2", "63 kamer 4"
export const HOUSE_NUMBER = new RegExp(
  `([1-9]\\d{0,4})(?![0-9]|[,.:][0-9](?!${POSTCODE_REST})|[-/][0-9]{1,2}[-/][0-9]{2})((?:-?(?:[a-zA-Z]|bis|hs|bg|I{1,3}|IV|huis|boven|beneden|zw|rd|rood|zwart)|[ ](?:[A-Z]|[a-z](?!\\.)|bis|hs|bg|I{1,3}|huis|boven|bov|beneden|zw|rd|bus \\d{1,4}|kamer \\d{1,3}|k\\d{1,3}|rood|zwart)|-[A-Za-z]?\\d{1,4})(?![${ALNUM}]|[,.:][0-9]))?`,
  'y',
);

/** Month names and their abbreviations, Dutch and English, lowercase: after a day's number they make a date. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(
  'januari jan februari feb maart mrt april apr mei juni jun juli jul augustus aug september sep sept oktober okt november nov december dec january february march may june july august october'.split(' '),
);
/** Does a month follow the number that ends at `end` (a day's number, not a house number: "Amsterdam 3 juni 2025")? */
export function monthAfter(text: string, end: number): boolean {
  return wordAfterIn(text, end, MONTH_WORDS);
}
/** Units of time and quantity, lowercase: after a number they make a quantity, never a house number ("Paspoort 18 jaar"). */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set(['jaar', 'jaren', 'jr', 'maanden', 'weken', 'dagen', 'uur', 'minuten', 'procent', 'euro', 'km', 'kilometer', 'meter', 'stuks', 'personen', 'years', 'months', 'weeks', 'days', 'hours']);
/** Is the word right after the space at `end` (ASCII letters, at most 9) one of `words`, in any case? */
export function wordAfterIn(text: string, end: number, words: ReadonlySet<string>): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  let e = end + 1;
  while (e - end <= 10 && isAsciiLetterCode(text.charCodeAt(e))) e++;
  return e > end + 1 && e - end <= 10 && words.has(text.slice(end + 1, e).toLowerCase());
}
/** An ASCII digit, by char code. */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** An ASCII letter, by char code. */
export const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Street-name suffixes (Dutch, and Frisian: Dyksterwei, Doarpsstrjitte, Skoallepaad): Kerkstraat, Dorpsweg, Marktplein, … */
export const STREET_SUFFIXES: ReadonlySet<string> = new Set(
  'straat straatje straatweg laan laantje weg wegje plein pleintje gracht kade singel dreef hof hofje park pad steeg steegje dijk dyk dam markt ring baan kamp veld erf wal haven brink plantsoen allee boulevard hoven zijde poort tuin tuinen vaart akker akkers hout burcht weide heide kwartier gaarde oord lei beemd donk dries horst schans terras promenade passage galerij oever rade stede stoep wetering wijk berg hoek acker vliet zoom kanaal polder loop stein borg werf esch meent drift hage hagen kolk kreek molen veen laar rode broek brug sluis buurt wei strjitte leane paad loane buorren bocht voort'.split(' '),
);
/** Strong suffixes: enough even for an uncapitalised compound ("kerkstraat 12"). */
export const STRONG_STREET_SUFFIXES: ReadonlySet<string> = new Set('straat laan weg plein gracht kade singel dreef steeg markt'.split(' '));
/** Prepositions a street name can hold ("Laan op Zuid"); they also stand between a name and a street ("Theo op de Kerkstraat"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['op', 'aan', 'in', 'bij', 'voor', 'achter', 'over', 'onder', 'te']);
/** A street word: a compound on a strong street suffix ("Kerkstraat", "Bernhardlaan"). */
export const hasStrongStreetSuffix = (lower: string): boolean => endsWithAny(lower, STRONG_STREET_SUFFIXES, 3);
/** Suffixes bucketed by their last character: a lookup checks a handful with endsWith, allocating nothing. */
const BUCKETS = new WeakMap<ReadonlySet<string>, Map<number, string[]>>();
function bucketsOf(suffixes: ReadonlySet<string>): Map<number, string[]> {
  let b = BUCKETS.get(suffixes);
  if (!b) {
    b = new Map();
    for (const s of suffixes) {
      const c = s.charCodeAt(s.length - 1);
      const list = b.get(c);
      if (list) list.push(s);
      else b.set(c, [s]);
    }
    BUCKETS.set(suffixes, b);
  }
  return b;
}

/** Does `word` (lowercase) end with one of `suffixes`, leaving at least `minStem` characters before it? */
export function endsWithAny(word: string, suffixes: ReadonlySet<string>, minStem: number): boolean {
  const list = bucketsOf(suffixes).get(word.charCodeAt(word.length - 1));
  if (list === undefined) return false;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (word.length >= s.length + minStem && word.endsWith(s)) return true;
  }
  return false;
}
