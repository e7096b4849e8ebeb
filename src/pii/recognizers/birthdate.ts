/**
 * Date of birth: a date (numeric, ISO, or with a Dutch/English month name) right after birth context
 * (geboren, geb., geboortedatum, gebdat, born, date of birth, and in residents' own documents ur., urodzona,
 * Geburtsdatum, doğum tarihi) or right before "geboren"/"born". Dates without such context (meetings, deadlines)
 * are left alone. Only windows around context words are scanned.
 */
import { lowerBound } from '../lower-bound.js';
import { COMMA, type Cell, alignedCells, cellsBelow, columnAt, lineEndWithin, lineStartWithin, separatorOf, tableView } from '../tables.js';
import type { Found, Recognizer } from '../types.js';
import { ALNUM, HAS_DIGIT, LIST_MARKER, isLatinLetterCode } from './shared.js';

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october';
/**
 * Months in the languages of residents' own documents (Polish, German, French, Turkish, Romanian, Spanish and
 * Portuguese), read after a day's number only: "4 lipca 1990", "4. März 1990", "4 de julio de 1990".
 */
const FOREIGN_MONTHS =
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|januar|februar|märz|mai|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
// (the register's unknown day and month, "00-00-1989", only with a century; year first with dashes, with dots as
// Hungarian and Lithuanian documents write it, "1988. 07. 23", or as one number, "19480923", "19670000")
const DATE = new RegExp(
  `(?<![${ALNUM}/.\\-])(?:${DAY}([\\-/.])(?:0?[1-9]|1[0-2])\\1(?:19|20)?\\d{2}|00([\\-/.])(?:00|0[1-9]|1[0-2])\\2(?:19|20)\\d{2}|(?:19|20)\\d{2}(?:-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])|\\. ?(?:0[1-9]|1[0-2])\\. ?(?:0[1-9]|[12]\\d|3[01])|(?:0[0-9]|1[0-2])(?:0[0-9]|[12]\\d|3[01]))|${DAY}(?:e|ste|de)? (?:${MONTHS})\\.? (?:(?:19|20)\\d{2}|'?\\d{2})|${DAY}\\.? (?:de )?(?:${FOREIGN_MONTHS}) (?:de )?(?:19|20)\\d{2}|(?:${MONTHS}) ${DAY},? (?:19|20)\\d{2})(?![${ALNUM}]|[/.\\-]\\d)`,
  'gi',
);
/** Birth context; the date must start within 48 characters after it (no other date in between). */
// Each alternative starts with a small character class (no 'i' flag); the leading \b is written as a
// look-behind after the first character. Used sticky, at the hits of CONTEXT_HINT only.
const BEFORE_CONTEXT =
  /[GgBbDdVvUu](?<!\w[GgBbDdVvUu])(?:(?<=[Gg])(?:EB|eb)(?:oren|OREN|oortedatum|OORTEDATUM|oortedag|OORTEDAG|oorte|OORTE|[._ ]?datum|[._ ]?DATUM|[._]?dat\b|[._]?DAT\b|\b\.?)|(?<=[Bb])orn|(?<=B)ORN|(?<=[Bb])irth(?:day)?|(?<=B)IRTH|(?<=[Dd])ate of birth|(?<=D)OB|(?<=[Dd])ob\b|(?<=[Vv])erjaardag|(?<=[Dd])oğum|(?<=[Uu])r(?:\.|odz)|(?<=[Gg])eburts)/y;
/**
 * Where BEFORE_CONTEXT can match: the same words without the word-boundary tests. Two or three fixed
 * letters after the first let the scan skip ahead far faster than BEFORE_CONTEXT's own scan, which stops at
 * every g, b, d and v of the text.
 */
const CONTEXT_HINT = /[Gg](?:EB|eb)|[Bb](?:orn|ORN|irth|IRTH)|[Dd](?:ate of birth|OB|ob|oğum)|[Vv]erjaardag|\.(?<=(?<![A-Za-z])[Uu]r\.)|z(?<=[Uu]rodz)/g;
/** Where the word of a CONTEXT_HINT hit begins: the Polish "ur." and "urodz…" are found at their '.' and 'z' ('u' is common). */
const hintStart = (text: string, at: number) => (text.charCodeAt(at) === 46 ? at - 2 : text.charCodeAt(at) === 122 ? at - 4 : at);
/** The next match of BEFORE_CONTEXT at or after `from`, as a global scan of it would find it. */
function nextContext(text: string, from: number): RegExpExecArray | null {
  CONTEXT_HINT.lastIndex = from;
  let h: RegExpExecArray | null;
  while ((h = CONTEXT_HINT.exec(text)) !== null) {
    BEFORE_CONTEXT.lastIndex = hintStart(text, h.index);
    const c = BEFORE_CONTEXT.exec(text);
    if (c !== null) return c;
    CONTEXT_HINT.lastIndex = h.index + 1; // "update of birth": "birth" can still match inside the hit
  }
  return null;
}
/** Context after the date: "… 1985 geboren". */
const AFTER_CONTEXT = /^[\s,]{0,3}(?:\w+ ){0,2}(?:geboren|born)\b/i;

/** DATE's longest match (21 characters) and the two characters its look-ahead reads, with room to spare. */
const DATE_REACH = 32;
/** Dates are looked for this far ahead at a time. */
const STRETCH = 1024;

/**
 * The dates of one text, found as the birth-context words ask for them: every position where DATE matches
 * (overlapping ones too), from the first position asked about onwards, each part of the text searched once.
 * Searching from each context word instead would read on to the end of the text when no date follows:
 * quadratic on text full of context words.
 */
class Dates {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Every date starting in [lo, hi) is known. */
  private lo = -1;
  private hi = 0;
  constructor(private readonly text: string) {}

  /** The first date starting in [from, until), as a DATE search from `from` finds it, or null. */
  first(from: number, until: number): { start: number; end: number } | null {
    if (from >= until) return null;
    if (this.lo < 0 || from < this.lo) {
      // the first question (findBirthDates asks from further on only; an earlier one starts the index anew)
      this.starts.length = this.ends.length = 0;
      this.lo = this.hi = from;
    }
    if (until > this.hi) this.extend(Math.max(until, this.hi + STRETCH));
    const a = lowerBound(this.starts, from);
    return a < this.starts.length && this.starts[a] < until ? { start: this.starts[a], end: this.ends[a] } : null;
  }

  /** Records the dates starting in [hi, to), reading a slice with the characters the look-arounds need. */
  private extend(to: number): void {
    const text = this.text;
    const end = Math.min(text.length, to);
    const base = Math.max(0, this.hi - 1);
    const slice = text.slice(base, Math.min(text.length, end + DATE_REACH));
    DATE.lastIndex = this.hi - base;
    let m: RegExpExecArray | null;
    while ((m = DATE.exec(slice)) !== null && base + m.index < end) {
      this.starts.push(base + m.index);
      this.ends.push(base + m.index + m[0].length);
      DATE.lastIndex = m.index + 1;
    }
    DATE.lastIndex = 0;
    this.hi = Math.max(this.hi, to);
  }
}

/** A time after a date, or a '[' before it: a chat's or a log's timestamp ("[02-10-2025 09:17]", "2025-10-09 13:06:40"). */
const TIME_AFTER = /^ \d{1,2}[:.]\d{2}(?![0-9])/;
const timestamp = (text: string, d: { start: number; end: number }) => text.charCodeAt(d.start - 1) === 91 || TIME_AFTER.test(text.slice(d.end, d.end + 8));
/** The first date in [from, to) that is no timestamp. */
function firstBirthDate(text: string, dates: Dates, from: number, to: number): { start: number; end: number } | null {
  let d: { start: number; end: number } | null;
  for (let at = from; (d = dates.first(at, to)) !== null; at = d.end) if (!timestamp(text, d)) return d;
  return null;
}
/** A question mark ends the context word's sentence this near after it ("… naam en geboortedatum ter controle?"). */
const QUESTION_REACH = 64;
/**
 * The line break right after a '?' that ends the sentence from `from` within QUESTION_REACH (no '.', '!' or line
 * break before it), or -1: a bounded look, as it is asked at every context word.
 */
function questionEnd(text: string, from: number): number {
  const to = Math.min(text.length, from + QUESTION_REACH);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || (c === 46 && text.charCodeAt(i + 1) === 32)) return -1;
    if (c === 63) {
      const n = text.charCodeAt(i + 1) === 13 ? i + 2 : i + 1;
      return text.charCodeAt(n) === 10 ? n : -1;
    }
  }
  return -1;
}
/** A question's answers are looked for this far after it (a few chat lines). */
const ANSWER_REACH = 240;
/**
 * After a context word in a question (its sentence ends its line in '?'), the first date within ANSWER_REACH that is a chat
 * message of its own: right after "Speaker: " or "[Speaker] ", or a cell of its own in an export of the chat
 * ("…;bezoeker;7 augustus 1936"), its line or cell ending after it; or null.
 */
function answerToQuestion(text: string, dates: Dates, from: number): { start: number; end: number } | null {
  const nl = questionEnd(text, from);
  if (nl === -1) return null;
  for (let at = nl, d; (d = dates.first(at, nl + ANSWER_REACH)) !== null; at = d.end) {
    const before = text.charCodeAt(d.start - 2);
    const after = text.charCodeAt(d.end);
    const opens = (text.charCodeAt(d.start - 1) === 32 && (before === 58 || before === 93)) || text.charCodeAt(d.start - 1) === 59;
    if (opens && (d.end === text.length || after === 10 || after === 13 || after === 59)) return d;
  }
  return null;
}

/** What joins a second person's date of birth to the first: " en ", " & ", " / ", with the name: " en Lieke ". */
const JOINED_DATE = /^ (?:en|&|\/) (?:[A-ZÀ-Þ][a-zß-ÿ]+ )?$/;
/** Birth context for several people: "Geboortedata", "geboortedatums", "geb.data". */
const PLURAL_CONTEXT = /^(?:geboorte|geb\.?)(?:data|datums)/i;

function findBirthDates(text: string, found: Found): void {
  let c: RegExpExecArray | null;
  let done = 0;
  let from = 0;
  const dates = new Dates(text);
  let tableEnd = 0;
  const aligned = { readTo: 0 };
  while ((c = nextContext(text, from)) !== null) {
    const ctxEnd = c.index + c[0].length;
    // a date right before the context word ("op 3 maart 1985 geboren")
    let d: { start: number; end: number } | null;
    for (let at = Math.max(done, c.index - 40); (d = dates.first(at, c.index)) !== null; at = d.end) {
      if (d.end <= c.index && AFTER_CONTEXT.test(text.slice(d.end, c.index + 8))) {
        found.add(d.start, d.end, 0.85);
        done = d.end;
      }
    }
    // the first date after the context word; after a question for it, the date that answers it as a chat message
    // of its own a few lines on ("Mag ik uw naam en geboortedatum?\n14:05 klant: samira …\n14:05 klant: 12-11-1993")
    d = firstBirthDate(text, dates, Math.max(done, ctxEnd), ctxEnd + 48) ?? answerToQuestion(text, dates, Math.max(done, ctxEnd));
    if (d !== null) {
      found.add(d.start, d.end, 0.85);
      done = d.end;
      // "Geboortedata: dhr. 11-11-1940, mw. 02-05-1943": after a plural, the dates that follow on the same line
      if (PLURAL_CONTEXT.test(text.slice(c.index, ctxEnd + 6))) {
        while ((d = dates.first(done, done + 24)) !== null && !text.slice(done, d.start).includes('\n')) {
          found.add(d.start, d.end, 0.85);
          done = d.end;
        }
      }
      // "geb. resp. 11-02-1939 en 27-08-1943": a couple's dates joined by "en", "&" or "/" ("geb.datum Jayden 19-06-2014
      // en Lieke 04-11-2018")
      while ((d = dates.first(done, done + 24)) !== null && JOINED_DATE.test(text.slice(done, d.start))) {
        found.add(d.start, d.end, 0.85);
        done = d.end;
      }
    }
    // "Achternaam;Voornaam;Geboortedatum;…": the context names a column of a table; that column of its rows (a
    // table is read once: a context inside one read already is passed over)
    if (c.index >= tableEnd) {
      const table = birthDateCells(text, c.index, ctxEnd) ?? alignedCells(text, c.index, ctxEnd, aligned);
      for (const cell of table) {
        // every date of the cell: "12-02-1950 / 30-07-1952" for a couple
        for (let at = cell.start; (d = dates.first(at, cell.end)) !== null && d.end <= cell.end; at = d.end) found.add(d.start, d.end, 0.85);
      }
      if (table.length > 0) tableEnd = table[table.length - 1].end;
    }
    from = Math.max(ctxEnd, done);
  }
  findChildrensDates(text, found);
  findListedDates(text, found);
}

/** DATE, read at one position. */
const DATE_AT = new RegExp(DATE.source, 'iy');
/** Family words before children's names and their dates in brackets. */
const FAMILY_BEFORE =
  /(?:^|[^a-z])(?:kind|kinderen|kindje|zoon|zonen|zoontje|dochter|dochters|dochtertje|baby|kleinzoon|kleindochter|kleinkind|kleinkinderen|broer|broers|broertje|zus|zussen|zusje|pleegkind|pleegzoon|pleegdochter|vader|moeder|ouders|echtgenoot|echtgenote|gezinsleden|child|children|son|sons|daughter|daughters|father|mother)(?![a-z])/i;
/**
 * A date in brackets right after a capitalised word, with a family word before it in its sentence: "met dochters Sofiia
 * (08-12-2011) en Daryna (21-06-2016)", "Kinderen: Noa (14-02-2017)", "Vader Ahmad (08-11-1979, BSN …)".
 */
function findChildrensDates(text: string, found: Found): void {
  // from each '(' (a one-character search is several times faster here than one for " (")
  for (let b = text.indexOf('('); b !== -1; b = text.indexOf('(', b + 1)) {
    const p = b - 1;
    const c = text.charCodeAt(b + 1);
    if (c < 48 || c > 57 || text.charCodeAt(p) !== 32 || !isLatinLetterCode(text.charCodeAt(p - 1))) continue;
    // the date read where it stands (the Dates index would read all the text between the brackets)
    DATE_AT.lastIndex = p + 2;
    const m = DATE_AT.exec(text);
    if (m === null) continue;
    // the bracket closes after the date, or goes on with more about the person ("(08-11-1979, BSN …)")
    const end = p + 2 + m[0].length;
    if (text.charCodeAt(end) !== 41 && text.charCodeAt(end) !== 44) continue;
    // the word before the bracket is capitalised (a name)
    let w = p;
    while (w > 0 && isLatinLetterCode(text.charCodeAt(w - 1))) w--;
    const first = text.charCodeAt(w);
    if (!((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde)) || !FAMILY_BEFORE.test(sentenceBefore(text, w))) continue;
    found.add(p + 2, end, 0.85);
  }
}
/**
 * A list of children (or other family) with a date after each name: "[Kinderen in het huishouden]\n1. Ilyas el Amrani -
 * 11-03-2012", "- Noor, 27-08-2016". The item opens with a bullet or a number and a capital; a family word stands in
 * the lines before it. Without a bullet ("Mariam Noori, 07-10-2019", "Kind 1: Elif - 14-02-2012") the line is an item
 * only right under a line with a family word ("3. Kinderen") or under another such item. Found from the line breaks
 * (indexOf).
 */
const LIST_ITEM = new RegExp(`${LIST_MARKER}(?=[A-ZÀ-Þ])`, 'y');
const CHILD_LABEL = /[Kk]ind \d{1,2}: ?(?=[A-ZÀ-Þ])/y;
const LIST_ITEM_NAME = /[A-ZÀ-Þ][^\n\d:;]{0,60}?(?: [-–] |, )/y;
function findListedDates(text: string, found: Found): void {
  let lineStart = 0;
  let itemEnd = -1; // where the last item without a bullet ended (its line's break)
  // indexOf finds the line breaks at about twice the speed of a regular expression that opens with one
  for (let nl = text.indexOf('\n'); nl !== -1; lineStart = nl + 1, nl = text.indexOf('\n', nl + 1)) {
    let at = nl + 1;
    const c = text.charCodeAt(at);
    // a bullet's line opens with its indent, the bullet or a number; another item's with a capital
    const bulleted = (c === 32 || c === 9 || c === 45 || c === 42 || c === 0x2022 || (c >= 48 && c <= 57)) && ((LIST_ITEM.lastIndex = at), LIST_ITEM.test(text));
    if (bulleted) at = LIST_ITEM.lastIndex;
    else {
      if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde))) continue;
      CHILD_LABEL.lastIndex = at;
      if (CHILD_LABEL.test(text)) at = CHILD_LABEL.lastIndex;
    }
    LIST_ITEM_NAME.lastIndex = at;
    if (!LIST_ITEM_NAME.test(text)) continue;
    at = LIST_ITEM_NAME.lastIndex;
    DATE_AT.lastIndex = at;
    const m = DATE_AT.exec(text);
    if (m === null) continue;
    const end = at + m[0].length;
    const after = text.charCodeAt(end);
    if (!(Number.isNaN(after) || after === 10 || after === 44 || after === 32 || after === 41)) continue;
    if (!bulleted) {
      // …and the date ends it (or a comma goes on to the next field); the line above is looked at last
      if (!(Number.isNaN(after) || after === 10 || after === 13 || after === 44)) continue;
      if (itemEnd !== nl && !FAMILY_BEFORE.test(text.slice(lineStart, nl))) continue;
      found.add(at, end, 0.85);
      const next = text.indexOf('\n', end);
      itemEnd = next === -1 ? text.length : next;
    } else if (FAMILY_BEFORE.test(text.slice(Math.max(0, nl - 240), nl))) found.add(at, end, 0.85);
  }
}
/** Up to 80 characters before `w`, from the start of its sentence or line. */
function sentenceBefore(text: string, w: number): string {
  const window = text.slice(Math.max(0, w - 80), w);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
  return cut < 0 ? window : window.slice(cut + 1);
}

/**
 * The cells under a column named by the context word at [start, end) in a table's header line (two or more ';',
 * '|' or tabs, one of them right after the column's name); none when the line is no table header (tables.ts), null
 * when no separator follows the name (a table aligned with spaces, perhaps: alignedCells).
 */
function birthDateCells(text: string, start: number, end: number): Cell[] | null {
  // the column's name may go on ("Geboortedatum", "geb.datum "): the separator follows within a few characters,
  // or, for the last column, the line ends there and the separator is the one before the name
  const view = tableView(text);
  const after = /^[\p{L}.]{0,8} *(?:([;|\t,])|\r?\n)/u.exec(view.slice(end, end + 12));
  const before = after !== null && after[1] === undefined ? /([;|\t,]) *$/.exec(view.slice(Math.max(0, start - 4), start)) : null;
  const sepChar = after?.[1] ?? before?.[1];
  if (sepChar === undefined) return null;
  const sep = sepChar.charCodeAt(0);
  // a header line is short: looked for within MAX_LINE characters either side
  const lineStart = lineStartWithin(text, start);
  const lineEnd = lineEndWithin(text, end);
  if (lineStart === -1 || lineEnd === -1 || columnAt(text, lineStart, lineEnd, sep) < 2) return [];
  // a comma heads a column only in a comma-separated line ("naam,geb_datum,bsn"), not in a sentence listing fields
  if (sep === COMMA && separatorOf(view, lineStart, lineEnd) !== COMMA) return [];
  return cellsBelow(text, lineEnd, sep, columnAt(text, lineStart, start, sep));
}

export const birthDateRecognizer: Recognizer = {
  name: 'birth_date',
  type: 'GEBOORTEDATUM',
  prefilter: HAS_DIGIT,
  find: findBirthDates,
};
