/** Operators (Presidio's anonymizer side): what happens to a finding of a given type. */
import type { EntityType, Operator, OperatorTable } from './types.js';

/** Pseudonymise everything; refuse requests with a BSN. */
export const DEFAULT_OPERATORS: OperatorTable = Object.freeze({ default: 'pseudonymise', BSN: 'block' });

export function operatorFor(table: OperatorTable, type: EntityType): Operator {
  return table[type] ?? table.default ?? 'pseudonymise';
}

/** Placeholder for a pseudonymised value: typed and numbered, e.g. [PERSOON_1]. */
export const placeholder = (type: EntityType, n: number) => `[${type}_${n}]`;

/** Label for a redacted value: typed, not numbered, not restorable. */
export const redactionLabel = (type: EntityType) => `[${type}]`;

/** Masks letters and digits with '*', keeping separators; numbers keep their last 3 digits. */
export function mask(value: string, type: EntityType): string {
  const keep = type === 'IBAN' || type === 'BETAALKAART' || type === 'TELEFOON' ? 3 : 0;
  let seen = 0;
  const chars = [...value];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (/[\p{L}\p{N}]/u.test(chars[i])) {
      if (seen >= keep) chars[i] = '*';
      seen++;
    }
  }
  return chars.join('');
}
