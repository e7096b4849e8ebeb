/**
 * Evaluates the PII engine on the Dutch corpus in tests/fixtures/pii/corpus.json: recall and precision per
 * entity type, and the share of must-keep text that would be altered. Run: npm run eval:pii
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENTITY_TYPES, createAnalyzer, type Analyzer, type EntityType, type Span } from '../src/pii/index.js';

interface Doc {
  id: string;
  kind: string;
  text: string;
  entities: { type: EntityType; value: string }[];
}
interface Corpus {
  documents: Doc[];
  mustKeep: { id: string; text: string }[];
}
export interface TypeFigures {
  gold: number;
  found: number; // covered by spans of the same type
  protected: number; // covered by spans of any type (not leaked)
  predicted: number;
  correct: number; // predicted spans overlapping a gold value of the same type
  recall: number;
  precision: number;
}
export interface Evaluation {
  perType: Partial<Record<EntityType, TypeFigures>>;
  overall: { recall: number; protectedShare: number; precision: number };
  mustKeep: { texts: number; textsAltered: number; chars: number; charsAltered: number; share: number; alteredIds: string[] };
  misses: { doc: string; type: EntityType; value: string; got: string }[];
  falsePositives: { doc: string; type: EntityType; value: string }[];
  /**
   * Names missed only as a couple written with one surname ("Erik en Saskia Moerman", annotated whole and in its
   * parts) that the engine found as its two people, each whole, with "en" between them not covered.
   */
  couplesFoundAsTwo: number;
}

/** "Erik en Saskia Moerman": two people, the first by first name, sharing the surname that ends the second. */
const COUPLE = /^(\S+) (?:en|and|&) (\S.*)$/;

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'pii');
/**
 * The corpus the engine was tuned on (corpus.json), or the held-out set (holdout.json): texts written after
 * the tuning, which say how the engine does on text it was not fitted to.
 */
export const loadCorpus = (name: 'corpus' | 'holdout' = 'corpus'): Corpus => JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8'));

const WORDCHAR = /[\p{L}\p{N}]/u;
/** Every occurrence of every annotated value at word boundaries; occurrences inside longer ones dropped. */
function goldSpans(doc: Doc): { start: number; end: number; type: EntityType; value: string }[] {
  const all: { start: number; end: number; type: EntityType; value: string }[] = [];
  for (const e of doc.entities) {
    let i = doc.text.indexOf(e.value);
    while (i !== -1) {
      const before = doc.text[i - 1] ?? ' ';
      const after = doc.text[i + e.value.length] ?? ' ';
      if (!WORDCHAR.test(before) && !WORDCHAR.test(after)) all.push({ start: i, end: i + e.value.length, type: e.type, value: e.value });
      i = doc.text.indexOf(e.value, i + 1);
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: typeof all = [];
  for (const g of all) if (!kept.some((k) => k.start <= g.start && g.end <= k.end)) kept.push(g);
  return kept;
}

const covers = (spans: Span[], s: number, e: number) => {
  for (let i = s; i < e; i++) {
    if (/\s/.test(' ')) {
      /* whitespace inside a value must be covered too */
    }
    if (!spans.some((sp) => sp.start <= i && i < sp.end)) return false;
  }
  return true;
};

export function evaluate(analyzer: Analyzer = createAnalyzer(), corpus: Corpus = loadCorpus()): Evaluation {
  const figures = new Map<EntityType, TypeFigures>();
  const fig = (t: EntityType) => {
    let f = figures.get(t);
    if (!f) figures.set(t, (f = { gold: 0, found: 0, protected: 0, predicted: 0, correct: 0, recall: 1, precision: 1 }));
    return f;
  };
  const misses: Evaluation['misses'] = [];
  let couplesFoundAsTwo = 0;
  const falsePositives: Evaluation['falsePositives'] = [];
  for (const doc of corpus.documents) {
    const spans = analyzer.analyze(doc.text);
    const gold = goldSpans(doc);
    for (const g of gold) {
      const f = fig(g.type);
      f.gold++;
      const same = spans.filter((s) => s.type === g.type);
      if (covers(same, g.start, g.end)) f.found++;
      else {
        const couple = g.type === 'PERSOON' ? COUPLE.exec(g.value) : null;
        if (couple && covers(same, g.start, g.start + couple[1].length) && covers(same, g.end - couple[2].length, g.end)) couplesFoundAsTwo++;
        const got = spans.filter((s) => s.start < g.end && g.start < s.end).map((s) => `${s.type}:${doc.text.slice(s.start, s.end)}`).join(', ');
        misses.push({ doc: doc.id, type: g.type, value: g.value, got });
      }
      if (covers(spans, g.start, g.end)) f.protected++;
    }
    for (const s of spans) {
      const f = fig(s.type);
      f.predicted++;
      if (gold.some((g) => g.type === s.type && g.start < s.end && s.start < g.end)) f.correct++;
      else falsePositives.push({ doc: doc.id, type: s.type, value: doc.text.slice(s.start, s.end) });
    }
  }
  let gold = 0, found = 0, prot = 0, predicted = 0, correct = 0;
  for (const f of figures.values()) {
    f.recall = f.gold ? f.found / f.gold : 1;
    f.precision = f.predicted ? f.correct / f.predicted : 1;
    gold += f.gold; found += f.found; prot += f.protected; predicted += f.predicted; correct += f.correct;
  }
  const mk = { texts: 0, textsAltered: 0, chars: 0, charsAltered: 0, share: 0, alteredIds: [] as string[] };
  for (const t of corpus.mustKeep) {
    const spans = analyzer.analyze(t.text);
    mk.texts++;
    mk.chars += t.text.length;
    if (spans.length) {
      mk.textsAltered++;
      mk.alteredIds.push(`${t.id}: ${spans.map((s) => `${s.type}:${t.text.slice(s.start, s.end)}`).join(', ')}`);
    }
    for (const s of spans) mk.charsAltered += s.end - s.start;
  }
  mk.share = mk.chars ? mk.charsAltered / mk.chars : 0;
  const perType: Evaluation['perType'] = {};
  for (const t of ENTITY_TYPES) if (figures.has(t)) perType[t] = figures.get(t);
  return {
    perType,
    overall: { recall: gold ? found / gold : 1, protectedShare: gold ? prot / gold : 1, precision: predicted ? correct / predicted : 1 },
    mustKeep: mk,
    misses,
    falsePositives,
    couplesFoundAsTwo,
  };
}

function report(title: string, corpus: Corpus, verbose: boolean): void {
  const r = evaluate(createAnalyzer(), corpus);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log(`${title} — ${corpus.documents.length} documents, ${corpus.mustKeep.length} must-keep texts\n`);
  console.log(`${'type'.padEnd(14)} ${'gold'.padStart(5)} ${'found'.padStart(5)} ${'recall'.padStart(7)} ${'pred'.padStart(5)} ${'prec.'.padStart(7)}  not leaked`);
  for (const [t, f] of Object.entries(r.perType)) {
    console.log(`${t.padEnd(14)} ${String(f.gold).padStart(5)} ${String(f.found).padStart(5)} ${pct(f.recall)} ${String(f.predicted).padStart(5)} ${pct(f.precision)}  ${pct(f.gold ? f.protected / f.gold : 1)}`);
  }
  console.log(`${'ALL'.padEnd(14)} ${''.padStart(5)} ${''.padStart(5)} ${pct(r.overall.recall)} ${''.padStart(5)} ${pct(r.overall.precision)}  ${pct(r.overall.protectedShare)}`);
  const names = r.perType.PERSOON;
  if (names && r.couplesFoundAsTwo > 0) {
    console.log(`names: ${r.couplesFoundAsTwo} of the ${names.gold - names.found} missed are couples written with one surname, found as their two people; counting those, ${pct((names.found + r.couplesFoundAsTwo) / names.gold).trim()}`);
  }
  console.log(`\nmust-keep: ${r.mustKeep.textsAltered}/${r.mustKeep.texts} texts touched, ${r.mustKeep.charsAltered}/${r.mustKeep.chars} characters altered (${pct(r.mustKeep.share).trim()})`);
  if (verbose) {
    for (const m of r.misses) console.log(`  miss ${m.doc} ${m.type} "${m.value}"${m.got ? ` (got ${m.got})` : ''}`);
    for (const f of r.falsePositives) console.log(`  false positive ${f.doc} ${f.type} "${f.value}"`);
    for (const a of r.mustKeep.alteredIds) console.log(`  must-keep altered ${a}`);
  } else console.log('(run with --verbose to list misses and false positives)');
}

function main(): void {
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  report('PII evaluation', loadCorpus('corpus'), verbose);
  console.log('');
  report('Held-out set (not tuned on)', loadCorpus('holdout'), verbose);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
