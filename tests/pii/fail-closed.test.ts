import { describe, expect, it } from 'vitest';
import { PiiAnalysisError, Pseudonymiser, createAnalyzer, defaultRecognizers, protectRequest, type Recognizer } from '../../src/pii/index.js';

const secret = 'Fatima el Amrani 111222333';

const throwing: Recognizer = {
  name: 'broken',
  type: 'PERSOON',
  find(text) {
    throw new Error(`cannot handle ${text}`); // a careless message quoting the text
  },
};
const slow: Recognizer = {
  name: 'slow',
  type: 'PERSOON',
  find() {
    const until = performance.now() + 30;
    while (performance.now() < until) {
      /* spin */
    }
  },
};

/** What analyze() throws on `text` (undefined when it does not throw). */
function thrownBy(analyzer: ReturnType<typeof createAnalyzer>, text: string): unknown {
  try {
    analyzer.analyze(text);
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('fail closed', () => {
  it('a throwing recognizer makes analysis throw PiiAnalysisError without the text', () => {
    const err = thrownBy(createAnalyzer({ recognizers: [...defaultRecognizers, throwing] }), secret);
    expect(err).toBeInstanceOf(PiiAnalysisError);
    expect((err as PiiAnalysisError).reason).toBe('recognizer_failed');
    expect((err as Error).message).toContain('broken');
    expect((err as Error).message).not.toContain('Fatima');
    expect((err as Error).message).not.toContain('111222333');
    expect(JSON.stringify(err)).not.toContain('Fatima');
  });
  it('exceeding the time budget throws PiiAnalysisError', () => {
    const analyzer = createAnalyzer({ recognizers: [slow, ...defaultRecognizers], timeBudgetMs: 5 });
    expect(() => analyzer.analyze(secret)).toThrowError(PiiAnalysisError);
    try {
      analyzer.analyze(secret);
    } catch (e) {
      expect((e as PiiAnalysisError).reason).toBe('time_budget_exceeded');
      expect((e as Error).message).not.toContain('Fatima');
    }
  });
  it('a finder written as a generator (it would report nothing) fails closed instead of passing text on', () => {
    // TypeScript accepts it: a generator is assignable to a finder that returns void
    const generatorFinder: Recognizer = {
      name: 'generator',
      type: 'PERSOON',
      *find() {
        yield { start: 0, end: 6, score: 1 };
      },
    };
    const err = thrownBy(createAnalyzer({ recognizers: [...defaultRecognizers, generatorFinder] }), secret);
    expect(err).toBeInstanceOf(PiiAnalysisError);
    expect((err as PiiAnalysisError).reason).toBe('recognizer_failed');
    expect((err as Error).message).toContain('generator');
  });
  it('protectRequest propagates the failure, so nothing is forwarded', () => {
    const p = new Pseudonymiser(createAnalyzer({ recognizers: [throwing] }));
    expect(() => protectRequest({ model: 'm', messages: [{ role: 'user', content: secret }] }, p)).toThrowError(PiiAnalysisError);
  });

  it('a costly validator runs for at most maxValidations candidates of a text; later ones count as valid (over-, never under-redacted)', () => {
    let calls = 0;
    const costly: Recognizer = {
      name: 'costly',
      type: 'TELEFOON',
      patterns: [{ name: 'digits', regex: /\d{3}/g, score: 0.8 }],
      validate: () => {
        calls++;
        return false;
      },
      maxValidations: 3,
    };
    const text = Array.from({ length: 10 }, (_, i) => `${100 + i}`).join(' ');
    const spans = createAnalyzer({ recognizers: [costly] }).analyze(text);
    expect(calls).toBe(3);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['103', '104', '105', '106', '107', '108', '109']);
    calls = 0;
    expect(createAnalyzer({ recognizers: [costly] }).analyze('101 102')).toEqual([]); // the count starts anew per text
    expect(calls).toBe(2);
  });
});
