/**
 * One Pseudonymiser per request: placeholders are consistent across every text of the conversation
 * (same value → same placeholder, numbered per type by first appearance), and the mapping lives in this
 * object's memory only. It is never stored, logged or put in an error.
 */
import type { Analyzer } from './analyzer.js';
import { DEFAULT_OPERATORS, mask, operatorFor, placeholder, redactionLabel } from './operators.js';
import { createStreamRestorer, type StreamRestorer } from './stream-restorer.js';
import type { EntityType, Operator, OperatorTable, Receipt, Span } from './types.js';

const NUMERIC_TYPES = new Set<EntityType>(['BSN', 'RSIN', 'IBAN', 'BTW_ID', 'KVK', 'POSTCODE', 'TELEFOON', 'KENTEKEN', 'ID_DOCUMENT', 'BUITENLANDS_PERSOONSNUMMER', 'BETAALKAART', 'IP_ADRES', 'GEBOORTEDATUM']);

const NON_ASCII = /[^\x00-\x7f]/;

/** Two spellings of the same value share a placeholder: "123 456 782" and "123456782", "Jansen" and "jansen". */
function identity(type: EntityType, value: string): string {
  // an ASCII value is its own NFKC form, holds no zero-width characters, and its letters and digits are A-Z a-z 0-9
  const ascii = !NON_ASCII.test(value);
  const v = ascii ? value : value.normalize('NFKC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
  if (NUMERIC_TYPES.has(type) && type !== 'GEBOORTEDATUM') {
    return `${type}:${(ascii ? v.replace(/[^A-Za-z0-9:]/g, '') : v.replace(/[^\p{L}\p{N}:]/gu, '')).toUpperCase()}`;
  }
  return `${type}:${v.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

export const PLACEHOLDER_PATTERN = /\[([A-Z_]+?)_(\d{1,6})\]/g;

export class Pseudonymiser {
  private readonly analyzer: Analyzer;
  private readonly operators: OperatorTable;
  private readonly byIdentity = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  private readonly counters = new Map<EntityType, number>();
  private readonly counts = new Map<EntityType, number>();
  private readonly blockedTypes = new Set<EntityType>();
  /** Spans of the last protect() call (offsets of that call's input). */
  lastSpans: Span[] = [];

  constructor(analyzer: Analyzer, operators: OperatorTable = DEFAULT_OPERATORS) {
    this.analyzer = analyzer;
    this.operators = operators;
  }

  /** Applies the operators to every finding in `text`. Throws PiiAnalysisError when analysis fails. */
  protect(text: string): string {
    if (!text) return text;
    const spans = this.analyzer.analyze(text);
    this.lastSpans = spans;
    if (spans.length === 0) return text;
    const out: string[] = [];
    let at = 0;
    for (const s of spans) {
      const value = text.slice(s.start, s.end);
      const op = operatorFor(this.operators, s.type);
      this.counts.set(s.type, (this.counts.get(s.type) ?? 0) + 1);
      if (op === 'block') this.blockedTypes.add(s.type);
      out.push(text.slice(at, s.start), this.apply(op, s.type, value));
      at = s.end;
    }
    out.push(text.slice(at));
    return out.join('');
  }

  private apply(op: Operator, type: EntityType, value: string): string {
    switch (op) {
      case 'allow':
        return value;
      case 'redact':
        return redactionLabel(type);
      case 'mask':
        return mask(value, type);
      case 'pseudonymise':
      case 'block': {
        const id = identity(type, value);
        let ph = this.byIdentity.get(id);
        if (!ph) {
          const n = (this.counters.get(type) ?? 0) + 1;
          this.counters.set(type, n);
          ph = placeholder(type, n);
          this.byIdentity.set(id, ph);
          this.byPlaceholder.set(ph, value);
        }
        return ph;
      }
    }
  }

  /** Types found whose operator is 'block': the gateway refuses the request. */
  get blocked(): EntityType[] {
    return [...this.blockedTypes];
  }

  /** Counts per type and the operator applied. Never values. */
  receipt(): Receipt {
    const r: Receipt = {};
    for (const [type, count] of this.counts) r[type] = { count, operator: operatorFor(this.operators, type) };
    return r;
  }

  /** The original value of a placeholder issued by this pseudonymiser, if any. */
  lookup(ph: string): string | undefined {
    return this.byPlaceholder.get(ph);
  }

  /** Placeholders → original values. Unknown placeholders are left as they are. */
  restore(text: string): string {
    if (this.byPlaceholder.size === 0 || !text.includes('[')) return text;
    return text.replace(PLACEHOLDER_PATTERN, (ph) => this.byPlaceholder.get(ph) ?? ph);
  }

  /** Restores a placeholder inside a JSON string literal (tool-call arguments): the value is JSON-escaped. */
  restoreJson(text: string): string {
    if (this.byPlaceholder.size === 0 || !text.includes('[')) return text;
    return text.replace(PLACEHOLDER_PATTERN, (ph) => {
      const v = this.byPlaceholder.get(ph);
      return v === undefined ? ph : JSON.stringify(v).slice(1, -1);
    });
  }

  /** One per independent text stream (a choice's content, one tool call's arguments). */
  streamRestorer(options: { json?: boolean } = {}): StreamRestorer {
    return createStreamRestorer(options.json ? (t) => this.restoreJson(t) : (t) => this.restore(t));
  }
}
