/**
 * The PII types policy uses, from the PII engine's public API, plus the tuples zod needs for its enums.
 * The compile-time check below fails if the PII engine adds an entity type this list does not know.
 */
import type { EntityType, Operator } from '../pii/index.js';

export type { EntityType, Operator, OperatorTable } from '../pii/index.js';

export const ENTITY_TYPES = [
  'BSN', 'RSIN', 'IBAN', 'BTW_ID', 'KVK', 'POSTCODE', 'ADRES', 'TELEFOON', 'EMAIL', 'IP_ADRES',
  'GEBOORTEDATUM', 'KENTEKEN', 'ID_DOCUMENT', 'BUITENLANDS_PERSOONSNUMMER', 'BETAALKAART', 'PERSOON',
] as const satisfies readonly EntityType[];

export const OPERATORS = ['pseudonymise', 'redact', 'mask', 'block', 'allow'] as const satisfies readonly Operator[];

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
const entityTypesComplete: Exhaustive<EntityType, (typeof ENTITY_TYPES)[number]> = true;
const operatorsComplete: Exhaustive<Operator, (typeof OPERATORS)[number]> = true;
void entityTypesComplete;
void operatorsComplete;
