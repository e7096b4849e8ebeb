/**
 * What literal strings every match of a regex pattern must contain, read from its syntax: the clauses
 * the prefilter (prefilter.ts) looks for. See prefilter.ts for why this is sound.
 */
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

export function isWordCode(code: number): boolean {
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

