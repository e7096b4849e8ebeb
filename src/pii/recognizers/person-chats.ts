/**
 * Pasted chat transcripts (WhatsApp, Teams, a web chat): their speakers ("[21:15] Mo: ja zag het"), and in a chat the
 * names written in lower case, as hurried chat writing does ("ik bel mulder wel even", "Bezoeker: dewi soerjadi").
 */
import type { Found } from '../types.js';
import { classify, key } from './person-lexicon.js';
import { report } from './person-report.js';
import { LO, infoOf } from './person-words.js';

/**
 * "[21:15] Mo:", "[09:16, 12-3-2024] Joost:": one to four words between a time in brackets and a colon; not everyday
 * words or roles ("Klant:", "Medewerker:").
 */
const CHAT_LINE = /\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:, ?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})?\] ([A-Z][^\n:\]\[]{0,40}):/y;
const CHAT_ROLES: ReadonlySet<string> = new Set(['chatbot', 'bot', 'assistent', 'assistant', 'medewerker', 'medewerkster', 'klant', 'inwoner', 'agent', 'systeem', 'system', 'operator', 'moderator', 'admin', 'beheerder', 'gemeente', 'kcc', 'bezoeker', 'beller', 'user', 'gebruiker']);
/**
 * Lines of a chat without a time in brackets: a web chat's role at the start of a line ("Bezoeker: …", "Medewerker
 * (Anouk): …"), or a Teams message's sender with the time after the name ("Rik Hoekstra 10:07").
 */
const ROLE_LINE = /\n(?:(?:Bezoeker|Medewerker|Medewerkster|Inwoner|Klant|Beller|Chatbot|Assistent)\b[^:\n]{0,30}:|[A-Z][^\n]{0,40} \d{1,2}:\d{2}\n)/g;
/** Texts up to this long are read for lower-case names when they are chats. */
const CHATS_UP_TO = 64 * 1024;

/** Reports the speakers of a chat's timed lines; returns how many such lines (roles too) the text has. */
function findChatSpeakers(text: string, found: Found): number {
  let lines = 0;
  for (let at = text.indexOf('] '); at !== -1; at = text.indexOf('] ', at + 2)) {
    const open = text.lastIndexOf('[', at);
    if (open === -1 || at - open > 20) continue;
    CHAT_LINE.lastIndex = open;
    const m = CHAT_LINE.exec(text);
    if (m === null) continue;
    lines++;
    const name = m[1].trimEnd();
    const first = name.split(' ')[0];
    const cls = infoOf(first).cls;
    if (name.length < 2 || CHAT_ROLES.has(first.toLowerCase()) || cls === 'X') continue;
    const start = open + m[0].length - 1 - m[1].length;
    found.add(start, start + name.length, 0.85);
  }
  return lines;
}

/** Is the text a chat: two lines or more with a time in brackets, or of ROLE_LINE's kinds? */
function isChat(text: string, timedLines: number): boolean {
  if (timedLines >= 2) return true;
  ROLE_LINE.lastIndex = 0;
  let n = 0;
  while (n < 2 && ROLE_LINE.exec(text) !== null) n++;
  ROLE_LINE.lastIndex = 0;
  return n >= 2;
}

/** A word in lower case, not inside an e-mail address, a web address or a longer word (an "@yvonne" mention is one). */
const LOWER_WORD = new RegExp(`(?<![${LO}A-Z0-9./_\\-]|[${LO}A-Z0-9]@)[${LO}][${LO}'’]{2,}(?![${LO}A-Z0-9@_\\-]|\\.[a-z])`, 'g');

/**
 * Words after which a chat names someone: relations, greetings and sign-offs, and the verbs and prepositions of
 * getting in touch ("zoon ahmed", "grt mirjam", "bel ff met ahmed", "laat fatma weten"). Lowercase.
 */
const NAMING_BEFORE: ReadonlySet<string> = new Set([
  'zoon', 'dochter', 'moeder', 'vader', 'ex', 'vrouw', 'man', 'partner', 'vriend', 'vriendin', 'broer', 'zus', 'oma',
  'opa', 'buurman', 'buurvrouw', 'collega', 'grt', 'gr', 'groet', 'groetjes', 'hoi', 'hey', 'hi', 'hallo', 'dag', 'doei',
  'bel', 'belt', 'bellen', 'gebeld', 'mail', 'mailen', 'gemaild', 'app', 'appen', 'appt', 'laat', 'vraag', 'vroeg',
  'met', 'tegen', 'aan', 'en', 'heet', 'cc',
]);
/** The word before `start` in lower case (past spaces and an opening bracket: "ex (kwame)"), or '@' for a mention. */
function wordBefore(text: string, start: number): string {
  let e = start;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  if (text.charCodeAt(e - 1) === 64) return '@';
  if (text.charCodeAt(e - 1) === 40) while (--e > 0 && text.charCodeAt(e - 1) === 32);
  let s = e;
  while (s > 0 && e - s < 12 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e).toLowerCase();
}
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** A chat message that is nothing but this name: right after "Speaker: ", with the line's end close after it. */
function wholeMessage(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 58) return false;
  let e = end;
  while (e < text.length && text.charCodeAt(e) === 32) e++;
  return e === text.length || text.charCodeAt(e) === 10;
}

/**
 * In a chat, a word in lower case that the lists hold only as a name (a first name or surname that is no everyday
 * word: "ahmed", "mirjam", not "roos" or "mark"), where the chat names someone: after a word of NAMING_BEFORE or
 * an '@', or as a whole message ("Bezoeker: dewi soerjadi"); an unknown word right after a first name is its
 * surname. (English words that English name lists hold, "will", "good", have none of these before them.)
 */
function findLowerCaseNames(text: string, found: Found): void {
  LOWER_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOWER_WORD.exec(text)) !== null) {
    const cls = classify(key(m[0]));
    if (cls !== 'F' && cls !== 'S' && cls !== 'FS') continue;
    const start = m.index;
    let end = start + m[0].length;
    if (cls === 'F' && text.charCodeAt(end) === 32) {
      const next = LOWER_WORD.exec(text);
      if (next !== null && next.index === end + 1 && classify(key(next[0])) === 'U') end = next.index + next[0].length;
      else if (next !== null) LOWER_WORD.lastIndex = next.index;
    }
    const before = wordBefore(text, start);
    if (before === '@' || NAMING_BEFORE.has(before) || wholeMessage(text, start, end)) report(text, found, start, end, 0.7);
  }
  LOWER_WORD.lastIndex = 0;
}

export function findInChats(text: string, found: Found): void {
  const timed = findChatSpeakers(text, found);
  if (text.length <= CHATS_UP_TO && isChat(text, timed)) findLowerCaseNames(text, found);
}
