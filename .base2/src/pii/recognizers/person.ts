/**
 * Person names. Anchored on capitalised words; a chain of name-shaped tokens (initials, capitalised
 * words, particles such as "van der", hyphenated double surnames) is read from there and accepted on
 * evidence: a title or context phrase before it ("mevrouw", "Beste", "mijn naam is", "cliënt", a
 * signature line), initials, a known first name followed by a surname-shaped word, a particle with a
 * known surname, or a known name on its own. Names that are also Dutch words ("Roos", "Bakker") need
 * more evidence than names that are not.
 */
import type { Found, Recognizer } from '../types.js';
import { STRONG_STREET_SUFFIXES, endsWithAny } from './shared.js';
import {
  CLASS,
  CLASS_CAP,
  COLON_ONLY_TRIGGERS,
  PARTICLES,
  TITLES,
  TRIGGERS,
  classify,
  classifyWord,
  key,
  surnameCores,
  surnames,
  type Cls,
} from './person-lexicon.js';

type Kind = 'initials' | 'word' | 'particle' | 'title';
interface Tok {
  kind: Kind;
  start: number;
  end: number;
  lower: string;
  /** Word class for 'word' tokens (classifyWord of lower), 'U' for the others. */
  cls: Cls;
}

// Latin letters (ASCII, Latin-1, Latin Extended-A) without the 'u' flag: much faster than \p{Lu} in V8.
// Latin Extended-A mixes cases, so UP and LO both include it; isUpper() decides where it matters.
const UP = 'A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u1E00-\u1EFF';
const LO = 'a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F\u1E00-\u1EFF\u0300-\u036F';
// a capital that starts a word and is followed by a lowercase letter, '.', or apostrophe (not "AB", not "P.J" inside initials)
// The anchor takes the whole capitalised word, so the common case (an everyday word) costs one match.
const ANCHOR = new RegExp(
  `[${UP}](?<![${UP}${LO}'’\\-][${UP}]|[${UP}]\\.[${UP}])(?:[${LO}]+(?:['’][${UP}][${UP}${LO}]*)?(?:-[${UP}${LO}][${LO}]*(?:['’][${UP}][${UP}${LO}]*)?){0,3}|(?=[.'’]))`,
  'g',
);
const IS_LETTER = new RegExp(`[${UP}${LO}]`);
/** IS_LETTER by char code: the union of UP and LO. */
function isNameLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}
/** JOINER.test(text.slice(from, to)) without the slice; every joiner is at least two characters (", "). */
function joinedBy(text: string, from: number, to: number): boolean {
  return to - from >= 2 && JOINER.test(text.slice(from, to));
}
const INITIALS = new RegExp(`(?:[${UP}][${LO}]?\\.[ ]?){1,6}`, 'y');
const WORD = new RegExp(`[${UP}][${LO}]*(?:['’][${UP}][${UP}${LO}]*)?(?:-[${UP}${LO}][${LO}]*(?:['’][${UP}][${UP}${LO}]*)?){0,3}`, 'y');
const LOWER_WORD = new RegExp(`['’]?[${LO}]+|['’]t`, 'y');
const ALL_CAPS = new RegExp(`^[${UP}][${UP}0-9\\-]+$`);
/** Upper-case letter? ASCII by char code; beyond it by case mapping. */
const isUpper = (ch: string | undefined): boolean => {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase();
};
/** Lowercase letter (Latin ranges of LO) or an apostrophe: the char-code form of LOWER_CHAR. */
function isLowerCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || c === 39;
  return (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x17f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f) || c === 0x2019;
}
/** text[from, to) holds only whitespace, '.', ',' and ':' (the original /^[\s.,:]*$/ on a slice). */
function onlySeparators(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 46 || c === 44 || c === 58 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(text[i])) return false;
  }
  return true;
}
/** Single-word triggers ("Ondergetekende", "Cliënt") are evidence, never part of a name. */
const TRIGGER_WORDS = new Set(TRIGGERS.filter((t) => /^[\p{L}]+$/u.test(t) && !COLON_ONLY_TRIGGERS.has(t)));
/** Capitalised nouns after a label ("Bewindvoerder: Bewindvoering Oost") are not names. */
const NOUN_SUFFIX = /(?:ing|heid|schap|atie|isme|teit|erij|tie|kantoor|centrum|dienst|team|zorg|groep|huis)$/;

/** NEXT_WORD: the word after a space. SPECIAL: everyday words that still matter here: particles ("De Vries"), titles and trigger words. */
const NEXT_WORD = new RegExp(`[${UP}][${LO}]+`, 'y');
const SPECIAL = new Set([...PARTICLES, ...TITLES, ...TRIGGER_WORDS]);
const SPECIAL_CAP = new Set([...SPECIAL].map((w) => w.charAt(0).toUpperCase() + w.slice(1)));

/**
 * Everything the finder asks about one spelling of a word, computed once: for every listed word (in its
 * lowercase and capitalised spelling) at load time, for other words once per analyze() call. A lookup is
 * then a single Map.get on the word as written: no lowercasing, no suffix checks, no further Set lookups.
 */
interface WordInfo {
  readonly lower: string;
  /** Class from the lists alone (CLASS_CAP, then CLASS), undefined when the word is not listed. */
  readonly listed: Cls | undefined;
  /** Anchor class: listed, or 'X' for a street name ("Kerkstraat"). */
  readonly anchorCls: Cls | undefined;
  /** A capitalised everyday word or place that can never open a name: the anchor skips it. */
  readonly skip: boolean;
  /** classifyWord(lower): the class of a word token. */
  readonly cls: Cls;
  readonly title: boolean;
  readonly trigger: boolean;
  readonly particle: boolean;
  readonly allCaps: boolean;
  readonly hyphen: boolean;
}
function computeInfo(word: string): WordInfo {
  const lower = key(word);
  const capLookup = CLASS_CAP.get(word);
  const listed = capLookup ?? CLASS.get(lower);
  const anchorCls = listed ?? (endsWithAny(lower, STRONG_STREET_SUFFIXES, 3) ? 'X' : undefined);
  // exactly the anchor's original test: SPECIAL (lowercase) only counts when the lowercase form was needed
  const lwNeeded = capLookup === undefined || SPECIAL_CAP.has(word);
  const hyphen = word.includes('-');
  const skip = (anchorCls === 'C' || anchorCls === 'X') && !SPECIAL_CAP.has(word) && !(lwNeeded && lower !== '' && SPECIAL.has(lower)) && !hyphen;
  return {
    lower,
    listed,
    anchorCls,
    skip,
    cls: classifyWord(lower),
    title: TITLES.has(lower),
    trigger: TRIGGER_WORDS.has(lower),
    particle: PARTICLES.has(lower),
    allCaps: ALL_CAPS.test(word),
    hyphen,
  };
}
const STATIC_INFO = new Map<string, WordInfo>();
for (const w of [...CLASS.keys(), ...SPECIAL]) {
  if (w.includes(' ')) continue;
  const cap = w.charAt(0).toUpperCase() + w.slice(1);
  STATIC_INFO.set(w, computeInfo(w));
  STATIC_INFO.set(cap, computeInfo(cap));
}
/**
 * The WordInfo of a word outside the load-time table. Such a word is in no list in any spelling unless its
 * lowercase form is (an odd spelling such as "JANSEN", computed in full); otherwise only the street suffix,
 * hyphen and capitals matter, so most of computeInfo's lookups are skipped.
 */
function unlistedInfo(word: string): WordInfo {
  const lower = key(word);
  // "Capital + lowercase ASCII" is how the table spells every listed word it has in lowercase: such a word,
  // absent from the table, has no listed lowercase form either (no second lookup in the large table)
  if (!capitalisedAscii(word) && STATIC_INFO.has(lower)) return computeInfo(word);
  const hyphen = word.includes('-');
  const street = endsWithAny(lower, STRONG_STREET_SUFFIXES, 3);
  return {
    lower,
    listed: undefined,
    anchorCls: street ? 'X' : undefined,
    skip: street && !hyphen,
    cls: hyphen ? classifyWord(lower) : street ? 'X' : 'U',
    title: false,
    trigger: false,
    particle: false,
    allCaps: ALL_CAPS.test(word),
    hyphen,
  };
}

/** A-Z followed by a-z only. */
function capitalisedAscii(word: string): boolean {
  const c0 = word.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * Per-call memo for words outside the lists, on a long text also for listed words, as a small table that
 * stays in cache in front of the large load-time one (a lookup there is a cache miss). A short text has
 * few repeats, so it uses neither. Dropped when the call ends (nothing outlives a request).
 */
let callInfo: Map<string, WordInfo> | null = null;
let memo = false;
const LONG_TEXT = 2048;
function infoOf(word: string): WordInfo {
  if (!memo) return STATIC_INFO.get(word) ?? unlistedInfo(word);
  if (callInfo === null) callInfo = new Map();
  let i = callInfo.get(word);
  if (i === undefined) {
    i = STATIC_INFO.get(word) ?? unlistedInfo(word);
    if (callInfo.size < 4096) callInfo.set(word, i);
  }
  return i;
}


function readToken(text: string, pos: number): Tok | null {
  if (pos >= text.length) return null;
  WORD.lastIndex = pos;
  const w = WORD.exec(text);
  if (w) return wordToken(text, pos, w[0], null);
  LOWER_WORD.lastIndex = pos;
  const lw = LOWER_WORD.exec(text);
  if (lw) {
    const lower = asParticle(lw[0]);
    if (lower !== null) return { kind: 'particle', start: pos, end: pos + lw[0].length, lower, cls: 'U' };
  }
  return null;
}

/**
 * The particle a lowercase word is ("van", "’t" → "'t"), or null. A plain ASCII word is looked up as it is
 * (key() would not change it): no lowercased copy for every word after a capital.
 */
function asParticle(raw: string): string | null {
  if (PARTICLES.has(raw)) return raw;
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) >= 128) {
      const k = key(raw);
      return PARTICLES.has(k) ? k : null;
    }
  }
  return null;
}

/** The token of a capitalised word (WORD's match at pos; the anchor's match is the same word). */
function wordToken(text: string, pos: number, word: string, known: WordInfo | null): Tok | null {
  const wend = pos + word.length;
  // "COA", "BV2", "B12": acronyms and codes are not names
  const next = text.charCodeAt(wend);
  if ((next >= 48 && next <= 57) || isUpper(text[wend])) return null;
  const info = known ?? infoOf(word);
  const lower = info.lower;
  if (next === 46 && info.title) return { kind: 'title', start: pos, end: wend + 1, lower, cls: 'U' };
  if ((info.title || info.trigger) && next !== 45) return { kind: 'title', start: pos, end: wend, lower, cls: 'U' };
  // initials need a '.' after one or two letters
  if (text.charCodeAt(pos + 1) === 46 || text.charCodeAt(pos + 2) === 46) {
    INITIALS.lastIndex = pos;
    const ini = INITIALS.exec(text);
    if (ini && ini[0].length > word.length) return { kind: 'initials', start: pos, end: pos + ini[0].trimEnd().length, lower: key(ini[0]), cls: 'U' };
  }
  if (info.particle && next === 32) return { kind: 'particle', start: pos, end: wend, lower, cls: 'U' };
  if (info.allCaps) return null; // acronyms are not names
  return { kind: 'word', start: pos, end: wend, lower, cls: info.cls };
}

const MAX_CHAIN = 6;

/** Tokens by position, direct-mapped on the low bits of the offset: reading is pure, so this only saves work. */
class TokenCache {
  readonly pos = new Int32Array(256).fill(-1);
  readonly tok: (Tok | null)[] = new Array<Tok | null>(256).fill(null);
  /** Slots written since the last reset (a short text touches few of the 256). */
  readonly used = new Int32Array(256);
  nUsed = 0;
  reset(): void {
    if (this.nUsed >= 64) {
      this.pos.fill(-1);
      this.tok.fill(null);
    } else {
      // tokens hold lowercased words of the text: nothing outlives the call
      for (let k = 0; k < this.nUsed; k++) {
        this.pos[this.used[k]] = -1;
        this.tok[this.used[k]] = null;
      }
    }
    this.nUsed = 0;
  }
}
/** One cache for the module, reset at the start and end of every call (calls do not interleave). */
const TOKENS = new TokenCache();
function tokenAt(text: string, p: number, cache: TokenCache, word?: string, info: WordInfo | null = null): Tok | null {
  const slot = p & 255;
  if (cache.pos[slot] === p) return cache.tok[slot];
  const t = word === undefined ? readToken(text, p) : wordToken(text, p, word, info);
  if (cache.pos[slot] === -1 && cache.nUsed < 64) cache.used[cache.nUsed++] = slot;
  else if (cache.pos[slot] === -1) cache.nUsed = 64; // many slots: reset clears them all
  cache.pos[slot] = p;
  cache.tok[slot] = t;
  return t;
}

/** Name-shaped tokens from pos, separated by one space (none needed after initials). At most MAX_CHAIN. */
function readChain(text: string, pos: number, cache: TokenCache): Tok[] {
  const toks: Tok[] = [];
  let p = pos;
  while (toks.length < MAX_CHAIN) {
    const t = tokenAt(text, p, cache);
    if (!t || (t.kind === 'title' && toks.length > 0)) break;
    toks.push(t);
    if (t.kind === 'title') {
      // a title ends a chain of its own; the name after it is read by the next anchor
      break;
    }
    p = t.end;
    if (text[p] === ' ') p++;
    else if (t.kind !== 'initials') break;
  }
  while (toks.length && toks[toks.length - 1].kind === 'particle') toks.pop();
  return toks;
}

/** Lowercase particles directly before pos ("de Vries", "van der Berg"); returns the start offset. */
const NO_PARTICLES: string[] = [];
function particlesBefore(text: string, pos: number): { start: number; words: string[] } {
  if (text[pos - 1] !== ' ' || pos < 2 || !isLowerCode(text.charCodeAt(pos - 2))) return { start: pos, words: NO_PARTICLES };
  let start = pos;
  let words: string[] = NO_PARTICLES;
  for (let n = 0; n < 3; n++) {
    if (text[start - 1] !== ' ') break;
    let s = start - 1;
    while (s > 0 && start - s < 8 && isLowerCode(text.charCodeAt(s - 1))) s--;
    // glued to a letter ("Jansen" read back to "ansen"): not a particle; tested before slicing
    if (s > 0 && isNameLetterCode(text.charCodeAt(s - 1))) break;
    const w = asParticle(text.slice(s, start - 1));
    if (w === null) break;
    if (words === NO_PARTICLES) words = [];
    words.unshift(w);
    start = s;
  }
  return { start, words };
}

const TRIGGER_SET = new Set(TRIGGERS);
const MAX_TRIGGER_WORDS = Math.max(...TRIGGERS.map((t) => t.split(' ').length));
/** Backward hash of a lowercase ASCII word, as precededByTrigger computes it over the text. */
function backwardHash(word: string): number {
  let h = 0;
  for (let k = word.length - 1; k >= 0; k--) h = (h * 31 + word.charCodeAt(k)) | 0;
  return h;
}
/** Last words of multi-word triggers ("heer" of "de heer"). */
const MULTI_LAST_WORDS = new Set(TRIGGERS.filter((t) => t.includes(' ')).map((t) => t.slice(t.lastIndexOf(' ') + 1)));
const TRIGGER_LAST_WORDS = new Set(TRIGGERS.map((t) => t.slice(t.lastIndexOf(' ') + 1)));
for (const w of [...TRIGGER_LAST_WORDS]) TRIGGER_LAST_WORDS.add(w.charAt(0).toUpperCase() + w.slice(1));
const TRIGGER_LAST_HASHES = new Set<number>();
for (const w of TRIGGER_LAST_WORDS) {
  const lower = w.toLowerCase();
  if (/^[\x00-\x7f]*$/.test(lower)) TRIGGER_LAST_HASHES.add(backwardHash(lower));
}
/** Letters (Latin), '.' and "'": a char-code test, cheaper than a regular expression here. */
function isTriggerChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 39 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** A title, salutation or context phrase directly before pos (allowing ':' ',' and whitespace). */
function precededByTrigger(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\n' || text[i - 1] === '\r')) i--;
  let colon = false;
  if (text[i - 1] === ':' || text[i - 1] === ',') {
    colon = text[i - 1] === ':';
    i--;
    while (i > 0 && text[i - 1] === ' ') i--;
  }
  if (text[i - 1] === '.') i--;
  if (i === 0 || !isTriggerChar(text.charCodeAt(i - 1))) return false;
  // fast path: the word right before must be the last word of some trigger
  let w = i - 1;
  while (w > 0 && i - w < 16 && isTriggerChar(text.charCodeAt(w - 1))) w--;
  // hash of the lowercased word: a word whose hash no trigger has is rejected without a slice
  let h = 0;
  let ascii = true;
  for (let k = i - 1; k >= w; k--) {
    let c = text.charCodeAt(k);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (c >= 65 && c <= 90) c += 32;
    h = (h * 31 + c) | 0;
  }
  if (ascii && !TRIGGER_LAST_HASHES.has(h)) return false;
  const last = text.slice(w, i);
  if (TRIGGER_LAST_WORDS.has(last)) {
    /* listed as written */
  } else if (!TRIGGER_LAST_WORDS.has(last.toLowerCase())) return false;
  // Fast path, same answer as the phrase walk below: when the word stands alone (whitespace or the start of
  // the 28-character window before it), a one-word trigger is a Set lookup, and only words that end a
  // multi-word trigger ("de heer", "mijn naam is") need the walk. A word glued to punctuation ("(van")
  // cannot end any trigger.
  const ws = Math.max(0, i - 28);
  const prev = w > ws ? text.charCodeAt(w - 1) : -1;
  if (prev === -1 || prev === 32 || prev === 10 || prev === 13 || prev === 9 || (prev >= 128 && /\s/.test(text[w - 1]))) {
    const lower = last.toLowerCase();
    if (TRIGGER_SET.has(lower) && (colon || !COLON_ONLY_TRIGGERS.has(lower))) return true;
    if (prev === -1 || !MULTI_LAST_WORDS.has(lower)) return false;
  } else if (!isTriggerChar(prev) && !(prev === 11 || prev === 12)) return false;
  const words = text.slice(Math.max(0, i - 28), i).toLowerCase().split(/[\s]+/);
  let phrase = '';
  for (let k = 1; k <= MAX_TRIGGER_WORDS && k <= words.length; k++) {
    phrase = k === 1 ? words[words.length - 1] : `${words[words.length - k]} ${phrase}`;
    if (TRIGGER_SET.has(phrase) && (colon || !COLON_ONLY_TRIGGERS.has(phrase))) return true;
  }
  return false;
}

function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '"' || text[i] === '(' || text[i] === '\'' || text[i] === '‘' || text[i] === '“')) i--;
  if (i < 0) return true;
  const c = text[i];
  return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';' || c === '-' || c === '•' || c === '*' || c === '>';
}

interface Decision {
  from: number; // token index
  to: number; // exclusive token index
  withPrefix: boolean;
  score: number;
}

/** A surname-class word among the words after `first`. */
function surnameAfter(words: number[], cls: Cls[], first: number): boolean {
  for (const i of words) if (i > first && (cls[i] === 'S' || cls[i] === 'FS')) return true;
  return false;
}

function decide(toks: Tok[], cls: Cls[], prefix: string[], trigger: boolean, sentenceStart: boolean): Decision | null {
  // cut the chain at the first non-name common word or stop word
  let end = toks.length;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind === 'word' && (cls[i] === 'C' || cls[i] === 'X')) {
      end = i;
      break;
    }
  }
  while (end > 0 && toks[end - 1].kind === 'particle') end--;
  if (end === 0) return null;
  const words: number[] = [];
  for (let i = 0; i < end; i++) if (toks[i].kind === 'word') words.push(i);
  if (words.length === 0) return null;
  const last = words[words.length - 1];
  const to = last + 1;
  const hasInitials = toks[0].kind === 'initials';

  if (trigger) {
    if (words.length === 1 && cls[words[0]] === 'U' && NOUN_SUFFIX.test(toks[words[0]].lower)) return null;
    return { from: 0, to, withPrefix: true, score: 0.9 };
  }
  if (hasInitials) return { from: 0, to, withPrefix: false, score: 0.85 };

  // particle + surname: "de Vries", "Van Dijk", "el Amrani" (no particles, no lists built)
  if (prefix.length > 0 || words[0] > 0) {
    const w = toks[words[0]].lower;
    // "particles + w" can be a listed surname only when w is a surname core (it ends a multi-word surname)
    const core = surnameCores.has(w);
    if (core || (surnames.has(w) && cls[words[0]] !== 'A')) {
      const full = () => [...prefix, ...toks.slice(0, words[0]).map((t) => t.lower), w].join(' ');
      return { from: 0, to, withPrefix: true, score: words.length > 1 || (core && surnames.has(full())) ? 0.8 : 0.7 };
    }
    if (words[0] > 0) return null; // "De Gemeente", "Van Utrecht"
  }

  let first = words[0];
  // a name that is also a word, opening a sentence, is probably the word ("Mark je agenda", "Roos is…")
  // …unless a real surname follows ("Roos Jansen belde").
  if (sentenceStart && cls[first] === 'A' && words.length > 1) {
    const next = cls[words[1]];
    if (!(next === 'S' || next === 'FS' || next === 'F' || next === 'U')) first = words[1];
  }
  const c0 = cls[first];
  // words is ascending and first is its first or second entry
  const nWords = first === words[0] ? words.length : words.length - 1;
  if (nWords >= 2 && (c0 === 'F' || c0 === 'FS' || c0 === 'A')) {
    return { from: first, to, withPrefix: false, score: 0.85 };
  }
  // "Achmed Yılmaz" where the first name is not in the list but the surname is
  if (nWords >= 2 && c0 === 'U' && !sentenceStart && surnameAfter(words, cls, first)) return { from: first, to, withPrefix: false, score: 0.75 };
  // single-word evidence
  if (c0 === 'F' || c0 === 'FS') return { from: first, to: first + 1, withPrefix: false, score: 0.7 };
  if (c0 === 'S') return { from: first, to: first + 1, withPrefix: false, score: sentenceStart ? 0.55 : 0.65 };
  if (c0 === 'A' && !sentenceStart) return { from: first, to: first + 1, withPrefix: false, score: 0.6 };
  return null;
}

export function findPersons(text: string, found: Found): void {
  callInfo = null;
  memo = text.length >= LONG_TEXT;
  TOKENS.reset();
  try {
    findCapitalised(text, found);
  } finally {
    callInfo = null;
    TOKENS.reset();
  }
  findLowercaseAfterTitle(text, found);
}

function findCapitalised(text: string, found: Found): void {
  ANCHOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  const cache = TOKENS; // tokens by position: each is read once
  let pendingTrigger = -1; // position just after a title token: the next chain is a name
  let lastPersonEnd = -1; // "Ole Johansson en Ingeborg Lindqvist": a name joined to a name is a name
  while ((m = ANCHOR.exec(text)) !== null) {
    const pos = m.index;
    if (text.charCodeAt(pos) >= 0x100 && !isUpper(text[pos])) continue;
    const word = m[0];
    let info: WordInfo | null = null;
    if (word.length > 1) {
      info = infoOf(word);
      const c = info.anchorCls;
      if (info.skip) {
        pendingTrigger = -1;
        continue;
      }
      // an unknown word opens a name only after a trigger or particles, or before a known surname
      if (c === undefined && !info.hyphen && text[pos + word.length] !== '.') {
        const end = pos + word.length;
        let next: Cls | undefined;
        // NEXT_WORD starts with a capital: a lowercase ASCII letter after the space rules it out unread
        const nc = text.charCodeAt(end + 1);
        if (text.charCodeAt(end) === 32 && !(nc >= 97 && nc <= 122)) {
          NEXT_WORD.lastIndex = end + 1;
          const n = NEXT_WORD.exec(text);
          if (n) next = infoOf(n[0]).listed;
        }
        const maybeParticle = text[pos - 1] === ' ' && pos >= 2 && isLowerCode(text.charCodeAt(pos - 2));
        const afterTitle = pendingTrigger >= 0 && onlySeparators(text, pendingTrigger, pos);
        const joined = lastPersonEnd >= 0 && pos - lastPersonEnd <= 6 && joinedBy(text, lastPersonEnd, pos);
        if (next !== 'S' && next !== 'FS' && !maybeParticle && !afterTitle && !joined && !precededByTrigger(text, pos)) {
          pendingTrigger = -1;
          continue;
        }
      }
    }
    const t0 = tokenAt(text, pos, cache, word.length > 1 ? word : undefined, info);
    if (!t0) continue;
    if (t0.kind === 'title') {
      pendingTrigger = t0.end;
      ANCHOR.lastIndex = t0.end;
      continue;
    }
    const afterTitle = pendingTrigger;
    pendingTrigger = -1;
    let c0: Cls = 'U';
    if (t0.kind === 'word') {
      c0 = t0.cls;
      // a capitalised everyday word ("Het", "Verder", "Gemeente") or a place: not a name
      if (c0 === 'C' || c0 === 'X') {
        ANCHOR.lastIndex = t0.end;
        continue;
      }
    }
    const pre = particlesBefore(text, pos);
    const chainStart = pre.start;
    const trigger =
      (afterTitle >= 0 && onlySeparators(text, afterTitle, chainStart)) ||
      (lastPersonEnd >= 0 && chainStart - lastPersonEnd <= 6 && joinedBy(text, lastPersonEnd, chainStart)) ||
      precededByTrigger(text, chainStart);
    // an unknown word without a trigger or particles can only open a name when a known surname follows
    if (c0 === 'U' && t0.kind === 'word' && !trigger && pre.words.length === 0) {
      const next = text[t0.end] === ' ' ? tokenAt(text, t0.end + 1, cache) : null;
      const c1 = next && next.kind === 'word' ? next.cls : 'U';
      if (c1 !== 'S' && c1 !== 'FS') {
        ANCHOR.lastIndex = t0.end;
        continue;
      }
    }
    // A lone surname-class word without trigger or particles: decide() answers "this word alone" whatever
    // follows (only first names and name-words grow into longer names), so the chain need not be read.
    if (c0 === 'S' && t0.kind === 'word' && !trigger && pre.words.length === 0) {
      found.add(t0.start, t0.end, atSentenceStart(text, chainStart) ? 0.55 : 0.65);
      lastPersonEnd = t0.end;
      ANCHOR.lastIndex = t0.end;
      continue;
    }
    const toks = readChain(text, pos, cache);
    if (toks.length === 0 || toks[0].kind === 'title') continue;
    const cls = toks.map((t) => t.cls);
    // a word after particles that completes a known surname is a surname ("de Graaf", "van Leeuwen")
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].kind !== 'word' || cls[i] === 'X') continue;
      if (i > 0 ? toks[i - 1].kind !== 'particle' : pre.words.length === 0) continue; // no particles before it
      // Particles come before it, so "particles + word" is a known surname only if the word ends a multi-word
      // surname, i.e. is a surname core: the core test alone decides, no phrase is built.
      if (surnameCores.has(toks[i].lower)) cls[i] = 'S';
    }
    const d = decide(toks, cls, pre.words, trigger, atSentenceStart(text, chainStart));
    if (!d) {
      ANCHOR.lastIndex = toks[0].end;
      continue;
    }
    const start = d.withPrefix && d.from === 0 ? chainStart : toks[d.from].start;
    const end = toks[d.to - 1].end;
    found.add(start, end, d.score);
    lastPersonEnd = end;
    ANCHOR.lastIndex = end;
  }
}

/** "en", "of", "and", "&" or a comma between two names. */
const JOINER = /^(?:,? (?:en|of|and|&|und|et) |, )$/;

/** Informal writing: "mevrouw roos", "dhr. de vries": a listed name in lower case right after a title. */
const LOWER_AFTER_TITLE = new RegExp(
  `(?:mevrouw|meneer|mijnheer|mevr\\.|mw\\.|dhr\\.|de heer|familie|fam\\.) ((?:(?:van|de|der|den|ter|ten|el|al) ){0,3}[${LO}][${LO}'’\\-]+)`,
  'gi',
);
const LETTER_BEFORE = new RegExp(`[${UP}${LO}]`);
function findLowercaseAfterTitle(text: string, found: Found): void {
  LOWER_AFTER_TITLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOWER_AFTER_TITLE.exec(text)) !== null) {
    const name = m[1];
    if (m.index > 0 && LETTER_BEFORE.test(text[m.index - 1])) continue; // "…mevrouw" inside a word
    if (name[0] !== name[0].toLowerCase()) continue; // capitalised names are handled above
    const words = name.split(' ');
    const last = key(words[words.length - 1]);
    const cls = classify(last);
    const full = key(name);
    if (cls === 'F' || cls === 'S' || cls === 'FS' || cls === 'A' || surnames.has(full) || (words.length > 1 && surnameCores.has(last))) {
      const start = m.index + m[0].length - name.length;
      found.add(start, start + name.length, 0.8);
    }
  }
}

export const personRecognizer: Recognizer = {
  name: 'nl_person',
  type: 'PERSOON',
  find: findPersons,
};
