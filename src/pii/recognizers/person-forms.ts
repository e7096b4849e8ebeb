/**
 * Names the capitalised-word finder does not see: forms filled in in capitals ("NAAM: DE GRAAF"), informal
 * writing in lower case ("mevrouw roos", "zijn vrouw heet sanne", a name found written again in lower case) and names
 * spelled out ("S-E-N-A-I-T"). Chats are person-chats.ts's.
 */
import type { Found } from '../types.js';
import { classify, classifyWord, key, surnameCores, surnames } from './person-lexicon.js';
import { LO, UP } from './person-words.js';
import { isOrganisationWord } from './person-organisations.js';
import { rememberFieldWord } from './person-named.js';
import { report } from './person-report.js';
import { withFirstNameAfterComma } from './person-surname-first.js';
import { isLowerCode } from './person-tokens.js';
import { LOWER_CASE_UP_TO } from './lower-case-text.js';
import { isUpperCode } from './shared.js';

/**
 * Forms filled in in capitals: "NAAM: DE GRAAF", "Voornaam: HENDRIK", "VOORLETTERS: H.W.", and a table of labels and
 * values: "| Achternaam | VAN DEN BERGH |". Only colons and bars are visited (indexOf, far cheaper than a
 * regular-expression scan of the text), and the capitals are read from each.
 */
const CAPS = 'A-Z\u00C0-\u00D6\u00D8-\u00DE';
const CAPITALS_AFTER_COLON = new RegExp(`[:|.][ \\t]*([${CAPS}'’\\-.]{2,}(?: [${CAPS}'’\\-.]{2,}){0,4})(?![${UP}${LO}0-9])`, 'y');
/** A label of a name field: "Naam:", "Achternaam:", and a name with the person's role: "Naam melder:", "Naam cliënt:". */
const NAME_LABEL =
  /(?:^|[^a-z])(?:naam|voornaam|voornamen|achternaam|geboortenaam|geslachtsnaam|roepnaam|voorletters|name|surname|given[ _]?names?|first[ _]?names?|last[ _]?name|family[ _]?name|full[ _]?name)(?:[ _](?:melder|aanvrager|cliënt|client|bewoner|inwoner|klant|ouder|kind|partner|contactpersoon|huurder|indiener|verzoeker|gemachtigde|deelnemer|leerling|getuige|belanghebbende|overledene|vader|moeder))?[ \t]*$/i;
/** A character that can open CAPITALS_AFTER_COLON's capture: a capital of CAPS, an apostrophe or a hyphen. */
function opensCapitals(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c === 39 || c === 0x2019 || c === 45;
}
/** The names a field or a title gives, in capitals, capitalised or in lower case; their words are remembered (fieldName). */
export function findFieldNames(text: string, found: Found): void {
  findLowercaseAfterTitle(text, found);
  findCapitalsAfterLabel(text, found);
}

function findCapitalsAfterLabel(text: string, found: Found): void {
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) afterLabel(text, found, colon, colon);
  for (let bar = text.indexOf('|'); bar !== -1; bar = text.indexOf('|', bar + 1)) afterLabel(text, found, bar, bar);
  // a printed form's dot leaders: "Geslachtsnaam / Surname ........... VIRTANEN" (the label ends before the dots)
  for (let dots = text.indexOf('...'); dots !== -1; dots = text.indexOf('...', dots)) {
    let labelEnd = dots;
    while (labelEnd > 0 && text.charCodeAt(labelEnd - 1) === 32) labelEnd--;
    dots += 3;
    while (text.charCodeAt(dots) === 46) dots++;
    afterLabel(text, found, dots - 1, labelEnd);
  }
}
/** The last cell of a row of two, "| label | value |": after the value only its bar ("| Naam | BSN | Tel |" is a header). */
const LAST_CELL = /^[ \t]*\|[ \t]*(?:\r?\n|$)/;
/**
 * The name after a label ending at `labelEnd` and the colon, bar or last leader dot at `colon`: in capitals, or after
 * a colon in lower case.
 */
function afterLabel(text: string, found: Found, colon: number, labelEnd: number): void {
  // most colons are followed by something else ("a1:b2", "19:30", "Betreft: uw"): no expression for them
  let p = colon + 1;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  const bar = text.charCodeAt(colon) === 124;
  // a field of JSON or a dictionary, label and value quoted: "'geslachtsnaam': 'Wijnaldum'", '"lastName": "Vos"'
  const q = text.charCodeAt(p);
  const quoted = !bar && (q === 34 || q === 39) && text.charCodeAt(labelEnd - 1) === q;
  if (quoted) (p++, labelEnd--);
  if (isLowerCode(text.charCodeAt(p))) {
    if (!bar) lowerCaseAfterLabel(text, found, labelEnd, p);
    return;
  }
  if (!opensCapitals(text.charCodeAt(p))) return;
  if (!bar && isLowerCode(text.charCodeAt(p + 1))) {
    capitalisedAfterLabel(text, found, labelEnd, p, quoted);
    return;
  }
  CAPITALS_AFTER_COLON.lastIndex = colon;
  const m = CAPITALS_AFTER_COLON.exec(text);
  if (m === null || !NAME_LABEL.test(text.slice(Math.max(0, labelEnd - 16), labelEnd))) return;
  const start = colon + m[0].length - m[1].length;
  if (bar && !LAST_CELL.test(text.slice(start + m[1].length, start + m[1].length + 8))) return;
  found.add(start, start + m[1].length, 0.85);
}

/**
 * Reports the name a field, a title or "heet" gives at `start`, and remembers its words: where the text repeats them,
 * in lower case too, they are names ("Naam: yonas tesfamariam" … "groet yonas").
 */
function fieldName(found: Found, start: number, name: string, score = 0.8, end = start + name.length): void {
  found.add(start, end, score);
  for (const word of name.split(' ')) rememberFieldWord(word);
}

/**
 * A name field filled in in lower case, as web forms are: "Naam: kevin vd heuvel", "Naam: r. bakkali". The words up
 * to the line's end, a comma or a number, when the first is a listed name and no everyday word; after initials, a
 * word that is no everyday word or place.
 */
const LOWER_AFTER_COLON = new RegExp(`((?:[a-z]\\.){0,3} ?[${LO}][${LO}'’\\-]+(?: (?:v\\.d\\.|vd|[${LO}][${LO}'’\\-]*)){0,3}) *(?=$|[\\n,;(|<]| \\d)`, 'y');
/** A mail header's sender or addressee, whose name stands before an address in angle brackets: "Van: anouar el ouahabi <…>". */
const MAIL_LABEL = /(?:^|\n)(?:van|from|aan|to|cc)[ \t]*$/i;
const LOWER_INITIALS = /^(?:[a-z]\.){1,3}$/;
const LOWER_NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'el', 'al', 'vd', 'v.d.', "'t"]);
function lowerCaseAfterLabel(text: string, found: Found, labelEnd: number, p: number): void {
  const label = text.slice(Math.max(0, labelEnd - 16), labelEnd);
  const mail = MAIL_LABEL.test(label);
  if (!mail && !NAME_LABEL.test(label)) return;
  LOWER_AFTER_COLON.lastIndex = p;
  const m = LOWER_AFTER_COLON.exec(text);
  if (m === null || (mail && text.charCodeAt(LOWER_AFTER_COLON.lastIndex) !== 60)) return;
  const words = m[1].split(' ');
  // after initials, the surname is the first word that is no particle ("j.w. de vries")
  const initials = LOWER_INITIALS.test(words[0]);
  let k = initials ? 1 : 0;
  while (initials && k < words.length - 1 && LOWER_NAME_PARTICLES.has(words[k])) k++;
  const word = words[k];
  if (word === undefined || word.endsWith('.')) return;
  const c = classify(key(word));
  if (c === 'F' || c === 'FS' || c === 'S' || (initials && (c === 'U' || c === 'A'))) fieldName(found, p, m[1]);
}

/**
 * A name field filled in as names are written: "Naam: Xiaoling Zhou", "Naam melder: T. de Boer-Hiemstra". The
 * capitalised words (initials and particles between them) up to the line's end, a comma, a bracket or a number are
 * the name, known or not; an organisation's name ("Naam: Stichting De Boog") is not.
 */
const NAME_PARTICLE = "(?:van|de|der|den|ter|ten|te|el|al|von|da|dos|di|le|la|'t)";
const NAME_WORD = `[${UP}][${LO}'’\\-]+`;
const CAPITALISED_AFTER_COLON = new RegExp(
  `((?:[A-Z]\\.){0,4} ?(?:${NAME_PARTICLE} )*${NAME_WORD}(?:[ \\-](?:${NAME_PARTICLE}|${NAME_WORD})){0,5}) *(?=$|[\\n,;(|<"]| \\d)`,
  'y',
);
function capitalisedAfterLabel(text: string, found: Found, labelEnd: number, p: number, quoted: boolean): void {
  if (!NAME_LABEL.test(text.slice(Math.max(0, labelEnd - 40), labelEnd))) return;
  CAPITALISED_AFTER_COLON.lastIndex = p;
  const m = CAPITALISED_AFTER_COLON.exec(text);
  if (m === null) return;
  // (a quoted value's closing quote is read as a name's apostrophe: "'Wijnaldum'")
  const name = quoted && m[1].endsWith(text[p - 1]) ? m[1].slice(0, -1) : m[1];
  const first = name.slice(0, name.search(/[ \-]|$/));
  if (isOrganisationWord(key(first)) || isOrganisationWord(key(name.slice(name.lastIndexOf(' ') + 1)))) return;
  // "Naam en voorletters ...... Boelens, J. (Jantina)": the first names after a comma are the name's
  const end = p + name.length;
  fieldName(found, p, name, 0.85, text.charCodeAt(end) === 44 ? withFirstNameAfterComma(text, p, end) : end);
}

/** Informal writing: "mevrouw roos", "dhr. de vries", "mw el idrissi": a listed name in lower case right after a title. */
// (abbreviations with or without their dot: "mw el idrissi", "dhr ouali"; a teacher: "juf marloes")
const LOWER_AFTER_TITLE = new RegExp(
  `(?:mevrouw|meneer|mijnheer|mevr\\.?|mw\\.?|dhr\\.?|de heer|familie|fam\\.|juf|meester) ((?:(?:van|de|der|den|ter|ten|el|al) ){0,3}[${LO}][${LO}'’\\-]+)`,
  'gi',
);
const LETTER_BEFORE = new RegExp(`[${UP}${LO}]`);
/** Adverbs the lists hold as names too: "dhr. alleen bereikbaar op …", "mevrouw dan ook". */
const ADVERBS = new Set(['alleen', 'dan']);
function findLowercaseAfterTitle(text: string, found: Found): void {
  LOWER_AFTER_TITLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOWER_AFTER_TITLE.exec(text)) !== null) {
    const name = m[1];
    if (m.index > 0 && LETTER_BEFORE.test(text[m.index - 1])) continue; // "…mevrouw" inside a word
    if (name[0] !== name[0].toLowerCase()) continue; // capitalised names are the finder's (person.ts)
    const words = name.split(' ');
    const last = key(words[words.length - 1]);
    const cls = classifyWord(last); // a double name by its parts ("van den akker-bos")
    const full = key(name);
    if (words.length === 1 && ADVERBS.has(last)) continue;
    if (cls === 'F' || cls === 'S' || cls === 'FS' || cls === 'A' || surnames.has(full) || (words.length > 1 && surnameCores.has(last))) {
      const start = m.index + m[0].length - name.length;
      fieldName(found, start, name);
    }
  }
  findLowercaseAfterNaming(text, found);
}

/**
 * "zijn vrouw heet sanne": a first name in lower case after "heet". Only a first name: "ik heet", "het heet"
 * are followed by everyday words far more often than by surnames. Found by indexOf: one scan of the text (each
 * further word cost 1–2% of the time on prose).
 */
const NAMING_WORD = 'heet ';
const LOWER_NAME = new RegExp(`[${LO}][${LO}'’\\-]+`, 'y');
function findLowercaseAfterNaming(text: string, found: Found): void {
  const n = NAMING_WORD.length;
  for (let at = text.indexOf(NAMING_WORD); at !== -1; at = text.indexOf(NAMING_WORD, at + 1)) {
    if (at > 0 && LETTER_BEFORE.test(text[at - 1])) continue;
    LOWER_NAME.lastIndex = at + n;
    const m = LOWER_NAME.exec(text);
    if (m === null || LETTER_BEFORE.test(text[at + n + m[0].length] ?? '')) continue;
    const cls = classify(key(m[0]));
    if (cls === 'F' || cls === 'FS') fieldName(found, m.index, m[0]);
  }
}


/**
 * A name spelled out letter by letter, as call notes and chats take it down: "Wytske met een y, dus
 * W-Y-T-S-K-E". Four capitals or more joined by hyphens; found from the hyphens (indexOf: prose costs one native
 * scan for '-' and a character test at each).
 */
function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isWordChar(c: number): boolean {
  return isCapital(c) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}
export function findSpelledNames(text: string, found: Found): void {
  for (let h = text.indexOf('-'); h !== -1; h = text.indexOf('-', h + 1)) {
    // "X-X-X-" with h at its first hyphen
    if (!isCapital(text.charCodeAt(h + 1)) || text.charCodeAt(h + 2) !== 45 || !isCapital(text.charCodeAt(h + 3)) || text.charCodeAt(h + 4) !== 45) continue;
    const start = h - 1;
    if (start < 0 || !isCapital(text.charCodeAt(start)) || (start > 0 && isWordChar(text.charCodeAt(start - 1)))) continue;
    let end = h + 5; // after "X-X-X-"'s last hyphen: at least one more letter
    while (isCapital(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 45 && isCapital(text.charCodeAt(end + 2))) end += 2;
    if (!isCapital(text.charCodeAt(end)) || isWordChar(text.charCodeAt(end + 1))) continue;
    end++;
    found.add(start, end, 0.85);
    h = end;
  }
}

/**
 * A name found in the text, written again in lower case, as informal notes do: "Ricardo Martina … ricardo woont
 * alleen", "jeroen (Jeroen Kartoidjojo)". Only listed names that are no everyday word (not "Roos", "Mark"), of
 * three letters or more. Two of them with a space between are one name ("radjkoemar jagessar").
 */
export function findNamedInLowerCase(text: string, found: Found, names: readonly string[]): void {
  // a prompt or a letter, not a report of many pages
  if (text.length > LOWER_CASE_UP_TO) return;
  const at: number[] = [];
  // a few names: one indexOf each (a native scan); more: one pass over the words of the text, since a search
  // per name grows with names × length (256 names in 32 KiB took a quarter of the whole analysis)
  if (names.length <= SEARCHED_ONE_BY_ONE) {
    for (const name of names) {
      for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
        if (wholeWord(text, i, i + name.length)) at.push(i, i + name.length);
      }
    }
    sortPairs(at);
  } else {
    wordsAmong(text, new Set(names), at);
  }
  for (let k = 0; k < at.length; k += 2) {
    const start = at[k];
    let end = at[k + 1];
    while (k + 2 < at.length && at[k + 2] === end + 1 && text.charCodeAt(end) === 32) end = at[(k += 2) + 1];
    report(text, found, start, end, 0.7);
  }
}
/**
 * Up to this many names findNamedInLowerCase searches for each: an indexOf costs about 0.5 ns a character, the
 * pass over the words about 9 (measured on corpus text, 0.5–32 KiB).
 */
const SEARCHED_ONE_BY_ONE = 16;
/**
 * text[start, end) is a whole word, not part of an e-mail address or a longer word: no letter, digit or joining
 * mark on either side, no '.' or '@' before it, no '@' or '.' and a letter after it.
 */
function wholeWord(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return !(isNameLetterOrMark(before) || isNameLetterOrMark(after) || before === 46 || before === 64 || after === 64 || (after === 46 && isNameLetterOrMark(text.charCodeAt(end + 1))));
}
/**
 * The words of `text` that are in `names`, as [start, end] pairs in text order. A name is made of letters, so
 * where it stands as a whole word it is a maximal run of name letters and marks: the runs are read once, and only
 * those opening with a letter some name opens with are looked up.
 */
function wordsAmong(text: string, names: ReadonlySet<string>, at: number[]): void {
  const opens = new Uint8Array(256);
  let longest = 0;
  for (const name of names) {
    opens[name.charCodeAt(0) & 255] = 1;
    if (name.length > longest) longest = name.length;
  }
  let start = -1;
  for (let i = 0, n = text.length; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (c < 128 ? ASCII_NAME_CHAR[c] === 1 : isNameLetterOrMark(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const first = text.charCodeAt(start);
      if (first < 256 && opens[first] === 1 && i - start >= 3 && i - start <= longest && names.has(text.slice(start, i)) && wholeWord(text, start, i)) at.push(start, i);
      start = -1;
    }
  }
}
/** isNameLetterOrMark for ASCII, as a table (the word pass asks it of every character). */
const ASCII_NAME_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (isNameLetterOrMark(c) ? 1 : 0));
/** Sorts [start, end] pairs by start. */
function sortPairs(at: number[]): void {
  if (at.length <= 2) return;
  const order = Array.from({ length: at.length / 2 }, (_, k) => k).sort((a, b) => at[2 * a] - at[2 * b]);
  const copy = at.slice();
  for (let k = 0; k < order.length; k++) {
    at[2 * k] = copy[2 * order[k]];
    at[2 * k + 1] = copy[2 * order[k] + 1];
  }
}
/** A letter, digit or the characters that join words in addresses and names ('-', '_'). */
function isNameLetterOrMark(c: number): boolean {
  return isUpperCode(c) || isLowerCode(c) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}
