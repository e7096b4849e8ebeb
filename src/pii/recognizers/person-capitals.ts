/**
 * Names written in capitals outside a labelled field: passports and registers ("KOVALENKO OLENA", "AMMAR SAEED
 * ALMAQTARI"), residents who write whole e-mails in capitals ("MIJN VROUW GEERTRUIDA DE BOER-MULDER IS GEVALLEN").
 * A run of words in capitals is cut at everyday words and places; a part with a word the lists hold only as a name
 * (not "MEREL", not "JAN" of a date) is a name, with its initials and particles. Found from pairs of capitals (a
 * scan that prose, with few of them, passes quickly).
 */
import type { Found } from '../types.js';
import { PARTICLES, classifyWord, key, type Cls } from './person-lexicon.js';
import { isOrganisationWord } from './person-organisations.js';
import { report } from './person-report.js';
import { LO, MAX_WORD_LENGTH, UP, infoOf } from './person-words.js';
import { isLatinLetterCode } from './shared.js';

/** Two capitals in a row: where a word in capitals may be. */
const TWO_CAPITALS = /[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ]/g;
/** A word of capitals (hyphen and apostrophe inside), or an initial with its dot ("G."), read at a position; a word's
 * own full stop ends the sentence, not the name ("DE BOER-MULDER."). */
const CAPITALS_WORD = /[A-ZÀ-ÖØ-ÞĀ-ɏ]\.|[A-ZÀ-ÖØ-ÞĀ-ɏ](?:[A-ZÀ-ÖØ-ÞĀ-ɏ'’-]*[A-ZÀ-ÖØ-ÞĀ-ɏ])?/y;
/** Month abbreviations, a name's spelling too ("JAN"): in capitals alone they are the month. */
const MONTHS = new Set(['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']);
/** A run is read for at most this many words. */
const MAX_RUN = 12;

const isCapital = (c: number) => c >= 65 && c <= 90;
/** Written in capitals: no lower-case letter (read by char code; beyond Latin-1 by case mapping, rare). */
function inCapitals(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) return false;
    if (c >= 0x100 && w[i] !== w[i].toUpperCase()) return false;
  }
  return true;
}

interface Word {
  start: number;
  end: number;
  kind: Kind;
}
/**
 * name: listed only as a name, or a double name of listed parts ("BOER-MULDER"); ambiguous: a name that is also a
 * word ("BOER"), a name only after initials; unknown: in no list (three letters or more); organisation: a word for
 * one ("ADVOCATENKANTOOR"), which cuts the run and takes the name after it; other: everything else, which cuts it.
 */
type Kind = 'name' | 'ambiguous' | 'unknown' | 'particle' | 'initials' | 'organisation' | 'other';

function classifyCapitals(w: string): Kind {
  if (/^[A-Z]\.$/.test(w)) return 'initials';
  const lower = key(w.endsWith('.') ? w.slice(0, -1) : w);
  if (PARTICLES.has(lower)) return 'particle';
  // two capitals are an abbreviation far more often than a name ("AK" of a postcode, "AG")
  if (MONTHS.has(lower) || lower.length < 3) return 'other';
  const cls = classifyWord(lower);
  if (cls === 'F' || cls === 'S' || cls === 'FS') return 'name';
  if (cls === 'A') return lower.includes('-') && lower.split('-').every((p) => p !== '' && isListedName(classifyWord(p))) ? 'name' : 'ambiguous';
  if (isOrganisationWord(lower)) return 'organisation';
  return cls === 'U' ? 'unknown' : 'other';
}
const isListedName = (c: string) => c === 'F' || c === 'S' || c === 'FS' || c === 'A';

export function findNamesInCapitals(text: string, found: Found): void {
  // the words of one text, classified once each (a text in capitals repeats its words); made at the first pair
  let kinds: Map<string, Kind> | null = null;
  TWO_CAPITALS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TWO_CAPITALS.exec(text)) !== null) {
    // the run starts at the word holding the pair: back to its start (over capitals, hyphens, apostrophes)
    // (at most a word's length back: in a run of letters longer than any name, "KvKKvK…", every pair would
    // otherwise walk back to the run's start)
    let s = m.index;
    while (s > 0 && m.index - s <= MAX_WORD_LENGTH && (isLatinLetterCode(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 45)) s--;
    if (m.index - s > MAX_WORD_LENGTH) {
      // every later pair of this run is as far in: past the run's end in one step
      let e = m.index + 2;
      while (isLatinLetterCode(text.charCodeAt(e)) || text.charCodeAt(e) === 45) e++;
      TWO_CAPITALS.lastIndex = e;
      continue;
    }
    // initials before it, spaced or written together: "G. H. DE BOER-MULDER", "A.F. HAMDAN"
    while (s >= 3 && text.charCodeAt(s - 1) === 32 && text.charCodeAt(s - 2) === 46) {
      let i = s - 1;
      while (i >= 2 && text.charCodeAt(i - 1) === 46 && isCapital(text.charCodeAt(i - 2)) && !isLatinLetterCode(text.charCodeAt(i - 3))) i -= 2;
      if (i === s - 1) break;
      s = i;
    }
    const words = readRun(text, s, (kinds ??= new Map()));
    TWO_CAPITALS.lastIndex = Math.max(m.index + 2, words.length > 0 ? words[words.length - 1].end : 0);
    reportNames(text, found, words);
  }
  TWO_CAPITALS.lastIndex = 0;
}

/** The words in capitals from `s` on, one space apart, initials included (at most MAX_RUN). */
function readRun(text: string, s: number, kinds: Map<string, Kind>): Word[] {
  const words: Word[] = [];
  let p = s;
  while (words.length < MAX_RUN) {
    CAPITALS_WORD.lastIndex = p;
    const w = CAPITALS_WORD.exec(text);
    if (w === null) break;
    const end = p + w[0].length;
    // initials written together ("A.F.") are read one by one
    const together = w[0].length === 2 && w[0].charCodeAt(1) === 46 && isCapital(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 46;
    // a word in capitals ends at a non-letter ("DE BOER-MULDER IS", not "Boer")
    if ((isLatinLetterCode(text.charCodeAt(end)) && !together) || !inCapitals(w[0])) break;
    // the letters of a case number are none ("WT-FEY-2025-0931")
    const code = text.charCodeAt(end) === 45 || (text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57);
    let kind: Kind | undefined = code ? 'other' : kinds.get(w[0]);
    if (kind === undefined) kinds.set(w[0], (kind = classifyCapitals(w[0])));
    words.push({ start: p, end, kind });
    if (text.charCodeAt(end) !== 32 && !together) break;
    p = together ? end : end + 1;
  }
  return words;
}

/**
 * Each part of the run between everyday words that holds a name: a word listed only as a name, or initials with a
 * name after them that is also a word or in no list ("H. DE BOER"); trimmed of particles at its end.
 */
function reportNames(text: string, found: Found, words: Word[]): void {
  let from = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && words[i].kind !== 'other' && words[i].kind !== 'organisation') continue;
    const afterOrganisation = from > 0 && words[from - 1].kind === 'organisation';
    let a = from;
    let b = i; // words[a, b) is one part
    from = i + 1;
    while (b > a && words[b - 1].kind === 'particle') b--;
    while (a < b && words[a].kind === 'particle' && !(a + 1 < b && words[a + 1].kind !== 'particle')) a++;
    if (a >= b || afterOrganisation) continue;
    const part = words.slice(a, b);
    const named = part.some((w) => w.kind === 'name') || (part[0].kind === 'initials' && part.some((w) => w.kind === 'ambiguous' || w.kind === 'unknown'));
    // passport order, the surname in capitals before the given names: "POPESCU, Costel", "LIU Yuxin"
    const given = b === words.length && (named || part.every((w) => w.kind === 'unknown')) ? givenNamesAfter(text, words[b - 1].end) : null;
    // (as sure as a name after a title, so that it wins over the given names found alone)
    if (named) report(text, found, words[a].start, given === null ? words[b - 1].end : given.end, given === null ? 0.8 : 0.9);
    // a surname in no list takes given names only after a comma, the first a listed first name: "VENKATARAMAN,
    // Arjun" (not "CISO Maarten", a function; "WELDU, Nahom" is left)
    else if (given !== null && given.comma && (given.first === 'F' || given.first === 'FS')) report(text, found, words[a].start, given.end, 0.85);
  }
}

/** One capitalised given name (hyphenated ones too: "Ionuț-Alexandru", "Seo-yeon"). */
const GIVEN_NAME = new RegExp(`[${UP}][${LO}]+(?:-[${UP}${LO}][${LO}]*)?`, 'y');
/**
 * The given names after a surname in capitals ending at `end`: ", " or " ", then one to three capitalised words
 * in no list as everyday words or places, ending at a non-letter; or ", " and initials. Their end, the first one's
 * class and whether a comma came before them; or null.
 */
function givenNamesAfter(text: string, end: number): { end: number; first: Cls; comma: boolean } | null {
  const comma = text.charCodeAt(end) === 44;
  let p = end + (comma ? 1 : 0);
  if (text.charCodeAt(p) !== 32) return null;
  // …or initials after a comma, as a register writes them: "KROMOSOETO-AMATSALEH, R.W."
  if (comma) {
    let q = p + 1;
    while (isCapital(text.charCodeAt(q)) && text.charCodeAt(q + 1) === 46) q += 2;
    if (q > p + 1 && !isLatinLetterCode(text.charCodeAt(q))) return { end: q, first: 'F', comma };
  }
  let first: Cls | null = null;
  let last = -1;
  for (let n = 0; n < 3; n++) {
    GIVEN_NAME.lastIndex = p + 1;
    const m = GIVEN_NAME.exec(text);
    if (m === null || m[0].length > MAX_WORD_LENGTH || isLatinLetterCode(text.charCodeAt(p + 1 + m[0].length))) break;
    const info = infoOf(m[0]);
    if (info.cls === 'C' || info.cls === 'X' || info.title || info.particle) break;
    first ??= info.listed ?? info.cls;
    last = p + 1 + m[0].length;
    if (text.charCodeAt(last) !== 32) break;
    p = last;
  }
  return first === null ? null : { end: last, first, comma };
}
