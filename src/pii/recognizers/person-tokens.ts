/**
 * Name-shaped tokens (initials, capitalised words, particles, titles), read at a position and cached by
 * position for one call; chains of them; and the lowercase particles before a position.
 */
import { PARTICLES, key, type Cls } from './person-lexicon.js';
import { LO, MAX_WORD_LENGTH, UP, type WordInfo, infoOf, isLoClassCode, isUpClassCode } from './person-words.js';
import { tableView } from '../tables.js';
import { isUpper } from './shared.js';

type Kind = 'initials' | 'word' | 'particle' | 'title';
export interface Tok {
  kind: Kind;
  start: number;
  end: number;
  lower: string;
  /** Word class for 'word' tokens (classifyWord of lower), 'U' for the others. */
  cls: Cls;
}

/**
 * The end of the initials at pos, as the sticky expression /(?:[UP][LO]?\.[ ]?){1,6}/ would match them, or -1.
 * Read by char code: every step of that expression has one way to go (a '.' is no LO letter), so no
 * backtracking is lost, and no match array is made for each capital followed by a '.'.
 */
export function initialsEnd(text: string, pos: number): number {
  let p = pos;
  let n = 0;
  while (n < 6 && isUpClassCode(text.charCodeAt(p))) {
    let q = p + 1;
    if (isLoClassCode(text.charCodeAt(q))) q++;
    if (text.charCodeAt(q) !== 46) break;
    q++;
    if (text.charCodeAt(q) === 32) q++;
    p = q;
    n++;
  }
  return n === 0 ? -1 : p;
}
const WORD = new RegExp(`[${UP}][${LO}]*(?:['’][${UP}][${UP}${LO}]*)?(?:-[${UP}${LO}][${LO}]*(?:['’][${UP}][${UP}${LO}]*)?){0,3}`, 'y');
const LOWER_WORD = new RegExp(`['’]?[${LO}]+|['’]t`, 'y');
/** …and with the abbreviated and elided particles first ("v.d.", "v/d", "v." before a name, "d'"), for words opening with v, d or l. */
const LOWER_WORD_OR_SHORT = new RegExp(`v\\.d\\.|v/d|v\\.(?= [${UP}])|[dl]['’](?=[${UP}])|['’]?[${LO}]+|['’]t`, 'y');
/** Lowercase letter (Latin ranges of LO) or an apostrophe: the char-code form of LOWER_CHAR. */
export function isLowerCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || c === 39;
  return (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f) || c === 0x2019;
}
/** IS_LETTER by char code: the union of UP and LO. */
function isNameLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

function readToken(text: string, pos: number): Tok | null {
  if (pos >= text.length) return null;
  // WORD opens with a capital, LOWER_WORD with a lowercase letter or an apostrophe: a character that is
  // neither ("P.)", ", ") is no token, and neither expression need run
  const c = text.charCodeAt(pos);
  if (isUpClassCode(c)) {
    WORD.lastIndex = pos;
    const w = WORD.exec(text);
    if (w) return wordToken(text, pos, w[0], null);
  } else if (!isLoClassCode(c) && c !== 39 && c !== 0x2019) return null;
  const re = c === 118 || c === 100 || c === 108 ? LOWER_WORD_OR_SHORT : LOWER_WORD;
  re.lastIndex = pos;
  const lw = re.exec(text);
  if (lw) {
    const lower = asParticle(lw[0]);
    if (lower !== null) return { kind: 'particle', start: pos, end: pos + lw[0].length, lower, cls: 'U' };
  }
  return null;
}

/**
 * Hash of key(raw) for a lowercase word, read off its characters without building it; -1 when key(raw)
 * cannot be a particle. Beyond ASCII, key() makes only these a particle's letters: 'ï' stays ("aït"), '’'
 * becomes "'", 'İ' becomes 'i' and U+0307 is dropped; any other such character stays non-ASCII.
 */
function particleHash(raw: string): number {
  let h = 0;
  for (let i = 0; i < raw.length; i++) {
    let c = raw.charCodeAt(i);
    if (c >= 128) {
      if (c === 0x307) continue;
      if (c === 0x2019) c = 39;
      else if (c === 0x130) c = 105;
      else if (c !== 0xef) return -1;
    }
    h = (h * 31 + c) | 0;
  }
  return h;
}
// (a particle with other letters beyond ASCII, "ní", is found as written by PARTICLES.has)
const PARTICLE_HASHES = new Set([...PARTICLES].map(particleHash).filter((h) => h !== -1));

/**
 * The particle a lowercase word is ("van", "’t" → "'t"), or null. The word as written is looked up first; a
 * word whose key() would hash to no particle is rejected without building the lowercase copy.
 */
function asParticle(raw: string): string | null {
  if (PARTICLES.has(raw)) return raw;
  if (!PARTICLE_HASHES.has(particleHash(raw))) return null;
  const k = key(raw);
  return PARTICLES.has(k) ? k : null;
}

/** The token of a capitalised word (WORD's match at pos; the anchor's match is the same word). */
function wordToken(text: string, pos: number, word: string, known: WordInfo | null): Tok | null {
  if (word.length > MAX_WORD_LENGTH) return null;
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
    const iniEnd = initialsEnd(text, pos);
    if (iniEnd - pos > word.length) {
      const end = text.charCodeAt(iniEnd - 1) === 32 ? iniEnd - 1 : iniEnd;
      // initials as written: their lowercase form is only ever part of a phrase looked up among the surnames,
      // and no surname holds a '.', so lowercasing would change no answer
      return { kind: 'initials', start: pos, end, lower: text.slice(pos, iniEnd), cls: 'U' };
    }
  }
  if (info.particle && next === 32) return { kind: 'particle', start: pos, end: wend, lower, cls: 'U' };
  if (info.allCaps) return null; // acronyms are not names
  return { kind: 'word', start: pos, end: wend, lower, cls: info.cls };
}

/**
 * A word token whose last part is a particle ("Postma-de", "Bakker-van"): the first half of a double surname
 * whose second half follows after a space ("Postma-de Jong", "Bakker-van der Berg"). Such a word never ends
 * a name.
 */
export function endsInParticle(t: Tok): boolean {
  if (t.kind !== 'word') return false;
  const dash = t.lower.lastIndexOf('-');
  return dash > 0 && PARTICLES.has(t.lower.slice(dash + 1));
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
export const TOKENS = new TokenCache();
export function tokenAt(text: string, p: number, cache: TokenCache, word?: string, info: WordInfo | null = null): Tok | null {
  const slot = p & 255;
  if (cache.pos[slot] === p) return cache.tok[slot];
  const t = word === undefined ? readToken(text, p) : wordToken(text, p, word, info);
  if (cache.pos[slot] === -1 && cache.nUsed < 64) cache.used[cache.nUsed++] = slot;
  else if (cache.pos[slot] === -1) cache.nUsed = 64; // many slots: reset clears them all
  cache.pos[slot] = p;
  cache.tok[slot] = t;
  return t;
}
/** Does a chain of name tokens end after a word that ends at `end`? (No space, or no token or a title next.) */
export function endsChain(text: string, end: number, cache: TokenCache): boolean {
  if (text.charCodeAt(end) !== 32) return true;
  const next = tokenAt(text, end + 1, cache);
  return next === null || next.kind === 'title';
}

/** Name-shaped tokens from pos, separated by one space (none needed after initials). At most MAX_CHAIN. */
export function readChain(text: string, pos: number, cache: TokenCache): Tok[] {
  const toks: Tok[] = [];
  // a table's cell ends a name: its tabs are read as spaces ("Aukje Bosma-Dijkstra\tMoleneind 12" is no street)
  const view = tableView(text);
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
    if (text[p] === ' ') {
      if (view.charCodeAt(p) === 9) break;
      p++;
    }
    // no space after initials ("P.J.de Vries") or an elided particle ("d'Souza")
    else if (t.kind !== 'initials' && !(t.kind === 'particle' && t.lower.endsWith("'"))) break;
  }
  while (toks.length && toks[toks.length - 1].kind === 'particle') toks.pop();
  return toks;
}

/** A run of particles is read this far ahead at a time when skipping it. */
const MAX_RUN = 1024;
/**
 * For an anchor whose chain held particles only: where the anchor scan can go on. The chain from a particle
 * further on is particles only too (and finds nothing) unless it reaches a token that is not a particle, and a
 * chain is at most MAX_CHAIN tokens long: so the scan goes on at the first particle whose chain can reach one,
 * or after the run when it ends (no token, a title, or no space). `pos` when nothing can be skipped.
 */
export function particleRunSkip(text: string, pos: number, cache: TokenCache): number {
  const starts: number[] = [];
  let p = pos;
  while (starts.length < MAX_RUN) {
    const t = tokenAt(text, p, cache);
    if (!t || t.kind === 'title') return p;
    if (t.kind !== 'particle') break;
    starts.push(p);
    p = t.end;
    if (text[p] !== ' ') return p;
    p++;
  }
  // starts.length particles, then a token that is not one (or the read limit): the chain from particle k
  // reaches it when k + MAX_CHAIN - 1 >= starts.length
  return starts[Math.max(0, starts.length - (MAX_CHAIN - 1))] ?? pos;
}

/** "v.d.", "v/d" or "v." ending at `end` as a word of its own ("J. v.d. Berg", "Wim v. Leeuwen"), or null. */
function abbreviatedParticleBefore(text: string, end: number): string | null {
  const c = text.charCodeAt(end - 1);
  if (c !== 46 && c !== 100) return null;
  for (const w of c === 46 ? ABBREVIATED_WITH_DOT : ABBREVIATED_WITH_SLASH) {
    const s = end - w.length;
    if (s >= 0 && text.startsWith(w, s) && (s === 0 || !isNameLetterCode(text.charCodeAt(s - 1)))) return w;
  }
  return null;
}
const ABBREVIATED_WITH_DOT = ['v.d.', 'v.'];
const ABBREVIATED_WITH_SLASH = ['v/d'];
/** Lowercase particles directly before pos ("de Vries", "van der Berg"); returns the start offset. */
const NO_PARTICLES: string[] = [];
export function particlesBefore(text: string, pos: number): { start: number; words: string[] } {
  if (text[pos - 1] !== ' ' || pos < 2) return { start: pos, words: NO_PARTICLES };
  const abbreviated = abbreviatedParticleBefore(text, pos - 1);
  if (abbreviated !== null) return { start: pos - 1 - abbreviated.length, words: [abbreviated] };
  if (!isLowerCode(text.charCodeAt(pos - 2))) return { start: pos, words: NO_PARTICLES };
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
    words.push(w); // nearest first; reversed below
    start = s;
  }
  if (words.length > 1) words.reverse();
  return { start, words };
}