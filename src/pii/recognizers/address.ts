/**
 * Street addresses: a street name (Dutch suffix such as -straat, -laan, -weg, -plein, -gracht, -kade,
 * -singel, -dreef, -hof, or a "Laan van …" form) followed by a house number and an optional addition
 * (12A, 12-II, 12 hs, 12 bis, 12-3). Multi-word street names ("Burgemeester de Withstraat",
 * "Jan van Galenstraat", "Laan van Meerdervoort") are extended leftwards over capitalised words and particles.
 */
import type { Candidate, Recognizer } from '../types.js';
import { STREET_SUFFIX, STRONG_STREET_SUFFIX } from './shared.js';

const STREET_NUMBER =
  /(?<![\p{L}\p{N}_])(\p{L}[\p{L}\p{M}'’.\-]{0,45}) (\d{1,5})(?![\p{N}]|[,.:]\p{N})((?:-?(?:[a-zA-Z]|bis|hs|bg|I{1,3}|IV|huis|boven|beneden|zw|rd)|[ ](?:[A-Z]|bis|hs|bg|I{1,3}|huis|boven)|-\d{1,4})(?![\p{L}\p{N}]|[,.:]\p{N}))?/gu;
const BARE_STREET_WORDS = new Set(['laan', 'plein', 'weg', 'kade', 'singel', 'dreef', 'hof', 'park', 'markt', 'ring', 'straat', 'gracht', 'dijk', 'wal', 'steeg', 'pad', 'burgwal', 'haven']);
const LEFT_PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'op', 'la', 'le', 'aan', 'in', 'bij', 'voor', 'achter', 'over', 'onder']);
const STOP_WORDS = new Set(['adres', 'woonadres', 'postadres', 'bezoekadres', 'correspondentieadres', 'op', 'aan', 'de', 'het', 'in', 'te', 'naar', 'van', 'bij', 'address']);
const IS_UPPER = /^\p{Lu}/u;

function isStreetWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[.’']/g, '');
  if (!IS_UPPER.test(word)) return STRONG_STREET_SUFFIX.test(w);
  return (STREET_SUFFIX.test(w) && w.length > 3) || BARE_STREET_WORDS.has(w);
}

/** Words before `pos` separated by single spaces, nearest first, at most `max`. */
function wordsBefore(text: string, pos: number, max: number): { start: number; word: string }[] {
  const out: { start: number; word: string }[] = [];
  let p = pos;
  while (out.length < max && text[p - 1] === ' ') {
    let s = p - 1;
    while (s > 0 && /[\p{L}\p{M}'’.\-]/u.test(text[s - 1])) s--;
    if (s === p - 1) break;
    out.push({ start: s, word: text.slice(s, p - 1) });
    p = s;
  }
  return out;
}

function* findAddresses(text: string): Generator<Candidate> {
  STREET_NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STREET_NUMBER.exec(text)) !== null) {
    const word = m[1];
    let start = m.index;
    const before = wordsBefore(text, m.index, 4);
    if (!isStreetWord(word)) {
      // "Laan van Meerdervoort 52", "Plein 1992 nr"…: a bare street word up to 3 words back
      const k = before.findIndex((b) => BARE_STREET_WORDS.has(b.word.toLowerCase()) && IS_UPPER.test(b.word));
      if (k === -1 || !IS_UPPER.test(word)) {
        STREET_NUMBER.lastIndex = m.index + word.length; // the number may start another match
        continue;
      }
      const between = before.slice(0, k);
      if (!between.every((b) => IS_UPPER.test(b.word) || LEFT_PARTICLES.has(b.word.toLowerCase()))) {
        STREET_NUMBER.lastIndex = m.index + word.length;
        continue;
      }
      start = before[k].start;
    } else {
      // extend leftwards: "Burgemeester de With|straat", "Jan van Galen|straat", "Prins Hendrik|kade"
      let lastCap = -1;
      for (let i = 0; i < before.length; i++) {
        const w = before[i].word;
        const lw = w.toLowerCase();
        if (IS_UPPER.test(w) && !STOP_WORDS.has(lw) && !/[.:]$/.test(w)) lastCap = i;
        else if (!LEFT_PARTICLES.has(lw)) break;
      }
      if (IS_UPPER.test(word) && lastCap >= 0) start = before[lastCap].start;
    }
    yield { start, end: m.index + m[0].length, score: 0.9 };
  }
}

export const addressRecognizer: Recognizer = {
  name: 'nl_address',
  type: 'ADRES',
  find: findAddresses,
};
