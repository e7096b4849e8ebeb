/**
 * Normalisation for detection: NFKC (full-width digits, ligatures), zero-width and soft-hyphen characters
 * removed, non-breaking and other odd spaces to a plain space, Unicode dashes to '-'. Detection runs on
 * the normalised text; an offset map leads every finding back to the original text, where replacement
 * happens. Plain ASCII and Latin-1 letters are copied in runs, so ordinary Dutch text costs almost nothing.
 */

export interface Normalised {
  text: string;
  /** True when nothing changed: offsets map to themselves. */
  readonly identity: boolean;
  /** True when every character is plain (see PLAIN): nothing needed a look, so the text holds no other script. */
  readonly plain: boolean;
  /** Maps a span [start, end) of the normalised text to the original text. */
  toOriginal(start: number, end: number): [number, number];
  /**
   * The normalised text with its tabs put back (same length, same offsets), when it had two or more: the columns
   * of tab-separated tables, read in this view. Null otherwise.
   */
  readonly tabbed: string | null;
}

// Plain: copied as it is. Printable ASCII, \n, \r, the Latin-1 letters and the symbols that NFKC leaves
// alone and that compose with nothing (§ ° « » × €, curly quotes, bullet): a text of ordinary Dutch prose
// with amounts in euros then needs no work at all. Everything else needs a look.
const PLAIN = '\\x0A\\x0D\\x20-\\x7E\\u00A1-\\u00A7\\u00A9\\u00AB\\u00AC\\u00AE\\u00B0\\u00B1\\u00B6\\u00B7\\u00BB\\u00BF-\\u00FF\\u2018\\u2019\\u201C\\u201D\\u2022\\u20AC';
const NEEDS_WORK = new RegExp(`[^${PLAIN}]`, 'g');
/** PLAIN by char code (all plain characters are below U+2100). */
const PLAIN_CODES = new Uint8Array(0x2100);
const PLAIN_CHAR = new RegExp(`[${PLAIN}]`);
for (let c = 0; c < PLAIN_CODES.length; c++) PLAIN_CODES[c] = PLAIN_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
const ZERO_WIDTH = /^[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]$/;
const ODD_SPACE = /^[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]$/;
const DASH = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/;


const replacements = new Map<string, string>();
/** Replacement per UTF-16 code unit, filled on first use (a Map: an array indexed up to 0xFFFF goes sparse and slow). */
const BY_CODE = new Map<number, string>();
function replacementFor(ch: string): string {
  let rep = replacements.get(ch);
  if (rep === undefined) {
    if (ZERO_WIDTH.test(ch)) rep = '';
    else if (ODD_SPACE.test(ch)) rep = ' ';
    else if (DASH.test(ch)) rep = '-';
    else rep = ch.normalize('NFKC');
    if (replacements.size < 4096) replacements.set(ch, rep);
  }
  return rep;
}
/**
 * Per code unit: the one other code unit it becomes (a non-breaking space → ' ', '０' → '0', '–' → '-', a tab → ' '),
 * or 0 when it becomes anything else or stays; -1 until first asked. A run of such characters (a table of tabs,
 * full-width digits) is then copied in one tight loop, with no lookup, slice or edit per character.
 */
const SWAP = new Int32Array(0x10000).fill(-1);
function swapFor(c: number): number {
  let s = SWAP[c];
  if (s === -1) {
    const rep = c >= 0xd800 && c <= 0xdfff ? '' : replacementFor(String.fromCharCode(c));
    s = rep.length === 1 && rep.charCodeAt(0) !== c ? rep.charCodeAt(0) : 0;
    SWAP[c] = s;
  }
  return s;
}
const TAB = 9;
const SPACE = 32;
/** Plain stretches up to this long are read char by char, longer ones skipped with NEEDS_WORK. */
const SHORT_STRETCH = 32;
/** A PLAIN character: copied as it is. */
function plain(c: number): boolean {
  return c < 0x2100 && PLAIN_CODES[c] === 1;
}

export function normalise(original: string): Normalised {
  NEEDS_WORK.lastIndex = 0;
  if (!NEEDS_WORK.test(original)) return new Unchanged(original, true);
  return new Builder(original).run();
}

/**
 * Scratch buffers shared by every Builder: normalise() runs to completion before the next call, and a short
 * text would otherwise allocate two typed arrays per call. They hold code units and offsets of the text being
 * normalised only until it is done: run() copies what it needs out of them and zeroes the code units, so no
 * text of a request outlives it.
 */
const scratchBuf = new Uint16Array(1024);
/** Numbers per run of edits: os, ns, width, len, count (see Edited). */
const RUN = 5;
const scratchEdits = new Int32Array(RUN * 16);

/**
 * Builds the normalised text without a string concatenation per edit (a text full of odd characters
 * would otherwise build a rope of millions of pieces): short stretches and replacements go into a
 * UTF-16 buffer, long plain stretches are kept as slices, and the pieces are joined once.
 * Edits are kept as runs (see Edited): in the scratch while they fit, then in one Int32Array sized once for
 * the most runs the text can have. A one-for-one replacement (a full-width digit, a non-breaking space, a
 * dash) moves no offset and is not kept at all; equal edits side by side (a line of ligatures, a run of
 * zero-width characters) share one run. Fresh memory is slow here: 1 MiB of ligatures kept one edit each
 * wrote 16 MB, and took most of the time.
 * Tabs are written as tabs and made spaces when the buffer is turned into a string, so the view with tabs (see
 * Normalised.tabbed) shares every piece without a tab with the text: no list of tab offsets (a million of them
 * took 130 ms to collect here, most of it fresh memory).
 */
class Builder {
  private parts: string[] = [];
  private viewParts: string[] = [];
  private tabCount = 0;
  private bufTabs = false; // the buffer holds a tab
  private buf = scratchBuf;
  private blen = 0;
  private edits = scratchEdits;
  private ne = 0; // numbers used in edits (RUN per run)
  private nlen = 0; // normalised length so far
  constructor(private readonly original: string) {}

  private flush(): void {
    if (this.blen === 0) return;
    const b = this.buf;
    for (let k = 0; k < this.blen; k += 4096) {
      const piece = b.subarray(k, Math.min(this.blen, k + 4096));
      const s = String.fromCharCode.apply(null, piece as unknown as number[]);
      this.viewParts.push(s);
      if (this.bufTabs) {
        for (let q = 0; q < piece.length; q++) if (piece[q] === TAB) piece[q] = SPACE;
        this.parts.push(String.fromCharCode.apply(null, piece as unknown as number[]));
      } else this.parts.push(s);
    }
    this.blen = 0;
    this.bufTabs = false;
  }
  /** A piece of text as it is, in the text and in the view. */
  private push(piece: string): void {
    this.parts.push(piece);
    this.viewParts.push(piece);
  }
  private copy(from: number, to: number): void {
    const o = this.original;
    this.nlen += to - from;
    if (to - from >= 64) {
      this.flush();
      this.push(o.slice(from, to));
      return;
    }
    if (this.blen + (to - from) > this.buf.length) this.flush();
    const b = this.buf;
    let bl = this.blen;
    for (let k = from; k < to; k++) b[bl++] = o.charCodeAt(k);
    this.blen = bl;
  }
  private write(rep: string): void {
    if (this.blen + rep.length > this.buf.length) this.flush();
    if (rep.length > this.buf.length) {
      this.push(rep);
    } else {
      const b = this.buf;
      for (let k = 0; k < rep.length; k++) b[this.blen++] = rep.charCodeAt(k);
    }
    this.nlen += rep.length;
  }
  /** Records that original [os, oe) became normalised [ns, ns + len). */
  private edit(os: number, oe: number, ns: number, len: number): void {
    const width = oe - os;
    if (width === 1 && len === 1) return; // one for one: no offset moves
    const e = this.edits;
    const last = this.ne - RUN;
    if (last >= 0 && e[last + 2] === width && e[last + 3] === len) {
      const count = e[last + 4];
      if (e[last] + count * width === os && e[last + 1] + count * len === ns) {
        e[last + 4] = count + 1;
        return;
      }
    }
    if (this.ne + RUN > this.edits.length) {
      // Past the scratch: room for the most runs the text can have (one per code unit), allocated once.
      // Pages of a large typed array are only mapped where written, so the unused room costs nothing.
      const room = new Int32Array(RUN * (this.original.length + 1));
      room.set(this.edits.subarray(0, this.ne));
      this.edits = room;
    }
    const r = this.edits;
    r[this.ne] = os;
    r[this.ne + 1] = ns;
    r[this.ne + 2] = width;
    r[this.ne + 3] = len;
    r[this.ne + 4] = 1;
    this.ne += RUN;
  }

  /**
   * Writes one-for-one replacements and the plain characters between them from `from` on; stops at anything
   * else (left to build()) or after a plain stretch of SHORT_STRETCH (left to the slices of copy()). Returns
   * where it stopped. One-for-one replacements move no offset, so no edit is recorded.
   */
  private swapRun(from: number): number {
    const o = this.original;
    const n = o.length;
    let i = from;
    let plainRun = 0;
    while (i < n) {
      const c = o.charCodeAt(i);
      let out = c;
      if (plain(c)) {
        if (++plainRun > SHORT_STRETCH) break;
      } else {
        const next = o.charCodeAt(i + 1);
        const swap = swapFor(c);
        if (swap === 0 || (next >= 0x300 && next <= 0x36f)) break; // a combining mark goes with its base: build()
        plainRun = 0;
        // a tab stays a tab in the buffer until flush(); every other character is written as it becomes
        if (c === TAB) {
          this.tabCount++;
          this.bufTabs = true;
        } else out = swap;
      }
      if (this.blen === this.buf.length) this.flush();
      this.buf[this.blen++] = out;
      this.nlen++;
      i++;
    }
    return i;
  }

  run(): Normalised {
    try {
      return this.build();
    } finally {
      scratchBuf.fill(0);
    }
  }

  private build(): Normalised {
    const original = this.original;
    let copiedUntil = 0; // original offset copied so far
    const n = original.length;
    for (let i = 0; i < n; ) {
      const c = original.charCodeAt(i);
      if (plain(c)) {
        // a short plain stretch char by char (text full of odd letters: "İvan", "Łódź"), a long one with the
        // (fast) regular expression, whose every call costs about as much as 30 characters read here
        let k = i + 1;
        while (k < n && k - i < SHORT_STRETCH && plain(original.charCodeAt(k))) k++;
        if (k === n) break;
        if (k - i < SHORT_STRETCH) {
          i = k;
          continue;
        }
        NEEDS_WORK.lastIndex = k;
        if (!NEEDS_WORK.test(original)) break;
        i = NEEDS_WORK.lastIndex - 1;
        continue;
      }
      let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
      let cc = original.charCodeAt(j);
      while (j < n && cc >= 0x300 && cc <= 0x36f) cc = original.charCodeAt(++j); // keep combining marks with their base
      let ch: string;
      let rep: string;
      if (j === i + 1) {
        if (swapFor(c) !== 0) {
          if (i > copiedUntil) this.copy(copiedUntil, i);
          i = copiedUntil = this.swapRun(i);
          continue;
        }
        // single code unit: cached by char code
        rep = BY_CODE.get(c) as string;
        if (rep === undefined) {
          rep = replacementFor(original[i]);
          if (BY_CODE.size < 4096) BY_CODE.set(c, rep);
        }
        if (rep.length === 1 && rep.charCodeAt(0) === c) {
          i = j;
          continue;
        }
        ch = original[i];
      } else {
        ch = original.slice(i, j);
        rep = !ZERO_WIDTH.test(ch[0]) ? ch.normalize('NFKC') : replacementFor(ch);
      }
      if (rep === ch) {
        i = j;
        continue;
      }
      if (i > copiedUntil) this.copy(copiedUntil, i);
      this.edit(i, j, this.nlen, rep.length);
      this.write(rep);
      copiedUntil = j;
      i = j;
    }
    if (copiedUntil === 0) return new Unchanged(original, false);
    if (copiedUntil < n) this.copy(copiedUntil, n);
    this.flush();
    // the scratch is reused by the next call: copy the few edits out of it; a text's own room is kept as it is
    const edits = this.edits === scratchEdits ? this.edits.slice(0, this.ne) : this.edits;
    const join = (parts: string[]) => (parts.length === 1 ? parts[0] : parts.join(''));
    return new Edited(join(this.parts), edits, this.ne / RUN, this.tabCount >= 2 ? join(this.viewParts) : null);
  }
}

/** Nothing changed: offsets map to themselves. (Classes, not closures: no allocation of functions per call.) */
class Unchanged implements Normalised {
  readonly identity = true;
  readonly tabbed = null;
  constructor(
    readonly text: string,
    readonly plain: boolean,
  ) {}
  toOriginal(s: number, e: number): [number, number] {
    return [s, e];
  }
}

/**
 * Some spots changed. Runs of edits, five numbers each in one Int32Array (os, ns, width, len, count): `count`
 * clusters side by side, each `width` original code units that became `len` normalised ones, starting at
 * original offset os and normalised offset ns. A cluster maps as a whole: a span that starts inside one
 * starts at its beginning, one that ends inside one ends at its end. Offsets between runs move by the runs
 * before them; one-for-one replacements are not recorded, they move nothing.
 */
class Edited implements Normalised {
  readonly identity = false;
  readonly plain = false;
  constructor(
    readonly text: string,
    private readonly runs: Int32Array,
    private readonly count: number,
    readonly tabbed: string | null,
  ) {}
  toOriginal(s: number, e: number): [number, number] {
    const os = this.map(s, false);
    return [os, Math.max(os, this.map(e, true))];
  }

  /** Original offset for a normalised boundary: the start of a span, or (`end`) its end. */
  private map(pos: number, end: boolean): number {
    const r = this.runs;
    // The run that decides: the last one starting before pos, or at pos for a start. An end at pos also takes
    // a run of removed characters there (they go with the text before them), but not a cluster that begins
    // at pos: a span ending right before a non-breaking space or a ligature does not take it along.
    let lo = 0;
    let hi = this.count - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const ns = r[RUN * mid + 1];
      if (ns < pos || (ns === pos && (!end || r[RUN * mid + 3] === 0))) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k === -1) return pos; // before any edit: identity
    const os = r[RUN * k];
    const ns = r[RUN * k + 1];
    const width = r[RUN * k + 2];
    const len = r[RUN * k + 3];
    const count = r[RUN * k + 4];
    const nEnd = ns + count * len;
    if (pos >= nEnd) return os + count * width + (pos - nEnd); // after the run
    // inside the run (so len > 0): cluster q, r code units into it
    const q = Math.floor((pos - ns) / len);
    const into = pos - ns - q * len;
    return os + (end && into > 0 ? q + 1 : q) * width;
  }
}
