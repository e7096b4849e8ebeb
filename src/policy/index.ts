/** Public API of policy/: load, hold and reload a policy set; decide, resolve use cases, route, explain. */
export { loadPolicy, policyFileNames } from './loader.js';
export { Policy } from './policy.js';
export { PolicyError, formatIssue, type PolicyIssue } from './errors.js';
export { createPolicyHolder, type PolicyHolder, type ReloadResult } from './holder.js';
export { checkRequirements, modelChain, type RouteCandidate, type RouteRejection, type RouteResult } from './routing.js';
export type { KeyUseCases } from './use-cases.js';
export { explain, formatExplanation, type Explanation, type ExplainInput, type PiiPreview, type PiiPreviewResult } from './explain.js';
export { normaliseText } from './normalise.js';
export { strongest } from './evaluator.js';
export { RISK_CLASSES, DATA_CLASSES, RULE_ACTIONS, HIGH_RISK_MIN_METADATA_DAYS } from './schema.js';
export type * from './types.js';
export type { EntityType, Operator, OperatorTable } from './pii-types.js';
