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
import { isWordCode, patternClauses } from './regex-literals.js';
import type { CompiledRule } from './types.js';

export { patternClauses, toLiteral } from './regex-literals.js';

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
