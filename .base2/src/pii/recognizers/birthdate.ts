/**
 * Date of birth: a date (numeric, ISO, or with a Dutch/English month name) right after birth context
 * (geboren, geb., geboortedatum, born, date of birth) or right before "geboren"/"born". Dates without such
 * context (meetings, deadlines) are left alone. Only windows around context words are scanned.
 */
import type { Found, Recognizer } from '../types.js';
import { ALNUM, HAS_DIGIT } from './shared.js';

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|october';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const DATE = new RegExp(
  `(?<![${ALNUM}/.\\-])(?:${DAY}([\\-/.])(?:0?[1-9]|1[0-2])\\1(?:19|20)?\\d{2}|(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])|${DAY}(?:e|ste|de)? (?:${MONTHS})\\.? (?:19|20)\\d{2}|(?:${MONTHS}) ${DAY},? (?:19|20)\\d{2})(?![${ALNUM}]|[/.\\-]\\d)`,
  'gi',
);
/** Birth context; the date must start within 48 characters after it (no other date in between). */
// Each alternative starts with a small character class (no 'i' flag); the leading \b is written as a
// look-behind after the first character. Used sticky, at the hits of CONTEXT_HINT only.
const BEFORE_CONTEXT =
  /[GgBbDdVv](?<!\w[GgBbDdVv])(?:(?<=[Gg])(?:EB|eb)(?:oren|OREN|oortedatum|oortedag|oorte|\.?datum|\b\.?)|(?<=[Bb])orn|(?<=B)ORN|(?<=[Bb])irth(?:day)?|(?<=B)IRTH|(?<=[Dd])ate of birth|(?<=D)OB|(?<=[Dd])ob\b|(?<=[Vv])erjaardag)/y;
/**
 * Where BEFORE_CONTEXT can match: the same words without the word-boundary tests. Two or three fixed
 * letters after the first let the scan skip ahead far faster than BEFORE_CONTEXT's own scan, which stops at
 * every g, b, d and v of the text.
 */
const CONTEXT_HINT = /[Gg](?:EB|eb)|[Bb](?:orn|ORN|irth|IRTH)|[Dd](?:ate of birth|OB|ob)|[Vv]erjaardag/g;
/** The next match of BEFORE_CONTEXT at or after `from`, as a global scan of it would find it. */
function nextContext(text: string, from: number): RegExpExecArray | null {
  CONTEXT_HINT.lastIndex = from;
  let h: RegExpExecArray | null;
  while ((h = CONTEXT_HINT.exec(text)) !== null) {
    BEFORE_CONTEXT.lastIndex = h.index;
    const c = BEFORE_CONTEXT.exec(text);
    if (c !== null) return c;
    CONTEXT_HINT.lastIndex = h.index + 1; // "update of birth": "birth" can still match inside the hit
  }
  return null;
}
/** Context after the date: "… 1985 geboren". */
const AFTER_CONTEXT = /^[\s,]{0,3}(?:\w+ ){0,2}(?:geboren|born)\b/i;

function findBirthDates(text: string, found: Found): void {
  let c: RegExpExecArray | null;
  let done = 0;
  let from = 0;
  while ((c = nextContext(text, from)) !== null) {
    const ctxEnd = c.index + c[0].length;
    // a date right before the context word ("op 3 maart 1985 geboren")
    DATE.lastIndex = Math.max(done, c.index - 40);
    let m: RegExpExecArray | null;
    while ((m = DATE.exec(text)) !== null && m.index < c.index) {
      const end = m.index + m[0].length;
      if (end <= c.index && AFTER_CONTEXT.test(text.slice(end, c.index + 8))) {
        found.add(m.index, end, 0.85);
        done = end;
      }
    }
    // the first date after the context word
    DATE.lastIndex = Math.max(done, ctxEnd);
    m = DATE.exec(text);
    if (m && m.index < ctxEnd + 48) {
      found.add(m.index, m.index + m[0].length, 0.85);
      done = m.index + m[0].length;
    }
    from = Math.max(ctxEnd, done);
  }
}

export const birthDateRecognizer: Recognizer = {
  name: 'birth_date',
  type: 'GEBOORTEDATUM',
  prefilter: HAS_DIGIT,
  find: findBirthDates,
};
