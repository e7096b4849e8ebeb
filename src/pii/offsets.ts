/**
 * A growable list of offsets (start, end pairs) in one typed array, reused from call to call. On a text with
 * tens of thousands of matches a plain array grown by push() costs several times the search that fills it
 * here: each larger backing store is fresh memory. This one grows a few times, once, and is then reused.
 */
export class Offsets {
  data = new Int32Array(1024);
  length = 0;

  push(start: number, end: number): void {
    if (this.length + 2 > this.data.length) {
      const data = new Int32Array(this.data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    this.data[this.length] = start;
    this.data[this.length + 1] = end;
    this.length += 2;
  }

  /** The pairs as a plain array (tests). */
  toArray(): number[] {
    return Array.from(this.data.subarray(0, this.length));
  }
}

/** A list free for the next call (calls run one at a time; a call made while another runs gets its own). */
let spare: Offsets | null = null;
/** Lists grown beyond this by a huge text are not kept (1 MiB). */
const KEEP_UP_TO = 1 << 18;

/** An empty list: the spare one if free. */
export function takeOffsets(): Offsets {
  const list = spare ?? new Offsets();
  spare = null;
  list.length = 0;
  return list;
}

/** Hands a list back for the next call; the caller does not use it afterwards. */
export function releaseOffsets(list: Offsets): void {
  if (list.data.length <= KEEP_UP_TO) spare = list;
}
