/**
 * Names of organisations that hold a person's name: "Stichting Present", "Taxi Brouwer", "Haarstudio Nina",
 * "afdeling Post", "Bakker Logistiek BV". The person finder reports no name in them. Checked at every name it
 * reports, so read in place by char code (no slices).
 */
import { tableView } from '../tables.js';
import { ORGANISATION_SUFFIXES, commonWords } from './person-lexicon.js';
import { isLowerCode } from './person-tokens.js';
import { MAX_WORD_LENGTH, infoOf } from './person-words.js';
import { endsWithAny, isUpperCode } from './shared.js';

/** Words for an organisation, right before its name (and "Sint": a saint names a church, school or guild). */
const ORGANISATION_WORDS = ['stichting', 'vereniging', 'bureau', 'firma', 'taxi', 'afdeling', 'team', 'restaurant', 'café', 'cafe', 'hotel', 'garage', 'bakkerij', 'slagerij', 'kapsalon', 'camping', 'supermarkt', 'fonds', 'foto', 'sint', 'obs', 'cbs', 'pcbs', 'rkbs', 'ikc', 'basisschool',
  // committees, and districts and venues named after someone ("commissie Mens en Samenleving", "de wijken Fatima, …")
  'commissie', 'wijk', 'wijken', 'buurthuis', 'wijkcentrum', 'parkeergarage', 'bedrijventerrein'];

interface Ending {
  /** The word's first character, lowercase and capital, and the rest as written. */
  first: number;
  capital: number;
  rest: string;
  /** A whole word (not a compound's ending). */
  whole: boolean;
}
/**
 * The words and endings by their last two characters (every name reported asks, and after "Jansen " or "Jan, "
 * the answer must cost next to nothing): a table of the pairs, by their low bytes, rules most out before the map.
 */
const ENDINGS = new Map<number, Ending[]>();
const PAIRS = new Uint8Array(65536);
const lastTwo = (text: string, end: number) => (text.charCodeAt(end - 2) << 16) | text.charCodeAt(end - 1);
const pairSlot = (text: string, end: number) => ((text.charCodeAt(end - 2) & 0xff) << 8) | (text.charCodeAt(end - 1) & 0xff);
for (const [list, whole] of [[ORGANISATION_WORDS, true], [ORGANISATION_SUFFIXES, false]] as const) {
  for (const w of list) {
    const key = lastTwo(w, w.length);
    const e: Ending = { first: w.charCodeAt(0), capital: w.toUpperCase().charCodeAt(0), rest: w.slice(1), whole };
    ENDINGS.set(key, [...(ENDINGS.get(key) ?? []), e]);
    PAIRS[pairSlot(w, w.length)] = 1;
  }
}
const isLetter = (c: number) => isLowerCode(c) || isUpperCode(c);

/**
 * Does a word for an organisation end right before the space before the name [start, end)? A word on its own,
 * capitalised or not; an ending also after a stem of two letters or more ("taalschool Anna"). An ending on its own
 * in lower case is an everyday word before a first name alone: "in opvang Larysa helpt", "op school Noor" (but
 * "praktijk De Linde"); nor is a word before a lowercase "van", which names whose it is.
 */
function afterOrganisationWord(text: string, start: number, end: number): boolean {
  const space = start - 1;
  if (text.charCodeAt(space) !== 32 || PAIRS[pairSlot(text, space)] === 0) return false;
  // a table's cell before it is another column: "De school\tShirley Martina"
  if (tableView(text).charCodeAt(space) === 9) return false;
  // "een eenmanszaak van Yusuf Arslan": a lowercase "van" between them is the preposition, the business is his
  if (text.startsWith('van ', start)) return false;
  const endings = ENDINGS.get(lastTwo(text, space));
  if (endings === undefined) return false;
  for (const e of endings) {
    const s = space - 1 - e.rest.length; // where the word (or the ending) begins
    if (s < 0 || !text.startsWith(e.rest, s + 1)) continue;
    const c = text.charCodeAt(s);
    if ((c === e.first || c === e.capital) && !isLetter(text.charCodeAt(s - 1))) return e.whole || c === e.capital || !firstNameAlone(text, start, end);
    if (!e.whole && c === e.first && isLetter(text.charCodeAt(s - 1)) && isLetter(text.charCodeAt(s - 2))) return true;
  }
  return false;
}
/** Is text[start, end) one word, listed as a first name? */
function firstNameAlone(text: string, start: number, end: number): boolean {
  if (end - start > MAX_WORD_LENGTH || text.lastIndexOf(' ', end - 1) >= start) return false;
  const c = infoOf(text.slice(start, end)).listed;
  return c === 'F' || c === 'FS' || c === 'A';
}

/**
 * A legal form or a firm of professionals after the name, or after one or two capitalised words after it: " BV",
 * " B.V.", " N.V.", " VOF", " Holding", " & Zn.", " Vastgoed Holding", " Bouw B.V.", " Oudshoorn Advocaten".
 */
/** Words that end a firm's or foundation's name: after a person's name it is the firm's. */
const FIRM_WORDS = ['Holding', 'Foundation', 'Fonds', 'Groep', 'Advocaten', 'Notarissen', 'Accountants', 'Architecten', 'Makelaars', 'Adviseurs', 'Vastgoed', 'Vastgoedbeheer', 'College', 'Lyceum', 'Instituut'];
/** Their last letters, lowercase (a name ending in none of them is let be unread). */
const FIRM_WORD_ENDINGS = new Set(FIRM_WORDS.map((w) => w.charCodeAt(w.length - 1)));
const LEGAL_FORM = new RegExp(` (?:[A-Z][a-z]+ ){0,2}(?:B\\.?V\\.?|N\\.?V\\.?|V\\.?O\\.?F\\.?|${FIRM_WORDS.join('|')}|& (?:Zn|Zonen|Co|Zo))(?![A-Za-z])`, 'y');
function beforeLegalForm(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const c = text.charCodeAt(end + 1);
  if (!(c >= 65 && c <= 90) && c !== 38) return false; // a capital or '&'
  LEGAL_FORM.lastIndex = end;
  return LEGAL_FORM.test(text);
}

/** " & " and a capitalised everyday word after the name: "Martina Klus & Onderhoud" (not "Jan & Marie"). */
const AND_WORD = / & ([A-Z][a-z]+)/y;
function beforeAndWord(text: string, end: number): boolean {
  if (text.charCodeAt(end + 1) !== 38) return false;
  AND_WORD.lastIndex = end;
  const m = AND_WORD.exec(text);
  return m !== null && commonWords.has(m[1].toLowerCase());
}

/** The word that ends an organisation's name read as a person's: "Elisabeth Boogaard Foundation". */
const ORGANISATION_LAST_WORD = new RegExp(` (?:${FIRM_WORDS.join('|')})$`);
/** A legal form read as initials, or an organisation's word, at the end of the name: "Peel B.V.", "… Foundation". */
function endsInLegalForm(text: string, start: number, end: number): boolean {
  const z = text.charCodeAt(end - 1);
  if (end - start > 10 && FIRM_WORD_ENDINGS.has(z) && ORGANISATION_LAST_WORD.test(text.slice(end - 17, end))) return true;
  if (end - start < 6 || z !== 46) return false;
  const v = text.charCodeAt(end - 2);
  if (v !== 86 && v !== 70) return false; // V F
  const tail = text.slice(end - 7, end);
  return tail.endsWith(' B.V.') || tail.endsWith(' N.V.') || tail.endsWith(' V.O.F.');
}

const ORGANISATION_WORD_SET: ReadonlySet<string> = new Set([...ORGANISATION_WORDS, 'b.v.', 'bv', 'v.o.f.', 'vof', 'n.v.', 'gemeente']);
const ORGANISATION_ENDING_SET: ReadonlySet<string> = new Set(ORGANISATION_SUFFIXES);
/**
 * Is the word (lowercase) one for an organisation, or a compound ending in one ("stichting", "b.v.",
 * "advocatenkantoor")? For names read whole from a table cell or a run of capitals.
 */
export function isOrganisationWord(lower: string): boolean {
  return ORGANISATION_WORD_SET.has(lower) || endsWithAny(lower, ORGANISATION_ENDING_SET, 0);
}

/** Is the name at text[start, end) part of an organisation's name? */
export function inOrganisationName(text: string, start: number, end: number): boolean {
  return afterOrganisationWord(text, start, end) || beforeLegalForm(text, end) || beforeAndWord(text, end) || endsInLegalForm(text, start, end);
}
