/** Context-word lookup around a match (whole words, case-insensitive). */

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
