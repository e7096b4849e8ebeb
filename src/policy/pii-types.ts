/**
 * Local copy of the PII types policy needs. The PII engineer's public API (`src/pii/index.ts`) was not
 * there yet when policy/ was written; when it is, replace this file's body with
 * `export type { EntityType, Operator, OperatorTable } from '../pii/index.js'` and keep the constants.
 */
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
  | 'BETAALKAART'
  | 'PERSOON';

export type Operator = 'pseudonymise' | 'redact' | 'mask' | 'block' | 'allow';

export type OperatorTable = Partial<Record<EntityType, Operator>> & { default?: Operator };

export const ENTITY_TYPES = [
  'BSN', 'RSIN', 'IBAN', 'BTW_ID', 'KVK', 'POSTCODE', 'ADRES', 'TELEFOON', 'EMAIL', 'IP_ADRES',
  'GEBOORTEDATUM', 'KENTEKEN', 'ID_DOCUMENT', 'BETAALKAART', 'PERSOON',
] as const satisfies readonly EntityType[];

export const OPERATORS = ['pseudonymise', 'redact', 'mask', 'block', 'allow'] as const satisfies readonly Operator[];
