/** OpenAI's SSE framing: one `data:` line per chunk, `[DONE]` at the end, an error object on failure. */
import { GatewayError } from '../../gateway/errors.js';
import type { ChatChunk } from '../../gateway/types.js';
import { openAIErrorBody } from './errors.js';

export const sseChunk = (chunk: ChatChunk): string => `data: ${JSON.stringify(chunk)}\n\n`;
export const SSE_DONE = 'data: [DONE]\n\n';

export function sseError(error: unknown): string {
  const gatewayError = error instanceof GatewayError
    ? error
    : new GatewayError({ status: 502, type: 'upstream_error', code: 'stream_error', message: 'De verbinding met de provider is onderbroken / The provider stream was interrupted.' });
  return `data: ${JSON.stringify(openAIErrorBody(gatewayError))}\n\n`;
}
