import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Recognizer } from '../../src/pii/index.js';

interface Candidate {
  start: number;
  end: number;
  score: number;
  recognizer: string;
}

/** The rule, written plainly: highest score first, then longest, then leftmost; keep what overlaps nothing kept. */
function resolvePlainly(candidates: Candidate[]): Candidate[] {
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end || a.i - b.i)
    .map((x, i) => ({ ...x, i }))
    .sort((a, b) => b.c.score - a.c.score || b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of order) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

describe('overlap resolution', () => {
  it('keeps the best of overlapping findings, in small clusters and in chains of thousands', () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 0; round < 40; round++) {
      const text = 'x'.repeat(200 + Math.floor(rnd() * 4000));
      // a chain where each candidate overlaps the next (one huge cluster) in some rounds, scattered ones in others
      const chained = round % 2 === 0;
      const candidates: Candidate[] = [];
      const names = ['a', 'b', 'c'];
      const lists: Candidate[][] = [[], [], []];
      for (let k = 0, at = 0; k < (chained ? text.length / 3 : 60); k++) {
        const start = chained ? at : Math.floor(rnd() * (text.length - 20));
        const end = start + 1 + Math.floor(rnd() * 12);
        at = start + 1 + Math.floor(rnd() * 5);
        if (end > text.length) break;
        const r = Math.floor(rnd() * 3);
        const c = { start, end, score: [0.5, 0.6, 0.6, 0.85, 0.9][Math.floor(rnd() * 5)], recognizer: names[r] };
        lists[r].push(c);
      }
      for (const l of lists) candidates.push(...l); // the analyzer runs the recognizers in order
      const recognizers: Recognizer[] = names.map((name, r) => ({
        name,
        type: 'PERSOON',
        find: (_text, found) => {
          for (const c of lists[r]) found.add(c.start, c.end, c.score);
        },
      }));
      const got = createAnalyzer({ recognizers, timeBudgetMs: 60_000 }).analyze(text);
      expect(got.map((s) => [s.start, s.end, s.score, s.recognizer])).toEqual(resolvePlainly(candidates).map((c) => [c.start, c.end, c.score, c.recognizer]));
    }
  });
});
