/** IBAN of every country (ibantools: country length, BBAN shape, mod 97), grouped in fours or not. */
import { isValidIBAN } from 'ibantools';
import type { Candidate, Recognizer } from '../types.js';
import { ALNUM } from './shared.js';

const CANDIDATE = new RegExp(`[A-Z]{2}${''}(?<![${ALNUM}][A-Z]{2})\\d{2}(?: ?[A-Za-z0-9]{4}){2,8}(?: ?[A-Za-z0-9]{1,3})?(?![${ALNUM}])`, 'g');
const GROUP_END = /[A-Za-z0-9](?= |$)/g;

function* findIbans(text: string): Generator<Candidate> {
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const raw = m[0];
    // the greedy match may have taken a following word ("… 7034 voor"): try shorter ends, longest first
    const ends = [raw.length];
    GROUP_END.lastIndex = 0;
    let g: RegExpExecArray | null;
    while ((g = GROUP_END.exec(raw)) !== null) if (g.index + 1 < raw.length) ends.push(g.index + 1);
    ends.sort((a, b) => b - a);
    for (const e of ends) {
      const compact = raw.slice(0, e).replace(/ /g, '').toUpperCase();
      if (compact.length >= 15 && isValidIBAN(compact)) {
        yield { start: m.index, end: m.index + e, score: 0.95 };
        break;
      }
    }
  }
}

export const ibanRecognizer: Recognizer = {
  name: 'iban',
  type: 'IBAN',
  find: findIbans,
};
