/**
 * Shared windows (analyzer infrastructure, not a recognizer). Many patterns only match around something
 * rare in text: most number patterns (BSN, RSIN, KvK, btw-id, phone, payment card, driving licence) inside a
 * long number (seven digits or more, joined by at most three of ' ', '.', '-', '(', ')', '/'); undashed licence
 * plates and ID document numbers where a capital letter touches a digit. One scan finds those spots; each
 * such pattern then runs only in the windows around them instead of over the whole text. A whole-text scan
 * gives exactly the same matches, provided the pattern's declaration (`PatternDef.minDigits`,
 * `PatternDef.letterDigit`) is true.
 */
import type { Offsets } from './offsets.js';

/** Patterns declaring at least this many digits are run in the shared number windows. */
export const WINDOWED_MIN_DIGITS = 7;
/**
 * A number of seven digits or more: linear (the separator class and the digits are disjoint). It starts at
 * the first digit of a run: a match from a later digit of the run would lie inside the match from the first,
 * and trying every digit of every short number ("2025", "4.312,50") is most of the cost in prose.
 */
const LONG_NUMBER = /[0-9](?<![0-9][0-9])(?:[ .()\-/]{0,3}[0-9]){6,}/g;
/**
 * A capital letter next to a digit ("GZ219K", "NL91…"), or before a space and a digit ("CFR 482913"): rare in
 * prose, where capitals and digits are not. The hit is the digit (with the capital before it in a look-behind, or
 * after it): the scan stops at digits only, which prose has far fewer of than capitals.
 */
const LETTER_DIGIT = /[0-9](?<=[A-Z] ?[0-9])|[0-9][A-Z]/g;
/** A letterDigit pattern has such a pair within its first this many characters. */
const LETTER_DIGIT_REACH = 8;
/** Spots closer than this are scanned as one window (a window costs a slice and an exec call). */
const WINDOW_GAP = 256;
/** Matches of windowed patterns are at most this long; look-arounds reach at most 4 characters out. */
const MAX_MATCH = 64;
const BEFORE = 4;
const AFTER = MAX_MATCH + 16;

/** The digits in text[from, to). */
function digitsIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * The windows of one text around the hits of `finder`, found on first use: [from, to, weight] triples, where
 * `weight` is the most digits of a hit in the window (number windows; 0 when not counted).
 */
export class Windows {
  private w: number[] | null = null;
  /**
   * A match can begin from `lead` characters before a hit up to the hit's end. With a `stride`, the scan for
   * hits resumes `stride` characters after a hit's start and the window covers everything skipped (for short
   * hits, so a text dense with them costs one search per stride, not one per hit).
   */
  constructor(
    readonly text: string,
    private readonly finder: RegExp,
    private readonly lead: number,
    private readonly stride = 0,
    private readonly countDigits = false,
  ) {}

  /** [from, to, weight] triples: every position where a match of a windowed pattern can begin. */
  windows(): number[] {
    if (this.w !== null) return this.w;
    const out: number[] = [];
    const { text, finder } = this;
    finder.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = finder.exec(text)) !== null) {
      const from = Math.max(0, m.index - this.lead);
      let to = m.index + m[0].length;
      if (this.stride > 0 && m.index + this.stride > to) {
        // hits skipped before the resume point begin their matches before it plus their length (2)
        finder.lastIndex = m.index + this.stride;
        to = finder.lastIndex + 1;
      }
      const weight = this.countDigits ? digitsIn(text, m.index, m.index + m[0].length) : 0;
      const last = out.length - 3;
      if (last >= 0 && from - out[last + 1] < WINDOW_GAP) {
        out[last + 1] = Math.max(out[last + 1], to);
        out[last + 2] = Math.max(out[last + 2], weight);
      } else out.push(from, to, weight);
    }
    finder.lastIndex = 0;
    this.w = out;
    return out;
  }
}

/**
 * Windows around long numbers: a match of a minDigits pattern begins at a digit of a long number, or at most
 * three characters before it ("+31 6…", "(030)…", "NL 8…").
 */
export const numberWindows = (text: string) => new Windows(text, LONG_NUMBER, 3, 0, true);
/**
 * Windows around capital-digit pairs: a letterDigit match holds a pair (or a capital, a space and a digit) within its
 * first LETTER_DIGIT_REACH characters, so it begins at most LETTER_DIGIT_REACH - 1 before the pair's digit, the hit.
 * (A pair the scan stepped over, "A1B" → "1B", shares the found pair's digit.)
 */
export const letterDigitWindows = (text: string) => new Windows(text, LETTER_DIGIT, LETTER_DIGIT_REACH, 64);

/**
 * The matches of the global expression `re`, exactly as a whole-text scan (lastIndex 0, exec until null,
 * empty matches stepped over) finds them, scanning only the windows. A window is scanned as a
 * slice with margins (4 characters before for look-behinds, MAX_MATCH + 16 after); should a match reach
 * into the end margin (a pattern longer than allowed here), the whole text is scanned instead, so a wrong
 * declaration can cost time but never a finding. Pushes start and end offsets to `found`. With `minDigits`,
 * number windows whose long numbers all have fewer digits are passed over: a match's digits form one chain,
 * which the long-number scan takes whole, so the window where it begins has a number at least that long.
 */
export function scanWindows(nw: Windows, re: RegExp, found: Offsets, minDigits = 0): void {
  const w = nw.windows();
  const text = nw.text;
  const n = text.length;
  const mark = found.length;
  let from = 0; // where a whole-text scan would continue
  for (let k = 0; k < w.length; k += 3) {
    if (w[k + 2] < minDigits) continue;
    const ws = Math.max(w[k], from);
    const we = w[k + 1];
    if (ws >= we) continue;
    const base = Math.max(0, ws - BEFORE);
    const sliceEnd = Math.min(n, we + AFTER);
    const slice = base === 0 && sliceEnd === n ? text : text.slice(base, sliceEnd);
    re.lastIndex = ws - base;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null && base + m.index < we) {
      const len = m[0].length;
      if (len === 0) {
        re.lastIndex++;
        continue;
      }
      const end = base + m.index + len;
      if (sliceEnd < n && end > sliceEnd - 16) {
        found.length = mark;
        scanWhole(re, text, found);
        return;
      }
      found.push(base + m.index, end);
      from = end;
    }
  }
  re.lastIndex = 0;
}

/** Every match of a global pattern over the whole text (empty matches stepped over). */
export function scanWhole(re: RegExp, text: string, found: Offsets): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    found.push(m.index, m.index + m[0].length);
  }
  re.lastIndex = 0;
}
