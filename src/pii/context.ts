/** Context-word lookup around a match (whole words, case-insensitive). */
import { lowerBound } from './lower-bound.js';

const LETTER = /[\p{L}\p{N}]/u;
/** LETTER.test(ch) for one character; ASCII by char code (no Unicode regular expression on the hot path). */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

/** Answers whether one of its words (lowercase) occurs as a whole word in text[from, to). */
export type ContextMatcher = (text: string, from: number, to: number) => boolean;

const NON_ASCII = /[^\x00-\x7f]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for `words`, compiled once (recognizers build theirs when the analyzer is made). */
export function contextMatcher(words: readonly string[]): ContextMatcher {
  if (words.length === 0) return () => false;
  // any of the words, not after a letter or digit, and, if it ends in one, not before one
  const alternatives = words.map((w) => escape(w) + (isLetter(w[w.length - 1]) ? '(?![A-Za-z0-9])' : ''));
  const expression = new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join('|')})`, 'i');
  return (text, from, to) => {
    const window = text.slice(Math.max(0, from), Math.min(text.length, to));
    // An ASCII window (nearly all): the expression, with the word boundaries inside it. Lowercasing keeps
    // its offsets and its letters are [A-Za-z0-9], so it answers exactly as the general search.
    if (!NON_ASCII.test(window)) return expression.test(window);
    return lowercaseSearch(window.toLowerCase(), words);
  };
}

/** A recognizer's context words: the window matcher, and what a long text is indexed with. */
export class ContextWords {
  readonly test: ContextMatcher;
  /** Every place one of the words may occur (see occurrenceExpression), and the longest word's length. */
  readonly anywhere: RegExp;
  readonly longest: number;
  constructor(words: readonly string[]) {
    this.test = contextMatcher(words);
    this.anywhere = occurrenceExpression(words);
    this.longest = words.reduce((n, w) => Math.max(n, w.length), 0);
  }
}

/**
 * True when one of `words` (lowercase) occurs as a whole word in text[from, to): the general search, the
 * reference a compiled matcher is held to (tests/pii/context.test.ts).
 */
export function hasContextWord(text: string, from: number, to: number, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  return lowercaseSearch(text.slice(Math.max(0, from), Math.min(text.length, to)).toLowerCase(), words);
}

/** The general case: every occurrence of every word in the lowercased window, with the boundary checks. */
function lowercaseSearch(window: string, words: readonly string[]): boolean {
  for (const w of words) {
    let idx = window.indexOf(w);
    while (idx !== -1) {
      const before = idx === 0 ? '' : window[idx - 1];
      const after = window[idx + w.length] ?? '';
      const wordEndsInLetter = isLetter(w[w.length - 1]);
      if ((before === '' || !isLetter(before)) && (!wordEndsInLetter || after === '' || !isLetter(after))) return true;
      idx = window.indexOf(w, idx + 1);
    }
  }
  return false;
}

/** Context windows: words before a match count over a longer stretch than words after it. */
export const CONTEXT_BEFORE = 48;
export const CONTEXT_AFTER = 24;
export const NEGATIVE_BEFORE = 28;

/**
 * Where any of `words` may occur, case-insensitively, found in one scan of a long text: a superset of what
 * the matcher can find in a window. Shorter words are tried first and the scan steps one character past each
 * hit, so a word wholly inside a window always leaves an entry wholly inside it (the shortest word at its
 * start). 'i' and 'k' also take 'İ' and the Kelvin sign, whose lowercase forms the general search reads as
 * 'i' and 'k'.
 */
function occurrenceExpression(words: readonly string[]): RegExp {
  if (words.length === 0) return /(?!)/g;
  const byLength = [...words].sort((a, b) => a.length - b.length);
  const alternatives = byLength.map((w) => escape(w).replace(/i/g, '[i\u0130]').replace(/k/g, '[k\u212A]'));
  return new RegExp(alternatives.join('|'), 'gi');
}

/**
 * Checks are dense when there is one per this many characters or more: then indexing a stretch costs less
 * than searching their windows. Checks are counted in batches; a dense batch turns the index on.
 */
const DENSITY = 16;
const BATCH = 64;
/** The index covers one stretch of the text at a time; it moves on while checks stay dense in it. */
const CHUNK = 4096;
/** Room before a stretch for the look-back windows of the checks that follow (CONTEXT_BEFORE and more). */
const CHUNK_LEAD = 64;

/**
 * A context matcher for many checks on one long text, answering exactly as the matcher. Where checks are dense
 * (an adversarial text of numbers, say) it first looks in an index of the places a word may occur in that
 * stretch, so a window without one costs a lookup instead of a search; indexing a stretch costs about as much
 * as a few dozen searches, so sparse checks stay direct. Lives for one analyze() call.
 */
export class ContextLookup {
  /** Direct mode: checks in the current batch and where the batch began. */
  private checks = 0;
  private batchFrom = 0;
  /** The indexed stretch [from, to) (empty when off), the checks answered in it, and its occurrences. */
  private from = 0;
  private to = 0;
  private answered = 0;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly maxWord: number;

  constructor(
    private readonly words: ContextWords,
    private readonly text: string,
  ) {
    this.maxWord = words.longest;
  }

  has(from: number, to: number): boolean {
    const lo = Math.max(0, from);
    if (lo >= this.from && to <= this.to) {
      this.answered++;
      return this.lookUp(lo, to) && this.words.test(this.text, from, to);
    }
    // past the stretch: move on while checks were dense in it, else back to direct checks
    if (this.to > this.from && lo >= this.to) {
      if (this.answered * DENSITY >= CHUNK) {
        this.index(lo);
        return this.has(from, to);
      }
      this.from = this.to = 0;
    }
    if (this.checks === 0) this.batchFrom = lo;
    if (++this.checks === BATCH) {
      this.checks = 0;
      if (lo - this.batchFrom <= BATCH * DENSITY && this.to <= this.from) this.index(lo);
    }
    return this.words.test(this.text, from, to);
  }

  /** Is an occurrence wholly inside [lo, to)? From the first starting at lo or after. */
  private lookUp(lo: number, to: number): boolean {
    const starts = this.starts;
    for (let k = lowerBound(starts, lo); k < starts.length && starts[k] < to; k++) if (this.ends[k] <= to) return true;
    return false;
  }

  /** Indexes the stretch around `at`: every occurrence starting in it (the scan reads a word's length past it). */
  private index(at: number): void {
    const from = Math.max(0, at - CHUNK_LEAD);
    const to = Math.min(this.text.length, from + CHUNK);
    const slice = this.text.slice(from, Math.min(this.text.length, to + this.maxWord));
    const re = this.words.anywhere;
    this.starts.length = 0;
    this.ends.length = 0;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null && m.index < to - from) {
      this.starts.push(from + m.index);
      this.ends.push(from + m.index + m[0].length);
      re.lastIndex = m.index + 1;
    }
    re.lastIndex = 0;
    this.from = from;
    this.to = to;
    this.answered = 0;
  }
}
