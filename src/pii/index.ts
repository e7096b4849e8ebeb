/** Public API of the PII engine. The gateway integrates against exactly this. */
export type { EntityType, Operator, OperatorTable, PatternDef, Found, Receipt, Recognizer, Span } from './types.js';
export { ENTITY_TYPES } from './types.js';
export { PiiAnalysisError } from './errors.js';
export { DEFAULT_OPERATORS } from './operators.js';
export { defaultRecognizers } from './recognizers/index.js';
export { createAnalyzer, type Analyzer, type AnalyzerOptions } from './analyzer.js';
export { withAnalysisCache, type AnalysisCacheOptions, type CachedAnalyzer } from './analysis-cache.js';
export { Pseudonymiser } from './pseudonymiser.js';
export type { StreamRestorer } from './stream-restorer.js';
export { protectRequest, restoreResponse, createChunkRestorer } from './conversation.js';
export { preview } from './preview.js';
export { normalise } from './normalise.js';
