/** Trigger phrases right before a name: titles, salutations, context ("mevrouw", "Beste", "mijn naam is", "cliënt"). */
import { COLON_ONLY_TRIGGERS, FORMS_OF_ADDRESS, PREPOSITION_PARTICLES, TRIGGERS } from './person-lexicon.js';
import { isLowerCode, particlesBefore } from './person-tokens.js';
import { isUpperCode } from './shared.js';

/** Triggers written abbreviated, with a dot after them. */
const ABBREVIATED = new Set(['mevr', 'mw', 'dhr', 'fam', 'mr', 'mrs', 'ms', 'dr', 'drs', 'ir', 'ing', 'prof', 'ds', 'mej', 'mnr', 't.a.v', 'tav', 't.n.v', 'tnv', 'gr', 'mvg', 'wed']);
const TRIGGER_SET = new Set(TRIGGERS);
const MAX_TRIGGER_WORDS = Math.max(...TRIGGERS.map((t) => t.split(' ').length));
/** Backward hash of a lowercase ASCII word, as precededByTrigger computes it over the text. */
function backwardHash(word: string): number {
  let h = 0;
  for (let k = word.length - 1; k >= 0; k--) h = (h * 31 + word.charCodeAt(k)) | 0;
  return h;
}
/** Last words of multi-word triggers ("heer" of "de heer"), each with the words before it ("de"). */
const WORDS_BEFORE_LAST = new Map<string, string[]>();
for (const t of TRIGGERS.filter((t) => t.includes(' '))) {
  const parts = t.split(' ');
  const last = parts[parts.length - 1];
  WORDS_BEFORE_LAST.set(last, [...(WORDS_BEFORE_LAST.get(last) ?? []), parts[parts.length - 2]]);
}
const isSpaceAt = (text: string, k: number) => {
  const c = text.charCodeAt(k);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(text[k]));
};
/**
 * Can the word before the whitespace at text[w - 1] be the second-last word of a multi-word trigger ending in
 * `last`? The phrase walk below needs it to be (its second-last word is that word, or the part of it inside
 * the walk's window): a word ending in none of them rules the walk out ("Ben Ben Ben", where "ben" ends
 * "ik ben", read no slices).
 */
function mayEndPhrase(text: string, w: number, last: string): boolean {
  let e = w - 1;
  while (e > 0 && isSpaceAt(text, e - 1)) e--;
  let s = e;
  while (s > 0 && e - s < 32 && !isSpaceAt(text, s - 1)) s--;
  for (const p of WORDS_BEFORE_LAST.get(last) as string[]) if (e - s >= p.length && lowerEquals(text, e - p.length, p)) return true;
  return false;
}
/**
 * Does text at `from` read `word` (a trigger's lowercase word) in any case? Compared by char code, no slice: a
 * trigger's letters are ASCII and 'ë', whose capitals are 32 below them (and 'Ë' below 'ë').
 */
function lowerEquals(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(from + k);
    const l = word.charCodeAt(k);
    if (c !== l && !(c + 32 === l && ((c >= 65 && c <= 90) || c === 0xcb))) return false;
  }
  return true;
}
/** The last words of the triggers ("heer" of "de heer"), lowercase, by their backward hash. */
const LAST_WORDS_BY_HASH = new Map<number, string[]>();
for (const w of new Set(TRIGGERS.map((t) => t.slice(t.lastIndexOf(' ') + 1)))) {
  const h = backwardHash(w);
  LAST_WORDS_BY_HASH.set(h, [...(LAST_WORDS_BY_HASH.get(h) ?? []), w]);
}
/** The trigger's last word that text[w, i) spells in any case, or null. */
function lastWordAt(text: string, w: number, i: number, h: number): string | null {
  const words = LAST_WORDS_BY_HASH.get(h);
  if (words === undefined) return null;
  for (const word of words) if (word.length === i - w && lowerEquals(text, w, word)) return word;
  return null;
}
/** The only character beyond ASCII in any trigger ("cliënt"); its capital is 0xCB. */
const E_DIAERESIS = 0xeb;
/** Letters (Latin), '.' and "'": a char-code test, cheaper than a regular expression here. */
function isTriggerChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 39 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** A title, salutation or context phrase directly before pos (allowing ':' ',' and whitespace). */
export function precededByTrigger(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\n' || text[i - 1] === '\r')) i--;
  let colon = false;
  if (text[i - 1] === ':' || text[i - 1] === ',') {
    colon = text[i - 1] === ':';
    i--;
    while (i > 0 && text[i - 1] === ' ') i--;
  }
  const dot = text[i - 1] === '.';
  if (dot) i--;
  if (i === 0 || !isTriggerChar(text.charCodeAt(i - 1))) return false;
  // fast path: the word right before must be the last word of some trigger
  // the word before, read backwards with the hash of its lowercase form: a word whose hash no trigger has is
  // rejected without a slice. Beyond ASCII only 'ë' and 'Ë' lowercase into a trigger's letters, so a word with
  // any other such character is no trigger; nor is one with a lowercase letter before a capital ("Denr.J.elD"):
  // such text is rejected where it turns, not read to the scan's limit
  let w = i;
  let h = 0;
  let capital = false;
  while (w > 0 && i - w < 16) {
    let c = text.charCodeAt(w - 1);
    if (!isTriggerChar(c)) break;
    if ((c >= 65 && c <= 90) || c === 0xcb) {
      c += 32;
      capital = true;
    } else if ((c >= 97 && c <= 122) || c === E_DIAERESIS) {
      if (capital) return false;
    } else if (c >= 128) return false;
    h = (h * 31 + c) | 0;
    w--;
  }
  const lower = lastWordAt(text, w, i, h);
  // a dot after a word ends a sentence ("… is contactpersoon. Indicatiesteller: …") unless the word is written
  // with one ("dhr.", "mevr.", "t.a.v.")
  if (lower === null || (dot && !ABBREVIATED.has(lower))) return false;
  // Fast path, same answer as the phrase walk below: when the word stands alone (whitespace or the start of
  // the 28-character window before it), a one-word trigger is a Set lookup, and only words that end a
  // multi-word trigger ("de heer", "mijn naam is") need the walk. A word glued to punctuation ("(van")
  // cannot end any trigger.
  const ws = Math.max(0, i - 28);
  const prev = w > ws ? text.charCodeAt(w - 1) : -1;
  if (prev === -1 || prev === 32 || prev === 10 || prev === 13 || prev === 9 || (prev >= 128 && /\s/.test(text[w - 1]))) {
    if (TRIGGER_SET.has(lower) && (colon || !COLON_ONLY_TRIGGERS.has(lower))) return !(colon && prev === 32 && attributeBefore(text, w - 1));
    if (prev === -1 || !WORDS_BEFORE_LAST.has(lower) || !mayEndPhrase(text, w, lower)) return false;
  } else if (prev === 40 || prev === 34 || prev === 0x201c || prev === 0x2018 || prev === 59 || prev === 124) {
    // after an opening bracket or quote, or a table's ';' or '|', a one-word trigger still counts: "(mevrouw Hadjar, …)", ";fam. Bakker;"
    return TRIGGER_SET.has(lower) && (colon || !COLON_ONLY_TRIGGERS.has(lower));
  } else if (!isTriggerChar(prev) && !(prev === 11 || prev === 12)) return false;
  const words = text.slice(Math.max(0, i - 28), i).toLowerCase().split(/[\s]+/);
  let phrase = '';
  for (let k = 1; k <= MAX_TRIGGER_WORDS && k <= words.length; k++) {
    phrase = k === 1 ? words[words.length - 1] : `${words[words.length - k]} ${phrase}`;
    if (TRIGGER_SET.has(phrase) && (colon || !COLON_ONLY_TRIGGERS.has(phrase))) return true;
  }
  return false;
}

/** Field words before a trigger in a form's label: "Adres melder:", "Telefoon aanvrager:" name the person's address, not the person. */
const ATTRIBUTE_LABEL = /(?:^|[^\p{L}])(?:adres|woonadres|postadres|straat|postcode|woonplaats|plaats|telefoon|telefoonnummer|tel\.?|mobiel|e-?mail|bsn|iban|rekeningnummer|geboortedatum|geb\.?datum)$/iu;
/** Is the word before the space at `space` such a field word? */
function attributeBefore(text: string, space: number): boolean {
  return ATTRIBUTE_LABEL.test(text.slice(Math.max(0, space - 16), space));
}

const SURNAME_TITLE_HASHES = new Set([...FORMS_OF_ADDRESS].map(backwardHash));
/** The last characters of those titles, lowercase ('.' | 32 is '.'). */
const TITLE_LAST = new Set([...FORMS_OF_ADDRESS].map((t) => t.charCodeAt(t.length - 1)).concat(46));
/** Is the word at pos right after a form of address ("mevrouw ", "dhr. "), which makes it a surname? Read by char code; a slice only on a hash hit. */
export function afterSurnameTitle(text: string, pos: number): boolean {
  // every title ends in one of these (or '.'): the common word endings n, t, d, k, g … are ruled out unread
  if (text.charCodeAt(pos - 1) !== 32 || !TITLE_LAST.has(text.charCodeAt(pos - 2) | 32)) return false;
  let i = pos - 1;
  if (text.charCodeAt(i - 1) === 46) i--;
  let w = i;
  let h = 0;
  let capitals = 0; // a title is written in lower case or capitalised, not in capitals ("MS. Haar" is no "Ms.")
  while (w > 0 && i - w < 9) {
    let c = text.charCodeAt(w - 1);
    if (c >= 65 && c <= 90) {
      c += 32;
      capitals++;
    }
    if (c < 97 || c > 122) break;
    h = (h * 31 + c) | 0;
    w--;
  }
  if (capitals > 1 || (capitals === 1 && !isUpperCode(text.charCodeAt(w)))) return false;
  if (w === i || (w > 0 && isTriggerChar(text.charCodeAt(w - 1)) && text.charCodeAt(w - 1) !== 46) || !SURNAME_TITLE_HASHES.has(h)) return false;
  return FORMS_OF_ADDRESS.has(text.slice(w, i).toLowerCase());
}

/**
 * Where the particles begin when a title or a person's field label comes before them: "mevrouw |van 't Hek",
 * "Aanvrager: |de Graaf"; -1 otherwise.
 */
export function afterTitleAndParticles(text: string, pos: number): number {
  const pre = particlesBefore(text, pos);
  // (a lone "in" or "op" is the preposition: "familie in Vlaardingen")
  if (pre.words.length === 0 || (pre.words.length === 1 && PREPOSITION_PARTICLES.has(pre.words[0]))) return -1;
  return afterSurnameTitle(text, pre.start) || PERSON_LABEL.test(text.slice(Math.max(0, pre.start - 24), pre.start)) ? pre.start : -1;
}
/**
 * Field labels that only a person fills in ("Aanvrager: de Graaf"); not labels an institution fills as often
 * ("Aan: de Bewoners", "Organisator: de Bibliotheek").
 */
const PERSON_LABEL =
  /(?:^|[^\p{L}])(?:naam|achternaam|aanvrager|aanvraagster|melder|cli[eë]nte?|pati[eë]nte?|bewoner|bewoonster|huurder|ondergetekende|betrokkene|belanghebbende|contactpersoon)\s?:[ \t]*$/iu;

/**
 * A role or label in lower case right before the initials at `pos` ("huisarts H.P. Geluk", "Aanwezig: H. Tuinman"): a
 * space, and a lower-case letter or a colon before it, are looked at first (initials glued to what precedes them,
 * "b.Tel:K", are read at no further cost).
 */
export function roleBefore(text: string, pos: number): boolean {
  if (text.charCodeAt(pos - 1) !== 32) return false;
  const c = text.charCodeAt(pos - 2);
  return (isLowerCode(c) || c === 58) && precededByTrigger(text, pos);
}
