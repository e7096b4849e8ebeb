/** The Anthropic wire format ↔ canonical. Pure functions; see each file's header. */
export { anthropicToCanonical } from './request.js';
export { canonicalToAnthropic, parseToolArguments } from './response.js';
export { createAnthropicStreamWriter, sseEvent, type AnthropicStreamWriter } from './stream.js';
export {
  anthropicErrorBody,
  anthropicErrorStatus,
  anthropicErrorType,
  type AnthropicErrorBody,
  type AnthropicErrorType,
} from './errors.js';
export { countTokensEstimate } from './count-tokens.js';
