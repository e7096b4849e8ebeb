/**
 * The analyzer runs every recognizer over the normalised text, applies validators and context words,
 * resolves overlapping findings (highest score, then longest, wins) and returns spans in offsets of the
 * ORIGINAL text. Any error in a recognizer, or running past the time budget, throws PiiAnalysisError:
 * the caller must refuse the request (fail closed).
 */
import { CONTEXT_AFTER, CONTEXT_BEFORE, ContextLookup, ContextWords, NEGATIVE_BEFORE } from './context.js';
import { PiiAnalysisError } from './errors.js';
import { Findings } from './findings.js';
import { type Normalised, normalise } from './normalise.js';
import { type Offsets, releaseOffsets, takeOffsets } from './offsets.js';
import { defaultRecognizers } from './recognizers/index.js';
import { forgetLowerCase } from './recognizers/lower-case-text.js';
import { type Cell, forgetTables, headerAbove, useTabs } from './tables.js';
import { WINDOWED_MIN_DIGITS, type Windows, letterDigitWindows, numberWindows, scanWhole, scanWindows } from './scan.js';
import type { EntityType, Found, PatternDef, Recognizer, Span } from './types.js';

export interface Analyzer {
  analyze(text: string): Span[];
}

export interface AnalyzerOptions {
  recognizers?: readonly Recognizer[];
  /** Wall-clock budget for one analyze() call, in milliseconds (default 2000). */
  timeBudgetMs?: number;
}

const DEFAULT_MIN_SCORE = 0.5;
const DEFAULT_CONTEXT_BOOST = 0.35;

/** Below this length the clock is read only after all recognizers (and every 256 candidates). */
const SHORT_TEXT = 4096;
const DEFAULT_SET: ReadonlySet<Recognizer> = new Set(defaultRecognizers);

/**
 * A recognizer with every field present and defaults filled in: all of them share one hidden class, so the
 * per-candidate code reads their fields without megamorphic property lookups.
 */
class Compiled {
  readonly name: string;
  readonly type: EntityType;
  readonly patterns: readonly PatternDef[];
  readonly find: ((text: string, found: Found) => void) | null;
  readonly validate: ((value: string) => boolean | number) | null;
  /** Context and negative-context words, compiled, and their slots in Run.lookups. */
  readonly context: ContextWords | null;
  /** The context words and the column-only ones (columnContext): what a table column's header is read for. */
  readonly columnWords: ContextWords | null;
  readonly contextSlot: number;
  readonly contextBoost: number;
  readonly contextBefore: number;
  readonly contextAcrossSentences: boolean;
  readonly contextRequired: boolean;
  readonly negativeContext: ContextWords | null;
  readonly negativeSlot: number;
  readonly prefilter: RegExp | null;
  readonly minScore: number;
  /** Validations per text before candidates count as valid (Infinity: no limit), and this one's slot in Run.validations. */
  readonly maxValidations: number;
  readonly index: number;
  /** One of the shipped recognizers (their cost on a short text is known). */
  readonly shipped: boolean;
  /** Per pattern, the slot of its matches in Run.matches: recognizers sharing a regular expression share it. */
  readonly slots: number[];
  constructor(r: Recognizer, index: number, slotOf: (re: RegExp) => number, lookupSlot: () => number) {
    this.name = r.name;
    this.type = r.type;
    this.patterns = r.patterns ?? [];
    this.find = r.find ?? null;
    this.validate = r.validate ?? null;
    this.context = r.context ? new ContextWords(r.context) : null;
    this.columnWords = r.columnContext ? new ContextWords([...(r.context ?? []), ...r.columnContext]) : this.context;
    this.contextSlot = this.context ? lookupSlot() : -1;
    this.contextBoost = r.contextBoost ?? DEFAULT_CONTEXT_BOOST;
    this.contextBefore = r.contextBefore ?? CONTEXT_BEFORE;
    this.contextAcrossSentences = r.contextAcrossSentences ?? false;
    this.contextRequired = r.contextRequired ?? false;
    this.negativeContext = r.negativeContext ? new ContextWords(r.negativeContext) : null;
    this.negativeSlot = this.negativeContext ? lookupSlot() : -1;
    this.prefilter = r.prefilter ?? null;
    this.minScore = r.minScore ?? DEFAULT_MIN_SCORE;
    this.maxValidations = r.maxValidations ?? Infinity;
    this.index = index;
    this.shipped = DEFAULT_SET.has(r);
    for (const p of this.patterns) if (!p.regex.global && !p.regex.sticky) throw new Error(`pattern ${p.name} without g flag`);
    this.slots = this.patterns.map((p) => slotOf(p.regex));
  }
}

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const slots = new Map<RegExp, number>();
  const slotOf = (re: RegExp): number => {
    let slot = slots.get(re);
    if (slot === undefined) slots.set(re, (slot = slots.size));
    return slot;
  };
  let lookups = 0;
  const recognizers = (options.recognizers ?? defaultRecognizers).map((r, i) => new Compiled(r, i, slotOf, () => lookups++));
  const budget = options.timeBudgetMs ?? 2000;
  const nSlots = slots.size;
  return {
    analyze(original: string): Span[] {
      const norm = normalise(original);
      const text = norm.text;
      const run = new Run(text, norm.plain, budget, nSlots, text.length < SHORT_TEXT ? 0 : lookups, recognizers.length);
      try {
        useTabs(text, norm.tabbed);
        return analyzeWith(recognizers, run, text.length < SHORT_TEXT, norm);
      } finally {
        run.found.release();
        releaseOffsets(run.matches);
        forgetTables();
        forgetLowerCase();
      }
    },
  };
}

/** Runs every recognizer over the run's text and returns the spans, overlaps resolved, in original offsets. */
function analyzeWith(recognizers: readonly Compiled[], run: Run, short: boolean, norm: Normalised): Span[] {
  for (let k = 0; k < recognizers.length; k++) {
    const r = recognizers[k];
    try {
      runRecognizer(r, run.text, run);
    } catch (err) {
      if (err instanceof PiiAnalysisError) throw err;
      // never pass the underlying message on: it may quote the text
      throw new PiiAnalysisError('recognizer_failed', r.name);
    }
    // a short text cannot keep the shipped recognizers busy for long: one clock reading at the end
    // suffices for them; others (and long texts) are checked after every recognizer
    if (!short || !r.shipped) checkBudget(run);
  }
  checkBudget(run);
  return run.found.spans(norm.identity ? null : (s, e) => norm.toOriginal(s, e));
}

/** State of one analyze() call; it is also where the current recognizer's finder reports candidates. */
class Run implements Found {
  readonly deadline: number;
  n = 0;
  readonly found = new Findings();
  /**
   * Matches of every pattern scanned so far, one slot's after another: matchesFrom/To[slot] delimit a slot's
   * (-1 before it is scanned). Recognizers sharing a pattern (BSN and RSIN) scan the text once.
   */
  readonly matches: Offsets = takeOffsets();
  readonly matchesFrom: number[];
  readonly matchesTo: number[];
  /** Prefilter results, [RegExp, boolean, …]: recognizers sharing a prefilter (digits) test the text once. */
  readonly prefilters: (RegExp | boolean)[] = [];
  /** Windows around the long numbers and the capital-digit pairs of the text (each found on first use). */
  readonly numbers: Windows;
  readonly letterDigits: Windows;
  /** Context lookups of a long text, by slot (none for a short text: each window is searched directly). */
  readonly lookups: (ContextLookup | undefined)[];
  /** Validations so far, per recognizer (for maxValidations). */
  readonly validations: number[];
  /** The recognizer whose finder is running. */
  recognizer: Compiled | null = null;
  /** The header cell asked about last (table rows ask about the same one), for which words, and the answer. */
  lastHeader: Cell | null = null;
  lastHeaderWords: ContextWords | null = null;
  lastHeaderAnswer = false;
  constructor(
    readonly text: string,
    /** Normalisation found nothing to look at: see Found.plain. */
    readonly plain: boolean,
    readonly budget: number,
    slots: number,
    lookups: number,
    recognizers: number,
  ) {
    this.deadline = performance.now() + budget;
    // plain arrays: a handful of slots, and creating typed arrays per call is slow here
    this.matchesFrom = new Array<number>(slots).fill(-1);
    this.matchesTo = new Array<number>(slots).fill(0);
    this.lookups = new Array<ContextLookup | undefined>(lookups);
    this.validations = new Array<number>(recognizers).fill(0);
    this.numbers = numberWindows(text);
    this.letterDigits = letterDigitWindows(text);
  }
  /** A finder's candidate goes straight to consider(): no list in between. */
  add(start: number, end: number, score: number): void {
    consider(this.recognizer as Compiled, this.text, start, end, score, this);
  }
}

function checkBudget(run: Run): void {
  if (performance.now() > run.deadline) throw new PiiAnalysisError('time_budget_exceeded', `${run.budget} ms`);
}

function consider(r: Compiled, text: string, start: number, end: number, base: number, run: Run): void {
  if (++run.n % 256 === 0) checkBudget(run);
  // a type that needs a context word (RSIN) is dropped without one before its validator runs: the same
  // answer, since every check here must pass, and the cheaper check first
  if (r.contextRequired && (r.context === null || !nearContext(r, start, end, run))) return;
  const minScore = r.minScore;
  let score = base;
  if (r.validate !== null && run.validations[r.index]++ < r.maxValidations) {
    const v = r.validate(text.slice(start, end));
    if (v === false) return;
    if (typeof v === 'number') score = v;
  }
  if (r.negativeContext !== null && negativeBefore(r, start, end, run)) return;
  const boost = r.contextBoost;
  if (r.context !== null && (score < 1 || r.contextRequired) && score + boost >= minScore) {
    if (r.contextRequired || nearContext(r, start, end, run)) score = Math.min(1, score + boost);
  } else if (r.contextRequired) return;
  if (score >= minScore) run.found.add(start, end, score, r);
}

/**
 * A negative word of r shortly before `start`, unless a context word stands nearer to the match: "Ons kenmerk:
 * Z-2025-006231\nBSN: 409237929" is a BSN. The nearer word is found by widening the window (rarely needed: only
 * when a negative word is there at all). A negative word that does not label the match (not within
 * NEGATIVE_LABEL before it) gives way to a context word anywhere near when a checksum passed: "bsn staat in de
 * zaak maar voor de zekerheid 852626800" is a BSN.
 */
function negativeBefore(r: Compiled, start: number, end: number, run: Run): boolean {
  const negative = r.negativeContext as ContextWords;
  if (!hasWord(negative, r.negativeSlot, start - NEGATIVE_BEFORE, start, run)) return false;
  if (r.context === null) return true;
  for (let from = start - 8; from > start - NEGATIVE_BEFORE; from -= 4) {
    if (hasWord(negative, r.negativeSlot, from, start, run)) return start - from <= NEGATIVE_LABEL || !givesWay(r, start, end, run);
    if (hasWord(r.context, r.contextSlot, from, start, run)) return false;
  }
  return !givesWay(r, start, end, run);
}
/**
 * Does a negative word that does not label a match give way? For a match its validator passed (a checksum: the
 * value itself is evidence) when a context word is near; a postcode after "Postbus 1840, " stays a PO box's.
 */
function givesWay(r: Compiled, start: number, end: number, run: Run): boolean {
  return r.validate !== null && nearContext(r, start, end, run);
}
/** A negative word this near before a match labels it ("kenmerk: 409237929"). */
const NEGATIVE_LABEL = 12;

/** A context word of r shortly before or after text[start, end), or naming the table column it stands in. */
function nearContext(r: Compiled, start: number, end: number, run: Run): boolean {
  const words = r.context as ContextWords;
  return (
    hasWord(words, r.contextSlot, contextFrom(r, run.text, start), start, run) ||
    hasWord(words, r.contextSlot, end, end + CONTEXT_AFTER, run) ||
    inNamedColumn(r.columnWords as ContextWords, start, run)
  );
}

/**
 * Where r's context words before `start` may begin: CONTEXT_BEFORE back, or for a recognizer with a wider window
 * (contextBefore), back to the start of the sentence within it: "Het RSIN van de stichting die de vergunning had
 * aangevraagd is 683493206" (or the whole window: contextAcrossSentences).
 */
function contextFrom(r: Compiled, text: string, start: number): number {
  if (r.contextBefore <= CONTEXT_BEFORE || r.contextAcrossSentences) return start - r.contextBefore;
  const limit = Math.max(0, start - r.contextBefore);
  let i = start;
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 59 || (c === 46 && text.charCodeAt(i) === 32)) break;
    i--;
  }
  return Math.min(i, start - CONTEXT_BEFORE);
}

/** "| KvK |" above "| 61847302 |": a context word in the header of the table column holding `start`. */
function inNamedColumn(words: ContextWords, start: number, run: Run): boolean {
  const header = headerAbove(run.text, start);
  if (header === null) return false;
  // the rows of a table ask about the same header cell: its answer is kept
  if (header !== run.lastHeader || words !== run.lastHeaderWords) {
    run.lastHeader = header;
    run.lastHeaderWords = words;
    run.lastHeaderAnswer = words.test(run.text, header.start, header.end);
  }
  return run.lastHeaderAnswer;
}

/** One of `words` in text[from, to): searched directly in a short text, through the run's lookup in a long one. */
function hasWord(words: ContextWords, slot: number, from: number, to: number, run: Run): boolean {
  if (run.lookups.length === 0) return words.test(run.text, from, to);
  let lookup = run.lookups[slot];
  if (lookup === undefined) run.lookups[slot] = lookup = new ContextLookup(words, run.text);
  return lookup.has(from, to);
}

function passesPrefilter(re: RegExp, text: string, run: Run): boolean {
  // usually one prefilter object (HAS_DIGIT) shared by many recognizers: a short list, no Map
  const seen = run.prefilters;
  for (let k = 0; k < seen.length; k += 2) if (seen[k] === re) return seen[k + 1] as boolean;
  re.lastIndex = 0;
  const ok = re.test(text);
  re.lastIndex = 0;
  seen.push(re, ok);
  return ok;
}

function runRecognizer(r: Compiled, text: string, run: Run): void {
  if (r.prefilter !== null && !passesPrefilter(r.prefilter, text, run)) return;
  const patterns = r.patterns;
  for (let pi = 0; pi < patterns.length; pi++) {
    const p = patterns[pi];
    const re = p.regex;
    const slot = r.slots[pi];
    const found = run.matches;
    if (run.matchesFrom[slot] < 0) {
      run.matchesFrom[slot] = found.length;
      // long-number and letter-digit patterns only in their windows (same matches as a whole-text scan)
      if (re.sticky || !re.global) scanWhole(re, text, found);
      else if (p.minDigits !== undefined && p.minDigits >= WINDOWED_MIN_DIGITS) scanWindows(run.numbers, re, found, p.minDigits);
      else if (p.letterDigit === true) scanWindows(run.letterDigits, re, found);
      else scanWhole(re, text, found);
      run.matchesTo[slot] = found.length;
    }
    const offsets = found.data;
    for (let k = run.matchesFrom[slot], end = run.matchesTo[slot]; k < end; k += 2) consider(r, text, offsets[k], offsets[k + 1], p.score, run);
  }
  if (r.find !== null) {
    run.recognizer = r;
    // a finder written for an iterable contract (a generator, say) would report nothing: fail closed
    if ((r.find(text, run) as unknown) !== undefined) throw new Error('find() must report through found.add()');
  }
}
