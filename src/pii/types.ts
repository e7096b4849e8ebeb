/** Shared types of the PII engine: entity types, spans, recognizer declarations, operators. */

export type EntityType =
  | 'BSN'
  | 'RSIN'
  | 'IBAN'
  | 'BTW_ID'
  | 'KVK'
  | 'POSTCODE'
  | 'ADRES'
  | 'TELEFOON'
  | 'EMAIL'
  | 'IP_ADRES'
  | 'GEBOORTEDATUM'
  | 'KENTEKEN'
  | 'ID_DOCUMENT'
  | 'BUITENLANDS_PERSOONSNUMMER'
  | 'BETAALKAART'
  | 'PERSOON';

export const ENTITY_TYPES: readonly EntityType[] = Object.freeze([
  'BSN',
  'RSIN',
  'IBAN',
  'BTW_ID',
  'KVK',
  'POSTCODE',
  'ADRES',
  'TELEFOON',
  'EMAIL',
  'IP_ADRES',
  'GEBOORTEDATUM',
  'KENTEKEN',
  'ID_DOCUMENT',
  'BUITENLANDS_PERSOONSNUMMER',
  'BETAALKAART',
  'PERSOON',
] as const);

/** A finding, in offsets of the text given to the analyzer (end exclusive). */
export interface Span {
  start: number;
  end: number;
  type: EntityType;
  score: number;
  recognizer: string;
}

/** One regular expression of a recognizer. Must have the `g` flag and must not backtrack catastrophically. */
export interface PatternDef {
  readonly name: string;
  readonly regex: RegExp;
  readonly score: number;
  /**
   * Every match holds at least this many digits, consecutive digits separated by at most three of ' ', '.',
   * '-', '(', ')', '/', and begins at most three characters before its first digit ("+31", "NL 8…"); matches are
   * at most 64 characters long. From 7 digits up the analyzer runs the pattern only around the long numbers
   * of the text (found by one shared scan) instead of over the whole text: the same matches, cheaper.
   */
  readonly minDigits?: number;
  /**
   * Every match holds a capital A–Z right next to a digit 0–9 (or a space between them) within its first 8 characters and is at most
   * 64 characters long: the analyzer then runs the pattern only around such pairs (rare in prose).
   */
  readonly letterDigit?: boolean;
}

/**
 * Where a custom finder reports its candidates, in offsets of the (normalised) text it was given. Each
 * candidate goes straight to validation and scoring: no list of candidates is built in between.
 */
export interface Found {
  add(start: number, end: number, score: number): void;
  /**
   * The text is plain: printable ASCII, Latin-1 letters and the few symbols normalisation leaves alone (so no other
   * script). Unknown (undefined) where the caller did not normalise.
   */
  readonly plain?: boolean;
}

/**
 * A recognizer is a small declaration (Presidio-style): entity type, patterns, context words (Dutch and
 * English), an optional validator (checksum) and base scores. A recognizer for which patterns are not
 * enough (names, e-mail, IBAN trimming) may declare a custom `find` instead of, or next to, patterns.
 */
export interface Recognizer {
  readonly name: string;
  readonly type: EntityType;
  readonly patterns?: readonly PatternDef[];
  /** Lowercase words or phrases (nl + en); when one occurs near a match, `contextBoost` is added. */
  readonly context?: readonly string[];
  readonly contextBoost?: number;
  /**
   * How far before a match its context words count, in characters (default 48). A wider window ends at the start
   * of the match's sentence (a '.', ';' or line break), and is never narrower than the default.
   */
  readonly contextBefore?: number;
  /**
   * The wider window runs its full width, across sentences and lines: for shapes so rare in text that the
   * question before an answer may name them ("Weet u het documentnummer nog?" … "NXR7K41P2").
   */
  readonly contextAcrossSentences?: boolean;
  /** Lowercase words that, right before a match, say it is something else (e.g. "factuurnummer"). */
  readonly negativeContext?: readonly string[];
  /** Checksum or shape check on the matched value; false drops it, a number replaces the score. */
  readonly validate?: (value: string) => boolean | number;
  /** Custom finder over the normalised text: reports each candidate to `found`. */
  readonly find?: (text: string, found: Found) => void;
  /**
   * Only report matches near a context word (the patterns still scan the whole text, or the long-number
   * windows: a scan for the context words measured no cheaper).
   */
  readonly contextRequired?: boolean;
  /**
   * Lowercase words that are context only as the header of the table column a match stands in: too common in prose
   * to count near a match ("document" over a column of passport numbers, not "het document 2025118").
   */
  readonly columnContext?: readonly string[];
  /** Cheap test on the whole text; when it fails the recognizer is skipped. */
  readonly prefilter?: RegExp;
  /** Minimum final score to report (default 0.5). */
  readonly minScore?: number;
  /**
   * For a costly validator: it runs for at most this many candidates of one text, and later candidates count
   * as valid. A text crafted to make validation slow is then over-redacted, never under-redacted.
   */
  readonly maxValidations?: number;
}

export type Operator = 'pseudonymise' | 'redact' | 'mask' | 'block' | 'allow';
export type OperatorTable = Partial<Record<EntityType, Operator>> & { default?: Operator };

/** Per type: how many were found and what was done. Never values. */
export type Receipt = Partial<Record<EntityType, { count: number; operator: Operator }>>;
