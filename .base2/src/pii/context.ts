/** Context-word lookup around a match (whole words, case-insensitive). */

const LETTER = /[\p{L}\p{N}]/u;
/** LETTER.test(ch) for one character; ASCII by char code (no Unicode regular expression on the hot path). */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

/** True when one of `words` (lowercase) occurs as a whole word in text[from, to). */
export function hasContextWord(text: string, from: number, to: number, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const window = text.slice(Math.max(0, from), Math.min(text.length, to)).toLowerCase();
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
