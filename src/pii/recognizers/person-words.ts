/**
 * The person finder's view of a word: everything it asks about one spelling, computed once. Listed words
 * (names, common words, particles, titles, triggers) in their lowercase and capitalised spellings are
 * tabled at load time; other words get the few fields that can differ, and on a long text a per-call memo.
 */
import { hasStrongStreetSuffix, isUpperCode } from './shared.js';
import { CLASS, CLASS_CAP, COLON_ONLY_TRIGGERS, PARTICLES, PLACE_PHRASES_BY_FIRST_WORD, TITLES, TRIGGERS, classify, classifyWord, key, plainSpelling, type Cls } from './person-lexicon.js';

// Latin letters (ASCII, Latin-1, Latin Extended-A and -B, Extended Additional) without the 'u' flag: much faster
// than \p{Lu} in V8. Extended-A and -B mix cases (Romanian 'ț' and 'ș' are in -B), so UP and LO both include
// them; isUpper() decides where it matters.
export const UP = 'A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u1E00-\u1EFF';
export const LO = 'a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u1E00-\u1EFF\u0300-\u036F';
/** A character of the UP class, by char code. */
export function isUpClassCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}
/** A character of the LO class, by char code. */
export function isLoClassCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f);
}
/**
 * Longer capitalised "words" are no names (the longest listed name is far shorter); the finder passes them
 * over without looking them up, so a megabyte-long run of letters costs no lowercased copies of itself.
 */
export const MAX_WORD_LENGTH = 64;
const ALL_CAPS = new RegExp(`^[${UP}][${UP}0-9\\-]+$`);
/** Single-word triggers ("Ondergetekende", "Cliënt") are evidence, never part of a name. */
const TRIGGER_WORDS = new Set(TRIGGERS.filter((t) => /^[\p{L}]+$/u.test(t) && !COLON_ONLY_TRIGGERS.has(t)));
/** Everyday words that still matter to the finder: particles ("De Vries"), titles and trigger words. */
const SPECIAL = new Set([...PARTICLES, ...TITLES, ...TRIGGER_WORDS]);
const SPECIAL_CAP = new Set([...SPECIAL].map((w) => w.charAt(0).toUpperCase() + w.slice(1)));

/**
 * Everything the finder asks about one spelling of a word, computed once: for every listed word (in its
 * lowercase and capitalised spelling) at load time, for other words once per analyze() call. A lookup is
 * then a single Map.get on the word as written: no lowercasing, no suffix checks, no further Set lookups.
 */
export interface WordInfo {
  readonly lower: string;
  /** Class from the lists alone (CLASS_CAP, then CLASS), undefined when the word is not listed. */
  readonly listed: Cls | undefined;
  /** Anchor class: listed, or 'X' for a street name ("Kerkstraat"). */
  readonly anchorCls: Cls | undefined;
  /** A capitalised everyday word or place that can never open a name: the anchor skips it. */
  readonly skip: boolean;
  /** classifyWord(lower): the class of a word token. */
  readonly cls: Cls;
  readonly title: boolean;
  readonly trigger: boolean;
  readonly particle: boolean;
  readonly allCaps: boolean;
  readonly hyphen: boolean;
  /** The first word of a place of several words ("Den" of "Den Helder"), as written. */
  readonly opensPlace: boolean;
}
function computeInfo(word: string): WordInfo {
  const lower = key(word);
  const capLookup = CLASS_CAP.get(word);
  const listed = capLookup ?? CLASS.get(lower);
  const anchorCls = listed ?? (hasStrongStreetSuffix(lower) ? 'X' : undefined);
  // exactly the anchor's original test: SPECIAL (lowercase) only counts when the lowercase form was needed
  const lwNeeded = capLookup === undefined || SPECIAL_CAP.has(word);
  const hyphen = word.includes('-');
  const skip = (anchorCls === 'C' || anchorCls === 'X') && !SPECIAL_CAP.has(word) && !(lwNeeded && lower !== '' && SPECIAL.has(lower)) && !hyphen;
  return {
    lower,
    listed,
    anchorCls,
    skip,
    cls: hyphen ? compoundClass(word, lower) : classifyWord(lower),
    title: TITLES.has(lower),
    trigger: TRIGGER_WORDS.has(lower),
    particle: PARTICLES.has(lower),
    allCaps: ALL_CAPS.test(word),
    hyphen,
    opensPlace: PLACE_PHRASES_BY_FIRST_WORD.has(word),
  };
}
/**
 * The class of a hyphenated word as written: a capitalised word joined to an everyday word in lower case is a
 * compound ("Walburg-gebied", "Teams-link"), not a double surname, whose parts are capitalised ("Roos-Bakker")
 * or joined by a particle ("Postma-de Jong"); in lower case throughout ("gerrit-jan") the parts decide.
 */
function compoundClass(word: string, lower: string): Cls {
  const c = classifyWord(lower);
  if (c === 'C' || c === 'X') return c;
  const dash = word.lastIndexOf('-');
  if (dash > 0 && isUpClassCode(word.charCodeAt(0)) && isLoClassCode(word.charCodeAt(dash + 1))) {
    const tail = key(word.slice(dash + 1));
    if (!PARTICLES.has(tail) && classify(tail) === 'C') return 'C';
  }
  return c;
}
const STATIC_INFO = new Map<string, WordInfo>();
for (const w of [...CLASS.keys(), ...SPECIAL]) {
  if (w.includes(' ')) continue;
  const cap = w.charAt(0).toUpperCase() + w.slice(1);
  STATIC_INFO.set(w, computeInfo(w));
  STATIC_INFO.set(cap, computeInfo(cap));
}
/**
 * The WordInfo of a word outside the load-time table. Such a word is in no list in any spelling unless its
 * lowercase form is (an odd spelling such as "JANSEN", computed in full); otherwise only the street suffix,
 * hyphen and capitals matter, so most of computeInfo's lookups are skipped.
 */
function unlistedInfo(word: string): WordInfo {
  // "Capital + lowercase ASCII" is how the table spells every listed word it has in lowercase: such a word,
  // absent from the table, has no listed lowercase form either (no second lookup in the large table). It is
  // also the common case ("Wmo", "Kerkstraat"): no hyphen, not all capitals, and key() is plain lowercasing.
  if (capitalisedAscii(word)) {
    const lower = word.toLowerCase();
    const street = hasStrongStreetSuffix(lower);
    return { lower, listed: undefined, anchorCls: street ? 'X' : undefined, skip: street, cls: street ? 'X' : 'U', title: false, trigger: false, particle: false, allCaps: false, hyphen: false, opensPlace: PLACE_PHRASES_BY_FIRST_WORD.has(word) };
  }
  const lower = key(word);
  if (STATIC_INFO.has(lower)) return computeInfo(word);
  // a name the lists hold without its accents: "Desirée", "Nguyễn", "Ionuț" (the accented spelling keeps its own `lower`)
  const plain = plainSpelling(lower);
  if (plain !== lower) {
    const listed = STATIC_INFO.get(isUpperCode(word.charCodeAt(0)) ? plain.charAt(0).toUpperCase() + plain.slice(1) : plain);
    if (listed !== undefined) return { ...listed, lower };
  }
  const hyphen = word.includes('-');
  const street = hasStrongStreetSuffix(lower);
  return {
    lower,
    listed: undefined,
    anchorCls: street ? 'X' : undefined,
    skip: street && !hyphen,
    cls: hyphen ? compoundClass(word, lower) : street ? 'X' : 'U',
    title: false,
    trigger: false,
    particle: false,
    allCaps: ALL_CAPS.test(word),
    hyphen,
    opensPlace: PLACE_PHRASES_BY_FIRST_WORD.has(word),
  };
}


/** A-Z followed by a-z only. */
function capitalisedAscii(word: string): boolean {
  const c0 = word.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * Per-call memo for words outside the lists, on a long text also for listed words, as a small table that
 * stays in cache in front of the large load-time one (a lookup there is a cache miss). A short text has
 * few repeats, so it uses neither. Dropped when the call ends (nothing outlives a request).
 */
let callInfo: Map<string, WordInfo> | null = null;
let memo = false;
const LONG_TEXT = 2048;
export function infoOf(word: string): WordInfo {
  if (!memo) return STATIC_INFO.get(word) ?? unlistedInfo(word);
  if (callInfo === null) callInfo = new Map();
  let i = callInfo.get(word);
  if (i === undefined) {
    i = STATIC_INFO.get(word) ?? unlistedInfo(word);
    if (callInfo.size < 4096) callInfo.set(word, i);
  }
  return i;
}

/** Starts a call: the memo is used on long texts only. */
export function beginCall(textLength: number): void {
  callInfo = null;
  memo = textLength >= LONG_TEXT;
}
/** Ends a call: no word of it stays in memory. */
export function endCall(): void {
  callInfo = null;
}
