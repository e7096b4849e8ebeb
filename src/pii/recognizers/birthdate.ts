/**
 * Date of birth: a date (numeric, ISO, or with a Dutch/English month name) with birth context
 * (geboren, geb., geboortedatum, born, date of birth) between it and the previous date. Dates without
 * such context (meetings, deadlines) are left alone.
 */
import type { Candidate, Recognizer } from '../types.js';
import { hasContextWord } from '../context.js';

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|october';
const DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.\-])(?:(?:0?[1-9]|[12]\d|3[01])([\-/.])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d{2}|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])(?:e|ste|de)? (?:${MONTHS})\.? (?:19|20)\d{2}|(?:${MONTHS}) (?:0?[1-9]|[12]\d|3[01]),? (?:19|20)\d{2})(?![\p{L}\p{N}]|[/.\-]\p{N})`,
  'giu',
);
const CONTEXT = ['geboren', 'geb', 'geboortedatum', 'geboortedag', 'geb.datum', 'geboorte', 'born', 'birth', 'date of birth', 'dob', 'birthday', 'verjaardag', 'leeftijd'];

function* findBirthDates(text: string): Generator<Candidate> {
  DATE.lastIndex = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const from = Math.max(prevEnd, start - 48);
    // context before it (not past the previous date), or right after it ("… 1985 geboren")
    if (hasContextWord(text, from, start, CONTEXT) || hasContextWord(text, end, end + 16, ['geboren', 'born'])) {
      yield { start, end, score: 0.85 };
    }
    prevEnd = end;
  }
}

export const birthDateRecognizer: Recognizer = {
  name: 'birth_date',
  type: 'GEBOORTEDATUM',
  find: findBirthDates,
};
