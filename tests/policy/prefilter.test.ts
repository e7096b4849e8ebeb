/**
 * The literal prefilter (src/policy/prefilter.ts) may only skip patterns that cannot match: with it
 * and without it, every decision is the same. Also: the ASCII shortcut of normaliseText gives exactly
 * the reference normalisation.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy, normaliseText, type Policy } from '../../src/policy/index.js';
import { normaliseTextReference } from '../../src/policy/normalise.js';
import { patternClauses, toLiteral } from '../../src/policy/prefilter.js';
import { DEFAULT_DIR, EXAMPLES_DIR, ROOT } from './helpers.js';

/** A small seeded generator, so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const show = (clauses: ReturnType<typeof patternClauses>) =>
  clauses.map((c) => c.map((l) => `${l.before ?? ''}[${l.text}]${l.after ?? ''}`).sort());

describe('patternClauses', () => {
  it('takes the alternatives of each group between gaps, with their word boundaries', () => {
    const clauses = show(patternClauses('\\b(neem|geef)\\b.{0,20}\\b(besluit|beslissing)\\b', false));
    expect(clauses).toContainEqual(['b[beslissing]b', 'b[besluit]b']);
    expect(clauses).toContainEqual(['b[geef]b', 'b[neem]b']);
  });

  it('multiplies out optional parts and small alternations', () => {
    expect(show(patternClauses('\\bfraude ?(kans|score)\\b', false))).toEqual([
      ['b[fraude kans]b', 'b[fraude score]b', 'b[fraudekans]b', 'b[fraudescore]b'],
    ]);
  });

  it('gives no clause (always run) for what it cannot read or where nothing is required', () => {
    expect(patternClauses('\\d{9}', false)).toEqual([]);
    expect(patternClauses('(a|.{0,3})x?', false)).toEqual([]);
    expect(patternClauses('[a-z]{3}\\p{Lu}', false)).toEqual([]);
    expect(patternClauses('\\cJ', false)).toEqual([]);
    expect(patternClauses('(?<name>a)', false).length).toBeLessThanOrEqual(1);
  });

  it('treats lookarounds as matching anything', () => {
    expect(show(patternClauses('(?<!hoe )\\bbeslis of\\b', false))).toEqual([['b[beslis of]b']]);
    expect(show(patternClauses('(?=abc)xyz', false))).toEqual([['[xyz]']]);
  });

  it('drops paths whose \\b cannot hold and reports end checks', () => {
    expect(toLiteral('a\uE000b')).toBeNull(); // \b between two word characters
    expect(toLiteral('a\uE000 b')).toEqual({ text: 'a b', before: null, after: null });
    expect(toLiteral('\uE000ab\uE001')).toEqual({ text: 'ab', before: 'b', after: 'B' });
    expect(toLiteral('\uE000')).toBe('empty');
  });

  it('uses case-sensitive literals lowercased, without boundary checks, ASCII only', () => {
    expect(show(patternClauses('\\bGEHEIM\\b', true))).toEqual([['[geheim]']]);
    expect(patternClauses('\\bGEHEÏM\\b', true)).toEqual([]);
  });
});

describe('normaliseText', () => {
  it('equals the reference normalisation on random text', () => {
    const next = rng(7);
    const alphabet = ['a', 'Z', 'e', ' ', ' ', '  ', '\t', '\n', '\r\n', '.', 'é', 'ë', 'e\u0301', 'ﬁ', 'Ａ', '\u00AD', '\u200B', '\uFEFF', '\u00A0', '\u2003', 'İ', 'ß', 'Σ', '😀', '\u0323', 'K'];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const len = Math.floor(next() * 30);
      for (let k = 0; k < len; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      if (next() < 0.5) text = text.replace(/[^\x00-\x7f]/g, 'x'); // many pure-ASCII cases too
      expect(normaliseText(text), JSON.stringify(text)).toEqual(normaliseTextReference(text));
    }
  });
});

/** Prompts: the PII corpus, every quoted Dutch/English prompt in the policy tests, and random mixes. */
function prompts(): string[] {
  const out: string[] = [];
  const corpus = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pii/corpus.json'), 'utf8')) as {
    documents: { text: string }[];
    mustKeep: (string | { text: string })[];
  };
  for (const d of corpus.documents) out.push(d.text);
  for (const k of corpus.mustKeep) out.push(typeof k === 'string' ? k : k.text);
  const testDir = join(ROOT, 'tests/policy');
  for (const file of readdirSync(testDir).filter((f) => f.endsWith('.test.ts') && f !== 'prefilter.test.ts')) {
    const src = readFileSync(join(testDir, file), 'utf8');
    for (const m of src.matchAll(/'((?:[^'\\\n]|\\.){12,})'/g)) out.push(m[1]!.replace(/\\'/g, "'"));
  }
  return out;
}

function randomPrompts(base: readonly string[], policies: readonly Policy[], count: number): string[] {
  const next = rng(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  // Words from the prompts and from the patterns' own alternatives, so rules get near-misses and hits.
  const words = new Set<string>();
  for (const t of base) for (const w of t.split(/\s+/)) if (w) words.add(w);
  for (const p of policies) for (const r of p.rules) for (const s of r.patternSources) {
    for (const w of s.source.replace(/\\[bBswdSWD]|\.\{\d+,\d+\}|[()?|\\[\]{}*+^$]/g, ' ').split(/\s+/)) if (w) words.add(w);
  }
  const vocab = [...words];
  const seps = [' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', ':', '\u200B', ' \u00AD'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(next() * 25);
    let text = '';
    for (let k = 0; k < n; k++) {
      let w = pick(vocab);
      const r = next();
      if (r < 0.15) w = w.toUpperCase();
      else if (r < 0.25) w = w[0]!.toUpperCase() + w.slice(1);
      else if (r < 0.3) w = w.replace(/e/g, 'é');
      text += (k ? pick(seps) : '') + w;
    }
    if (next() < 0.2) text = `${pick(base).slice(0, 200)} ${text}`;
    out.push(text);
  }
  return out;
}

describe('prefiltered evaluation equals unfiltered evaluation', () => {
  const policies = [loadPolicy(DEFAULT_DIR), loadPolicy(EXAMPLES_DIR)];
  const base = prompts();
  const all = [...base, ...randomPrompts(base, policies, 4000)];

  it('has prompts to check', () => {
    expect(base.length).toBeGreaterThan(150);
  });

  for (const [i, policy] of policies.entries()) {
    it(`policy set ${i === 0 ? 'default' : 'examples'}: same decisions for every use case, and the prefilter skips only patterns that do not match`, () => {
      let skipped = 0;
      let matchedSomething = 0;
      for (const text of all) {
        for (const useCase of policy.useCases.values()) {
          const input = { useCase, text, piiTypes: [], model: useCase.models[0], department: useCase.departments[0] ?? null };
          const on = policy.evaluate(input);
          const off = policy.evaluate(input, { prefilter: false });
          expect(on, text).toEqual(off);
          if (on.matched.length > 0) matchedSomething++;
        }
        const norm = normaliseText(text);
        const hits = policy.textIndex.scan(norm.lower);
        policy.rules.forEach((rule, r) => {
          rule.patternSources.forEach((p, k) => {
            if (policy.textIndex.mayMatch(r, k, hits)) return;
            skipped++;
            expect(p.re.test(p.cased ? norm.cased : norm.lower), `${rule.id} /${p.source}/ on ${JSON.stringify(text)}`).toBe(false);
          });
        });
      }
      expect(matchedSomething).toBeGreaterThan(100);
      expect(skipped).toBeGreaterThan(0);
    });
  }
});
