/**
 * Street addresses: a street name (a Dutch suffix such as -straat, -laan, -weg, -gracht, -kade, or a "Laan van …"
 * form), extended leftwards over capitalised words and particles ("Burgemeester de Withstraat"), then a house number
 * and addition (12A, 12-II, 12 hs, 12-3). Anchored on "space + digit", rare in prose, so the cost stays linear and
 * small. Tables, text in lower case and streets abroad: address-forms.ts, address-foreign.ts; what follows the
 * number (floors, units, "nr 87"): address-number.ts.
 */
import type { Found, Recognizer } from '../types.js';
import { findLowerCaseAddresses, findTableAddresses } from './address-forms.js';
import { findForeignAddresses } from './address-foreign.js';
import { NR_WORDS, withTrailingNumber } from './address-number.js';
import { ADDRESS_CONTEXT_HINT, addressContextBefore, endsClause, placeAfter, postcodeAfter, propertyBefore, residenceBefore, venueBefore } from './address-context.js';
import { classify, key } from './person-lexicon.js';
import { afterSurnameTitle } from './person-triggers.js';
import { tableView } from '../tables.js';
import { BARE_STREET_WORDS, HOUSE_NUMBER, STREET_ADJECTIVES, PREPOSITIONS, YEAR, STREET_SUFFIXES, STRONG_STREET_SUFFIXES, endsWithAny, HAS_DIGIT, isUpper, monthAfter, QUANTITY_WORDS, wordAfterIn } from './shared.js';

/**
 * "Space + digit" where the word before it can open an address (see findAddresses): a capital in the word,
 * a strong street suffix ("kerkstraat 12", stray '.', '’' and "'" allowed, as isStreetWord strips them),
 * a house-number word ("nr 12", "nummer 3") or one of a street abroad ("No: 58", "n° 15", "pr. 176"). A superset
 * of what findAddresses keeps, tested inside the regular expression: "artikel 6", "op 3 maart", "€ 4.312" are
 * passed over without any JavaScript.
 */
const WORD_CHARS = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u017F0-9'’.\\-";
const anyCase = (word: string) => [...word].map((c) => `[${c}${c.toUpperCase()}][.’']*`).join('');
const SPACE_DIGIT = new RegExp(
  ` \\d(?<=(?:[A-Z\\u00C0-\\u00DE\\u0100-\\u017F][${WORD_CHARS}]*|${[...new Set([...STRONG_STREET_SUFFIXES].map((x) => x.slice(-3)))].map(anyCase).join('|')}|[Nn][.’']*[Rr][.’']*|[Mm][.’']*[Ee][.’']*[Rr][.’']*|[Nn][Oo]:|[Nn][°º]|(?:pr|g)\\.) \\d)`,
  'g',
);
/** Letters of ALNUM without the digits: A-Z a-z, Latin-1 letters (not × ÷), Latin Extended-A. */
function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7);
}
/** A character of a street word: letters, digits, apostrophes, '.' and '-' (char codes, no regex per char). */
function isWordCode(c: number): boolean {
  return isLetterCode(c) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 46 || c === 45;
}
const STOP_WORDS = new Set(['adres', 'woonadres', 'postadres', 'bezoekadres', 'correspondentieadres', 'op', 'aan', 'de', 'het', 'in', 'te', 'naar', 'van', 'bij', 'address']);
const STRIP = /[.’']/;
/** Abbreviated titles that open street names: "Pr. Hendrikkade", "Burg. de Withstraat", "Dr. Lelylaan", "Past. Onstenkstraat". */
const STREET_ABBREVIATIONS = new Set(['pr.', 'burg.', 'mr.', 'dr.', 'st.', 'kon.', 'gen.', 'jhr.', 'prof.', 'ds.', 'mgr.', 'past.', 'weth.', 'pres.']);
/** Initials in a street's name: "Mr. P.J. Troelstraweg", "J.P. Coenstraat", "P. de Hooghstraat" (see partOfStreetName). */
const INITIALS = /^(?:[A-Z]\.){1,4}$/;
/** An abbreviated title (STREET_ABBREVIATIONS) right before the word at s. */
function titleBefore(text: string, s: number): boolean {
  const m = /(\S+) $/.exec(text.slice(Math.max(0, s - 8), s));
  return m !== null && STREET_ABBREVIATIONS.has(m[1].toLowerCase());
}
/** Particles that open street names named after people: "Van Heemstraweg", "De Ruyterstraat". */
const NAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', "'t", 'la', 'le', 'du']);

/**
 * Is the word w (lowercase lw, starting at s), read leftwards from a street word, part of the street's name?
 * A capitalised word that is no stop word and no label ("Adres:", "Tel."), as in "Burgemeester de With|straat",
 * an abbreviated title ("Pr. Hendrik|kade"), or initials `next` to the street word or to particles before it
 * ("J.P. |Coenstraat", "P. |de Hooghstraat");
 * and a capitalised particle ("Van Heemstraweg") unless it opens a sentence, where it is as likely the
 * preposition or article ("Van Kerkstraat 12 naar …", "De Kerkstraat 12 is …").
 */
function partOfStreetName(text: string, s: number, w: string, lw: string, next: boolean): boolean {
  if (!isUpper(w[0])) return false;
  if (/[.:]$/.test(w)) return STREET_ABBREVIATIONS.has(lw) || (INITIALS.test(w) && (next || titleBefore(text, s)));
  if (!STOP_WORDS.has(lw)) return true;
  return NAME_PARTICLES.has(lw) && !opensSentence(text, s);
}
/**
 * Do the words read leftwards from a street word ("Kees Appelman van de") hold a first name and a surname before the
 * particles that end them? Then they name the person who lives in the street, as streets are not named after a
 * first name and a surname with "van de" between them and the street word ("Willem van de Veldestraat" has one).
 */
function nameBeforeParticles(words: string): boolean {
  const parts = words.split(' ');
  let k = parts.length;
  while (k > 0 && NAME_PARTICLES.has(parts[k - 1].toLowerCase())) k--;
  if (k === parts.length || k < 2) return false;
  const c = classify(key(parts[k - 2]));
  return c === 'F' || c === 'FS';
}
/** Lowercase words read past leftwards from a street word: particles, prepositions and "het". */
const LEFT_PARTICLES = new Set([...NAME_PARTICLES, ...PREPOSITIONS, 'het']);
const STOP = -1;
const PASS = 0;
const START = 1;
/**
 * One step leftwards from a street word: START when the word w (lowercase lw, at s) is part of the street's
 * name, PASS for a particle or preposition to read past, STOP otherwise. Past a preposition only a street word
 * goes on with the name: "Laan op Zuid", but not "Henk op de Bosweg".
 */
function leftwardStep(text: string, s: number, w: string, lw: string, afterPreposition: boolean, next = false): number {
  if (partOfStreetName(text, s, w, lw, next)) return afterPreposition && !isStreetWord(w) ? STOP : START;
  return LEFT_PARTICLES.has(lw) ? PASS : STOP;
}
/** An ordinal before a street's name: "1e Helmersstraat", "2de Kostverlorenkade" (parallel streets, numbered). */
const ORDINAL_BEFORE = /(?<![0-9A-Za-z])[1-9]\d?(?:e|ste|de) $/;
function withOrdinal(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 32) return start;
  const m = ORDINAL_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  return m === null ? start : start - m[0].length;
}
/** Does the word at s open a sentence (the text's start, or after '.', '!' or '?')? */
function opensSentence(text: string, s: number): boolean {
  let i = s;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  // a printed form's dot leaders end a label, not a sentence: "Adres ....... De Kamp 9"
  const leader = i >= 3 && text.charCodeAt(i - 2) === 46 && text.charCodeAt(i - 3) === 46;
  return i === 0 || (text[i - 1] === '.' && !leader) || text[i - 1] === '!' || text[i - 1] === '?';
}
/**
 * The article that opens a street's name, written with a capital where no sentence opens: "naar De Kamp 7a",
 * "Adres: De Klaproos 17", "op Op de Boogaard 11", "Tussen de Vaarten 112" (without it, the name read leftwards
 * stops at "De").
 */
const ARTICLE_BEFORE = /(?:(?:Op|In|Aan|Achter|Bij|Over|Onder|Tussen|Langs|Naast|Buiten|Binnen) (?:de|het|den)|De|Het|Den|'t|’t) $/;
function withArticle(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 32) return start;
  const m = ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 11), start));
  if (m === null) return start;
  const s = start - m[0].length;
  if (s > 0 && isWordCode(text.charCodeAt(s - 1))) return start;
  return opensSentence(text, s) ? start : s;
}
/** Points of the compass that end a street's name ("Lopikerweg Oost"), as written. */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['Oost', 'West', 'Noord', 'Zuid', 'Noordzijde', 'Zuidzijde', 'Oostzijde', 'Westzijde', 'N.Z.', 'Z.Z.', 'O.Z.', 'W.Z.']);
/**
 * A postcode or ", " and a capital soon after a number: the cheap look for mayEndAddress before postcodeAfter and
 * placeAfter (a number with its addition and ", " take at most 17 characters).
 */
const POSTCODE_NEAR = /[1-9]\d{3} ?[A-Z]{2}|, [A-Z]/;
const NO_STREETS = new Set(['postbus', 'antwoordnummer', 'bus']);

/** A bare street word as a whole word (see wordsBefore), any case ('k' also as the Kelvin sign, which lowercases to it). */
const BARE_STREET_WORD = new RegExp(
  `(?<![${WORD_CHARS}])(?:${[...BARE_STREET_WORDS].map((w) => w.replace(/k/g, '[k\u212A]')).join('|')})(?![${WORD_CHARS}])`,
  'i',
);
/** Starts of the words wordsBefore reads before a number (nearest first), without reading them. */
const STARTS = new Int32Array(4);

/**
 * Can a capitalised word that is no street word ("Wmo 2015", "Postbus 12") end an address at this number?
 * findAddresses then needs a bare street word among the three words before it ("Laan van Meerdervoort
 * 52"), address context just before one of the first three ("Adres: Vaartsche Rijn 31"), residence words
 * before one of them that follows ", " (apposition), or a postcode after the number. This is a superset of
 * those tests, so most such numbers in prose are passed over without reading any word.
 */
function mayEndAddress(text: string, space: number): boolean {
  if (POSTCODE_NEAR.test(text.slice(space + 1, space + 25))) return true;
  let n = 0;
  for (let p = space + 1; n < 4 && text.charCodeAt(p - 1) === 32; n++) {
    const s = wordStartBefore(text, p);
    if (s === p - 1) break;
    STARTS[n] = s;
    p = s;
  }
  if (n === 0) return false;
  const first = STARTS[0];
  if (n > 1 && BARE_STREET_WORD.test(text.slice(STARTS[n - 1], first))) return true;
  const third = STARTS[Math.min(n, 3) - 1];
  if (ADDRESS_CONTEXT_HINT.test(text.slice(Math.max(0, third - 40), first))) return true;
  for (let c = 0; c < Math.min(n, 3); c++) {
    const from = STARTS[c];
    if (from >= 2 && text.charCodeAt(from - 1) === 32 && text.charCodeAt(from - 2) === 44 && ADDRESS_CONTEXT_HINT.test(text.slice(Math.max(0, from - 102), from - 2))) return true;
  }
  return false;
}

function isStreetWord(word: string): boolean {
  const lower = word.toLowerCase();
  const w = STRIP.test(lower) ? lower.replace(/[.’']/g, '') : lower;
  if (!isUpper(word[0])) return endsWithAny(w, STRONG_STREET_SUFFIXES, 3);
  return endsWithAny(w, STREET_SUFFIXES, 1) || BARE_STREET_WORDS.has(w);
}

/**
 * Start of the word that ends at the space text[p - 1] (read back over word characters, at most 46 of them);
 * p - 1 when there is no word there.
 */
function wordStartBefore(text: string, p: number): number {
  let s = p - 1;
  while (s > 0 && p - s < 48 && isWordCode(text.charCodeAt(s - 1))) s--;
  return afterOpeningQuote(text, s);
}
/** Past a quote that opens a quoted value ("'Oude Deldenerweg 230'"), not an apostrophe of the name ("'s-Gravenweg"). */
function afterOpeningQuote(text: string, s: number): number {
  const c = text.charCodeAt(s);
  return (c === 39 || c === 0x2019) && isUpper(text[s + 1] ?? '') ? s + 1 : s;
}

/**
 * Words before `pos` separated by single spaces, nearest first, at most `max`; the words before the first in
 * `view` (the text with its tabs), so that they stay in the first one's table cell.
 */
function wordsBefore(text: string, view: string, pos: number, max: number): { start: number; word: string }[] {
  const out: { start: number; word: string }[] = [];
  let p = pos;
  while (out.length < max && (out.length === 0 ? text : view).charCodeAt(p - 1) === 32) {
    const s = wordStartBefore(text, p);
    if (s === p - 1) break;
    out.push({ start: s, word: text.slice(s, p - 1) });
    p = s;
  }
  return out;
}

/** The Lithuanian street words right before a number ("Savanorių pr. 176", "Vilniaus g. 12"). */
const FOREIGN_NUMBER_WORD = /(?:^|[^A-Za-z])(?:pr|g)\.$/;
/**
 * A street in lower case with its adjective, or with "van" opening a chat message: "kleine houtstraat 48", "Klant:
 * van nagellstraat 6" (from the street word at `ws`).
 */
const LOWER_ADJECTIVE_BEFORE = new RegExp(`(?:(?<![${WORD_CHARS}])(?:${STREET_ADJECTIVES.join('|')})|(?<=\\n|: )van) $`);
function withLowerAdjective(text: string, ws: number): number {
  const m = LOWER_ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, ws - 8), ws));
  return m === null ? ws : ws - m[0].length;
}

/** Finds the streets; `numbers` gets each "space + digit" after a capitalised word or "nr" that is no street word. */
function findAddresses(text: string, found: Found, numbers: number[]): void {
  // the street's name is read leftwards in the text with its tabs (tableView): it ends at a table's cell
  // ("Het Baken College<tab>Rietgors 19"); the number may be in the next cell ("Kerkstraat<tab>12")
  const view = tableView(text);
  SPACE_DIGIT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPACE_DIGIT.exec(text)) !== null) {
    const space = m.index;
    if (space === 0) continue;
    const pc = text.charCodeAt(space - 1);
    // "No: 58", "n° 15", "pr. 176", "g. 12": numbers of streets abroad only
    if (pc === 58 || pc === 0xb0 || pc === 0xba || (pc === 46 && FOREIGN_NUMBER_WORD.test(text.slice(Math.max(0, space - 4), space)))) {
      numbers.push(space);
      continue;
    }
    if (!(isLetterCode(pc) || pc === 46)) continue;
    // cheap first look at the word before the number: lowercase words need a strong street suffix,
    // capitalised ones a street suffix or a "Laan van …" form further back
    let ws = space;
    while (ws > 0 && space - ws < 48 && isWordCode(text.charCodeAt(ws - 1))) ws--;
    ws = afterOpeningQuote(text, ws);
    const w0 = text.slice(ws, space);
    // a lowercase word ("in 2024", "artikel 6") needs a strong suffix (at least 6 letters) or to be "nr"
    const upper0 = isUpper(w0[0]);
    if (!upper0 && w0.length < 6 && !NR_WORDS.has(w0)) continue;
    const street0 = isStreetWord(w0);
    // every house-number word opens with n or h: others are not lowercased to be looked up
    const n0 = w0.charCodeAt(0) | 32;
    const nrWord = !street0 && w0.length <= 10 && (n0 === 110 || n0 === 104) && NR_WORDS.has(w0.toLowerCase());
    if (!street0 && !nrWord && !upper0) continue;
    if (!street0) numbers.push(space);
    // a capitalised word that is no street word ("Wmo 2015", "Postbus 12") rarely ends an address: ruled out
    // before the number is read (w0 is the word wordsBefore reads first when shorter than its 47-character limit)
    if (!street0 && !nrWord && space - ws < 46 && !COMPASS_WORDS.has(w0) && !mayEndAddress(text, space)) continue;
    HOUSE_NUMBER.lastIndex = space + 1;
    const n = HOUSE_NUMBER.exec(text);
    if (!n) continue;
    // a day's number before a month is a date ("Amsterdam 3 juni 2025"); a number before a unit a quantity ("Paspoort 18 jaar")
    if (monthAfter(text, space + 1 + n[0].length) || (n[0] === n[1] && wordAfterIn(text, space + 1 + n[0].length, QUANTITY_WORDS))) continue;
    // a year after a street-shaped word is a title's ("Zomerfeest Zuiderpark 2024", "Mantelzorgwaardering 2025"),
    // unless a postcode says it is a house number, or one follows ("Boulevard 1945 nr 87")
    if (street0 && n[0] === n[1] && YEAR.test(n[1])) {
      const numberEnd = space + 1 + n[0].length;
      if (!postcodeAfter(text, numberEnd) && withTrailingNumber(text, numberEnd) === numberEnd) continue;
    }
    if (street0 && !nrWord && space - ws < 47) {
      // The common case, without the word list: a street word with a Dutch suffix right before the number
      // (the same word wordsBefore would read first); a capitalised one is extended leftwards word by word
      // exactly as below ("Burgemeester de With|straat").
      let start = ws;
      if (upper0) {
        let p = ws;
        let crossed = false; // passed a preposition ("Henk op de Bosweg")
        let next = true; // only particles since the street word
        for (let i = 1; i < 5 && view.charCodeAt(p - 1) === 32; i++) {
          const s = wordStartBefore(text, p);
          if (s === p - 1) break;
          const w = text.slice(s, p - 1);
          const lw = w.toLowerCase();
          const step = leftwardStep(text, s, w, lw, crossed, next);
          if (step === STOP) break;
          if (step === START) start = s;
          else crossed ||= PREPOSITIONS.has(lw);
          next &&= step === PASS && NAME_PARTICLES.has(lw);
          p = s;
        }
        // a title before the words read ("Mevrouw De Jong-Tamminga van de Zuiderstraat 5"), or a first name and a
        // surname before "van de" ("Kees Appelman van de Merelstraat 30"): they are someone's name
        if (start < ws && (afterSurnameTitle(text, start) || nameBeforeParticles(text.slice(start, ws - 1)))) start = ws;
      } else start = withLowerAdjective(text, ws);
      const end = withTrailingNumber(text, space + 1 + n[0].length);
      found.add(withOrdinal(text, start), end, 0.9);
      SPACE_DIGIT.lastIndex = end;
      continue;
    }
    const before = wordsBefore(text, view, space + 1, nrWord ? 6 : 5);
    // "Kerkstraat nr. 12": the street is the word before "nr."
    if (nrWord && before.length > 0) before.shift();
    if (before.length === 0) continue;
    const word = before[0].word;
    let start = before[0].start;
    let score = 0.9;
    // before[0] is w0 (same scan from the same space), so its street test is already known
    if (before.length > 1 && COMPASS_WORDS.has(word) && isUpper(before[1].word[0]) && isStreetWord(before[1].word)) {
      // "Lopikerweg Oost 210", "Dorpsstraat Zuid 4": a street, then a point of the compass
      start = before[1].start;
    } else if (!(word === w0 ? street0 : isStreetWord(word))) {
      // "Laan van Meerdervoort 52": a bare street word up to 3 words back, capitalised words between (never a PO box,
      // whatever context it stands in: "…Beschermd Wonen, Postbus 1840")
      if (!isUpper(word[0]) || NO_STREETS.has(word.toLowerCase())) continue;
      // (a bare street word that does not open the street, "Straat / Street ....... Zilverberk 23", leaves the context)
      const bare = before.findIndex((b, i) => i > 0 && BARE_STREET_WORDS.has(b.word.toLowerCase()) && isUpper(b.word[0]));
      const k = bare !== -1 && bare <= 3 && before.slice(1, bare).every((b) => isUpper(b.word[0]) || LEFT_PARTICLES.has(b.word.toLowerCase())) ? bare : -1;
      if (k === -1) {
        // a street without a Dutch suffix ("Vaartsche Rijn 31", "Kraaiennest 131") after address context
        let c = 0;
        while (c + 1 < before.length && c < 2 && isUpper(before[c + 1].word[0]) && !STOP_WORDS.has(before[c + 1].word.toLowerCase()) && !/[.:]$/.test(before[c + 1].word)) c++;
        const ctxFrom = before[c].start;
        const numberEnd = space + 1 + n[0].length;
        // everyday words are no street ("Bijlage 3, Utrecht"), unless a postcode says so
        const common = () => before.slice(0, c + 1).some((b) => classify(b.word.toLowerCase()) === 'C');
        const located =
          !NO_STREETS.has(word.toLowerCase()) && (postcodeAfter(text, numberEnd) || (!YEAR.test(n[1]) && placeAfter(text, numberEnd) && !common()));
        const ctx = text.slice(Math.max(0, ctxFrom - 40), ctxFrom);
        const property = () => propertyBefore(ctx) && !YEAR.test(n[1]) && !common() && endsClause(text, numberEnd);
        // (the context may stand before the article that opens the street: "Adres ....... Op de Kamp 9")
        const beforeArticle = () => {
          const art = withArticle(text, ctxFrom);
          return art !== ctxFrom && addressContextBefore(text.slice(Math.max(0, art - 40), art));
        };
        if (!located && !addressContextBefore(ctx) && !beforeArticle() && !property()) {
          // "…woont in de Bijlmer, Kraaiennest 131": apposition in a sentence about residence
          const apposition = ctxFrom >= 2 && text.charCodeAt(ctxFrom - 1) === 32 && text.charCodeAt(ctxFrom - 2) === 44;
          if (!apposition || nrWord || YEAR.test(n[1]) || n[1].length > 4) continue;
          if (common() || !endsClause(text, numberEnd) || !residenceBefore(text, ctxFrom - 2)) continue;
        }
        start = withArticle(text, ctxFrom);
        // a postcode or place after the number is as strong as a street suffix; address context a little less
        score = located ? 0.9 : 0.8;
        const end = withTrailingNumber(text, space + 1 + n[0].length);
        found.add(start, end, score);
        SPACE_DIGIT.lastIndex = end;
        continue;
      }
      start = before[k].start;
    } else if (isUpper(word[0])) {
      // extend leftwards: "Burgemeester de With|straat", "Jan van Galen|straat", "Prins Hendrik|kade"
      let lastCap = -1;
      let crossed = false;
      let next = true;
      for (let i = 1; i < before.length; i++) {
        const w = before[i].word;
        const lw = w.toLowerCase();
        const step = leftwardStep(text, before[i].start, w, lw, crossed, next);
        if (step === STOP) break;
        if (step === START) lastCap = i;
        else crossed ||= PREPOSITIONS.has(lw);
        next &&= step === PASS && NAME_PARTICLES.has(lw);
      }
      if (lastCap >= 0) start = before[lastCap].start;
    }
    const end = withTrailingNumber(text, space + 1 + n[0].length);
    found.add(withOrdinal(text, start), end, score);
    SPACE_DIGIT.lastIndex = end;
  }
}

export const addressRecognizer: Recognizer = {
  name: 'nl_address',
  type: 'ADRES',
  prefilter: HAS_DIGIT,
  find: (text, found) => {
    const numbers: number[] = [];
    // the town hall's or a public counter's address is no one's (looked at only where an address is found)
    const own: Found = {
      add: (start, end, score) => {
        if (!venueBefore(text, start)) found.add(start, end, score);
      },
      plain: found.plain,
    };
    findAddresses(text, own, numbers);
    findTableAddresses(text, own);
    findLowerCaseAddresses(text, own);
    findForeignAddresses(text, numbers, own);
  },
};
