/** Preview for the API endpoint and the CLI: what would be found and what would be sent. */
import type { Analyzer } from './analyzer.js';
import { DEFAULT_OPERATORS } from './operators.js';
import { Pseudonymiser } from './pseudonymiser.js';
import type { EntityType, OperatorTable, Receipt, Span } from './types.js';

export function preview(
  text: string,
  analyzer: Analyzer,
  operators: OperatorTable = DEFAULT_OPERATORS,
): { spans: Span[]; text: string; blocked: EntityType[]; receipt: Receipt } {
  const p = new Pseudonymiser(analyzer, operators);
  const out = p.protect(text);
  return { spans: p.lastSpans, text: out, blocked: p.blocked, receipt: p.receipt() };
}
