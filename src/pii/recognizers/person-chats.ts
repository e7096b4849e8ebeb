/**
 * Informal writing: pasted chat transcripts (WhatsApp, Teams, a web chat), their speakers ("[21:15] Mo: ja zag het")
 * and the names they write in lower case ("zoon ahmed", "Bezoeker: dewi soerjadi"); and texts written wholly in lower
 * case (lower-case-text.ts), where every word the lists hold only as a first name is a name ("tel ria 06…").
 */
import type { Found } from '../types.js';
import { CLASS, classifyWord, key, surnameCores } from './person-lexicon.js';
import { LOWER_CASE_UP_TO, writtenInLowerCase } from './lower-case-text.js';
import { report } from './person-report.js';
import { LO, infoOf, isLoClassCode } from './person-words.js';
import { isAsciiLetterCode, isDigitCode } from './shared.js';

/**
 * "[21:15] Mo:", "[09:16, 12-3-2024] Joost:", "[03-02-25, 08:15:01] thijs:": one to four words between a time in
 * brackets (a date before or after it) and a colon; not everyday words or roles ("Klant:", "Medewerker:"); in lower
 * case only a listed name ("ans vd berg:").
 */
const DATE = String.raw`\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}`;
const CHAT_LINE = new RegExp(String.raw`\[(?:${DATE},? ?)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:, ?${DATE})?\] ([A-Za-z][^\n:\]\[]{0,40}):`, 'y');
const CHAT_ROLES: ReadonlySet<string> = new Set(['chatbot', 'bot', 'assistent', 'assistant', 'medewerker', 'medewerkster', 'klant', 'inwoner', 'agent', 'systeem', 'system', 'operator', 'moderator', 'admin', 'beheerder', 'gemeente', 'kcc', 'bezoeker', 'beller', 'user', 'gebruiker',
  // the phone's owner and family as a phone names them ("Ik:", "Mama:")
  'ik', 'jij', 'wij', 'me', 'mij', 'you', 'mama', 'papa', 'mam', 'pap']);
/**
 * Lines of a chat without a time in brackets: a web chat's role at the start of a line, a time before it or not, in
 * brackets or not ("Bezoeker: …", "19:45 Medewerker (Anouk): …", "14:05 klant: …", "19:46 [Bezoeker] …"), a
 * Teams message's sender with the time after the name ("Rik Hoekstra 10:07"), or an export of a chat with the
 * sender's role in its third column ("CH-55120;2025-10-09 13:06:01;bezoeker;a.j. de haan").
 */
const ROLE_LINE =
  /\n(?:(?:\d{1,2}:\d{2} )?(?:\[(?=[^\]\n]{0,30}\] ))?(?:[Bb]ezoeker|[Mm]edewerker|[Mm]edewerkster|[Ii]nwoner|[Kk]lant|[Bb]eller|[Cc]hatbot|[Aa]ssistent)\b[^:\]\n]{0,30}[:\]]|[A-Z][^\n]{0,40} \d{1,2}:\d{2}\n|[^;\n]{1,40};[^;\n]{1,40};(?:bezoeker|medewerker|klant|inwoner)[^;\n]{0,20};)/g;

/** The '[' at most 20 characters before `at`, or -1. */
function openBracketBefore(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && at - i <= 20; i--) if (text.charCodeAt(i) === 91) return i;
  return -1;
}
/** Reports the speakers of a chat's timed lines; returns how many such lines (roles too) the text has. */
function findChatSpeakers(text: string, found: Found): number {
  let lines = 0;
  // from each ']' (a one-character search is several times faster here than one for "] "); the '[' looked for
  // at most 20 characters back (a search to the text's start at every ']' made "] ] ] …" quadratic)
  for (let at = text.indexOf(']'); at !== -1; at = text.indexOf(']', at + 1)) {
    if (text.charCodeAt(at + 1) !== 32) continue;
    const open = openBracketBefore(text, at);
    if (open === -1) continue;
    CHAT_LINE.lastIndex = open;
    const m = CHAT_LINE.exec(text);
    if (m === null) continue;
    lines++;
    const name = m[1].trimEnd();
    const first = name.split(' ')[0];
    const lowerCase = first.charCodeAt(0) >= 97;
    const cls = infoOf(first).cls;
    if (name.length < 2 || CHAT_ROLES.has(first.toLowerCase()) || cls === 'X') continue;
    if (lowerCase && cls !== 'F' && cls !== 'FS' && cls !== 'S' && cls !== 'A') continue;
    const start = open + m[0].length - 1 - m[1].length;
    found.add(start, start + name.length, 0.85);
  }
  return lines;
}

/** Is the text a chat: two lines or more with a time in brackets, or of ROLE_LINE's kinds? */
function isChat(text: string, timedLines: number): boolean {
  if (timedLines >= 2) return true;
  // every line ROLE_LINE finds holds a colon: a text without one is passed over unread
  if (text.indexOf(':') === -1) return false;
  ROLE_LINE.lastIndex = 0;
  let n = 0;
  while (n < 2 && ROLE_LINE.exec(text) !== null) n++;
  ROLE_LINE.lastIndex = 0;
  return n >= 2;
}

/** What a word right after a first name in lower case may be to be its surname: listed as one, or in no list. */
const SURNAME_CLASSES: ReadonlySet<string> = new Set(['S', 'FS', 'U']);
/** A word in lower case, not inside an e-mail address, a web address or a longer word (an "@yvonne" mention is one). */
const LOWER_WORD = new RegExp(`(?<![${LO}A-Z0-9./_\\-]|[${LO}A-Z0-9]@)[${LO}][${LO}'’]{2,}(?![${LO}A-Z0-9@_\\-]|\\.[a-z])`, 'g');

/**
 * Words after which a chat names someone: relations, greetings and sign-offs, and the verbs and prepositions of
 * getting in touch ("zoon ahmed", "grt mirjam", "bel ff met ahmed", "laat fatma weten"), and saying who one is ("ik
 * ben elena"). Lowercase.
 */
const NAMING_BEFORE: ReadonlySet<string> = new Set([
  'zoon', 'dochter', 'moeder', 'vader', 'ex', 'vrouw', 'man', 'partner', 'vriend', 'vriendin', 'broer', 'zus', 'oma',
  'opa', 'buurman', 'buurvrouw', 'collega', 'grt', 'gr', 'groet', 'groetjes', 'hoi', 'hey', 'hi', 'hallo', 'dag', 'doei',
  'bel', 'belt', 'bellen', 'gebeld', 'mail', 'mailen', 'gemaild', 'app', 'appen', 'appt', 'laat', 'vraag', 'vroeg',
  'met', 'tegen', 'aan', 'en', 'heet', 'ben', 'cc', 'naam', 'namens', 'dankjewel', 'bedankt', 'dankje', 'thanks', 'thx',
  // whose, with whom, who it is: "nummer van sandra de graaf", "mdo bij khalid", "heb paula nijsten gebeld", "voogd is mirjam"
  'van', 'bij', 'heb', 'heeft', 'had', 'sprak', 'spreek', 'ken', 'kent', 'als', 'is',
]);
/**
 * The word before `start` in lower case (past spaces and an opening bracket or a comma: "ex (kwame)", "broer, rico"),
 * or '@' for a mention.
 */
function wordBefore(text: string, start: number): string {
  let e = start;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  // an apposition: "mn broer, rico pattiasina"
  if (text.charCodeAt(e - 1) === 44) while (--e > 0 && text.charCodeAt(e - 1) === 32);
  if (text.charCodeAt(e - 1) === 64) return '@';
  if (text.charCodeAt(e - 1) === 40) while (--e > 0 && text.charCodeAt(e - 1) === 32);
  let s = e;
  while (s > 0 && e - s < 12 && isAsciiLetterCode(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e).toLowerCase();
}
/**
 * A chat message that opens with this name and holds nothing else but numbers: right after "Speaker: ", "[Speaker] "
 * or an export's ';', with the
 * line's end, a comma or a number after it ("Bezoeker: jordy wessels 17-06-2001", "priya ramdin, 2522cl 63").
 */
function wholeMessage(text: string, start: number, end: number): boolean {
  const cell = text.charCodeAt(start - 1) === 59;
  if (!cell && (text.charCodeAt(start - 1) !== 32 || (text.charCodeAt(start - 2) !== 58 && text.charCodeAt(start - 2) !== 93))) return false;
  const c = text.charCodeAt(end);
  return end === text.length || c === 10 || c === 13 || c === 44 || (c === 32 && isDigitCode(text.charCodeAt(end + 1)));
}
/** An age or a birth date right after: "lotte (11)", "sem, geb. 02-06-2017". */
function ageAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40) return isDigitCode(text.charCodeAt(end + 2));
  return text.startsWith(', geb', end);
}

/**
 * In a chat, a word in lower case that the lists hold only as a name (a first name or surname that is no everyday
 * word: "ahmed", "mirjam", not "roos" or "mark"), where the chat names someone: after a word of NAMING_BEFORE or
 * an '@', as a whole message ("Bezoeker: dewi soerjadi"), or with an age after it ("lotte (11)"); an unknown word
 * or listed surname right after a first name is its surname ("priya ramdin"). (English words that English name lists
 * hold, "will", "good", have none of these before them.)
 */
function findLowerCaseNames(text: string, found: Found, anywhere: boolean): void {
  LOWER_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOWER_WORD.exec(text)) !== null) {
    // the lists alone: classify() would also tell a street from an unknown word, neither of which is wanted here
    const cls = CLASS.get(key(m[0]));
    if (cls !== 'F' && cls !== 'S' && cls !== 'FS') continue;
    if (NOT_IN_LOWER_CASE.has(m[0]) || (MONTHS.has(m[0]) && monthBefore(text, m.index))) continue;
    const start = m.index;
    let end = start + m[0].length;
    if (cls === 'F' || cls === 'FS') {
      end = surnameAfter(text, end, anywhere);
      LOWER_WORD.lastIndex = end;
    } else {
      // a word the lists hold as a surname only, right before a listed surname: a first name they lack ("gilbert isenia")
      // (one word: no particles, "rachel kromodimedjo van de wilgenhof" names a home after the name)
      const after = surnameAfter(text, end, anywhere);
      const space = text.indexOf(' ', end + 1);
      if ((space === -1 || space >= after) && listedSurnameEnds(text, end, after)) LOWER_WORD.lastIndex = end = after;
    }
    const before = wordBefore(text, start);
    // anywhere in a text written in lower case: a first name; a surname alone only where a chat names someone; and
    // in a chat a first name with a listed surname after it ("ja jayden hendriks", "emine kaya geb …")
    const named =
      (anywhere && cls !== 'S') || before === '@' || NAMING_BEFORE.has(before) || wholeMessage(text, start, end) || ageAfter(text, end) || listedSurnameEnds(text, start + m[0].length, end);
    // as sure as a name in lower case after a title (the longer of the two then wins: "mw. tatiana moraru")
    if (named) report(text, found, start, end, 0.8);
  }
  LOWER_WORD.lastIndex = 0;
}

/** Does the name read on from `from` to `end` end in a word listed as a surname (not an unknown word: "sandra thnx")? */
function listedSurnameEnds(text: string, from: number, end: number): boolean {
  if (end === from) return false;
  const c = classifyWord(key(text.slice(text.lastIndexOf(' ', end - 1) + 1, end)));
  return c === 'S' || c === 'FS';
}
/** English words the name lists hold ("can", "will"): never a name in lower case. */
const NOT_IN_LOWER_CASE: ReadonlySet<string> = new Set(['can', 'will', 'good', 'may', 'bill', 'mark', 'rob', 'sue', 'pat', 'hope', 'joy', 'grace', 'faith']);
/** Month abbreviations that are names too ("jan"): after a day's number or "sinds" they are the month. */
const MONTHS: ReadonlySet<string> = new Set(['jan', 'mei', 'juni', 'april', 'augustus']);
/** Words before a month: "sinds jan", "per jan", "1 jan". */
const BEFORE_MONTH: ReadonlySet<string> = new Set(['sinds', 'per', 'tot', 'vanaf', 'in', 'eind', 'begin', 'half', 'medio', 'voor', 'na']);
const monthBefore = (text: string, start: number) => isDigitCode(text.charCodeAt(start - 2)) || BEFORE_MONTH.has(wordBefore(text, start));
/** Particles in lower case that may stand between a first name and its surname ("ahmed el idrissi"). */
const LOWER_PARTICLES = /^(?:el|al|van|de|der|den|ter|ten|vd|v\.d\.|da|dos|di)$/;
/**
 * Where a first name in lower case ending at `end` ends with its surname: particles and then a word listed as a
 * surname or in no list ("priya ramdin", "ahmed el idrissi", "rianne van der heijden-bakker"), or `end` when none
 * follows.
 */
function surnameAfter(text: string, end: number, lowerCaseText: boolean): number {
  let p = end;
  for (let k = 0; k < 4 && text.charCodeAt(p) === 32; k++) {
    const s = p + 1;
    let e = s;
    while (e < text.length && isWordPart(text.charCodeAt(e))) e++;
    if (e === s) break;
    const word = text.slice(s, e);
    if (LOWER_PARTICLES.test(word)) {
      p = e;
      continue;
    }
    // a name that is also a word is the surname after particles ("ans de graaf"), or right after the first name in
    // a text written in lower case ("sandra vos")
    const lower = key(word);
    const c = classifyWord(lower);
    // …or, after particles, the end of a surname of several words ("de graaf", "van dam")
    const surname = SURNAME_CLASSES.has(c) || (c === 'A' && (p > end || lowerCaseText)) || (p > end && surnameCores.has(lower));
    return isLoClassCode(text.charCodeAt(s)) && surname ? e : end;
  }
  return end;
}
/** A letter of a word in lower case, or the hyphen and apostrophes inside one. */
const isWordPart = (c: number) => isLoClassCode(c) || c === 45 || c === 39 || c === 0x2019;

/**
 * The speakers of a chat; in a chat, names in lower case where it names someone; in a text written in lower case
 * (lower-case-text.ts), every word the lists hold only as a name.
 */
export function findInChats(text: string, found: Found): void {
  const timed = findChatSpeakers(text, found);
  // (texts up to LOWER_CASE_UP_TO long are read for lower-case names when they are chats)
  if (text.length > LOWER_CASE_UP_TO) return;
  if (writtenInLowerCase(text)) findLowerCaseNames(text, found, true);
  else if (isChat(text, timed)) findLowerCaseNames(text, found, false);
}
