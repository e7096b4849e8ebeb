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
  /** Maps a span [start, end) of the normalised text to the original text. */
  toOriginal(start: number, end: number): [number, number];
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
const COMBINING = /[\u0300-\u036F]/;


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
/** A PLAIN character: copied as it is. */
function plain(c: number): boolean {
  return c < 0x2100 && PLAIN_CODES[c] === 1;
}

export function normalise(original: string): Normalised {
  NEEDS_WORK.lastIndex = 0;
  if (!NEEDS_WORK.test(original)) return new Unchanged(original);
  return new Builder(original).run();
}

/**
 * Scratch buffers shared by every Builder: normalise() runs to completion before the next call, and a short
 * text would otherwise allocate two typed arrays per call. They hold code units and offsets of the text being
 * normalised only until it is done: run() copies what it needs out of them and zeroes the code units, so no
 * text of a request outlives it.
 */
const scratchBuf = new Uint16Array(1024);
const scratchEdits = new Int32Array(64);

/**
 * Builds the normalised text without a string concatenation per edit (a text full of odd characters
 * would otherwise build a rope of millions of pieces): short stretches and replacements go into a
 * UTF-16 buffer, long plain stretches are kept as slices, and the pieces are joined once.
 * Edits are kept four numbers each, original [os, oe) → normalised [ns, ns + len): in the scratch while
 * they fit, then in one Int32Array sized once for the most edits the text can have.
 */
class Builder {
  private parts: string[] = [];
  private buf = scratchBuf;
  private blen = 0;
  private edits = scratchEdits;
  private ne = 0; // numbers used in edits (4 per edit)
  private nlen = 0; // normalised length so far
  constructor(private readonly original: string) {}

  private flush(): void {
    if (this.blen === 0) return;
    const b = this.buf;
    for (let k = 0; k < this.blen; k += 4096) {
      this.parts.push(String.fromCharCode.apply(null, b.subarray(k, Math.min(this.blen, k + 4096)) as unknown as number[]));
    }
    this.blen = 0;
  }
  private copy(from: number, to: number): void {
    const o = this.original;
    this.nlen += to - from;
    if (to - from >= 64) {
      this.flush();
      this.parts.push(o.slice(from, to));
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
      this.parts.push(rep);
    } else {
      const b = this.buf;
      for (let k = 0; k < rep.length; k++) b[this.blen++] = rep.charCodeAt(k);
    }
    this.nlen += rep.length;
  }
  private edit(os: number, oe: number, ns: number, len: number): void {
    if (this.ne + 4 > this.edits.length) {
      // Past the scratch: room for the most edits the text can have (one per code unit), allocated once.
      // Pages of a large typed array are only mapped where written, so the unused room costs nothing.
      const room = new Int32Array(4 * (this.original.length + 1));
      room.set(this.edits.subarray(0, this.ne));
      this.edits = room;
    }
    const e = this.edits;
    e[this.ne] = os;
    e[this.ne + 1] = oe;
    e[this.ne + 2] = ns;
    e[this.ne + 3] = len;
    this.ne += 4;
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
        // jump over a plain stretch with the (fast) regular expression rather than char by char
        NEEDS_WORK.lastIndex = i;
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
    if (this.ne === 0) return new Unchanged(original);
    if (copiedUntil < n) this.copy(copiedUntil, n);
    this.flush();
    // the scratch is reused by the next call: copy the few edits out of it; a text's own room is kept as it is
    const edits = this.edits === scratchEdits ? this.edits.slice(0, this.ne) : this.edits;
    return new Edited(this.parts.length === 1 ? this.parts[0] : this.parts.join(''), edits, this.ne / 4);
  }
}

/** Nothing changed: offsets map to themselves. (Classes, not closures: no allocation of functions per call.) */
class Unchanged implements Normalised {
  readonly identity = true;
  constructor(readonly text: string) {}
  toOriginal(s: number, e: number): [number, number] {
    return [s, e];
  }
}

/**
 * Some spots changed: original [os, oe) became normalised [ns, ns + len), per edit, in order. The edits are
 * stored four numbers each (os, oe, ns, len) in one Int32Array.
 */
class Edited implements Normalised {
  readonly identity = false;
  constructor(
    readonly text: string,
    private readonly edits: Int32Array,
    private readonly count: number,
  ) {}
  toOriginal(s: number, e: number): [number, number] {
    const os = this.map(s, 'start');
    return [os, Math.max(os, this.map(e, 'end'))];
  }

  /** Original offset for a normalised boundary; `side` says whether it opens or closes a span. */
  private map(pos: number, side: 'start' | 'end'): number {
    const e = this.edits;
    // last edit with ns <= pos
    let lo = 0;
    let hi = this.count - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (e[4 * mid + 2] <= pos) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k === -1) return pos; // before any edit: identity
    // zero-length edits (removed chars) at exactly pos: a start maps before them is fine, an end after.
    const os = e[4 * k];
    const oe = e[4 * k + 1];
    const ns = e[4 * k + 2];
    const len = e[4 * k + 3];
    if (pos < ns + len) return side === 'start' ? os : oe; // inside a replaced cluster
    if (pos === ns + len && side === 'end' && len > 0) return oe;
    return oe + (pos - (ns + len));
  }
}
