/**
 * Streets abroad, as newcomers and labour migrants give their last address: the street word of their language
 * opens the name ("ul. Piotrkowska 112 m. 4", "Strada Mihai Eminescu nr. 23", "Bulevardul Independenței nr. 5",
 * "Calle Mayor 12", "Rua Augusta 120") or closes it ("Atatürk Bulvarı No: 58", "Savanorių pr. 176"), then a house number and what follows it abroad: the flat ("/12", "m. 4",
 * "ap. 7") or the block ("bl. B2"). The street words are none a Dutch sentence uses before a capital and a number.
 */
import type { Found } from '../types.js';
import { LO, UP, isUpClassCode } from './person-words.js';
import { isLatinLetterCode } from './shared.js';

/** Street words that close a street's name, before the number: Turkish ("Gazi Caddesi No: 14/3") and Lithuanian ("Savanorių pr. 176-12"). */
const CLOSERS: ReadonlySet<string> = new Set(['Caddesi', 'Cad.', 'Sokak', 'Sokağı', 'Sk.', 'Bulvarı', 'Blv.', 'pr.', 'g.']);
/** The endings of a Lithuanian street's name before "pr." and "g.": "Savanorių", "Gedimino", "Vilniaus", "Laisvės", "Konstitucijos". */
const GENITIVE = /(?:ų|o|aus|ės|os)$/;
/** Street words that open a street's name: Polish, Bulgarian and Ukrainian (romanised), Romanian, Spanish, Portuguese, French. */
const OPENERS: ReadonlySet<string> = new Set(['ul.', 'ulica', 'aleja', 'bul.', 'vul.', 'Strada', 'Str.', 'Bulevardul', 'B-dul', 'Calea', 'Aleea', 'Șoseaua', 'Soseaua', 'Piața', 'Calle', 'Avenida', 'Avda.', 'Rua', 'Travessa', 'Rue', 'Avenue']);
const WORD = `[${UP}][${LO}'’\\-]*\\.?`;
/** Lowercase words inside a street's name abroad: "Rue de la Loi", "Calle de Alcalá", "Rua do Ouro". */
const PARTICLES = ['de', 'la', 'del', 'da', 'do', 'dos', 'das', 'du', 'des', 'di', 'le', 'lui'];
/** Short lowercase words read past towards the street word: the particles, and "nr" before the number. */
const READ_PAST: ReadonlySet<string> = new Set([...PARTICLES, 'nr', 'nr.', 'No', 'No.', 'No:', 'n°', 'nº']);
/** The name after the street word, up to the space before the number. */
const NAME = new RegExp(`^(?:(?:${WORD}|${PARTICLES.join('|')}|\\d{1,2}) ){0,4}${WORD},?(?: (?:nr\\.?|No[.:]?|n[°º]))?$`);
/** The number and what follows it: "112 m. 4", "8/12", "176-12", "23, bl. B2, ap. 14", "71, kv. 14", "58 Daire 4". */
const NUMBER = /\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?(?: m\. ?\d{1,4}|,? (?:ap|apt|bl|sc|et|kv)\. ?[A-Z0-9]{1,4}| Daire \d{1,4}){0,3}(?![0-9])/y;
/** The street word is at most this many words before the number ("Strada Mihai Eminescu nr."). */
const MAX_WORDS = 7;

/**
 * Reads the streets abroad at the numbers the street finder looked at (`numbers`: the spaces before them, each
 * after a capitalised word or "nr."), not in a scan of its own (the street words are short and their letters
 * common): the words before the number are read back to a street word, past capitalised words, particles and
 * small numbers only.
 */
export function findForeignAddresses(text: string, numbers: readonly number[], found: Found): void {
  let done = 0;
  for (const space of numbers) {
    if (space < done) continue;
    const from = openerBefore(text, space);
    if (from < 0) continue;
    NUMBER.lastIndex = space + 1;
    if (!NUMBER.test(text)) continue;
    found.add(from, NUMBER.lastIndex, 0.9);
    done = NUMBER.lastIndex;
  }
}

/** Where the street word opens the street that ends at `space`, or -1. */
function openerBefore(text: string, space: number): number {
  let end = space;
  for (let k = 0; k < MAX_WORDS && end > 0; k++) {
    const s = wordStart(text, end);
    const len = end - s;
    const c = text.charCodeAt(s);
    // a word is only read (sliced) where it can be a street word or a particle
    if (len <= 10 && OPENER_FIRST.has(c) && OPENERS.has(text.slice(s, end))) {
      return s > 0 && isLetterOrDigit(text.charCodeAt(s - 1)) ? -1 : NAME.test(text.slice(end + 1, space)) ? s : -1;
    }
    if (len <= 7 && CLOSER_FIRST.has(c) && CLOSERS.has(text.slice(s, end))) {
      const from = nameBefore(text, s);
      // Lithuanian streets are named in the genitive: "Gedimino pr.", "Vilniaus g." (not "Bijlage g. 3")
      return from >= 0 && (len > 3 || GENITIVE.test(text.slice(from, s - 1))) ? from : -1;
    }
    // a number in the name comes right after the street word ("ul. 3 Maja"): any other is an earlier address's
    const digit = c >= 48 && c <= 57;
    if (len > 48 || !(isUpClassCode(c) || digit || (len <= 3 && READ_PAST.has(text.slice(s, end))))) return -1;
    if (s === 0 || (digit && !openerEndsAt(text, s - 1))) return -1;
    end = s - 1;
  }
  return -1;
}
/** Where the capitalised words (one to three) before a closing street word at `s` begin, or -1. */
function nameBefore(text: string, s: number): number {
  let from = -1;
  for (let k = 0, end = s - 1; k < 3 && end > 0 && text.charCodeAt(end) === 32; k++) {
    const ws = wordStart(text, end);
    if (ws === end || !isUpClassCode(text.charCodeAt(ws)) || !isLetterOrDigit(text.charCodeAt(end - 1))) break;
    from = ws;
    end = ws - 1;
  }
  return from;
}
/** Where the word ending at `end` starts: after a space, a line break or an opening bracket ("(vul. Sumska 71"). */
function wordStart(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s <= 48) {
    const c = text.charCodeAt(s - 1);
    if (c === 32 || c === 10 || c === 40) break;
    s--;
  }
  return s;
}
/** Does a street word end at the space at `space`? */
function openerEndsAt(text: string, space: number): boolean {
  const s = wordStart(text, space);
  return space - s <= 10 && OPENERS.has(text.slice(s, space));
}
const OPENER_FIRST: ReadonlySet<number> = new Set([...OPENERS].map((w) => w.charCodeAt(0)));
const CLOSER_FIRST: ReadonlySet<number> = new Set([...CLOSERS].map((w) => w.charCodeAt(0)));
const isLetterOrDigit = (c: number) => isLatinLetterCode(c) || (c >= 48 && c <= 57);
