/**
 * The analysis cache: a conversation's earlier messages, sent again every turn, are analysed once. It must
 * answer exactly as the analyzer does, never remember a failure, and stay within its bounds. (It keys by an HMAC
 * of the text and keeps offsets: see src/pii/analysis-cache.ts.)
 */
import { describe, expect, it } from 'vitest';
import { PiiAnalysisError, createAnalyzer, defaultRecognizers, withAnalysisCache, type Recognizer } from '../../src/pii/index.js';
import { loadCorpus } from '../../scripts/eval-pii.js';

const analyzer = createAnalyzer();
const long = (n: number) => `Mevrouw Fatima el Amrani (Kerkstraat 12, 3512 AB Utrecht) belde op 06-12345678 over haar aanvraag ${n}. `.repeat(8);

describe('the analysis cache', () => {
  it('answers every held-out document exactly as the analyzer does, the first time and from the cache', () => {
    const cached = withAnalysisCache(analyzer, { maxEntries: 10_000, maxAgeMs: 60_000, minLength: 0 });
    const docs = loadCorpus('holdout').documents.slice(0, 300);
    for (const d of docs) expect(cached.analyze(d.text)).toEqual(analyzer.analyze(d.text));
    for (const d of docs) expect(cached.analyze(d.text)).toEqual(analyzer.analyze(d.text));
    expect(cached.stats()).toEqual({ hits: 300, misses: 300, entries: 300 });
  });

  it('the spans it returns cannot be changed by a caller', () => {
    const cached = withAnalysisCache(analyzer, { maxEntries: 10, maxAgeMs: 60_000 });
    const spans = cached.analyze(long(2));
    expect(() => spans.push(spans[0]!)).toThrow(TypeError);
    expect(() => {
      spans[0]!.start = 0;
    }).toThrow(TypeError);
  });

  it('never remembers a failed analysis: it fails closed every time', () => {
    let calls = 0;
    const broken: Recognizer = { name: 'broken', type: 'PERSOON', find: () => { calls++; throw new Error('boom'); } };
    const cached = withAnalysisCache(createAnalyzer({ recognizers: [...defaultRecognizers, broken] }), { maxEntries: 10, maxAgeMs: 60_000 });
    for (let i = 0; i < 2; i++) expect(() => cached.analyze(long(3))).toThrow(PiiAnalysisError);
    expect(calls).toBe(2);
    expect(cached.stats()).toMatchObject({ hits: 0, entries: 0 });
  });

  it('forgets the least recently used text beyond its size, and any text past its age', () => {
    let now = 0;
    const cached = withAnalysisCache(analyzer, { maxEntries: 2, maxAgeMs: 1000, now: () => now });
    cached.analyze(long(1));
    cached.analyze(long(2));
    cached.analyze(long(1)); // hit: 1 is now the most recently used
    cached.analyze(long(3)); // evicts 2
    expect(cached.stats()).toEqual({ hits: 1, misses: 3, entries: 2 });
    cached.analyze(long(1));
    expect(cached.stats().hits).toBe(2);
    cached.analyze(long(2));
    expect(cached.stats().misses).toBe(4);
    now = 1001;
    cached.analyze(long(2));
    expect(cached.stats()).toMatchObject({ hits: 2, misses: 5 });
  });

  it('short texts, and a cache of 0 entries, always go to the analyzer', () => {
    const short = withAnalysisCache(analyzer, { maxEntries: 10, maxAgeMs: 60_000 });
    short.analyze('Beste Jan, bel je me even?');
    short.analyze('Beste Jan, bel je me even?');
    expect(short.stats()).toEqual({ hits: 0, misses: 0, entries: 0 });
    const off = withAnalysisCache(analyzer, { maxEntries: 0, maxAgeMs: 60_000 });
    off.analyze(long(4));
    off.analyze(long(4));
    expect(off.stats()).toEqual({ hits: 0, misses: 0, entries: 0 });
  });
});
