/**
 * A literal prefilter for rule patterns, compiled at load.
 *
 * For every pattern we derive, from its regex syntax, a few *clauses*: sets of literal strings such
 * that every match of the pattern contains at least one string of each set (e.g. for
 * `\b(neem|geef)\b.{0,20}\b(besluit|beslissing)\b` the clauses {neem, geef} and {besluit, beslissing},
 * each with its word-boundary checks). One pass over the lowercased text (TextIndex.scan) finds which
 * clauses are satisfied; a pattern's regex runs only when all of its clauses are. A pattern we cannot
 * analyse (unknown syntax, or no literal every match must contain) gets no clauses and always runs,
 * so the prefilter can only skip patterns that cannot match: decisions are the same with it or without.
 *
 * Soundness notes:
 * - Zero-width assertions other than `\b`/`\B` (lookarounds, `^`, `$`) are treated as matching the
 *   empty string: that only widens what we assume a pattern can match.
 * - `\b`/`\B` travel inside literal strings as marker characters; a marker between two literal
 *   characters is decided at load (an impossible path is dropped), a marker at either end becomes a
 *   check of the text character before/after the found literal. Patterns never use the `i` flag, so
 *   word characters are exactly [A-Za-z0-9_].
 * - Case-sensitive patterns run on the cased text while the scan reads the lowercased text. Their
 *   literals are used only when pure ASCII, lowercased, and without boundary checks: ASCII letters
 *   lowercase independently of their neighbours, so if the cased text contains L, the lowercased
 *   text contains L.toLowerCase().
 */
import type { CompiledRule } from './types.js';

const B = '\uE000'; // \b inside a literal string
const NB = '\uE001'; // \B inside a literal string
/** Largest literal set an alternation may list. */
const LIMIT = 256;
/**
 * Largest set a concatenation may multiply out to. Products grow fast, and every literal adds states
 * to the automaton; a small table stays in cache, which matters more than a few more-selective
 * literals.
 */
const PRODUCT_LIMIT = 24;
/** Clauses kept per pattern (the most selective first). */
const MAX_CLAUSES = 4;

/** What a regex node can match: `exact` lists every string it can match (null: too many or unknown). */
interface Info {
  exact: string[] | null;
  /** Sets of (marker) strings: every match contains one string of each set. */
  clauses: string[][];
}

const ANY: Info = { exact: null, clauses: [] };
const EMPTY: Info = { exact: [''], clauses: [] };

class Bail extends Error {}

function uniq(list: string[]): string[] {
  return [...new Set(list)];
}

function product(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return uniq(out);
}

/** Parses a (u-mode) regex source into an Info; throws Bail on anything it does not understand. */
class Analyser {
  private i = 0;
  constructor(private readonly src: string) {
    if (src.includes(B) || src.includes(NB)) throw new Bail();
  }

  run(): Info {
    const info = this.alternation();
    if (this.i !== this.src.length) throw new Bail();
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    if (branches.every((b) => b.exact !== null)) {
      const all = uniq(branches.flatMap((b) => b.exact!));
      if (all.length <= LIMIT) return { exact: all, clauses: [] };
    }
    // (A1 ∧ A2) ∨ (B1 ∧ B2) implies (A1 ∨ B1): union of one clause from each branch.
    const union: string[] = [];
    for (const b of branches) {
      const best = bestClause(b, false);
      if (!best) return ANY;
      union.push(...best);
    }
    return { exact: null, clauses: [uniq(union)] };
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return concat(items);
  }

  private atom(): Info {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') {
      let lookaround = false;
      if (s.startsWith('(?:', this.i)) this.i += 3;
      else if (s.startsWith('(?=', this.i) || s.startsWith('(?!', this.i)) { this.i += 3; lookaround = true; }
      else if (s.startsWith('(?<=', this.i) || s.startsWith('(?<!', this.i)) { this.i += 4; lookaround = true; }
      else if (s.startsWith('(?<', this.i)) {
        const end = s.indexOf('>', this.i);
        if (end < 0) throw new Bail();
        this.i = end + 1;
      } else if (s[this.i + 1] === '?') throw new Bail();
      else this.i += 1;
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Bail();
      this.i++;
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '.') { this.i++; return ANY; }
    if (c === '^' || c === '$') { this.i++; return EMPTY; }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']' || c === ')') throw new Bail();
    const cp = s.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { exact: [ch], clauses: [] };
  }

  /** An escape outside a class: a literal character, a marker, or something we treat as "any". */
  private escape(): Info {
    const next = this.src[this.i + 1];
    if (next === undefined) throw new Bail();
    if (next === 'b') { this.i += 2; return { exact: [B], clauses: [] }; }
    if (next === 'B') { this.i += 2; return { exact: [NB], clauses: [] }; }
    if ('dDwWsS'.includes(next)) { this.i += 2; return ANY; }
    if (next === 'p' || next === 'P') {
      const end = this.src.indexOf('}', this.i);
      if (this.src[this.i + 2] !== '{' || end < 0) throw new Bail();
      this.i = end + 1;
      return ANY;
    }
    const ch = this.escapedChar();
    return { exact: [ch], clauses: [] };
  }

  /** A character escape (`\n`, `\x41`, `\u00e9`, `\u{1F600}`, `\.`); advances past it. */
  private escapedChar(): string {
    const s = this.src;
    const next = s[this.i + 1]!;
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    if (next in simple) { this.i += 2; return simple[next]!; }
    if (next === '0' && !/[0-9]/.test(s[this.i + 2] ?? '')) { this.i += 2; return '\0'; }
    if (next === 'x') {
      const hex = s.slice(this.i + 2, this.i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Bail();
      this.i += 4;
      return this.checked(String.fromCharCode(parseInt(hex, 16)));
    }
    if (next === 'u') {
      if (s[this.i + 2] === '{') {
        const end = s.indexOf('}', this.i);
        const hex = s.slice(this.i + 3, end);
        if (end < 0 || !/^[0-9a-fA-F]{1,6}$/.test(hex)) throw new Bail();
        this.i = end + 1;
        return this.checked(String.fromCodePoint(parseInt(hex, 16)));
      }
      const hex = s.slice(this.i + 2, this.i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Bail();
      this.i += 6;
      const unit = parseInt(hex, 16);
      // A surrogate pair written as two \u escapes is one code point in u-mode.
      if (unit >= 0xd800 && unit <= 0xdbff && s.startsWith('\\u', this.i) && /^[dD][c-fC-F][0-9a-fA-F]{2}$/.test(s.slice(this.i + 2, this.i + 6))) {
        const low = parseInt(s.slice(this.i + 2, this.i + 6), 16);
        this.i += 6;
        return String.fromCharCode(unit, low);
      }
      return this.checked(String.fromCharCode(unit));
    }
    // u-mode allows identity escapes only for syntax characters and '/', '-'.
    if ('^$\\.*+?()[]{}|/-'.includes(next)) { this.i += 2; return next; }
    throw new Bail();
  }

  private checked(ch: string): string {
    if (ch === B || ch === NB) throw new Bail();
    return ch;
  }

  /** A class of a few listed characters becomes their set; ranges, negation and \w-like escapes: any. */
  private charClass(): Info {
    const s = this.src;
    this.i++;
    let negated = false;
    if (s[this.i] === '^') { negated = true; this.i++; }
    const chars: string[] = [];
    let unknown = negated;
    while (this.i < s.length && s[this.i] !== ']') {
      let ch: string;
      if (s[this.i] === '\\') {
        const next = s[this.i + 1];
        if (next === undefined) throw new Bail();
        if ('dDwWsS'.includes(next)) { unknown = true; this.i += 2; continue; }
        if (next === 'p' || next === 'P') {
          const end = s.indexOf('}', this.i);
          if (end < 0) throw new Bail();
          unknown = true;
          this.i = end + 1;
          continue;
        }
        if (next === 'b') { ch = '\b'; this.i += 2; }
        else ch = this.escapedChar();
      } else {
        ch = String.fromCodePoint(s.codePointAt(this.i)!);
        this.i += ch.length;
      }
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        // A range: skip its upper end and treat the class as unknown.
        this.i++;
        if (s[this.i] === '\\') this.escapedChar();
        else this.i += String.fromCodePoint(s.codePointAt(this.i)!).length;
        unknown = true;
        continue;
      }
      chars.push(ch);
    }
    if (s[this.i] !== ']') throw new Bail();
    this.i++;
    if (unknown || chars.length === 0 || chars.length > 16) return ANY;
    return { exact: uniq(chars), clauses: [] };
  }

  private quantified(info: Info): Info {
    const s = this.src;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === '*') { min = 0; max = Infinity; this.i++; }
    else if (c === '+') { min = 1; max = Infinity; this.i++; }
    else if (c === '?') { min = 0; max = 1; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,?)(\d*)\}/.exec(s.slice(this.i));
      if (!m) throw new Bail();
      min = Number(m[1]);
      max = m[2] === '' ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
    } else return info;
    if (s[this.i] === '?') this.i++; // lazy: same language
    if (min === 0) {
      if (max === 1 && info.exact) return { exact: uniq([...info.exact, '']), clauses: [] };
      return max === 0 ? EMPTY : ANY;
    }
    if (min === 1 && max === 1) return info;
    if (info.exact && min === max && info.exact.length ** min <= PRODUCT_LIMIT) {
      let out = [''];
      for (let k = 0; k < min; k++) out = product(out, info.exact);
      return { exact: out, clauses: [] };
    }
    // At least one repetition: every match contains a match of the repeated node.
    return { exact: null, clauses: info.exact ? [info.exact] : info.clauses };
  }
}

/** Concatenation: runs of exact nodes multiply out into one literal set while it stays small. */
function concat(items: Info[]): Info {
  const clauses: string[][] = [];
  let run = [''];
  let allExact = true;
  for (const item of items) {
    if (item.exact) {
      // A single string (a word, a \b marker) never makes the set larger, so it always joins the run.
      if (run.length * item.exact.length <= PRODUCT_LIMIT || run.length === 1 || item.exact.length === 1) run = product(run, item.exact);
      else { clauses.push(run); run = item.exact; allExact = false; }
    } else {
      clauses.push(run, ...item.clauses);
      run = [''];
      allExact = false;
    }
  }
  if (allExact) return { exact: run, clauses: [] };
  clauses.push(run);
  return { exact: null, clauses };
}

/** A literal to look for, with the boundary checks at its ends ('b' = \b, 'B' = \B). */
export interface Literal {
  text: string;
  before: 'b' | 'B' | null;
  after: 'b' | 'B' | null;
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** A marker string → a literal; null when the path is impossible; 'empty' when it says nothing. */
export function toLiteral(marked: string): Literal | null | 'empty' {
  let text = '';
  const checks: { at: number; kind: 'b' | 'B' }[] = [];
  for (const ch of marked) {
    if (ch === B) checks.push({ at: text.length, kind: 'b' });
    else if (ch === NB) checks.push({ at: text.length, kind: 'B' });
    else text += ch;
  }
  if (text === '') return 'empty';
  let before: 'b' | 'B' | null = null;
  let after: 'b' | 'B' | null = null;
  for (const { at, kind } of checks) {
    if (at === 0 || at === text.length) {
      const prev: 'b' | 'B' | null = at === 0 ? before : after;
      if (prev !== null && prev !== kind) return null;
      if (at === 0) before = kind;
      else after = kind;
      continue;
    }
    const boundary = isWordCode(text.charCodeAt(at - 1)) !== isWordCode(text.charCodeAt(at));
    if (boundary !== (kind === 'b')) return null;
  }
  return { text, before, after };
}

/** Finalised clause: its literals, or null when one of its strings says nothing (matches empty). */
function finalise(clause: readonly string[], cased: boolean): Literal[] | null {
  const out: Literal[] = [];
  for (const marked of clause) {
    const lit = toLiteral(marked);
    if (lit === 'empty') return null;
    if (lit === null) continue;
    if (cased) {
      if (!/^[\x00-\x7f]*$/.test(lit.text)) return null;
      out.push({ text: lit.text.toLowerCase(), before: null, after: null });
    } else out.push(lit);
  }
  return out;
}

function score(lits: readonly Literal[]): number {
  if (lits.length === 0) return Infinity; // cannot match at all
  const min = Math.min(...lits.map((l) => l.text.length + (l.before ? 1 : 0) + (l.after ? 1 : 0)));
  return min * 1000 - lits.length;
}

function bestClause(info: Info, cased: boolean): string[] | null {
  const all = info.exact ? [...info.clauses, info.exact] : info.clauses;
  let best: string[] | null = null;
  let bestScore = -Infinity;
  for (const c of all) {
    const lits = finalise(c, cased);
    if (!lits) continue;
    const sc = score(lits);
    if (sc > bestScore) { best = c; bestScore = sc; }
  }
  return best;
}

/**
 * The clauses of one compiled pattern source: every match contains one literal of each clause.
 * An empty list means "no prefilter: always run the pattern".
 */
export function patternClauses(source: string, cased: boolean): Literal[][] {
  let info: Info;
  try {
    info = new Analyser(source).run();
  } catch (error) {
    if (error instanceof Bail) return [];
    throw error;
  }
  const all = info.exact ? [...info.clauses, info.exact] : info.clauses;
  const finals: Literal[][] = [];
  const seen = new Set<string>();
  for (const c of all) {
    const lits = finalise(c, cased);
    if (!lits) continue;
    const key = lits.map((l) => `${l.before ?? ''}${l.text}${l.after ?? ''}`).sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    finals.push(lits);
  }
  finals.sort((a, b) => score(b) - score(a));
  return finals.slice(0, MAX_CLAUSES);
}

/** Literal prefixes the gate regex looks for: long enough to be rare, short enough to merge. */
const GATE_PREFIX = 12;
/** Clauses with a literal of fewer letters/digits than this (common words: "voor ", "van ") are kept only as a pattern's best. */
const SELECTIVE = 5;

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&');
}

/**
 * All clause literals of all rules' patterns, found in one pass: a native gate regex finds each
 * position where some literal may start (a prefix of it, after `\b` when the literal needs one), and
 * a trie walk from there finds every literal that really starts there. The gate resumes one
 * character after each position it reports, so overlapping literals are all found.
 */
export class TextIndex {
  /** Per rule, per pattern (in patternSources order): the clause ids that must all be hit. */
  readonly patternClauses: readonly (readonly Int32Array[])[];
  readonly clauseCount: number;
  /** null when no pattern has a clause (nothing to scan for). */
  private readonly gate: RegExp | null;
  /** Trie over code units: children per node, and the entries ending at each node. */
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly ends: number[][] = [[]];
  /** Per entry: boundary checks (0 none, 1 \b, 2 \B) and clause id. */
  private readonly entryBefore: Uint8Array;
  private readonly entryAfter: Uint8Array;
  private readonly entryClause: Int32Array;

  constructor(rules: readonly CompiledRule[]) {
    const entries: { text: string; before: number; after: number; clause: number }[] = [];
    let clauseCount = 0;
    const code = (k: 'b' | 'B' | null) => (k === 'b' ? 1 : k === 'B' ? 2 : 0);
    this.patternClauses = rules.map((rule) =>
      rule.patternSources.map((p) => {
        const found = patternClauses(p.re.source, p.cased);
        // Extra clauses only when selective and cheap to find (after a \b, where the gate looks first).
        const kept = found.filter((lits, i) => i === 0 || lits.every((l) => l.before === 'b' && isWordCode(l.text.charCodeAt(0)) && l.text.replace(/[^a-z0-9]/g, '').length >= SELECTIVE));
        const ids = kept.map((lits) => {
          const id = clauseCount++;
          for (const l of lits) entries.push({ text: l.text, before: code(l.before), after: code(l.after), clause: id });
          return id;
        });
        return Int32Array.from(ids);
      }),
    );
    this.clauseCount = clauseCount;

    const bounded = new Set<string>();
    const free = new Set<string>();
    entries.forEach((e, idx) => {
      let node = 0;
      for (let k = 0; k < e.text.length; k++) {
        const u = e.text.charCodeAt(k);
        let next = this.children[node]!.get(u);
        if (next === undefined) {
          next = this.children.length;
          this.children.push(new Map());
          this.ends.push([]);
          this.children[node]!.set(u, next);
        }
        node = next;
      }
      this.ends[node]!.push(idx);
      const prefix = escapeRegExp(e.text.slice(0, GATE_PREFIX));
      if (e.before === 1 && isWordCode(e.text.charCodeAt(0))) bounded.add(prefix);
      else free.add(prefix);
    });
    const parts: string[] = [];
    if (bounded.size > 0) parts.push(`\\b(?:${[...bounded].join('|')})`);
    if (free.size > 0) parts.push(`(?:${[...free].join('|')})`);
    this.gate = parts.length > 0 ? new RegExp(parts.join('|'), 'g') : null;
    this.entryBefore = Uint8Array.from(entries.map((e) => e.before));
    this.entryAfter = Uint8Array.from(entries.map((e) => e.after));
    this.entryClause = Int32Array.from(entries.map((e) => e.clause));
  }

  /** One pass over the lowercased text: which clauses it satisfies. */
  scan(lower: string): Uint8Array {
    const hit = new Uint8Array(this.clauseCount);
    const gate = this.gate;
    if (!gate) return hit;
    const { children, ends, entryBefore, entryAfter, entryClause } = this;
    const n = lower.length;
    gate.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = gate.exec(lower)) !== null) {
      const start = m.index;
      gate.lastIndex = start + 1;
      const wordBefore = start > 0 && isWordCode(lower.charCodeAt(start - 1));
      let node = 0;
      for (let j = start; j < n; j++) {
        const next = children[node]!.get(lower.charCodeAt(j));
        if (next === undefined) break;
        node = next;
        const list = ends[node]!;
        for (let k = 0; k < list.length; k++) {
          const e = list[k]!;
          const clause = entryClause[e]!;
          if (hit[clause] === 1) continue;
          const before = entryBefore[e]!;
          if (before !== 0 && (wordBefore !== isWordCode(lower.charCodeAt(start))) !== (before === 1)) continue;
          const after = entryAfter[e]!;
          if (after !== 0 && (isWordCode(lower.charCodeAt(j)) !== (j + 1 < n && isWordCode(lower.charCodeAt(j + 1)))) !== (after === 1)) continue;
          hit[clause] = 1;
        }
      }
    }
    gate.lastIndex = 0;
    return hit;
  }

  /** May pattern `p` of rule `r` match, given the scan's hits? False only when it cannot. */
  mayMatch(r: number, p: number, hit: Uint8Array): boolean {
    const ids = this.patternClauses[r]![p]!;
    for (let k = 0; k < ids.length; k++) if (!hit[ids[k]!]) return false;
    return true;
  }

  /** How many literals the index holds (for the benchmark and tests). */
  get literalCount(): number {
    return this.entryClause.length;
  }
}

const cache = new WeakMap<readonly CompiledRule[], TextIndex>();

/** The index for a rule list, built once per list (a suspended-use-case copy of a policy shares it). */
export function textIndexFor(rules: readonly CompiledRule[]): TextIndex {
  let index = cache.get(rules);
  if (!index) {
    index = new TextIndex(rules);
    cache.set(rules, index);
  }
  return index;
}
