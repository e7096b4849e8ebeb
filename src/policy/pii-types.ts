/**
 * The PII types policy uses, from the PII engine's public API (its list of entity types too, so a type the engine
 * adds is one policy knows), plus the operators' tuple zod needs for its enum.
 */
import type { Operator } from '../pii/index.js';

export type { EntityType, Operator, OperatorTable } from '../pii/index.js';
export { ENTITY_TYPES } from '../pii/index.js';

export const OPERATORS = ['pseudonymise', 'redact', 'mask', 'block', 'allow'] as const satisfies readonly Operator[];

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
const operatorsComplete: Exhaustive<Operator, (typeof OPERATORS)[number]> = true;
void operatorsComplete;
