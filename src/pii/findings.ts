/**
 * The accepted candidates of one analyze() call and their overlap resolution. They are kept in typed columns,
 * not objects: on a long text, objects would live through many young-generation collections and be copied to
 * the old generation, which on these machines cost more than finding them. Span objects are made once, at the
 * end, for the findings that survive.
 */
import type { EntityType, Span } from './types.js';

/** What made a finding: the recognizer's type and name. */
export interface FindingSource {
  readonly type: EntityType;
  readonly name: string;
}

/**
 * Typed columns of offsets, scores and sources (an index into Findings.sources; no text), reused from call to
 * call: creating typed arrays is slow here, and so is growing a plain array on a long text.
 */
class Columns {
  start = new Int32Array(256);
  end = new Int32Array(256);
  score = new Float64Array(256);
  source = new Int32Array(256);
  /** Scratch for overlap resolution: the indices kept. */
  kept = new Int32Array(256);
  grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const score = new Float64Array(size);
    const source = new Int32Array(size);
    start.set(this.start);
    end.set(this.end);
    score.set(this.score);
    source.set(this.source);
    this.start = start;
    this.end = end;
    this.score = score;
    this.source = source;
    this.kept = new Int32Array(size);
  }
}
/** Columns free for the next call (calls run one at a time; a call made while another runs gets its own). */
let spare: Columns | null = null;
/** Columns grown beyond this many entries by a huge text are not kept. */
const KEEP_UP_TO = 1 << 16;

export class Findings {
  private readonly cols: Columns;
  /** The recognizers that reported findings in this call (a handful). */
  private readonly sources: FindingSource[] = [];
  private n = 0;

  constructor() {
    this.cols = spare ?? new Columns();
    spare = null;
  }

  /** Hands the columns to the next call; this object is not used afterwards. */
  release(): void {
    if (this.cols.start.length <= KEEP_UP_TO) spare = this.cols;
  }

  add(start: number, end: number, score: number, by: FindingSource): void {
    const c = this.cols;
    if (this.n === c.start.length) c.grow();
    c.start[this.n] = start;
    c.end[this.n] = end;
    c.score[this.n] = score;
    c.source[this.n] = this.sourceIndex(by);
    this.n++;
  }

  private sourceIndex(by: FindingSource): number {
    const sources = this.sources;
    for (let i = sources.length - 1; i >= 0; i--) if (sources[i] === by) return i;
    sources.push(by);
    return sources.length - 1;
  }

  /**
   * The findings as spans, overlaps resolved: highest score first, then longest, then leftmost; a finding
   * overlapping an accepted one is dropped. `toOriginal` maps offsets back to the original text.
   */
  spans(toOriginal: ((start: number, end: number) => [number, number]) | null): Span[] {
    const kept = this.resolve();
    const { start, end, score, source } = this.cols;
    const sources = this.sources;
    const n = kept === null ? this.n : kept.length;
    const out: Span[] = new Array<Span>(n);
    for (let k = 0; k < n; k++) {
      const i = kept === null ? k : kept[k];
      const s = sources[source[i]];
      if (toOriginal === null) out[k] = { start: start[i], end: end[i], type: s.type, score: score[i], recognizer: s.name };
      else {
        const [os, oe] = toOriginal(start[i], end[i]);
        out[k] = { start: os, end: oe, type: s.type, score: score[i], recognizer: s.name };
      }
    }
    return out;
  }

  /** Indices of the findings that survive, in order of position; null when all do, in the order found. */
  private resolve(): ArrayLike<number> | null {
    const { start, end, score } = this.cols;
    const n = this.n;
    // usually one recognizer's findings, already in order and apart: then they are the answer as they are
    let ordered = true;
    let disjoint = true;
    for (let k = 1; k < n && ordered; k++) {
      if (start[k - 1] > start[k] || (start[k - 1] === start[k] && end[k - 1] < end[k])) ordered = false;
      else if (start[k] < end[k - 1]) disjoint = false;
    }
    if (ordered && disjoint) return null;
    const all: number[] = new Array<number>(n);
    for (let k = 0; k < n; k++) all[k] = k;
    // stable sorts throughout, so ties keep the order in which the recognizers reported them
    const byStart = ordered ? all : all.sort((a, b) => start[a] - start[b] || end[b] - end[a]);
    const kept = this.cols.kept;
    let nKept = 0;
    // only findings that overlap each other (a cluster) compete; most stand alone
    let i = 0;
    while (i < n) {
      let j = i + 1;
      let reach = end[byStart[i]];
      while (j < n && start[byStart[j]] < reach) reach = Math.max(reach, end[byStart[j++]]);
      if (j === i + 1) kept[nKept++] = byStart[i];
      else if (j === i + 2 && start[byStart[i]] < end[byStart[i + 1]]) {
        // two that overlap (BSN and RSIN on one number, a postcode inside an address): the better one, as the
        // general case below would choose it (ties keep the first; the first never starts after the second)
        const a = byStart[i];
        const b = byStart[i + 1];
        const better = score[b] > score[a] || (score[b] === score[a] && end[b] - start[b] > end[a] - start[a]);
        kept[nKept++] = better ? b : a;
      } else nKept = acceptCluster(byStart, i, j, this.cols, reach, kept, nKept);
      i = j;
    }
    return kept.subarray(0, nKept);
  }
}

/**
 * Scratch for acceptCluster, reused from cluster to cluster (a text made of small clusters allocated three
 * arrays each, and their collection cost more than the resolution): which accepted finding covers each
 * position of the stretch, and which places of the cluster were accepted.
 */
let owner = new Int32Array(256);
let acceptedAt = new Uint8Array(64);

/**
 * A cluster of overlapping findings (places i..j-1 of byStart, covering [start of the first, reach)): best
 * first (byBest), each one accepted unless it overlaps one accepted before it. Which accepted finding covers
 * each position of the stretch is kept in a map, so a finding is tested against the positions it covers (a
 * pairwise test made text where every finding overlaps the next quadratic: 30,000 of them in 256 KiB). Empty
 * findings, which no shipped recognizer reports, are compared pairwise. Appends the accepted ones to `kept`
 * in order of position; returns the new count.
 */
function acceptCluster(byStart: number[], i: number, j: number, cols: Cols, reach: number, kept: Int32Array, nKept: number): number {
  const { start, end } = cols;
  const from = start[byStart[i]];
  const order = byBest(byStart, i, j, cols);
  if (owner.length < reach - from) owner = new Int32Array(Math.max(reach - from, owner.length * 2));
  if (acceptedAt.length < j - i) acceptedAt = new Uint8Array(Math.max(j - i, acceptedAt.length * 2));
  owner.fill(0, 0, reach - from); // 1 + the accepted finding's place in `order`, or 0
  acceptedAt.fill(0, 0, j - i); // by place in byStart: accepted?
  let empty: number[] | null = null;
  for (let k = 0; k < j - i; k++) {
    const at = order[k];
    const c = byStart[at];
    const s = start[c] - from;
    const e = end[c] - from;
    let free = empty === null || !empty.some((a) => start[a] < end[c] && start[c] < end[a]);
    if (e > s) for (let p = s; free && p < e; p++) free = owner[p] === 0;
    else free = free && !(s > 0 && owner[s - 1] !== 0 && owner[s - 1] === owner[s]); // strictly inside one
    if (!free) continue;
    acceptedAt[at - i] = 1;
    if (e > s) owner.fill(k + 1, s, e);
    else (empty ??= []).push(c);
  }
  // accepted findings do not overlap, so their order in byStart is their order of position, unless empty
  // ones share a start with another: then the stable sort by start keeps them in the order accepted
  if (empty === null) {
    for (let at = i; at < j; at++) if (acceptedAt[at - i] === 1) kept[nKept++] = byStart[at];
    return nKept;
  }
  const accepted: number[] = [];
  for (let k = 0; k < j - i; k++) if (acceptedAt[order[k] - i] === 1) accepted.push(byStart[order[k]]);
  for (const a of accepted.sort((x, y) => start[x] - start[y])) kept[nKept++] = a;
  return nKept;
}

type Cols = { start: Int32Array; end: Int32Array; score: Float64Array };

/** Up to this many findings a cluster is put in order by insertion; larger ones by numeric keys. */
const SMALL_CLUSTER = 16;
/** The order of a small cluster, reused (acceptCluster reads it before the next cluster is ordered). */
const smallOrder = new Int32Array(SMALL_CLUSTER);

/**
 * Places i..j-1 of byStart, best first: score high to low, then length long to short, then start; ties keep
 * byStart's order (which is by start). A small cluster is sorted by insertion (stable, nothing allocated). A
 * large one gets one number per finding (score rank, length, place in byStart) and a numeric sort; with more
 * than 64 distinct scores or a finding longer than 65,535 characters the numbers would not fit, and a stable
 * sort with the comparison is used.
 */
function byBest(byStart: number[], i: number, j: number, cols: Cols): ArrayLike<number> {
  const { start, end, score } = cols;
  /** a before b in the order (strictly). */
  const before = (a: number, b: number) => {
    const ca = byStart[a];
    const cb = byStart[b];
    if (score[ca] !== score[cb]) return score[ca] > score[cb];
    const la = end[ca] - start[ca];
    const lb = end[cb] - start[cb];
    if (la !== lb) return la > lb;
    return start[ca] < start[cb];
  };
  if (j - i <= SMALL_CLUSTER) {
    for (let at = i; at < j; at++) {
      let k = at - i;
      while (k > 0 && before(at, smallOrder[k - 1])) {
        smallOrder[k] = smallOrder[k - 1];
        k--;
      }
      smallOrder[k] = at;
    }
    return smallOrder;
  }
  const byComparison = () => {
    const places = Array.from({ length: j - i }, (_, k) => i + k);
    return places.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  };
  const scores = [...new Set(Array.from({ length: j - i }, (_, k) => score[byStart[i + k]]))].sort((a, b) => b - a);
  let longest = 0;
  for (let at = i; at < j; at++) longest = Math.max(longest, end[byStart[at]] - start[byStart[at]]);
  if (scores.length > 64 || longest > 0xffff || j > 2 ** 31) return byComparison();
  const rank = new Map(scores.map((s, r) => [s, r]));
  const keys = new Float64Array(j - i);
  for (let at = i; at < j; at++) {
    const c = byStart[at];
    keys[at - i] = (rank.get(score[c]) as number) * 2 ** 47 + (0xffff - (end[c] - start[c])) * 2 ** 31 + at;
  }
  keys.sort();
  const order = new Int32Array(j - i);
  for (let k = 0; k < keys.length; k++) order[k] = keys[k] % 2 ** 31;
  return order;
}
